//! GitLab OAuth 2 access tokens, kept fresh with the refresh-token grant:
//! `POST /oauth/token` with `grant_type=refresh_token`.
//!
//! An access token lasts two hours (`expires_in: 7200`). GitLab rotates
//! the refresh token on every use: the old one stops working, and the
//! answer carries the next one. [`OAuthRefresher`] keeps it, and refreshes
//! one at a time, so two refreshes never race with the same token.
//! Persist [`OAuthRefresher::refresh_token`] to survive a restart.
//!
//! [`OAuthRefresher::into_provider`] gives the GitLab client a token that
//! is refreshed before it expires (and after a 401):
//!
//! ```no_run
//! use examples::gitlab::{GitLab, GitLabClient};
//! use examples::gitlab_oauth::{OAuthApp, OAuthRefresher};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let app = OAuthApp::new("client-id", "client-secret", "https://my.app/callback");
//! let refresher = OAuthRefresher::new("https://gitlab.example.com", app, "stored-refresh-token")?;
//! let gitlab = GitLabClient::builder()
//!     .base_url("https://gitlab.example.com/api/v4")
//!     .auth(refresher.clone().into_provider())
//!     .build()?;
//! let me = gitlab.get_current_user().await?;
//! // Store the rotated refresh token for next time.
//! let next = refresher.refresh_token().await;
//! # Ok(()) }
//! ```

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use client_runtime::auth::RefreshingToken;
use client_runtime::{Result, client};
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;

/// GitLab's OAuth endpoint, at the instance's root (not under `/api/v4`).
#[client(base_url = "https://gitlab.com")]
pub trait GitLabOAuth {
    /// `POST /oauth/token`, form-encoded.
    #[post("/oauth/token")]
    async fn token(&self, #[form] grant: &RefreshGrant) -> Result<OAuthToken>;
}

/// The form of the refresh-token grant.
#[derive(Clone, Serialize)]
pub struct RefreshGrant {
    /// Always `refresh_token`.
    pub grant_type: &'static str,
    /// The current refresh token.
    pub refresh_token: String,
    /// The application's id.
    pub client_id: String,
    /// The application's secret.
    pub client_secret: String,
    /// The application's redirect URI, as registered.
    pub redirect_uri: String,
}

impl fmt::Debug for RefreshGrant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RefreshGrant")
            .field("client_id", &self.client_id)
            .field("redirect_uri", &self.redirect_uri)
            .finish_non_exhaustive()
    }
}

/// What `POST /oauth/token` answers.
#[derive(Clone, Deserialize)]
pub struct OAuthToken {
    /// The access token.
    pub access_token: String,
    /// `Bearer`.
    pub token_type: String,
    /// Seconds it lasts.
    #[serde(default)]
    pub expires_in: Option<u64>,
    /// The next refresh token (the one sent is now revoked).
    pub refresh_token: String,
    /// The scopes, space-separated.
    #[serde(default)]
    pub scope: Option<String>,
    /// When it was issued (Unix seconds).
    #[serde(default)]
    pub created_at: Option<u64>,
}

impl fmt::Debug for OAuthToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthToken")
            .field("token_type", &self.token_type)
            .field("expires_in", &self.expires_in)
            .field("scope", &self.scope)
            .finish_non_exhaustive()
    }
}

/// A registered OAuth application.
#[derive(Clone)]
pub struct OAuthApp {
    client_id: String,
    client_secret: String,
    redirect_uri: String,
}

impl fmt::Debug for OAuthApp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthApp")
            .field("client_id", &self.client_id)
            .field("redirect_uri", &self.redirect_uri)
            .finish()
    }
}

impl OAuthApp {
    /// The application's id, secret and redirect URI.
    pub fn new(client_id: &str, client_secret: &str, redirect_uri: &str) -> Self {
        Self {
            client_id: client_id.to_owned(),
            client_secret: client_secret.to_owned(),
            redirect_uri: redirect_uri.to_owned(),
        }
    }
}

/// Access tokens from a refresh token that rotates.
#[derive(Clone)]
pub struct OAuthRefresher {
    api: GitLabOAuthClient,
    app: OAuthApp,
    refresh_token: Arc<Mutex<String>>,
}

impl fmt::Debug for OAuthRefresher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthRefresher").field("api", &self.api).field("app", &self.app).finish_non_exhaustive()
    }
}

impl OAuthRefresher {
    /// Refreshes at the instance `instance_url` (`https://gitlab.com`),
    /// starting from `refresh_token`.
    pub fn new(instance_url: &str, app: OAuthApp, refresh_token: &str) -> Result<Self> {
        let root = instance_url.trim_end_matches('/').trim_end_matches("/api/v4");
        let api = GitLabOAuthClient::builder().base_url(root).build()?;
        Ok(Self { api, app, refresh_token: Arc::new(Mutex::new(refresh_token.to_owned())) })
    }

    /// The refresh token to use next: store it, it replaces the one given.
    pub async fn refresh_token(&self) -> String {
        self.refresh_token.lock().await.clone()
    }

    /// A token provider for the GitLab client's `.auth(...)`. Clones of the
    /// refresher share the refresh token, so keep one to persist it.
    pub fn into_provider(self) -> RefreshingToken {
        RefreshingToken::new(move || {
            let refresher = self.clone();
            async move { refresher.fetch().await }
        })
    }

    /// Uses the refresh token, keeps its successor, and returns the access
    /// token with its expiry. One refresh runs at a time.
    pub async fn fetch(&self) -> Result<(String, Option<SystemTime>)> {
        let mut current = self.refresh_token.lock().await;
        let grant = RefreshGrant {
            grant_type: "refresh_token",
            refresh_token: current.clone(),
            client_id: self.app.client_id.clone(),
            client_secret: self.app.client_secret.clone(),
            redirect_uri: self.app.redirect_uri.clone(),
        };
        // Counted from before the request: never later than the server's clock.
        let sent = SystemTime::now();
        let issued = self.api.token(&grant).await?;
        *current = issued.refresh_token;
        let expires = issued.expires_in.map(|secs| sent + Duration::from_secs(secs));
        Ok((issued.access_token, expires))
    }
}
