//! The one error type every call returns.
//!
//! [`Error`] is opaque and one pointer wide, so `Result<T>` stays cheap to
//! move. Ask it what happened with [`Error::kind`] or the `is_*` predicates,
//! and for details with [`Error::status`], [`Error::headers`],
//! [`Error::url`], [`Error::body_text`], [`Error::decode_body`],
//! [`Error::attempts`] and [`Error::retry_after`].
//!
//! Its `Display` names the method and the path template of the call, and
//! the request as sent when it was (`GET /users/<name> (/users/octocat)`),
//! then the status and an excerpt of the error body.
//! It never contains a credential: request headers are not part of any
//! error, URLs are shown without user-info or secret query values (see
//! [`redact`](crate::redact)), cookies are hidden, and control characters a
//! server sent are escaped.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode};
use url::Url;

use crate::redact::escape_controls;

/// A `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The longest error body kept on an [`Error`], in bytes.
///
/// Enough for any JSON error document an API sends; a larger body is cut
/// here, so an error never holds an unbounded amount of memory.
pub const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// How much of the error body `Display` shows, in characters.
const DISPLAY_EXCERPT_CHARS: usize = 300;

/// How much of the request's path and query `Display` shows, in characters.
const DISPLAY_TARGET_CHARS: usize = 200;

/// What went wrong, in one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The client or session configuration was invalid (reported by `build()`).
    Builder,
    /// The request was refused before anything was sent: a path value such
    /// as `..`, a header value with CR or LF, a body that failed to serialize.
    InvalidRequest,
    /// The connection could not be established. Nothing was sent.
    Connect,
    /// A timeout elapsed: connect, read, the per-attempt total, or the
    /// overall deadline across retries.
    Timeout,
    /// The connection failed after the request was sent, for example closed
    /// in the middle of the response body.
    Transport,
    /// The server answered with a status outside 2xx.
    Status,
    /// The server asked us to wait longer than the policy allows, or a
    /// rate limit was exhausted.
    RateLimited,
    /// A redirect could not be followed: too many hops, a downgrade from
    /// https to http, or a body that cannot be replayed.
    Redirect,
    /// The response body was larger than the session's cap.
    BodyTooLarge,
    /// The response body could not be decoded into the declared type.
    Decode,
    /// A paginated listing was malformed: a next link to another origin,
    /// a loop, or items that are not where the declaration says.
    Pagination,
    /// A local I/O error, for example while reading an upload from disk.
    Io,
    /// A [middleware](crate::middleware) failed the call; its own error is
    /// the [source](std::error::Error::source).
    Middleware,
    /// A credential [provider](crate::auth) could not produce credentials,
    /// for example a token fetch that failed; its error is the source.
    Auth,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Builder => "invalid configuration",
            Self::InvalidRequest => "invalid request",
            Self::Connect => "connection failed",
            Self::Timeout => "timed out",
            Self::Transport => "connection error",
            Self::Status => "HTTP error",
            Self::RateLimited => "rate limited",
            Self::Redirect => "redirect refused",
            Self::BodyTooLarge => "response body too large",
            Self::Decode => "could not decode response",
            Self::Pagination => "pagination error",
            Self::Io => "I/O error",
            Self::Middleware => "middleware error",
            Self::Auth => "authentication error",
        })
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The error of every call, builder and stream in this crate.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    message: Cow<'static, str>,
    endpoint: Option<(Method, &'static str)>,
    status: Option<StatusCode>,
    body: Option<Bytes>,
    excerpt: Option<String>,
    attempts: u32,
    retry_after: Option<Duration>,
    note: Option<&'static str>,
    /// Redacted before it is stored.
    url: Option<Url>,
    headers: Option<HeaderMap>,
    source: Option<BoxError>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<Cow<'static, str>>) -> Self {
        Self {
            inner: Box::new(Inner {
                kind,
                message: message.into(),
                endpoint: None,
                status: None,
                body: None,
                excerpt: None,
                attempts: 0,
                retry_after: None,
                note: None,
                url: None,
                headers: None,
                source: None,
            }),
        }
    }

    pub(crate) fn with_source(mut self, source: impl Into<BoxError>) -> Self {
        self.inner.source = Some(source.into());
        self
    }

    /// The error a [middleware](crate::middleware) returns to fail the
    /// call: kind [`ErrorKind::Middleware`], with `source` kept as the
    /// [source](std::error::Error::source) so the caller can downcast it.
    ///
    /// ```
    /// use std::error::Error as _;
    /// use client_runtime::{Error, ErrorKind};
    ///
    /// let err = Error::middleware(std::io::Error::other("signing key unavailable"));
    /// assert_eq!(err.kind(), ErrorKind::Middleware);
    /// assert!(err.source().and_then(|s| s.downcast_ref::<std::io::Error>()).is_some());
    /// ```
    pub fn middleware(source: impl Into<BoxError>) -> Self {
        Self::new(ErrorKind::Middleware, "a middleware failed the call").with_source(source)
    }

    /// The error a credential [provider](crate::auth) returns when it cannot
    /// produce credentials: kind [`ErrorKind::Auth`], `source` kept.
    pub fn auth(source: impl Into<BoxError>) -> Self {
        Self::new(ErrorKind::Auth, "the credentials could not be obtained").with_source(source)
    }

    pub(crate) fn builder(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorKind::Builder, message)
    }

    pub(crate) fn invalid_request(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorKind::InvalidRequest, message)
    }

    /// The error a server answering `status` with `body` produces: kind
    /// [`ErrorKind::Status`], the body kept (up to [`ERROR_BODY_LIMIT`]).
    ///
    /// The runtime builds these itself; this constructor is for fakes that
    /// implement a client trait in tests.
    ///
    /// ```
    /// use client_runtime::{Error, ErrorKind, StatusCode};
    ///
    /// let err = Error::from_status(StatusCode::NOT_FOUND, r#"{"message":"Not Found"}"#);
    /// assert_eq!(err.kind(), ErrorKind::Status);
    /// assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    /// assert_eq!(err.body_text(), Some(r#"{"message":"Not Found"}"#));
    /// ```
    pub fn from_status(status: StatusCode, body: impl Into<Bytes>) -> Self {
        let mut err = Self::new(ErrorKind::Status, "");
        err.inner.status = Some(status);
        err.set_body(body.into());
        err
    }

    pub(crate) fn set_body(&mut self, body: Bytes) {
        self.set_body_as(body, &HeaderMap::new());
    }

    /// The error a server's answer outside 2xx produces: its body shown as
    /// text in the charset its `Content-Type` declares, and its headers.
    pub(crate) fn from_response(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        let mut err = Self::new(ErrorKind::Status, "");
        err.inner.status = Some(status);
        err.set_body_as(body, &headers);
        err.with_headers(headers)
    }

    /// Keeps the body, cut at [`ERROR_BODY_LIMIT`], and its text decoded
    /// (lossily) by the charset `headers` declare.
    fn set_body_as(&mut self, body: Bytes, headers: &HeaderMap) {
        let body = if body.len() > ERROR_BODY_LIMIT { body.slice(..ERROR_BODY_LIMIT) } else { body };
        self.inner.excerpt = (!body.is_empty()).then(|| crate::charset::lossy(headers, &body));
        self.inner.body = Some(body);
    }

    /// Classifies a transport error from reqwest.
    pub(crate) fn from_reqwest(err: reqwest::Error) -> Self {
        let kind = if err.is_timeout() {
            ErrorKind::Timeout
        } else if err.is_connect() {
            ErrorKind::Connect
        } else if err.is_builder() {
            ErrorKind::InvalidRequest
        } else {
            ErrorKind::Transport
        };
        let message = match kind {
            ErrorKind::Timeout => "the request timed out",
            ErrorKind::Connect => "could not connect to the server",
            ErrorKind::InvalidRequest => "the request could not be built",
            _ => "the connection failed",
        };
        Self::new(kind, message).with_source(err.without_url())
    }

    pub(crate) fn with_endpoint(mut self, method: &Method, template: &'static str) -> Self {
        if self.inner.endpoint.is_none() {
            self.inner.endpoint = Some((method.clone(), template));
        }
        self
    }

    /// Records the URL of the call, already redacted, unless one is known.
    pub(crate) fn with_redacted_url(mut self, url: Url) -> Self {
        if self.inner.url.is_none() {
            self.inner.url = Some(url);
        }
        self
    }

    /// Keeps the response headers of an error response; cookie values are
    /// marked sensitive so no `Debug` shows them.
    pub(crate) fn with_headers(mut self, mut headers: HeaderMap) -> Self {
        crate::redact::mark_sensitive(&mut headers);
        self.inner.headers = Some(headers);
        self
    }

    pub(crate) fn with_attempts(mut self, attempts: u32) -> Self {
        self.inner.attempts = attempts;
        self
    }

    pub(crate) fn with_retry_after(mut self, wait: Duration) -> Self {
        self.inner.retry_after = Some(wait);
        self
    }

    /// Adds why the runtime did not retry, or similar context.
    pub(crate) fn with_note(mut self, note: &'static str) -> Self {
        self.inner.note = Some(note);
        self
    }

    pub(crate) fn with_status(mut self, status: StatusCode) -> Self {
        self.inner.status = Some(status);
        self
    }

    pub(crate) fn into_kind(mut self, kind: ErrorKind, message: &'static str) -> Self {
        self.inner.kind = kind;
        self.inner.message = Cow::Borrowed(message);
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The status the server answered with, if it answered.
    pub fn status(&self) -> Option<StatusCode> {
        self.inner.status
    }

    /// The error body as text (at most [`ERROR_BODY_LIMIT`] bytes of it),
    /// if the server sent one: decoded by the charset its `Content-Type`
    /// declares (UTF-8 without one, or for a charset not known), malformed
    /// bytes shown as U+FFFD.
    pub fn body_text(&self) -> Option<&str> {
        self.inner.excerpt.as_deref()
    }

    /// The raw error body (at most [`ERROR_BODY_LIMIT`] bytes), if the
    /// server sent one.
    pub fn body_bytes(&self) -> Option<&Bytes> {
        self.inner.body.as_ref()
    }

    /// Decodes the error body as JSON (UTF-8, a leading byte order mark
    /// accepted) into a type of the caller's, such as
    /// the API's documented error document.
    ///
    /// Returns `None` when there is no body or it does not decode.
    ///
    /// ```
    /// # fn f(err: client_runtime::Error) {
    /// #[derive(serde::Deserialize)]
    /// struct ApiError { message: String }
    /// if let Some(api) = err.decode_body::<ApiError>() {
    ///     eprintln!("the server said: {}", api.message);
    /// }
    /// # }
    /// ```
    pub fn decode_body<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        let body = self.inner.body.as_ref()?;
        serde_json::from_slice(crate::charset::json_bytes(body)).ok()
    }

    /// How many attempts were made before this error was returned
    /// (0 when the request was refused before sending).
    pub fn attempts(&self) -> u32 {
        self.inner.attempts
    }

    /// How long the server asked us to wait, when a rate limit or
    /// `Retry-After` caused this error.
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// The HTTP method of the call that failed, when known.
    pub fn method(&self) -> Option<&Method> {
        self.inner.endpoint.as_ref().map(|(m, _)| m)
    }

    /// The path template of the call that failed, such as `/users/<name>`.
    pub fn path_template(&self) -> Option<&'static str> {
        self.inner.endpoint.as_ref().map(|(_, t)| *t)
    }

    /// The URL of the request that failed (the final one, after
    /// redirects, when the server answered), without user-info, fragment
    /// or secret query values: safe to log.
    pub fn url(&self) -> Option<&Url> {
        self.inner.url.as_ref()
    }

    /// The headers of the error response, when the server answered with a
    /// status outside 2xx: `WWW-Authenticate` on a 401, rate-limit headers
    /// on a 403 or 429. `Set-Cookie` values are marked sensitive.
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.inner.headers.as_ref()
    }

    /// Whether a timeout caused this error.
    pub fn is_timeout(&self) -> bool {
        self.kind() == ErrorKind::Timeout
    }

    /// Whether the connection could not be established.
    pub fn is_connect(&self) -> bool {
        self.kind() == ErrorKind::Connect
    }

    /// Whether the server answered with a status outside 2xx.
    pub fn is_status(&self) -> bool {
        self.kind() == ErrorKind::Status
    }

    /// Whether the response body could not be decoded.
    pub fn is_decode(&self) -> bool {
        self.kind() == ErrorKind::Decode
    }

    /// Whether the request was refused before anything was sent.
    pub fn is_invalid_request(&self) -> bool {
        self.kind() == ErrorKind::InvalidRequest
    }

    /// Whether a rate limit caused this error.
    pub fn is_rate_limited(&self) -> bool {
        self.kind() == ErrorKind::RateLimited
    }

    /// Whether a redirect was refused.
    pub fn is_redirect(&self) -> bool {
        self.kind() == ErrorKind::Redirect
    }

    /// Whether the response body was over the session's cap.
    pub fn is_body_too_large(&self) -> bool {
        self.kind() == ErrorKind::BodyTooLarge
    }
}

fn truncate_chars(text: &str, max: usize) -> (&str, bool) {
    match text.char_indices().nth(max) {
        Some((cut, _)) => (&text[..cut], true),
        None => (text, false),
    }
}

impl fmt::Display for Error {
    /// Server text (body excerpts, messages quoting it) has its control
    /// characters escaped; our own text has none.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::new();
        self.write_unescaped(&mut text)?;
        f.write_str(&escape_controls(&text))
    }
}

impl Error {
    fn write_unescaped(&self, f: &mut String) -> fmt::Result {
        use fmt::Write as _;
        let inner = &*self.inner;
        if let Some((method, template)) = &inner.endpoint {
            write!(f, "{method} {template}")?;
            // The request as sent, where it says more than the template.
            let target = inner.url.as_ref().map(|url| &url[url::Position::BeforePath..url::Position::AfterQuery]);
            if let Some(target) = target.filter(|target| target != template) {
                let (shown, cut) = truncate_chars(target, DISPLAY_TARGET_CHARS);
                write!(f, " ({shown}{})", if cut { "…" } else { "" })?;
            }
            f.write_str(": ")?;
        }
        match (inner.kind, inner.status) {
            (ErrorKind::Status, Some(status)) => write!(f, "HTTP {status}")?,
            (_, Some(status)) => write!(f, "{} (HTTP {status})", inner.message)?,
            _ => f.write_str(&inner.message)?,
        }
        if inner.attempts > 1 {
            write!(f, " after {} attempts", inner.attempts)?;
        }
        if let Some(wait) = inner.retry_after {
            write!(f, "; the server asked to wait {}s", wait.as_secs_f64().ceil())?;
        }
        if let Some(note) = inner.note {
            write!(f, " ({note})")?;
        }
        if let Some(source) = &inner.source {
            if inner.kind == ErrorKind::Decode {
                write!(f, ": {source}")?;
            }
        }
        if let Some(text) = inner.excerpt.as_deref() {
            let (shown, cut) = truncate_chars(text.trim(), DISPLAY_EXCERPT_CHARS);
            write!(f, ": {shown}{}", if cut { "…" } else { "" })?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        let mut d = f.debug_struct("Error");
        d.field("kind", &inner.kind);
        if let Some((method, template)) = &inner.endpoint {
            d.field("method", method).field("path", template);
        }
        if let Some(status) = inner.status {
            d.field("status", &status);
        }
        if !inner.message.is_empty() {
            d.field("message", &inner.message);
        }
        if inner.attempts > 0 {
            d.field("attempts", &inner.attempts);
        }
        if let Some(wait) = inner.retry_after {
            d.field("retry_after", &wait);
        }
        if let Some(note) = inner.note {
            d.field("note", &note);
        }
        if let Some(text) = &inner.excerpt {
            d.field("body", &truncate_chars(text, DISPLAY_EXCERPT_CHARS).0);
        }
        if let Some(url) = &inner.url {
            d.field("url", &url.as_str());
        }
        if let Some(source) = &inner.source {
            d.field("source", source);
        }
        d.finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner.source.as_deref().map(|e| e as _)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_is_one_pointer_wide() {
        assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
    }

    #[test]
    fn display_names_endpoint_status_and_excerpt() {
        let err = Error::from_status(StatusCode::NOT_FOUND, Bytes::from_static(br#"{"message":"Not Found"}"#))
            .with_endpoint(&Method::GET, "/users/<name>");
        assert_eq!(err.to_string(), r#"GET /users/<name>: HTTP 404 Not Found: {"message":"Not Found"}"#);
    }

    #[test]
    fn display_names_the_request_as_sent_beside_the_template() {
        let url = Url::parse("http://127.0.0.1:1/api/users/404?state=open").expect("url");
        let err = Error::from_status(StatusCode::NOT_FOUND, Bytes::from_static(b"{}"))
            .with_endpoint(&Method::GET, "/users/<id>")
            .with_redacted_url(url);
        assert_eq!(err.to_string(), "GET /users/<id> (/api/users/404?state=open): HTTP 404 Not Found: {}");
        let same = Error::from_status(StatusCode::NOT_FOUND, Bytes::new())
            .with_endpoint(&Method::GET, "/rate_limit")
            .with_redacted_url(Url::parse("http://h/rate_limit").expect("url"));
        assert_eq!(same.to_string(), "GET /rate_limit: HTTP 404 Not Found", "nothing the template does not say");
    }

    #[test]
    fn a_long_request_target_is_cut_in_display() {
        let url = Url::parse(&format!("http://h/search?q={}", "x".repeat(5000))).expect("url");
        let err = Error::from_status(StatusCode::BAD_REQUEST, Bytes::new())
            .with_endpoint(&Method::GET, "/search")
            .with_redacted_url(url);
        let text = err.to_string();
        assert!(text.starts_with("GET /search (/search?q=xxx"), "{text}");
        assert!(text.ends_with("…): HTTP 400 Bad Request"), "{text}");
        assert!(text.len() < 300, "{}", text.len());
    }

    #[test]
    fn long_bodies_are_capped() {
        let body = Bytes::from(vec![b'x'; ERROR_BODY_LIMIT * 2]);
        let err = Error::from_status(StatusCode::BAD_GATEWAY, body);
        assert_eq!(err.body_bytes().map(Bytes::len), Some(ERROR_BODY_LIMIT));
        assert!(err.to_string().len() < 400);
    }
}
