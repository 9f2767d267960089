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

use http::header::{HeaderName, HeaderValue};

use crate::auth::{ApiKey, AuthProvider, Basic, Bearer};
use crate::cache::Cache;
use crate::config::{Config, ProxySetting, is_credential_name};
use crate::error::{Error, Result};
use crate::middleware::Middleware;
use crate::retry::RetryPolicy;
use crate::session::Session;

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

/// Something a [`Builder`] can build. Implemented by the sessions and by
/// every generated client.
#[doc(hidden)]
pub trait Assemble: Sized {
    fn assemble(config: Config) -> Result<Self>;
}

impl<C: Assemble> Builder<C> {
    /// A builder with every setting at its default.
    pub fn new() -> Self {
        Self { config: Config::default(), target: PhantomData }
    }

    /// Builds it, reporting the first invalid setting.
    pub fn build(self) -> Result<C> {
        C::assemble(self.config)
    }

    fn fail(mut self, err: Error) -> Self {
        self.config.fail(err);
        self
    }

    /// The URL every path is appended to, such as
    /// `https://gitlab.example.com/api/v4`. Must be `http` or `https`,
    /// without user-info, query or fragment (`build()` refuses them without
    /// echoing them: use [`basic_auth`](Self::basic_auth) for credentials).
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

    /// More query keys whose values are secret: shown as `REDACTED` in
    /// every `Debug`, `Display`, error and log line, like the built-in
    /// [`BUILTIN_SECRET_QUERY_KEYS`](crate::redact::BUILTIN_SECRET_QUERY_KEYS)
    /// and the keys a method declares with `#[query(secret)]`. Keys compare
    /// case-insensitively. Calls are sent unchanged.
    ///
    /// ```
    /// let session = client_runtime::Session::builder()
    ///     .base_url("https://api.example.com")
    ///     .secret_query_keys(["session_id", "otp"])
    ///     .build()?;
    /// # Ok::<(), client_runtime::Error>(())
    /// ```
    pub fn secret_query_keys<I>(mut self, keys: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        self.config.secret_query_keys.extend(keys.into_iter().map(|key| key.into().into_boxed_str()));
        self
    }

    /// Records the values of these request and response headers on every
    /// wire span, as the OpenTelemetry attributes
    /// `http.request.header.<name>` and `http.response.header.<name>` (the
    /// name lowercase, the values a string array); see
    /// [`telemetry`](crate::telemetry). No header value is recorded
    /// otherwise. Names compare case-insensitively; calls add to the list.
    ///
    /// Credentials never show, even when named: `Authorization`,
    /// `Proxy-Authorization`, `Cookie`, `Set-Cookie`, the header of an
    /// [`api_key`](Self::api_key) and every value marked sensitive are
    /// recorded as `REDACTED`. Without the feature `opentelemetry`, each
    /// direction is one field of the wire span instead,
    /// `http.request.headers` and `http.response.headers`.
    ///
    /// ```
    /// let session = client_runtime::Session::builder()
    ///     .base_url("https://api.github.com")
    ///     .record_headers(["X-GitHub-Request-Id", "X-RateLimit-Remaining"])
    ///     .build()?;
    /// # Ok::<(), client_runtime::Error>(())
    /// ```
    pub fn record_headers<I>(mut self, names: I) -> Self
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        for name in names {
            let name = name.as_ref();
            match HeaderName::from_bytes(name.as_bytes()) {
                Ok(name) if !self.config.record_headers.contains(&name) => self.config.record_headers.push(name),
                Ok(_) => {}
                Err(err) => {
                    let message =
                        format!("invalid header name {:?} in record_headers", crate::redact::escape_controls(name));
                    return self.fail(Error::builder(message).with_source(err));
                }
            }
        }
        self
    }

    /// Whether requests carry the trace context of their span (feature
    /// `opentelemetry`): on by default, through the global propagator
    /// (`opentelemetry::global::set_text_map_propagator`), for the
    /// session's own origin only.
    ///
    /// ```
    /// let session = client_runtime::Session::builder()
    ///     .base_url("https://api.example.com")
    ///     .propagate_trace_context(false)
    ///     .build()?;
    /// # Ok::<(), client_runtime::Error>(())
    /// ```
    #[cfg(feature = "opentelemetry")]
    pub fn propagate_trace_context(mut self, on: bool) -> Self {
        self.config.telemetry.propagate = on;
        self
    }

    /// Whether a redirect hop to another origin than the session's also
    /// carries the trace context (feature `opentelemetry`). Off by default:
    /// trace and span ids tell a third party which calls belong together.
    #[cfg(feature = "opentelemetry")]
    pub fn propagate_trace_context_cross_origin(mut self, on: bool) -> Self {
        self.config.telemetry.cross_origin = on;
        self
    }

    /// The meter that records `http.client.request.duration`,
    /// `client.retries` and `client.rate_limit.waits` (feature
    /// `opentelemetry`). Without it, the global meter provider's is taken
    /// when the session is built: set the global provider first.
    #[cfg(feature = "opentelemetry")]
    pub fn meter(mut self, meter: opentelemetry::metrics::Meter) -> Self {
        self.config.telemetry.meter = Some(meter);
        self
    }

    /// Whether to ask for compressed responses and decode them. On by
    /// default: `Accept-Encoding: gzip, deflate, br, zstd` is sent (unless
    /// a header of the method or session sets it) and bodies are decoded
    /// transparently for every return type, streams included. The body cap
    /// applies to the decoded size. Off, nothing is asked or decoded, and a
    /// response that is encoded anyway fails with
    /// [`ErrorKind::Decode`](crate::ErrorKind::Decode).
    pub fn compression(mut self, on: bool) -> Self {
        self.config.compression = on;
        self
    }

    /// Keeps cookies the server sets and sends them back on later calls of
    /// this session (and its clones), following the cookies' domain and
    /// path rules, as `requests.Session` and `httpx.Client` do. Off by
    /// default: API clients rarely want server state carried between calls.
    /// Cookie values are secrets: never shown in any output.
    pub fn cookie_store(mut self, on: bool) -> Self {
        self.config.cookie_store = on;
        self
    }

    /// Sends every request through this proxy (`http://`, `https://`;
    /// credentials as `http://user:password@proxy:3128`, sent as
    /// `Proxy-Authorization` and never shown). Replaces the proxies from the
    /// environment.
    pub fn proxy(mut self, url: &str) -> Self {
        match reqwest::Proxy::all(url) {
            Ok(proxy) => {
                self.config.proxy = ProxySetting::Fixed(Box::new(proxy), crate::redact::configured_url(url));
                self
            }
            // reqwest's error may quote the URL, which may hold a password.
            Err(_) => {
                self.fail(Error::builder(format!("the proxy URL {} is not valid", crate::redact::configured_url(url))))
            }
        }
    }

    /// Connects directly, ignoring `HTTP_PROXY`, `HTTPS_PROXY` and the
    /// system's proxy settings, which are honoured by default.
    pub fn no_proxy(mut self) -> Self {
        self.config.proxy = ProxySetting::None;
        self
    }

    /// The client certificate and its private key, as PEM, presented to
    /// servers that ask for one (mutual TLS).
    pub fn identity_pem(mut self, pem: &[u8]) -> Self {
        match reqwest::Identity::from_pem(pem) {
            Ok(identity) => {
                self.config.identity = Some(identity);
                self
            }
            // Never the source: it could quote the key.
            Err(_) => {
                self.fail(Error::builder("the client identity must be PEM with a certificate and its private key"))
            }
        }
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
            .field("base_url", &c.base_url.as_deref().map(crate::redact::configured_url))
            .field("credentials", &c.credential_names)
            .field("auth_provider", &c.auth.is_some())
            .field("middlewares", &c.middleware.len())
            .field("timeout", &c.timeout)
            .field("connect_timeout", &c.connect_timeout)
            .field("read_timeout", &c.read_timeout)
            .field("retry", &c.retry)
            .field("compression", &c.compression)
            .field("cookie_store", &c.cookie_store)
            .field("proxy", &c.proxy)
            .field("secret_query_keys", &c.secret_query_keys)
            .field("record_headers", &c.record_headers)
            .finish_non_exhaustive()
    }
}

impl Assemble for Session {
    fn assemble(config: Config) -> Result<Self> {
        Session::from_config(config)
    }
}

impl Session {
    /// A builder for a session. Call `.base_url(...)` before `.build()`.
    pub fn builder() -> Builder<Session> {
        Builder::new()
    }
}
