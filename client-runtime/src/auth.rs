//! Credentials as providers: static ones, tokens that expire and refresh,
//! and your own.
//!
//! An [`AuthProvider`] puts credentials on each request. The builder's
//! `.bearer_auth(token)`, `.basic_auth(user, password)` and
//! `.api_key(header, key)` install the static providers [`Bearer`],
//! [`Basic`] and [`ApiKey`]; `.auth(provider)` installs any other, such as
//! a [`RefreshingToken`].
//!
//! The rules every provider gets from the runtime:
//!
//! - **Only the session's own origin.** Credentials go on a request only
//!   when its URL has the origin of the session's base URL: never on a
//!   redirect hop to another origin, never on a next link to another one.
//! - **Every request on the wire.** They are applied again for each
//!   attempt and each redirect hop, before the
//!   [middlewares](crate::middleware) run (so a signature can cover them).
//!   A header the method sets itself takes precedence.
//! - **One resend after a 401.** A 401 means the request was not
//!   processed: the provider is asked to [refresh](AuthProvider::refresh),
//!   and if it has new credentials the request is sent once more, whatever
//!   its method. A second 401 is the call's error.
//! - **Secrets.** Credential header values are marked sensitive, and never
//!   appear in `Debug`, `Display`, errors, logs or spans.
//!
//! # A token that expires
//!
//! ```no_run
//! use std::time::{Duration, SystemTime};
//! use client_runtime::auth::RefreshingToken;
//! use client_runtime::{Result, Session};
//!
//! async fn fetch_installation_token() -> Result<(String, Option<SystemTime>)> {
//!     // Exchange a signed JWT for an installation token...
//!     Ok(("ghs_example".to_owned(), Some(SystemTime::now() + Duration::from_secs(3600))))
//! }
//!
//! let tokens = RefreshingToken::new(|| async { fetch_installation_token().await })
//!     .margin(Duration::from_secs(120));
//! let session = Session::builder().base_url("https://api.github.com").auth(tokens).build()?;
//! # Ok::<(), client_runtime::Error>(())
//! ```

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use futures_util::FutureExt as _;
use futures_util::future::Shared;
use http::HeaderMap;
use http::header::{AUTHORIZATION, HeaderName, HeaderValue};

use crate::error::{Error, ErrorKind, Result};

/// Puts credentials on requests to the session's origin.
///
/// Implement it for credentials the runtime does not know; see the
/// [module docs](self) for when it is called.
///
/// ```
/// use client_runtime::auth::AuthProvider;
/// use client_runtime::{Result, header::{HeaderMap, HeaderValue}};
///
/// /// A key read from the environment on every request.
/// struct EnvKey;
///
/// impl AuthProvider for EnvKey {
///     async fn authorize(&self, headers: &mut HeaderMap) -> Result<()> {
///         let key = std::env::var("SERVICE_KEY").map_err(client_runtime::Error::auth)?;
///         let mut value = HeaderValue::from_str(&key).map_err(client_runtime::Error::auth)?;
///         value.set_sensitive(true);
///         headers.entry("x-service-key").or_insert(value);
///         Ok(())
///     }
/// }
/// ```
pub trait AuthProvider: Send + Sync + 'static {
    /// Adds credentials to the headers of a request about to be sent.
    /// Mark the values sensitive ([`HeaderValue::set_sensitive`]) and keep
    /// a header that is already there: the method set it itself.
    fn authorize(&self, headers: &mut HeaderMap) -> impl Future<Output = Result<()>> + Send;

    /// The server answered 401 to a request whose headers, as `authorize`
    /// left them, were `rejected`. Return `true` when new credentials are
    /// ready, so that the request is sent once more. The default says no.
    fn refresh(&self, rejected: &HeaderMap) -> impl Future<Output = Result<bool>> + Send {
        let _ = rejected;
        async { Ok(false) }
    }
}

impl<P: AuthProvider> AuthProvider for Arc<P> {
    fn authorize(&self, headers: &mut HeaderMap) -> impl Future<Output = Result<()>> + Send {
        (**self).authorize(headers)
    }

    fn refresh(&self, rejected: &HeaderMap) -> impl Future<Output = Result<bool>> + Send {
        (**self).refresh(rejected)
    }
}

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// [`AuthProvider`] made object-safe, so a session can hold any of them.
pub(crate) trait DynAuth: Send + Sync {
    /// The request with the provider's credentials on it and, when
    /// `keep`, a copy of its headers as sent, for a refresh after a 401
    /// (boxed: a call's future holds it while the request is out).
    /// The request travels in the provider's boxed future, so a call's own
    /// future does not hold it while the provider works.
    fn authorize_request(
        &self,
        request: reqwest::Request,
        keep: bool,
    ) -> BoxFuture<'_, Result<(reqwest::Request, Option<Box<HeaderMap>>)>>;
    fn refresh_dyn<'a>(&'a self, rejected: &'a HeaderMap) -> BoxFuture<'a, Result<bool>>;
}

impl<P: AuthProvider> DynAuth for P {
    fn authorize_request(
        &self,
        mut request: reqwest::Request,
        keep: bool,
    ) -> BoxFuture<'_, Result<(reqwest::Request, Option<Box<HeaderMap>>)>> {
        Box::pin(async move {
            self.authorize(request.headers_mut()).await?;
            let sent = keep.then(|| Box::new(request.headers().clone()));
            Ok((request, sent))
        })
    }

    fn refresh_dyn<'a>(&'a self, rejected: &'a HeaderMap) -> BoxFuture<'a, Result<bool>> {
        Box::pin(self.refresh(rejected))
    }
}

/// A credential header value, marked sensitive. The error never shows
/// the value: it is a secret.
pub(crate) fn secret_value(value: &str, header: &HeaderName) -> Result<HeaderValue> {
    let mut value = HeaderValue::from_str(value).map_err(|_| {
        Error::builder(format!("the credential for header {header} contains a character not allowed in a header"))
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// Inserts a static credential unless the request already has that header.
fn insert_absent(headers: &mut HeaderMap, name: &HeaderName, value: &HeaderValue) {
    if !headers.contains_key(name) {
        headers.insert(name.clone(), value.clone());
    }
}

/// `Authorization: Bearer <token>` on every request:
/// what `Builder::bearer_auth` installs.
#[derive(Clone)]
pub struct Bearer {
    value: HeaderValue,
}

impl Bearer {
    /// A bearer token. Fails if it has a character not allowed in a header.
    pub fn new(token: impl fmt::Display) -> Result<Self> {
        Ok(Self { value: secret_value(&format!("Bearer {token}"), &AUTHORIZATION)? })
    }

    pub(crate) fn into_header(self) -> (HeaderName, HeaderValue) {
        (AUTHORIZATION, self.value)
    }
}

impl AuthProvider for Bearer {
    async fn authorize(&self, headers: &mut HeaderMap) -> Result<()> {
        insert_absent(headers, &AUTHORIZATION, &self.value);
        Ok(())
    }
}

/// HTTP basic authentication on every request: what `Builder::basic_auth`
/// installs.
#[derive(Clone)]
pub struct Basic {
    value: HeaderValue,
}

impl Basic {
    /// A user and password.
    pub fn new(user: impl fmt::Display, password: impl fmt::Display) -> Result<Self> {
        let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        Ok(Self { value: secret_value(&format!("Basic {encoded}"), &AUTHORIZATION)? })
    }

    pub(crate) fn into_header(self) -> (HeaderName, HeaderValue) {
        (AUTHORIZATION, self.value)
    }
}

impl AuthProvider for Basic {
    async fn authorize(&self, headers: &mut HeaderMap) -> Result<()> {
        insert_absent(headers, &AUTHORIZATION, &self.value);
        Ok(())
    }
}

/// An API key in a header of its own (`X-API-Key`, GitLab's
/// `PRIVATE-TOKEN`): what `Builder::api_key` installs.
#[derive(Clone)]
pub struct ApiKey {
    name: HeaderName,
    value: HeaderValue,
}

impl ApiKey {
    /// A key sent in the named header.
    pub fn new(header_name: &str, key: impl fmt::Display) -> Result<Self> {
        let name = HeaderName::from_bytes(header_name.as_bytes())
            .map_err(|err| Error::builder(format!("invalid header name {header_name:?}")).with_source(err))?;
        let value = secret_value(&key.to_string(), &name)?;
        Ok(Self { name, value })
    }

    pub(crate) fn into_header(self) -> (HeaderName, HeaderValue) {
        (self.name, self.value)
    }
}

impl AuthProvider for ApiKey {
    async fn authorize(&self, headers: &mut HeaderMap) -> Result<()> {
        insert_absent(headers, &self.name, &self.value);
        Ok(())
    }
}

macro_rules! redacted_debug {
    ($($ty:ident),*) => {$(
        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($ty), "(<redacted>)"))
            }
        }
    )*};
}
redacted_debug!(Bearer, Basic, ApiKey);

/// How long before its expiry a [`RefreshingToken`] is fetched again,
/// unless [`RefreshingToken::margin`] says otherwise.
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(60);

type Fetch = dyn Fn() -> BoxFuture<'static, Result<(String, Option<SystemTime>)>> + Send + Sync;
type Flight = Shared<BoxFuture<'static, std::result::Result<Arc<Token>, Arc<Error>>>>;

/// A bearer token fetched when needed and again before it expires: a
/// GitHub App installation token, an OAuth access token.
///
/// - It is fetched lazily, on the first request that needs it.
/// - It is fetched again [`margin`](Self::margin) before its expiry
///   ([`DEFAULT_REFRESH_MARGIN`]); a token without an expiry is kept until
///   a 401 rejects it.
/// - At most one fetch is in flight: concurrent calls on a cold or expired
///   token all wait for the same fetch.
/// - After a 401 the token is fetched again and the request sent once more.
/// - A failed fetch fails the calls waiting for it, with
///   [`ErrorKind::Auth`] and the fetch's error as source, and is not
///   remembered: the next call tries again.
///
/// Clones share the token, so one value can serve an async and a blocking
/// client. See the [module docs](self) for an example.
#[derive(Clone)]
pub struct RefreshingToken {
    shared: Arc<TokenState>,
}

struct TokenState {
    fetch: Box<Fetch>,
    margin_nanos: AtomicU64,
    flights: AtomicU64,
    slot: Mutex<Slot>,
}

enum Slot {
    Empty,
    Ready(Arc<Token>),
    Fetching { id: u64, flight: Flight },
}

struct Token {
    value: HeaderValue,
    expires: Option<SystemTime>,
}

impl Token {
    fn fresh(&self, now: SystemTime, margin: Duration) -> bool {
        self.expires.is_none_or(|expires| expires.duration_since(now).is_ok_and(|left| left > margin))
    }
}

impl RefreshingToken {
    /// A token that `fetch` produces, with its expiry when known.
    pub fn new<F, Fut>(fetch: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(String, Option<SystemTime>)>> + Send + 'static,
    {
        let fetch: Box<Fetch> = Box::new(move || Box::pin(fetch()));
        Self {
            shared: Arc::new(TokenState {
                fetch,
                margin_nanos: AtomicU64::new(nanos(DEFAULT_REFRESH_MARGIN)),
                flights: AtomicU64::new(0),
                slot: Mutex::new(Slot::Empty),
            }),
        }
    }

    /// How long before its expiry the token is fetched again.
    pub fn margin(self, margin: Duration) -> Self {
        self.shared.margin_nanos.store(nanos(margin), Ordering::Relaxed);
        self
    }

    fn lock(&self) -> MutexGuard<'_, Slot> {
        self.shared.slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The current token, fetched first if there is none fresh.
    async fn token(&self) -> Result<Arc<Token>> {
        let margin = Duration::from_nanos(self.shared.margin_nanos.load(Ordering::Relaxed));
        let (id, flight) = {
            let mut slot = self.lock();
            match &*slot {
                Slot::Ready(token) if token.fresh(SystemTime::now(), margin) => return Ok(Arc::clone(token)),
                Slot::Fetching { id, flight } => (*id, flight.clone()),
                _ => {
                    let id = self.shared.flights.fetch_add(1, Ordering::Relaxed);
                    let flight = self.start_fetch();
                    *slot = Slot::Fetching { id, flight: flight.clone() };
                    (id, flight)
                }
            }
        };
        let result = flight.await;
        let mut slot = self.lock();
        if matches!(&*slot, Slot::Fetching { id: current, .. } if *current == id) {
            *slot = match &result {
                Ok(token) => Slot::Ready(Arc::clone(token)),
                Err(_) => Slot::Empty,
            };
        }
        result
            .map_err(|err| Error::new(ErrorKind::Auth, "the token could not be fetched").with_source(SharedError(err)))
    }

    fn start_fetch(&self) -> Flight {
        let fetching = (self.shared.fetch)();
        let flight: BoxFuture<'static, _> = Box::pin(async move {
            let (token, expires) = fetching.await.map_err(Arc::new)?;
            let value = secret_value(&format!("Bearer {token}"), &AUTHORIZATION).map_err(|err| {
                Arc::new(err.into_kind(ErrorKind::Auth, "the fetched token is not a valid header value"))
            })?;
            Ok(Arc::new(Token { value, expires }))
        });
        flight.shared()
    }
}

fn nanos(duration: Duration) -> u64 {
    u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX)
}

impl AuthProvider for RefreshingToken {
    async fn authorize(&self, headers: &mut HeaderMap) -> Result<()> {
        if headers.contains_key(AUTHORIZATION) {
            return Ok(());
        }
        let token = self.token().await?;
        headers.insert(AUTHORIZATION, token.value.clone());
        Ok(())
    }

    async fn refresh(&self, rejected: &HeaderMap) -> Result<bool> {
        let Some(sent) = rejected.get(AUTHORIZATION) else { return Ok(false) };
        let mut slot = self.lock();
        match &*slot {
            // The rejected token is still current: forget it, so the resend
            // fetches a new one (once, however many calls were rejected).
            Slot::Ready(token) if token.value == sent => *slot = Slot::Empty,
            // Another call already replaced it.
            _ => {}
        }
        Ok(true)
    }
}

impl fmt::Debug for RefreshingToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &*self.lock() {
            Slot::Empty => "empty",
            Slot::Ready(_) => "ready",
            Slot::Fetching { .. } => "fetching",
        };
        f.debug_struct("RefreshingToken")
            .field("margin", &Duration::from_nanos(self.shared.margin_nanos.load(Ordering::Relaxed)))
            .field("token", &state)
            .finish()
    }
}

/// A fetch error shared by every call that waited for that fetch.
struct SharedError(Arc<Error>);

impl fmt::Debug for SharedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for SharedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl std::error::Error for SharedError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&*self.0)
    }
}
