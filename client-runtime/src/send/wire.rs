//! One request on the wire: the current hop built afresh, the session's
//! credentials applied (to its own origin only), the middlewares run, and
//! one resend when the credential provider refreshes after a 401.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use http::header::CONTENT_LENGTH;
use http::{HeaderMap, StatusCode};
use pin_project_lite::pin_project;

use super::cached::{CacheUse, through_cache};
use crate::auth::DynAuth;
use crate::body::{AttemptBody, Body};
use crate::cache::{Cache, CacheStatus};
use crate::error::{Error, Result};
use crate::middleware::{CallInfo, Request, Response, dispatch};
use crate::redact::Secrets;
use crate::redirect::{Follower, same_origin};
use crate::session::SessionInner;
use crate::telemetry::{self, Within, wire_span};

/// Sends the follower's current hop and returns the response, its body
/// unread. `stores` says whether the cache may answer it and store its
/// response; without, the cache only learns what an unsafe request
/// invalidates.
///
/// The request is passed on by value from step to step and never
/// borrowed here: a borrowed local stays in the future's state across
/// every later await, and this future is part of every call's.
#[expect(clippy::manual_async_fn, reason = "an `async fn` would hold each argument twice")]
pub(super) fn send_hop<'a>(
    session: &'a SessionInner,
    follower: &'a mut Follower<'_>,
    info: CallInfo,
    cache: Option<&'a Cache>,
    stores: bool,
) -> impl Future<Output = Result<(Response, CacheStatus)>> + Send + 'a {
    async move {
        let own_origin = same_origin(follower.url(), &session.base_url);
        let mut resent = false;
        loop {
            // The common request (its body in memory, no provider to ask) is
            // built in one step, in place; the rest waits in a boxed future.
            let (request, authorized) = if needs_waiting(session, follower, own_origin) {
                waiting_request(session, follower, own_origin, !resent).await?
            } else {
                (ready_request(session, follower, own_origin), None)
            };
            // Only a request that really goes out (not one the cache answers)
            // gets a wire span and counts as sent.
            let hop = Hop { session, follower: &*follower, info: &info, own_origin };
            // No `outcome` local: one taken apart by a pattern would stay in
            // this future's state across the refresh below.
            let (response, cache_status) = match match cache {
                Some(cache) => cached(CacheUse { cache, stores }, request, &hop).await,
                None => hop.send(request).await.map(|response| (response, CacheStatus::Bypass)),
            } {
                Ok(answered) => answered,
                Err(error) => {
                    follower.count_sent();
                    return Err(error);
                }
            };
            if cache_status != CacheStatus::Hit {
                follower.count_sent();
            }
            let (Some(provider), Some(sent)) = (&session.auth, &authorized) else {
                return Ok((response, cache_status));
            };
            // A 401 means the request was not processed: one resend with
            // fresh credentials is safe for every method.
            let response = match rejected(response, follower) {
                Rejected::No(response) => return Ok((response, cache_status)),
                Rejected::Yes(response) => response,
            };
            let (refreshed, response) = refresh(provider.as_ref(), sent, response).await;
            if refreshed? {
                tracing::debug!(hop = info.hop(), "credentials refreshed after a 401; sending once more");
                resent = true;
                continue;
            }
            return Ok((response, cache_status));
        }
    }
}

// The three boxed futures below are each built in a function of their own,
// never inlined: a future is built on the stack before it is moved into
// its box, and inlined, that space would be reserved in the frame of every
// call's `send_hop`, which needs none of them in the common case.

/// The request through the session's cache. Boxed: the cache's future is
/// large, and a session without a cache should not carry its size in every
/// call's future.
#[inline(never)]
fn cached<'h>(
    cache: CacheUse<'h>,
    request: Request,
    hop: &'h Hop<'h, '_>,
) -> Pin<Box<impl Future<Output = Result<(Response, CacheStatus)>> + Send + 'h>> {
    let session = hop.session;
    Box::pin(through_cache(cache, request, session.max_body_size, &session.credential_names, |request| {
        hop.send(request)
    }))
}

/// A hop's request, with its credential headers as sent when kept for a
/// refresh after a 401.
type Authorized = (Request, Option<Box<HeaderMap>>);

/// [`wait_for_request`], boxed.
#[inline(never)]
fn waiting_request<'a>(
    session: &'a SessionInner,
    follower: &'a Follower<'_>,
    own_origin: bool,
    keep: bool,
) -> Pin<Box<impl Future<Output = Result<Authorized>> + Send + 'a>> {
    Box::pin(wait_for_request(session, follower, own_origin, keep))
}

/// Asks the provider to refresh after a 401, keeping the response for the
/// caller should it not. The response waits in the box while the provider
/// refreshes: this rare wait should not size every call's future.
#[inline(never)]
fn refresh<'a>(
    provider: &'a dyn DynAuth,
    sent: &'a HeaderMap,
    response: Response,
) -> Pin<Box<impl Future<Output = (Result<bool>, Response)> + Send + 'a>> {
    Box::pin(async move { (provider.refresh_dyn(sent).await, response) })
}

/// Whether building the current hop's request has to wait: for a body
/// opened or built per attempt, or for the credential provider.
fn needs_waiting(session: &SessionInner, follower: &Follower<'_>, own_origin: bool) -> bool {
    body_to_open(follower).is_some() || (own_origin && session.auth.is_some())
}

/// The current hop's body when it is not in memory: a file, a stream or a
/// form, opened or built for each attempt.
fn body_to_open<'f>(follower: &'f Follower<'_>) -> Option<&'f Body> {
    follower.body().filter(|body| body.in_memory().is_none())
}

/// The current hop's request when nothing has to wait: built, with the
/// session's static credentials on its own origin. Never inlined: the
/// temporaries of its steps stay in this small frame, not in the frame of
/// every call's `send_hop`.
#[inline(never)]
fn ready_request(session: &SessionInner, follower: &Follower<'_>, own_origin: bool) -> Request {
    with_credentials(session, build(follower), own_origin)
}

/// The current hop's request once its body is open and the provider has
/// put its credentials on, with the credential headers as sent when
/// `keep` (for a refresh after a 401).
async fn wait_for_request(
    session: &SessionInner,
    follower: &Follower<'_>,
    own_origin: bool,
    keep: bool,
) -> Result<Authorized> {
    let request = build(follower);
    let request = match body_to_open(follower) {
        Some(body) => with_body(&session.http, request, body).await?,
        None => request,
    };
    let (request, authorized) = match (&session.auth, own_origin) {
        (Some(provider), true) => provider.authorize_request(request, keep).await?,
        _ => (request, None),
    };
    Ok((with_credentials(session, request, own_origin), authorized))
}

/// The request as the middlewares see it: with the session's static
/// credentials, on its own origin only.
fn with_credentials(session: &SessionInner, request: reqwest::Request, own_origin: bool) -> Request {
    Request::from_wire(match own_origin {
        true => attach(request, &session.credentials),
        false => request,
    })
}

/// Whether a response is a 401 to a request that can be sent again.
enum Rejected {
    Yes(Response),
    No(Response),
}

/// Taken by value: a response borrowed in [`send_hop`] would stay in its
/// state across every await.
fn rejected(response: Response, follower: &Follower<'_>) -> Rejected {
    if response.status() == StatusCode::UNAUTHORIZED && follower.can_send_again() {
        Rejected::Yes(response)
    } else {
        Rejected::No(response)
    }
}

/// What putting the current hop on the wire needs.
struct Hop<'a, 'r> {
    session: &'a SessionInner,
    follower: &'a Follower<'r>,
    info: &'a CallInfo,
    own_origin: bool,
}

impl<'a> Hop<'a, '_> {
    /// Sends the request through the middlewares in its wire span, with
    /// the span's trace context, and records the exchange on the span.
    ///
    /// Everything up to handing the request over is done before the
    /// returned future is first polled, so that future holds the span and
    /// the pool's (or the first middleware's) future, not the request.
    fn send(&self, mut request: Request) -> impl Future<Output = Result<Response>> + Send + 'a {
        let (session, follower) = (self.session, self.follower);
        let span =
            wire_span(follower.endpoint(), follower.method(), follower.url(), follower.secrets(), follower.sent());
        #[cfg(feature = "opentelemetry")]
        session.telemetry.inject(&span, self.own_origin, request.headers_mut());
        // Without the feature no trace context is injected.
        #[cfg(not(feature = "opentelemetry"))]
        let _ = (self.own_origin, &mut request);
        session.recorded_headers.request(&span, request.headers(), follower.secrets());
        let secrets = follower.secrets();
        let sending = if session.middleware.is_empty() {
            dispatch(&session.middleware, &session.http, request, self.info)
        } else {
            // A middleware's code may start its work when called: it runs
            // in the wire span, as it does when polled.
            span.in_scope(|| dispatch(&session.middleware, &session.http, request, self.info))
        };
        OnWire { sending: telemetry::within(span, sending), session, secrets }
    }
}

pin_project! {
    /// A request on the wire, in its wire span, and the exchange recorded
    /// on that span when it ends. A named future rather than an `async`
    /// block: every call polls it, and an `async` block would be one more
    /// state machine between the call and the connection pool.
    struct OnWire<'a, F> {
        #[pin]
        sending: Within<F>,
        session: &'a SessionInner,
        secrets: &'a Secrets,
    }
}

impl<F: Future<Output = Result<Response>>> Future for OnWire<'_, F> {
    type Output = Result<Response>;

    // Inlined into the layer that polls it: see "Layers" in `send`.
    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<Response>> {
        let mut this = self.project();
        let outcome = ready!(this.sending.as_mut().poll(cx));
        // The span, once the future has finished: `Within` keeps it.
        let span = this.sending.span();
        match &outcome {
            Ok(response) => {
                telemetry::record_response(span, response.status(), response.version());
                this.session.recorded_headers.response(span, response.headers(), this.secrets);
            }
            Err(error) => telemetry::record_error(span, error),
        }
        Poll::Ready(outcome)
    }
}

/// The session's static credentials, unless the method set the header.
fn attach(mut request: reqwest::Request, credentials: &HeaderMap) -> reqwest::Request {
    let headers = request.headers_mut();
    for (name, value) in credentials {
        if !headers.contains_key(name) {
            headers.insert(name.clone(), value.clone());
        }
    }
    request
}

/// The current hop as a request: method, URL, headers, and the body when
/// it is in memory. Any other body is put on by [`with_body`], which may
/// have to wait (to open a file).
fn build(follower: &Follower<'_>) -> reqwest::Request {
    let mut request = reqwest::Request::new(follower.method().clone(), follower.url().clone());
    *request.headers_mut() = follower.headers().clone();
    match follower.body().and_then(Body::in_memory) {
        Some(bytes) => with_plain(request, reqwest::Body::from(bytes.clone()), Some(bytes.len() as u64)),
        None => request,
    }
}

/// Puts a plain body and its length, when known, on the request.
fn with_plain(mut request: reqwest::Request, body: reqwest::Body, length: Option<u64>) -> reqwest::Request {
    if let Some(length) = length {
        request.headers_mut().insert(CONTENT_LENGTH, length.into());
    }
    *request.body_mut() = Some(body);
    request
}

/// Puts the body on the request: plain bodies directly, multipart forms
/// through reqwest's builder so they get their boundary and length.
async fn with_body(http: &reqwest::Client, request: reqwest::Request, body: &Body) -> Result<reqwest::Request> {
    match body.for_attempt().await? {
        AttemptBody::Plain(plain, length) => Ok(with_plain(request, plain, length)),
        AttemptBody::Form(form) => reqwest::RequestBuilder::from_parts(http.clone(), request)
            .multipart(form)
            .build()
            .map_err(Error::from_reqwest),
    }
}
