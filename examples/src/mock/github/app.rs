//! The GitHub mock's App side: it verifies app JWTs (RS256, with the test
//! app's public key), issues installation tokens that expire, and refuses
//! an expired or unknown one with 401, as GitHub does.

use std::time::{Duration, SystemTime};

use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::json;
use wiremock::ResponseTemplate;

use super::GitHubApi;
use crate::github_app::{AppClaims, TEST_APP_PUBLIC_KEY, pem_der};
use crate::mock::{Incoming, json_response};

/// The id of the test app the mock knows.
pub const TEST_APP_ID: &str = "424242";
/// Its one installation.
pub const TEST_INSTALLATION_ID: u64 = 7;
/// How long an installation token lasts unless configured: GitHub's hour.
pub const DEFAULT_TOKEN_LIFETIME: Duration = Duration::from_secs(3600);
/// GitHub refuses app JWTs that live longer than this.
const MAX_JWT_LIFETIME: u64 = 10 * 60;

/// An installation token the mock issued.
pub(super) struct Issued {
    pub(super) token: String,
    pub(super) expires: SystemTime,
}

impl GitHubApi {
    /// `POST /app/installations/{installation_id}/access_tokens`.
    pub(super) fn access_token(&self, incoming: &Incoming<'_>, installation: &str) -> ResponseTemplate {
        let jwt = incoming.header("authorization").and_then(|a| a.strip_prefix("Bearer ")).unwrap_or_default();
        if let Err(message) = verify_jwt(jwt) {
            return json_response(
                401,
                &json!({"message": message, "documentation_url": "https://docs.github.com/rest", "status": "401"}),
            );
        }
        if installation != TEST_INSTALLATION_ID.to_string() {
            return super::not_found(
                "https://docs.github.com/rest/apps/apps#create-an-installation-access-token-for-an-app",
            );
        }
        // GitHub announces whole seconds; the token expires exactly then.
        let expires_at = crate::timestamp::format(SystemTime::now() + self.token_lifetime);
        let expires = crate::timestamp::parse(&expires_at).unwrap_or_else(SystemTime::now);
        let token = {
            let mut state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let token = format!("ghs_mock{:032}", state.issued.len() + 1);
            state.issued.push(Issued { token: token.clone(), expires });
            token
        };
        json_response(
            201,
            &json!({
                "token": token,
                "expires_at": expires_at,
                "permissions": {"issues": "write", "contents": "read", "metadata": "read"},
                "repository_selection": "all"
            }),
        )
    }

    /// `None` for a token that is not an installation token; else whether
    /// it was issued here and has not expired.
    pub(super) fn installation_token_valid(&self, token: &str) -> Option<bool> {
        if !token.starts_with("ghs_") {
            return None;
        }
        let state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = SystemTime::now();
        Some(state.issued.iter().any(|issued| issued.token == token && issued.expires > now))
    }

    /// How many installation tokens were issued.
    pub(super) fn issued_count(&self) -> usize {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner).issued.len()
    }
}

/// GitHub's checks of an app JWT: the signature, the issuer, and
/// `exp` in the future but at most ten minutes after `iat`.
fn verify_jwt(jwt: &str) -> Result<AppClaims, String> {
    let der =
        pem_der(TEST_APP_PUBLIC_KEY.as_bytes(), "RSA PUBLIC KEY").ok_or("the test app's public key is not PEM")?;
    let key = DecodingKey::from_rsa_der(&der);
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[TEST_APP_ID]);
    validation.set_required_spec_claims(&["exp", "iat", "iss"]);
    validation.leeway = 0;
    let data = jsonwebtoken::decode::<AppClaims>(jwt, &key, &validation)
        .map_err(|_| "A JSON web token could not be decoded".to_owned())?;
    let claims = data.claims;
    if claims.exp.saturating_sub(claims.iat) > MAX_JWT_LIFETIME {
        return Err("'Expiration time' claim ('exp') is too far in the future".to_owned());
    }
    Ok(claims)
}
