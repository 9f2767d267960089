//! Acting as a GitHub App installation: a JWT signed with the app's
//! private key (RS256) is exchanged at
//! `POST /app/installations/{installation_id}/access_tokens` for an
//! installation token, which lasts an hour (`expires_at`).
//!
//! [`InstallationTokens::fetch`] returns the token with its expiry, the
//! shape [`RefreshingToken`] wants: [`InstallationTokens::into_provider`]
//! makes one, and every call of the GitHub client then carries a fresh
//! token (fetched on first use, again before it expires, and after a 401).
//!
//! ```no_run
//! use examples::github::{GitHub, GitHubClient};
//! use examples::github_app::{GitHubApp, InstallationTokens};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let pem = std::fs::read("my-app.private-key.pem")?;
//! let app = GitHubApp::from_pem("123456", &pem)?;
//! let tokens = InstallationTokens::new(app, "https://api.github.com", 7).user_agent("my-app/1.0");
//! let github = GitHubClient::builder().user_agent("my-app/1.0").auth(tokens.into_provider()).build()?;
//! let issue = github.get_issue("octocat", "Hello-World", 1).await?;
//! # Ok(()) }
//! ```

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use client_runtime::auth::RefreshingToken;
use client_runtime::{Error, Result, client};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::{Deserialize, Serialize};

/// How far back `iat` is set, against clock drift (GitHub's advice: 60 s).
pub const JWT_BACKDATE: Duration = Duration::from_secs(60);
/// How long an app JWT is valid; GitHub refuses more than 10 minutes.
pub const JWT_LIFETIME: Duration = Duration::from_secs(9 * 60);

/// A GitHub App: its id (or client id) and private key.
#[derive(Clone)]
pub struct GitHubApp {
    app_id: String,
    key: EncodingKey,
}

impl fmt::Debug for GitHubApp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GitHubApp").field("app_id", &self.app_id).field("key", &"<redacted>").finish()
    }
}

/// The DER inside the first PEM block labelled `label`.
pub fn pem_der(pem: &[u8], label: &str) -> Option<Vec<u8>> {
    use base64::Engine as _;
    let text = std::str::from_utf8(pem).ok()?;
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let body = &text[text.find(&begin)? + begin.len()..];
    let body = &body[..body.find(&end)?];
    let compact: String = body.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    base64::engine::general_purpose::STANDARD.decode(compact).ok().filter(|der| !der.is_empty())
}

fn invalid_key() -> TokenError {
    TokenError::Key(jsonwebtoken::errors::ErrorKind::InvalidKeyFormat.into())
}

/// The claims of an app JWT.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppClaims {
    /// Issued at (Unix seconds).
    pub iat: u64,
    /// Expires at (Unix seconds).
    pub exp: u64,
    /// The app id or client id.
    pub iss: String,
}

impl GitHubApp {
    /// An app with its id and its private key in PEM, as GitHub lets you
    /// download it (PKCS#1, `-----BEGIN RSA PRIVATE KEY-----`; convert a
    /// PKCS#8 key with `openssl rsa -in key.pem -traditional`).
    pub fn from_pem(app_id: impl Into<String>, private_key_pem: &[u8]) -> std::result::Result<Self, TokenError> {
        let der = pem_der(private_key_pem, "RSA PRIVATE KEY").ok_or_else(invalid_key)?;
        Ok(Self { app_id: app_id.into(), key: EncodingKey::from_rsa_der(&der) })
    }

    /// The app id.
    pub fn app_id(&self) -> &str {
        &self.app_id
    }

    /// A JWT for the app, valid from a minute ago for [`JWT_LIFETIME`].
    pub fn jwt(&self, now: SystemTime) -> std::result::Result<String, TokenError> {
        let secs = now.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let claims = AppClaims {
            iat: secs.saturating_sub(JWT_BACKDATE.as_secs()),
            exp: secs.saturating_add(JWT_LIFETIME.as_secs()),
            iss: self.app_id.clone(),
        };
        jsonwebtoken::encode(&Header::new(Algorithm::RS256), &claims, &self.key).map_err(TokenError::Key)
    }
}

/// The endpoints an app calls as itself, with its JWT as bearer token.
#[client(base_url = "https://api.github.com")]
#[header("Accept", "application/vnd.github+json")]
#[header("X-GitHub-Api-Version", "2022-11-28")]
pub trait GitHubAppApi {
    /// `POST /app/installations/{installation_id}/access_tokens`: a token
    /// for every repository of the installation, with the app's permissions.
    #[post("/app/installations/<installation_id>/access_tokens")]
    async fn create_installation_access_token(&self, installation_id: u64) -> Result<InstallationToken>;
}

/// An installation access token.
#[derive(Clone, Deserialize)]
pub struct InstallationToken {
    /// The token, `ghs_...`.
    pub token: String,
    /// When it expires (ISO 8601).
    pub expires_at: String,
    /// The permissions it carries.
    #[serde(default)]
    pub permissions: std::collections::BTreeMap<String, String>,
    /// `all` or `selected`.
    #[serde(default)]
    pub repository_selection: Option<String>,
}

impl fmt::Debug for InstallationToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InstallationToken")
            .field("token", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .field("permissions", &self.permissions)
            .finish()
    }
}

/// Fetches installation tokens of one installation.
#[derive(Debug, Clone)]
pub struct InstallationTokens {
    app: GitHubApp,
    base_url: String,
    installation_id: u64,
    user_agent: Option<String>,
}

impl InstallationTokens {
    /// Tokens for `installation_id`, asked of the API at `base_url`.
    pub fn new(app: GitHubApp, base_url: &str, installation_id: u64) -> Self {
        Self { app, base_url: base_url.to_owned(), installation_id, user_agent: None }
    }

    /// The `User-Agent` of the exchange (GitHub refuses requests without one).
    pub fn user_agent(mut self, user_agent: &str) -> Self {
        self.user_agent = Some(user_agent.to_owned());
        self
    }

    /// A token provider for the GitHub client's `.auth(...)`: the token is
    /// fetched on first use, again [`RefreshingToken::margin`] before it
    /// expires, and after a 401; one fetch at a time.
    pub fn into_provider(self) -> RefreshingToken {
        RefreshingToken::new(move || {
            let tokens = self.clone();
            async move { tokens.fetch().await.map_err(Error::auth) }
        })
    }

    /// Signs a JWT, exchanges it, and returns the token and its expiry.
    pub async fn fetch(&self) -> std::result::Result<(String, Option<SystemTime>), TokenError> {
        let jwt = self.app.jwt(SystemTime::now())?;
        let mut builder = GitHubAppApiClient::builder().base_url(&self.base_url).bearer_auth(jwt);
        if let Some(agent) = &self.user_agent {
            builder = builder.user_agent(agent);
        }
        let api = builder.build().map_err(TokenError::Call)?;
        let issued = api.create_installation_access_token(self.installation_id).await.map_err(TokenError::Call)?;
        let expires =
            crate::timestamp::parse(&issued.expires_at).ok_or_else(|| TokenError::Expiry(issued.expires_at.clone()))?;
        Ok((issued.token, Some(expires)))
    }
}

/// Why a token could not be obtained.
#[derive(Debug)]
pub enum TokenError {
    /// The key could not be read, or the JWT signed.
    Key(jsonwebtoken::errors::Error),
    /// The exchange failed (its kind and status tell why).
    Call(client_runtime::Error),
    /// The server's `expires_at` is not a timestamp.
    Expiry(String),
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Key(_) => f.write_str("the app's private key could not sign a JWT"),
            Self::Call(_) => f.write_str("the token exchange failed"),
            Self::Expiry(text) => write!(f, "the token's expiry {text:?} is not an ISO 8601 UTC timestamp"),
        }
    }
}

impl std::error::Error for TokenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Key(err) => Some(err),
            Self::Call(err) => Some(err),
            Self::Expiry(_) => None,
        }
    }
}

/// The private key of the GitHub App the embedded mock knows. FOR TESTS
/// AND THE OFFLINE DEMO ONLY: it was generated for this repository, is
/// public, and no real app uses it.
pub const TEST_APP_PRIVATE_KEY: &str = include_str!("../keys/github-app-test-private-key.pem");

/// The public half of [`TEST_APP_PRIVATE_KEY`], which the mock verifies
/// JWTs with. FOR TESTS ONLY.
pub const TEST_APP_PUBLIC_KEY: &str = include_str!("../keys/github-app-test-public-key.pem");
