//! The GitLab mock's OAuth 2 side: `POST /oauth/token` with
//! `grant_type=refresh_token`. Like GitLab it rotates the refresh token on
//! each use (the old one is revoked), and its access tokens expire: an
//! expired one gets GitLab's `invalid_token` 401.

use std::time::{Duration, SystemTime};

use serde_json::json;
use wiremock::ResponseTemplate;

use super::GitLabApi;
use crate::mock::{Incoming, json_response, unix_now};

/// The OAuth application the mock knows.
pub const TEST_OAUTH_CLIENT_ID: &str = "mock-client-id";
/// Its secret. FOR TESTS ONLY.
pub const TEST_OAUTH_CLIENT_SECRET: &str = "mock-client-secret";
/// Its registered redirect URI.
pub const TEST_OAUTH_REDIRECT_URI: &str = "http://127.0.0.1/callback";
/// The refresh token the mock starts with.
pub const TEST_OAUTH_REFRESH_TOKEN: &str = "mock-refresh-token-0";
/// How long access tokens last unless configured: GitLab's two hours.
pub const DEFAULT_ACCESS_TOKEN_LIFETIME: Duration = Duration::from_secs(7200);

/// What the token endpoint has issued.
pub(super) struct OAuthState {
    /// The one refresh token that works now.
    pub(super) refresh_token: String,
    /// Access tokens and when they expire.
    pub(super) access: Vec<(String, SystemTime)>,
    /// How many refreshes succeeded.
    pub(super) refreshes: usize,
}

impl Default for OAuthState {
    fn default() -> Self {
        Self { refresh_token: TEST_OAUTH_REFRESH_TOKEN.to_owned(), access: Vec::new(), refreshes: 0 }
    }
}

impl GitLabApi {
    fn oauth(&self) -> std::sync::MutexGuard<'_, OAuthState> {
        self.oauth.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// `POST /oauth/token`: form-encoded, as GitLab's docs show it.
    pub(super) fn token(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let body = String::from_utf8_lossy(&incoming.request.body);
        let form: Vec<(String, String)> = wiremock::http::Url::parse(&format!("http://form.invalid/?{body}"))
            .map(|url| url.query_pairs().into_owned().collect())
            .unwrap_or_default();
        let field = |key: &str| form.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let invalid_grant = || {
            json_response(
                400,
                &json!({"error": "invalid_grant", "error_description": "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."}),
            )
        };
        if field("grant_type") != Some("refresh_token") {
            return json_response(
                400,
                &json!({"error": "unsupported_grant_type", "error_description": "The authorization grant type is not supported by the authorization server."}),
            );
        }
        if field("client_id") != Some(TEST_OAUTH_CLIENT_ID) || field("client_secret") != Some(TEST_OAUTH_CLIENT_SECRET)
        {
            return json_response(
                401,
                &json!({"error": "invalid_client", "error_description": "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."}),
            );
        }
        if field("redirect_uri") != Some(TEST_OAUTH_REDIRECT_URI) {
            return invalid_grant();
        }
        let mut state = self.oauth();
        if field("refresh_token") != Some(state.refresh_token.as_str()) {
            return invalid_grant();
        }
        state.refreshes += 1;
        let n = state.refreshes;
        let access = format!("mock-oauth-access-{n}");
        state.refresh_token = format!("mock-refresh-token-{n}");
        let lifetime = self.access_token_lifetime.as_secs().max(1);
        state.access.push((access.clone(), SystemTime::now() + Duration::from_secs(lifetime)));
        json_response(
            200,
            &json!({
                "access_token": access,
                "token_type": "Bearer",
                "expires_in": lifetime,
                "refresh_token": state.refresh_token,
                "scope": "api",
                "created_at": unix_now()
            }),
        )
    }

    /// `None` for a token that is not an OAuth access token; else whether
    /// it was issued here and has not expired.
    pub(super) fn access_token_valid(&self, token: &str) -> Option<bool> {
        if !token.starts_with("mock-oauth-access-") {
            return None;
        }
        let now = SystemTime::now();
        Some(self.oauth().access.iter().any(|(t, expires)| t == token && *expires > now))
    }

    pub(super) fn refresh_count(&self) -> usize {
        self.oauth().refreshes
    }
}

/// GitLab's answer to an expired or revoked OAuth token.
pub(super) fn invalid_token() -> ResponseTemplate {
    json_response(
        401,
        &json!({"error": "invalid_token", "error_description": "Token is expired. You can either do re-authorization or token refresh."}),
    )
    .insert_header("www-authenticate", "Bearer realm=\"Doorkeeper\", error=\"invalid_token\", error_description=\"Token is expired.\"")
}
