//! The one builder behind every session and every generated client.
//!
//! `Session::builder()`, `blocking::Session::builder()` and
//! `GitHubClient::builder()` all return a [`Builder`]; only what `build()`
//! produces differs. Each setter consumes and returns the builder; a bad
//! value is remembered and reported by `build()`, so a chain of setters
//! never needs `?`.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderMap;
use http::header::{HeaderName, HeaderValue, USER_AGENT};
use url::Url;

use crate::auth::{ApiKey, AuthProvider, Basic, Bearer, DynAuth};
use crate::cache::Cache;
use crate::error::{Error, Result};
use crate::middleware::{DynMiddleware, Middleware};
use crate::ratelimit::RateLimiter;
use crate::retry::{RetryBudget, RetryPolicy};
use crate::session::{
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_BODY_SIZE, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT,
    Session, SessionInner, Settings, is_credential_name,
};

/// Builds a [`Session`], a blocking session or a generated client.
///
/// ```
/// use std::time::Duration;
/// use client_runtime::{RetryPolicy, Session};
///
/// let session = Session::builder()
///     .base_url("https://gitlab.example.com/api/v4")
///     .api_key("PRIVATE-TOKEN", "glpat-secret")
///     .user_agent("my-tool/1.0")
///     .connect_timeout(Duration::from_secs(3))
///     .timeout(Duration::from_secs(20))
///     .retry(RetryPolicy::default().max_attempts(5))
///     .build()?;
/// # Ok::<(), client_runtime::Error>(())
/// ```
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct Builder<C = Session> {
    config: Config,
    target: PhantomData<fn() -> C>,
}

/// What a builder has collected. Only the runtime reads it.
#[doc(hidden)]
pub struct Config {
    base_url: Option<String>,
    headers: HeaderMap,
    credentials: HeaderMap,
    credential_names: Vec<HeaderName>,
    auth: Option<Arc<dyn DynAuth>>,
    middleware: Vec<Arc<dyn DynMiddleware>>,
    user_agent: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    read_timeout: Option<Duration>,
    max_body_size: usize,
    max_redirects: usize,
    retry: RetryPolicy,
    rate_limit: Option<(u32, Duration)>,
    cache: Option<Cache>,
    #[cfg(feature = "redis")]
    shared_limit: Option<crate::redis::SharedRateLimit>,
    #[cfg(feature = "redis")]
    shared_quota: Option<crate::redis::SharedQuota>,
    root_certificates: Vec<reqwest::Certificate>,
    error: Option<Error>,
}

/// Something a [`Builder`] can build. Implemented by the sessions and by
/// every generated client.
#[doc(hidden)]
pub trait Assemble: Sized {
    fn assemble(config: Config) -> Result<Self>;
}

impl<C: Assemble> Builder<C> {
    /// A builder with every setting at its default.
    pub fn new() -> Self {
        Self {
            config: Config {
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
                error: None,
            },
            target: PhantomData,
        }
    }

    /// Builds it, reporting the first invalid setting.
    pub fn build(self) -> Result<C> {
        C::assemble(self.config)
    }

    fn fail(mut self, err: Error) -> Self {
        if self.config.error.is_none() {
            self.config.error = Some(err);
        }
        self
    }

    /// The URL every path is appended to, such as
    /// `https://gitlab.example.com/api/v4`. Must be `http` or `https`.
    pub fn base_url(mut self, url: &str) -> Self {
        self.config.base_url = Some(url.to_owned());
        self
    }

    /// Sends `Authorization: Bearer <token>` with every request to the
    /// session's origin: the [`Bearer`](crate::auth::Bearer) provider.
    pub fn bearer_auth(self, token: impl fmt::Display) -> Self {
        match Bearer::new(token) {
            Ok(provider) => self.static_credential(provider.into_header()),
            Err(err) => self.fail(err),
        }
    }

    /// Sends HTTP basic authentication with every request to the
    /// session's origin: the [`Basic`](crate::auth::Basic) provider.
    pub fn basic_auth(self, user: impl fmt::Display, password: impl fmt::Display) -> Self {
        match Basic::new(user, password) {
            Ok(provider) => self.static_credential(provider.into_header()),
            Err(err) => self.fail(err),
        }
    }

    /// Sends an API key in the named header (`X-API-Key`, GitLab's
    /// `PRIVATE-TOKEN`, ...) with every request to the session's origin:
    /// the [`ApiKey`](crate::auth::ApiKey) provider. It is a credential:
    /// never shown, never sent to another origin.
    pub fn api_key(self, header_name: &str, key: impl fmt::Display) -> Self {
        match ApiKey::new(header_name, key) {
            Ok(provider) => self.static_credential(provider.into_header()),
            Err(err) => self.fail(err),
        }
    }

    /// Installs a credential [provider](crate::auth): a
    /// [`RefreshingToken`](crate::auth::RefreshingToken) or your own
    /// [`AuthProvider`]. It is applied to every request for the session's
    /// own origin, after a header the method sets itself and before the
    /// static credentials above; a second call replaces the first.
    pub fn auth(mut self, provider: impl AuthProvider) -> Self {
        self.config.auth = Some(Arc::new(provider));
        self
    }

    /// Adds a [middleware](crate::middleware), run around every request
    /// put on the wire (each attempt, each redirect hop) after the ones
    /// added before it.
    pub fn middleware(mut self, middleware: impl Middleware) -> Self {
        self.config.middleware.push(Arc::new(middleware));
        self
    }

    fn credential(self, name: HeaderName, value: String) -> Self {
        match crate::auth::secret_value(&value, &name) {
            Ok(value) => self.static_credential((name, value)),
            Err(err) => self.fail(err),
        }
    }

    fn static_credential(mut self, (name, value): (HeaderName, HeaderValue)) -> Self {
        if !self.config.credential_names.contains(&name) {
            self.config.credential_names.push(name.clone());
        }
        self.config.credentials.insert(name, value);
        self
    }

    /// Sends this header with every request. A method's own headers take
    /// precedence. `Authorization`, `Proxy-Authorization` and `Cookie` are
    /// treated as credentials.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        let name = match HeaderName::from_bytes(name.as_bytes()) {
            Ok(name) => name,
            Err(err) => return self.fail(Error::builder(format!("invalid header name {name:?}")).with_source(err)),
        };
        if is_credential_name(&name) {
            return self.credential(name, value.to_owned());
        }
        match HeaderValue::from_str(value) {
            Ok(value) => {
                self.config.headers.insert(name, value);
                self
            }
            Err(err) => self
                .fail(Error::builder(format!("header {name} has a value with a control character")).with_source(err)),
        }
    }

    /// The `User-Agent` header. Defaults to `client-runtime/<version>`.
    pub fn user_agent(mut self, user_agent: &str) -> Self {
        self.config.user_agent = Some(user_agent.to_owned());
        self
    }

    /// The total time one attempt may take, from connecting to reading the
    /// last byte of the body (for a streamed `ByteStream` download, to the
    /// response headers: set a read timeout to bound a stalled stream).
    /// Defaults to 30 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = Some(timeout);
        self
    }

    /// Removes the total per-attempt timeout. Connect and read timeouts
    /// and the retry deadline still apply.
    pub fn no_timeout(mut self) -> Self {
        self.config.timeout = None;
        self
    }

    /// How long establishing a connection may take. Defaults to 10 s.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = Some(timeout);
        self
    }

    /// How long the server may stay silent while sending the response.
    /// None by default.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.config.read_timeout = Some(timeout);
        self
    }

    /// The largest response body read into memory, in bytes. A larger body
    /// fails with [`ErrorKind::BodyTooLarge`](crate::ErrorKind::BodyTooLarge).
    /// Defaults to 10 MiB. Streaming downloads are not capped.
    pub fn max_body_size(mut self, bytes: usize) -> Self {
        self.config.max_body_size = bytes;
        self
    }

    /// The most redirects followed for one request. Defaults to 10; 0
    /// returns redirects as they are.
    pub fn max_redirects(mut self, hops: usize) -> Self {
        self.config.max_redirects = hops;
        self
    }

    /// The retry policy. Defaults to [`RetryPolicy::default()`];
    /// [`RetryPolicy::none()`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = policy;
        self
    }

    /// Paces calls to at most `requests` per `per`, shared by all clones of
    /// the session. Calls wait for a slot rather than fail.
    pub fn rate_limit(mut self, requests: u32, per: Duration) -> Self {
        if requests == 0 || per.is_zero() {
            return self.fail(Error::builder("rate_limit needs at least one request per non-zero period"));
        }
        self.config.rate_limit = Some((requests, per));
        self
    }

    /// Caches responses and revalidates them with conditional requests
    /// (see [`cache`](crate::cache)). Clones of one [`Cache`] share their
    /// entries, so several sessions may use the same one.
    pub fn cache(mut self, cache: Cache) -> Self {
        self.config.cache = Some(cache);
        self
    }

    /// Paces calls with a rate limit shared in Redis by every process
    /// using the same name (see [`redis`](crate::redis)). It applies
    /// besides [`rate_limit`](Self::rate_limit), before every attempt.
    #[cfg(feature = "redis")]
    pub fn shared_rate_limit(mut self, limit: crate::redis::SharedRateLimit) -> Self {
        self.config.shared_limit = Some(limit);
        self
    }

    /// Shares the server's quota through Redis: when any process sees
    /// the rate-limit headers say it is used up, every process waits for
    /// the reset before sending (see [`redis`](crate::redis)).
    #[cfg(feature = "redis")]
    pub fn shared_quota(mut self, quota: crate::redis::SharedQuota) -> Self {
        self.config.shared_quota = Some(quota);
        self
    }
}

impl<C: Assemble> Builder<C> {
    /// Trusts the certificates of this PEM file (one or a bundle) as roots,
    /// besides the platform's: the internal CA of a GitHub Enterprise or
    /// self-managed GitLab.
    pub fn add_root_certificate(mut self, pem: &[u8]) -> Self {
        match reqwest::Certificate::from_pem_bundle(pem) {
            Ok(certs) if !certs.is_empty() => {
                self.config.root_certificates.extend(certs);
                self
            }
            Ok(_) => self.fail(Error::builder("no certificate found in the root certificate PEM")),
            Err(err) => self.fail(Error::builder("the root certificate is not valid PEM").with_source(err)),
        }
    }
}

impl<C: Assemble> Default for Builder<C> {
    fn default() -> Self {
        Self::new()
    }
}

impl<C> fmt::Debug for Builder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.config;
        f.debug_struct("Builder")
            .field("base_url", &c.base_url)
            .field("credentials", &c.credential_names)
            .field("auth_provider", &c.auth.is_some())
            .field("middlewares", &c.middleware.len())
            .field("timeout", &c.timeout)
            .field("connect_timeout", &c.connect_timeout)
            .field("read_timeout", &c.read_timeout)
            .field("retry", &c.retry)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config").field("base_url", &self.base_url).finish_non_exhaustive()
    }
}

impl Assemble for Session {
    fn assemble(config: Config) -> Result<Self> {
        config.into_session()
    }
}

impl Config {
    fn into_session(self) -> Result<Session> {
        if let Some(err) = self.error {
            return Err(err);
        }
        let (base, base_url) = parse_base_url(self.base_url.as_deref())?;
        let user_agent = self.user_agent.unwrap_or_else(|| DEFAULT_USER_AGENT.to_owned());
        let mut headers = self.headers;
        let agent = HeaderValue::from_str(&user_agent)
            .map_err(|err| Error::builder("the User-Agent has a control character").with_source(err))?;
        headers.insert(USER_AGENT, agent);

        let mut http = reqwest::Client::builder()
            .default_headers(headers)
            .redirect(reqwest::redirect::Policy::none())
            .referer(false);
        if let Some(timeout) = self.connect_timeout {
            http = http.connect_timeout(timeout);
        }
        if let Some(timeout) = self.read_timeout {
            http = http.read_timeout(timeout);
        }

        for cert in self.root_certificates {
            http = http.add_root_certificate(cert);
        }
        let http = http.build().map_err(|err| Error::builder("the HTTP client could not be built").with_source(err))?;

        Ok(Session {
            inner: Arc::new(SessionInner {
                http,
                base,
                base_url,
                credentials: self.credentials,
                credential_names: self.credential_names,
                auth: self.auth,
                middleware: self.middleware,
                timeout: self.timeout,
                max_body_size: self.max_body_size,
                max_redirects: self.max_redirects,
                budget: RetryBudget::new(self.retry.budget_capacity()),
                retry: self.retry,
                limiter: self.rate_limit.map(|(n, per)| RateLimiter::new(n, per)),
                cache: self.cache,
                #[cfg(feature = "redis")]
                shared_limit: self.shared_limit,
                #[cfg(feature = "redis")]
                shared_quota: self.shared_quota,
                settings: Settings {
                    connect_timeout: self.connect_timeout,
                    read_timeout: self.read_timeout,
                    user_agent,
                },
            }),
        })
    }
}

/// Checks the base URL once, so that each call only appends to a string.
/// Messages never echo the URL's user-info, which may hold a password.
fn parse_base_url(raw: Option<&str>) -> Result<(String, Url)> {
    let raw = raw.ok_or_else(|| Error::builder("no base URL: call `.base_url(...)`"))?;
    let url = Url::parse(raw).map_err(|err| Error::builder("the base URL is not a valid URL").with_source(err))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::builder("the base URL must not carry credentials: use basic_auth"));
    }
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(Error::builder(format!("the base URL {url} must be http or https with a host")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::builder(format!("the base URL {url} must not have a query or fragment")));
    }
    let base = url.as_str().trim_end_matches('/').to_owned();
    let url = Url::parse(&base).map_err(|err| Error::builder("invalid base URL").with_source(err))?;
    Ok((base, url))
}
