//! Sessions: one connection pool, one base URL, shared headers and
//! credentials, timeouts, retry policy and rate limiter.
//!
//! A [`Session`] is cheap to clone; clones share the pool, the retry budget
//! and the rate limiter. Every generated client wraps one
//! (`client.session()`), and several clients can share one
//! (`GitHubClient::from_session(session)`).
//!
//! # Defaults
//!
//! | setting | default |
//! |---|---|
//! | connect timeout | 10 s ([`DEFAULT_CONNECT_TIMEOUT`]) |
//! | total timeout per attempt | 30 s ([`DEFAULT_TIMEOUT`]), up to the last byte of the body (the headers, for a streamed download) |
//! | read timeout (between body chunks) | none |
//! | `User-Agent` | `client-runtime/<version>` |
//! | response body cap | 10 MiB ([`DEFAULT_MAX_BODY_SIZE`]) |
//! | redirects | followed, at most 10 hops; credentials dropped when the origin changes; https to http refused |
//! | retries | [`RetryPolicy::default()`](crate::RetryPolicy) |
//! | client-side rate limit | none |
//! | response cache | none ([`Builder::cache`](crate::Builder::cache)) |

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderMap;
use http::header::{AUTHORIZATION, COOKIE, HeaderName, PROXY_AUTHORIZATION};
use url::Url;

use crate::auth::DynAuth;
use crate::builder::Builder;
use crate::cache::Cache;
use crate::middleware::DynMiddleware;
use crate::ratelimit::RateLimiter;
use crate::retry::{RetryBudget, RetryPolicy};

/// The connect timeout when none is set.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The total timeout of one attempt (connect, send, and read the whole
/// response) when none is set.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The largest response body read into memory when no cap is set.
pub const DEFAULT_MAX_BODY_SIZE: usize = 10 * 1024 * 1024;
/// The most redirects followed for one request.
pub const DEFAULT_MAX_REDIRECTS: usize = 10;
/// The `User-Agent` sent when none is set.
pub const DEFAULT_USER_AGENT: &str = concat!("client-runtime/", env!("CARGO_PKG_VERSION"));

/// A configured HTTP session. See the [module docs](self) for defaults.
///
/// ```
/// use std::time::Duration;
/// use client_runtime::Session;
///
/// let session = Session::builder()
///     .base_url("https://api.example.com/v1")
///     .bearer_auth("secret-token")
///     .timeout(Duration::from_secs(5))
///     .build()?;
/// assert_eq!(session.base_url().as_str(), "https://api.example.com/v1");
/// assert!(!format!("{session:?}").contains("secret-token"));
/// # Ok::<(), client_runtime::Error>(())
/// ```
#[derive(Clone)]
pub struct Session {
    pub(crate) inner: Arc<SessionInner>,
}

pub(crate) struct SessionInner {
    pub(crate) http: reqwest::Client,
    /// The base URL without a trailing `/`, ready for a path to be appended.
    pub(crate) base: String,
    pub(crate) base_url: Url,
    /// The static credentials (`bearer_auth`, `basic_auth`, `api_key`),
    /// values marked sensitive; applied to each request for the session's
    /// own origin.
    pub(crate) credentials: HeaderMap,
    /// The provider installed with `.auth(...)`, applied like them.
    pub(crate) auth: Option<Arc<dyn DynAuth>>,
    /// The middlewares, in registration order; empty costs nothing.
    pub(crate) middleware: Vec<Arc<dyn DynMiddleware>>,
    /// Header names that carry credentials, whoever set them.
    pub(crate) credential_names: Vec<HeaderName>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_body_size: usize,
    pub(crate) max_redirects: usize,
    pub(crate) retry: RetryPolicy,
    pub(crate) budget: RetryBudget,
    pub(crate) limiter: Option<RateLimiter>,
    pub(crate) cache: Option<Cache>,
    #[cfg(feature = "redis")]
    pub(crate) shared_limit: Option<crate::redis::SharedRateLimit>,
    #[cfg(feature = "redis")]
    pub(crate) shared_quota: Option<crate::redis::SharedQuota>,
    pub(crate) settings: Settings,
}

/// Settings kept only to describe the session in `Debug`.
#[derive(Debug)]
pub(crate) struct Settings {
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) read_timeout: Option<Duration>,
    pub(crate) user_agent: String,
}

impl Session {
    /// A builder for a session. Call `.base_url(...)` before `.build()`.
    pub fn builder() -> Builder<Session> {
        Builder::new()
    }

    /// The base URL every path is appended to.
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// The retry policy calls use unless a method overrides it.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The underlying reqwest client, for requests the trait does not
    /// declare. It shares this session's connection pool, but not its
    /// credentials, retries or redirect rules.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.inner.http
    }

    pub(crate) fn base_str(&self) -> &str {
        &self.inner.base
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        let credentials: Vec<_> = inner.credentials.keys().map(|name| format!("{name}: <redacted>")).collect();
        let mut out = f.debug_struct("Session");
        out.field("base_url", &inner.base)
            .field("credentials", &credentials)
            .field("auth_provider", &inner.auth.is_some())
            .field("middlewares", &inner.middleware.len())
            .field("timeout", &inner.timeout)
            .field("connect_timeout", &inner.settings.connect_timeout)
            .field("read_timeout", &inner.settings.read_timeout)
            .field("user_agent", &inner.settings.user_agent)
            .field("max_body_size", &inner.max_body_size)
            .field("max_redirects", &inner.max_redirects)
            .field("retry", &inner.retry)
            .field("rate_limit", &inner.limiter)
            .field("cache", &inner.cache);
        #[cfg(feature = "redis")]
        out.field("shared_rate_limit", &inner.shared_limit).field("shared_quota", &inner.shared_quota);
        out.finish()
    }
}

/// The default header names that carry credentials.
pub(crate) fn is_credential_name(name: &HeaderName) -> bool {
    name == AUTHORIZATION || name == PROXY_AUTHORIZATION || name == COOKIE
}
