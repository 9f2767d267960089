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
//! | `User-Agent` | `client-runtime/<version>` ([`DEFAULT_USER_AGENT`]) |
//! | response body cap | 10 MiB ([`DEFAULT_MAX_BODY_SIZE`]) |
//! | redirects | followed, at most 10 hops ([`DEFAULT_MAX_REDIRECTS`]); credentials dropped when the origin changes; https to http refused |
//! | retries | [`RetryPolicy::default()`](crate::RetryPolicy), its defaults listed in [`retry`](crate::retry) |
//! | token refresh margin | 60 s before expiry ([`DEFAULT_REFRESH_MARGIN`](crate::auth::DEFAULT_REFRESH_MARGIN)) |
//! | client-side rate limit | none |
//! | response cache | none ([`Builder::cache`](crate::Builder::cache)) |
//! | compression | `Accept-Encoding: gzip, deflate, br, zstd` sent; responses decoded for every return type; the body cap counts decoded bytes ([`Builder::compression`](crate::Builder::compression)) |
//! | cookies | not kept: each call sends only the cookies it declares ([`Builder::cookie_store`](crate::Builder::cookie_store) keeps them, with domain and path rules) |
//! | proxy | `HTTP_PROXY` / `HTTPS_PROXY` / `ALL_PROXY` / `NO_PROXY` from the environment (and system settings on macOS and Windows); [`Builder::proxy`](crate::Builder::proxy), [`Builder::no_proxy`](crate::Builder::no_proxy) |
//! | client certificate | none ([`Builder::identity_pem`](crate::Builder::identity_pem)) |
//! | request bodies | a POST, PUT or PATCH without a body sends `Content-Length: 0` |
//! | redaction | user-info, fragments and the values of secret query keys ([`redact`](crate::redact)) never appear in `Debug`, `Display`, errors or logs; credentials and cookies neither; server text has its control characters escaped |

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderMap;
use http::header::{HeaderName, HeaderValue, USER_AGENT};
use url::Url;

use crate::auth::DynAuth;
use crate::base_url::parse_base_url;
use crate::cache::Cache;
use crate::config::{Config, ProxySetting, timer};
use crate::endpoint::Endpoint;
use crate::error::{Error, Result};
use crate::middleware::DynMiddleware;
use crate::ratelimit::RateLimiter;
use crate::redact::Secrets;
use crate::retry::{RetryBudget, RetryPolicy};
use crate::telemetry::RecordedHeaders;

pub use crate::config::{
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_BODY_SIZE, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT,
};

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
    /// Header values recorded on wire spans (`Builder::record_headers`).
    pub(crate) recorded_headers: RecordedHeaders,
    /// Query keys added with `Builder::secret_query_keys`.
    pub(crate) secret_query_keys: Option<Arc<[Box<str>]>>,
    /// Trace context propagation and the call metrics.
    #[cfg(feature = "opentelemetry")]
    pub(crate) telemetry: crate::telemetry::Telemetry,
}

/// Settings kept only to describe the session in `Debug`.
#[derive(Debug)]
pub(crate) struct Settings {
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) read_timeout: Option<Duration>,
    pub(crate) user_agent: String,
    pub(crate) compression: bool,
    pub(crate) cookie_store: bool,
    /// How proxies are chosen, redacted.
    pub(crate) proxy: String,
}

impl Session {
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

    /// The secret query keys of a call to `endpoint`.
    pub(crate) fn secrets(&self, endpoint: &Endpoint) -> Secrets {
        Secrets::new(self.inner.secret_query_keys.clone(), endpoint.secret_query)
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
            .field("compression", &inner.settings.compression)
            .field("cookie_store", &inner.settings.cookie_store)
            .field("proxy", &inner.settings.proxy)
            .field("cache", &inner.cache)
            .field("record_headers", &inner.recorded_headers);
        #[cfg(feature = "redis")]
        out.field("shared_rate_limit", &inner.shared_limit).field("shared_quota", &inner.shared_quota);
        out.finish()
    }
}

impl Session {
    /// The session a builder's settings describe; the first invalid
    /// setting is the error.
    pub(crate) fn from_config(config: Config) -> Result<Session> {
        let config = config;
        if let Some(err) = config.error {
            return Err(err);
        }
        let (base, base_url) = parse_base_url(config.base_url.as_deref())?;
        let user_agent = config.user_agent.unwrap_or_else(|| DEFAULT_USER_AGENT.to_owned());
        let mut headers = config.headers;
        let agent = HeaderValue::from_str(&user_agent)
            .map_err(|err| Error::builder("the User-Agent has a control character").with_source(err))?;
        headers.insert(USER_AGENT, agent);
        let recorded_headers = RecordedHeaders::new(&config.record_headers, &config.credential_names, &headers);

        let mut http = reqwest::Client::builder()
            .default_headers(headers)
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .gzip(config.compression)
            .brotli(config.compression)
            .deflate(config.compression)
            .zstd(config.compression);
        if config.cookie_store {
            // Our own jar: cookie_store's usual entry point logs cookie values.
            http = http.cookie_provider(std::sync::Arc::new(crate::cookies::Jar::default()));
        }
        let proxy = format!("{:?}", config.proxy);
        match config.proxy {
            ProxySetting::Environment => {}
            ProxySetting::Fixed(fixed, _) => http = http.proxy(*fixed),
            ProxySetting::None => http = http.no_proxy(),
        }
        if let Some(identity) = config.identity {
            http = http.identity(identity);
        }
        if let Some(timeout) = config.connect_timeout {
            http = http.connect_timeout(timer(timeout));
        }
        if let Some(timeout) = config.read_timeout {
            http = http.read_timeout(timer(timeout));
        }

        for cert in config.root_certificates {
            http = http.add_root_certificate(cert);
        }
        let http = http.build().map_err(|err| Error::builder("the HTTP client could not be built").with_source(err))?;

        Ok(Session {
            inner: Arc::new(SessionInner {
                http,
                base,
                base_url,
                credentials: config.credentials,
                recorded_headers,
                credential_names: config.credential_names,
                auth: config.auth,
                middleware: config.middleware,
                timeout: config.timeout.map(timer),
                max_body_size: config.max_body_size,
                max_redirects: config.max_redirects,
                budget: RetryBudget::new(config.retry.budget_capacity()),
                retry: config.retry,
                limiter: config.rate_limit.map(|(n, per)| RateLimiter::new(n, per)),
                cache: config.cache,
                #[cfg(feature = "redis")]
                shared_limit: config.shared_limit,
                #[cfg(feature = "redis")]
                shared_quota: config.shared_quota,
                settings: Settings {
                    connect_timeout: config.connect_timeout,
                    read_timeout: config.read_timeout,
                    user_agent,
                    compression: config.compression,
                    cookie_store: config.cookie_store,
                    proxy,
                },
                secret_query_keys: (!config.secret_query_keys.is_empty()).then(|| config.secret_query_keys.into()),
                #[cfg(feature = "opentelemetry")]
                telemetry: crate::telemetry::Telemetry::new(config.telemetry),
            }),
        })
    }
}
