//! Every setting of a session, with its default, in one place.
//!
//! The [`Builder`](crate::Builder) fills a [`Config`]; a session is made
//! from it ([`Session`](crate::Session)). Neither knows the other's
//! internals: both only know this module. Each default is a named
//! constant, listed in the [`session`](crate::session) module docs; the
//! retry policy's own defaults are constants of the [`retry`](crate::retry)
//! module, which owns the policy.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderMap;
use http::header::{AUTHORIZATION, COOKIE, HeaderName, PROXY_AUTHORIZATION};

use crate::auth::DynAuth;
use crate::cache::Cache;
use crate::error::Error;
use crate::middleware::DynMiddleware;
use crate::retry::RetryPolicy;

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

/// What a builder has collected. Only the runtime reads it.
#[doc(hidden)]
pub struct Config {
    pub(crate) base_url: Option<String>,
    pub(crate) headers: HeaderMap,
    pub(crate) credentials: HeaderMap,
    pub(crate) credential_names: Vec<HeaderName>,
    pub(crate) auth: Option<Arc<dyn DynAuth>>,
    pub(crate) middleware: Vec<Arc<dyn DynMiddleware>>,
    pub(crate) user_agent: Option<String>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) read_timeout: Option<Duration>,
    pub(crate) max_body_size: usize,
    pub(crate) max_redirects: usize,
    pub(crate) retry: RetryPolicy,
    pub(crate) rate_limit: Option<(u32, Duration)>,
    pub(crate) cache: Option<Cache>,
    #[cfg(feature = "redis")]
    pub(crate) shared_limit: Option<crate::redis::SharedRateLimit>,
    #[cfg(feature = "redis")]
    pub(crate) shared_quota: Option<crate::redis::SharedQuota>,
    pub(crate) root_certificates: Vec<reqwest::Certificate>,
    pub(crate) identity: Option<reqwest::Identity>,
    pub(crate) secret_query_keys: Vec<Box<str>>,
    /// Header names whose values are recorded on wire spans.
    pub(crate) record_headers: Vec<HeaderName>,
    pub(crate) compression: bool,
    pub(crate) cookie_store: bool,
    pub(crate) proxy: ProxySetting,
    pub(crate) error: Option<Error>,
    #[cfg(feature = "opentelemetry")]
    pub(crate) telemetry: crate::telemetry::Settings,
}

/// Where requests go through a proxy.
pub(crate) enum ProxySetting {
    /// `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY` from the
    /// environment (and the system settings on macOS and Windows).
    Environment,
    /// Every request through this proxy; the string is for `Debug`,
    /// already redacted.
    Fixed(Box<reqwest::Proxy>, String),
    /// Never a proxy.
    None,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            base_url: None,
            headers: HeaderMap::new(),
            credentials: HeaderMap::new(),
            credential_names: Vec::new(),
            auth: None,
            middleware: Vec::new(),
            user_agent: None,
            timeout: Some(DEFAULT_TIMEOUT),
            connect_timeout: Some(DEFAULT_CONNECT_TIMEOUT),
            read_timeout: None,
            max_body_size: DEFAULT_MAX_BODY_SIZE,
            max_redirects: DEFAULT_MAX_REDIRECTS,
            retry: RetryPolicy::default(),
            rate_limit: None,
            cache: None,
            #[cfg(feature = "redis")]
            shared_limit: None,
            #[cfg(feature = "redis")]
            shared_quota: None,
            root_certificates: Vec::new(),
            identity: None,
            secret_query_keys: Vec::new(),
            record_headers: Vec::new(),
            compression: true,
            cookie_store: false,
            proxy: ProxySetting::Environment,
            error: None,
            #[cfg(feature = "opentelemetry")]
            telemetry: crate::telemetry::Settings::default(),
        }
    }
}

impl Config {
    /// Remembers the first invalid setting, for `build()` to report.
    pub(crate) fn fail(&mut self, err: Error) {
        if self.error.is_none() {
            self.error = Some(err);
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("base_url", &self.base_url.as_deref().map(crate::redact::configured_url))
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for ProxySetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Environment => f.write_str("environment"),
            Self::Fixed(_, shown) => f.write_str(shown),
            Self::None => f.write_str("none"),
        }
    }
}

/// The default header names that carry credentials.
pub(crate) fn is_credential_name(name: &HeaderName) -> bool {
    name == AUTHORIZATION || name == PROXY_AUTHORIZATION || name == COOKIE
}

/// A timer setting as the clock can hold it: `Duration::MAX` and anything
/// past about 30 years mean "never", and cannot overflow an `Instant`.
pub(crate) fn timer(setting: Duration) -> Duration {
    setting.min(crate::ratelimit::FAR_FUTURE)
}
