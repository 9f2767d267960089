//! Middleware: your code around every request the runtime puts on the wire.
//!
//! A [`Middleware`] runs around each request actually sent: every attempt
//! of a retried call and every redirect hop of an attempt. It sits inside
//! retries, rate limiting and redirect following, so a signature it
//! computes is computed again for each attempt and each hop. It may
//!
//! - read and change the outgoing [`Request`]: method, URL, headers, and
//!   the body's bytes when the body is in memory;
//! - answer without calling [`Next::run`], with a [`Response`] of its own
//!   (nothing then touches the network);
//! - call `next` and read or change the response;
//! - fail the call with [`Error::middleware`], which keeps its error as the
//!   [source](std::error::Error::source) under
//!   [`ErrorKind::Middleware`](crate::ErrorKind::Middleware).
//!
//! Middlewares run in the order they were registered with
//! [`Builder::middleware`](crate::Builder::middleware): the first one
//! registered sees the request first and the response last. Credentials
//! from the session's [auth provider](crate::auth) are already on the
//! request, so a signature can cover them. A session without middleware
//! sends requests directly: the mechanism costs it nothing. The same
//! middleware values work in async and blocking clients.
//!
//! [`CallInfo`] says which call a request belongs to.
//!
//! ```
//! use std::sync::atomic::{AtomicU64, Ordering};
//! use client_runtime::middleware::{CallInfo, Middleware, Next, Request, Response};
//! use client_runtime::{Result, Session};
//!
//! /// Numbers every request put on the wire.
//! #[derive(Default)]
//! struct RequestId(AtomicU64);
//!
//! impl Middleware for RequestId {
//!     async fn handle(&self, mut request: Request, info: &CallInfo, next: Next<'_>) -> Result<Response> {
//!         let id = self.0.fetch_add(1, Ordering::Relaxed);
//!         let value = format!("{}-{id}-{}-{}", info.method_name(), info.attempt(), info.hop());
//!         request.headers_mut().insert("x-request-id", value.parse().expect("a valid header value"));
//!         let response = next.run(request).await?;
//!         if let Some(remaining) = response.headers().get("x-ratelimit-remaining") {
//!             eprintln!("{}: {remaining:?} requests left", info.template());
//!         }
//!         Ok(response)
//!     }
//! }
//!
//! let session = Session::builder()
//!     .base_url("https://api.example.com")
//!     .middleware(RequestId::default())
//!     .build()?;
//! # Ok::<(), client_runtime::Error>(())
//! ```

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use bytes::Bytes;
use http::header::CONTENT_LENGTH;
use http::{HeaderMap, HeaderValue, Method, StatusCode};
use url::Url;

use crate::endpoint::Endpoint;
use crate::error::{Error, Result};
use crate::redact::drop_user_info;

/// Code that runs around every request put on the wire.
///
/// Implement it with an `async fn`; see the [module docs](self).
pub trait Middleware: Send + Sync + 'static {
    /// Handles one request: change it, pass it on with `next.run(request)`
    /// (or answer it yourself), and return the response.
    fn handle(
        &self,
        request: Request,
        info: &CallInfo,
        next: Next<'_>,
    ) -> impl Future<Output = Result<Response>> + Send;
}

impl<M: Middleware> Middleware for Arc<M> {
    fn handle(
        &self,
        request: Request,
        info: &CallInfo,
        next: Next<'_>,
    ) -> impl Future<Output = Result<Response>> + Send {
        (**self).handle(request, info, next)
    }
}

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// [`Middleware`] made object-safe, so a session can hold a list of them.
pub(crate) trait DynMiddleware: Send + Sync {
    fn handle_dyn<'a>(
        &'a self,
        request: Request,
        info: &'a CallInfo,
        next: Next<'a>,
    ) -> BoxFuture<'a, Result<Response>>;
}

impl<M: Middleware> DynMiddleware for M {
    fn handle_dyn<'a>(
        &'a self,
        request: Request,
        info: &'a CallInfo,
        next: Next<'a>,
    ) -> BoxFuture<'a, Result<Response>> {
        Box::pin(self.handle(request, info, next))
    }
}

/// The middlewares of a session, in registration order.
pub(crate) type Chain = [Arc<dyn DynMiddleware>];

/// The rest of the pipeline: the middlewares registered after this one,
/// then the network.
pub struct Next<'a> {
    chain: &'a Chain,
    http: &'a reqwest::Client,
    info: &'a CallInfo,
}

impl<'a> Next<'a> {
    /// Passes the request on and returns the response from further down.
    pub fn run(self, request: Request) -> impl Future<Output = Result<Response>> + Send + 'a {
        match self.chain.split_first() {
            None => Dispatch::Wire(wire(self.http, request)),
            Some((first, rest)) => Dispatch::Chain(first.handle_dyn(request, self.info, Next { chain: rest, ..self })),
        }
    }
}

impl fmt::Debug for Next<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Next").field("middlewares_left", &self.chain.len()).finish()
    }
}

/// Runs `request` through `chain` to the network. With no middleware the
/// request goes straight to the connection pool: no allocation, no
/// dynamic call, and no future of ours around the pool's.
///
/// The request is handed over now, not at the first poll, so the future
/// holds only what is still to come, never the request itself.
pub(crate) fn dispatch<'a>(
    chain: &'a Chain,
    http: &'a reqwest::Client,
    request: Request,
    info: &'a CallInfo,
) -> Dispatch<'a, impl Future<Output = reqwest::Result<reqwest::Response>> + Send + Unpin + 'a> {
    match chain.split_first() {
        None => Dispatch::Wire(wire(http, request)),
        Some((first, rest)) => Dispatch::Chain(first.handle_dyn(request, info, Next { chain: rest, http, info })),
    }
}

/// The connection pool's future for `request`.
fn wire(
    http: &reqwest::Client,
    request: Request,
) -> impl Future<Output = reqwest::Result<reqwest::Response>> + Send + Unpin + use<> {
    let mut inner = request.inner;
    drop_user_info(inner.url_mut());
    http.execute(inner)
}

/// A request on its way down the middlewares: the connection pool's own
/// future `W`, or the boxed future of the next middleware.
pub(crate) enum Dispatch<'a, W> {
    Wire(W),
    Chain(BoxFuture<'a, Result<Response>>),
}

impl<W> Future for Dispatch<'_, W>
where
    W: Future<Output = reqwest::Result<reqwest::Response>> + Unpin,
{
    type Output = Result<Response>;

    // Inlined into the layer that polls it: see "Layers" in `send`.
    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
        match self.get_mut() {
            Dispatch::Wire(pending) => {
                Pin::new(pending).poll(cx).map(|sent| sent.map(Response::from_wire).map_err(Error::from_reqwest))
            }
            Dispatch::Chain(next) => next.as_mut().poll(cx),
        }
    }
}

/// Which call a request belongs to, and where in it.
#[derive(Clone, Copy)]
pub struct CallInfo {
    endpoint: &'static Endpoint,
    attempt: u32,
    hop: u32,
}

impl CallInfo {
    pub(crate) fn new(endpoint: &'static Endpoint, attempt: u32, hop: u32) -> Self {
        Self { endpoint, attempt, hop }
    }

    /// The trait's name, such as `"GitHub"`.
    pub fn trait_name(&self) -> &'static str {
        self.endpoint.trait_name
    }

    /// The method's name, such as `"get_user"`.
    pub fn method_name(&self) -> &'static str {
        self.endpoint.method_name
    }

    /// The HTTP method the call declares. A redirect hop may use another
    /// (a 303 turns a POST into a GET): [`Request::method`] has that one.
    pub fn method(&self) -> &Method {
        &self.endpoint.method
    }

    /// The declared path template, such as `/users/<name>`.
    pub fn template(&self) -> &'static str {
        self.endpoint.template
    }

    /// Whether the call is safe to send twice: an idempotent verb, or a
    /// method marked `#[idempotent]`.
    pub fn is_idempotent(&self) -> bool {
        self.endpoint.idempotent
    }

    /// The attempt this request belongs to, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The redirect hop: 0 for the request as declared, 1 after the first
    /// redirect, and so on.
    pub fn hop(&self) -> u32 {
        self.hop
    }
}

impl fmt::Debug for CallInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallInfo")
            .field("trait_name", &self.trait_name())
            .field("method_name", &self.method_name())
            .field("method", self.method())
            .field("template", &self.template())
            .field("idempotent", &self.is_idempotent())
            .field("attempt", &self.attempt)
            .field("hop", &self.hop)
            .finish()
    }
}

/// A request about to be put on the wire.
pub struct Request {
    inner: reqwest::Request,
}

impl Request {
    pub(crate) fn from_wire(inner: reqwest::Request) -> Self {
        Self { inner }
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        self.inner.method()
    }

    /// The HTTP method, to change it.
    pub fn method_mut(&mut self) -> &mut Method {
        self.inner.method_mut()
    }

    /// The full URL.
    pub fn url(&self) -> &Url {
        self.inner.url()
    }

    /// The full URL, to change it.
    pub fn url_mut(&mut self) -> &mut Url {
        self.inner.url_mut()
    }

    /// The headers, credentials included (their values are marked
    /// sensitive).
    pub fn headers(&self) -> &HeaderMap {
        self.inner.headers()
    }

    /// The headers, to change them.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        self.inner.headers_mut()
    }

    /// The body's bytes when it is in memory (JSON, forms, raw bytes):
    /// empty for a request without a body, `None` for a body streamed from
    /// a file, a reader or a multipart form.
    pub fn body_bytes(&self) -> Option<&[u8]> {
        match self.inner.body() {
            None => Some(&[]),
            Some(body) => body.as_bytes(),
        }
    }

    /// Replaces the body with these bytes, and its `Content-Length`.
    pub fn set_body(&mut self, bytes: impl Into<Bytes>) {
        let bytes = bytes.into();
        self.inner.headers_mut().insert(CONTENT_LENGTH, HeaderValue::from(bytes.len()));
        *self.inner.body_mut() = Some(reqwest::Body::from(bytes));
    }

    /// A copy to send once more; `None` when the body is streamed.
    pub(crate) fn try_clone(&self) -> Option<Self> {
        self.inner.try_clone().map(Self::from_wire)
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = self.url();
        f.debug_struct("Request")
            .field("method", self.method())
            .field("origin", &url.origin().ascii_serialization())
            .field("path", &url.path())
            .field("headers", &self.headers().keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

/// A response coming back through the middlewares: from the network, or
/// made by a middleware that answered itself.
pub struct Response {
    status: StatusCode,
    headers: HeaderMap,
    body: reqwest::Response,
}

impl Response {
    /// A response of a middleware's own, with this status and body.
    ///
    /// ```
    /// use client_runtime::StatusCode;
    /// use client_runtime::middleware::Response;
    ///
    /// let mut canned = Response::new(StatusCode::OK, r#"{"login":"octocat","id":1}"#);
    /// canned.headers_mut().insert("content-type", "application/json".parse().expect("a valid value"));
    /// assert_eq!(canned.status(), StatusCode::OK);
    /// ```
    pub fn new(status: StatusCode, body: impl Into<Bytes>) -> Self {
        let body = body.into();
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
        Self { status, headers, body: reqwest::Response::from(http::Response::new(body)) }
    }

    pub(crate) fn from_wire(mut response: reqwest::Response) -> Self {
        let headers = std::mem::take(response.headers_mut());
        Self { status: response.status(), headers, body: response }
    }

    /// The status, its body still unread, as the runtime reads it.
    pub(crate) fn into_parts(self) -> (StatusCode, HeaderMap, reqwest::Response) {
        (self.status, self.headers, self.body)
    }

    /// The HTTP version the response came back with.
    pub(crate) fn version(&self) -> http::Version {
        self.body.version()
    }

    /// The status code.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Changes the status code.
    pub fn set_status(&mut self, status: StatusCode) {
        self.status = status;
    }

    /// The headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The headers, to change them.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        &mut self.headers
    }

    /// Reads the whole body (failing with
    /// [`ErrorKind::BodyTooLarge`](crate::ErrorKind::BodyTooLarge) past
    /// `limit` bytes) and keeps it, so the runtime still gets it.
    pub async fn read_body(&mut self, limit: usize) -> Result<Bytes> {
        let bytes = crate::read::read_body(&mut self.body, limit, false).await?;
        self.body = reqwest::Response::from(http::Response::new(bytes.clone()));
        Ok(bytes)
    }

    /// Replaces the body with these bytes, and its `Content-Length`.
    pub fn set_body(&mut self, bytes: impl Into<Bytes>) {
        let bytes = bytes.into();
        self.headers.insert(CONTENT_LENGTH, HeaderValue::from(bytes.len()));
        self.body = reqwest::Response::from(http::Response::new(bytes));
    }
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}
