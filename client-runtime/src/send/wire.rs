//! One request on the wire: the current hop built afresh, the session's
//! credentials applied (to its own origin only), the middlewares run, and
//! one resend when the credential provider refreshes after a 401.

use http::header::CONTENT_LENGTH;
use http::{HeaderMap, StatusCode};

use super::cached::through_cache;
use crate::body::{AttemptBody, Body};
use crate::cache::{Cache, CacheStatus};
use crate::error::{Error, Result};
use crate::middleware::{CallInfo, Request, Response, dispatch};
use crate::redirect::{Follower, same_origin};
use crate::session::SessionInner;
use crate::telemetry::{self, wire_span};

/// Sends the follower's current hop and returns the response, its body
/// unread.
pub(super) async fn send_hop(
    session: &SessionInner,
    follower: &mut Follower<'_>,
    info: CallInfo,
    cache: Option<&Cache>,
) -> Result<(Response, CacheStatus)> {
    let own_origin = same_origin(follower.url(), &session.base_url);
    let mut resent = false;
    loop {
        let mut request = build(&session.http, follower).await?;
        let mut authorized = None;
        if own_origin {
            if let Some(provider) = &session.auth {
                provider.authorize_dyn(request.headers_mut()).await?;
                if !resent {
                    authorized = Some(request.headers().clone());
                }
            }
            attach(request.headers_mut(), &session.credentials);
        }
        let request = Request::from_wire(request);
        // Only a request that really goes out (not one the cache answers)
        // gets a wire span and counts as sent.
        let hop = Hop { session, follower: &*follower, info: &info, own_origin };
        let outcome = match cache {
            Some(cache) => {
                through_cache(cache, request, session.max_body_size, &session.credential_names, |request| {
                    hop.send(request)
                })
                .await
            }
            None => hop.send(request).await.map(|response| (response, CacheStatus::Bypass)),
        };
        if !matches!(outcome, Ok((_, CacheStatus::Hit))) {
            follower.count_sent();
        }
        let (response, cache_status) = outcome?;
        if let (StatusCode::UNAUTHORIZED, Some(sent), Some(provider)) = (response.status(), &authorized, &session.auth)
        {
            // A 401 means the request was not processed: one resend with
            // fresh credentials is safe for every method.
            if follower.can_send_again() && provider.refresh_dyn(sent).await? {
                tracing::debug!(hop = info.hop(), "credentials refreshed after a 401; sending once more");
                resent = true;
                continue;
            }
        }
        return Ok((response, cache_status));
    }
}

/// What putting the current hop on the wire needs.
struct Hop<'a, 'r> {
    session: &'a SessionInner,
    follower: &'a Follower<'r>,
    info: &'a CallInfo,
    own_origin: bool,
}

impl Hop<'_, '_> {
    /// Sends the request through the middlewares in its wire span, with
    /// the span's trace context, and records the exchange on the span.
    async fn send(&self, mut request: Request) -> Result<Response> {
        let (session, follower) = (self.session, self.follower);
        let span =
            wire_span(follower.endpoint(), follower.method(), follower.url(), follower.secrets(), follower.sent());
        #[cfg(feature = "opentelemetry")]
        session.telemetry.inject(&span, self.own_origin, request.headers_mut());
        // Without the feature no trace context is injected.
        #[cfg(not(feature = "opentelemetry"))]
        let _ = (self.own_origin, &mut request);
        session.recorded_headers.request(&span, request.headers(), follower.secrets());
        let outcome = telemetry::within(&span, dispatch(&session.middleware, &session.http, request, self.info)).await;
        match &outcome {
            Ok(response) => {
                telemetry::record_response(&span, response.status(), response.version());
                session.recorded_headers.response(&span, response.headers(), follower.secrets());
            }
            Err(error) => telemetry::record_error(&span, error),
        }
        outcome
    }
}

/// The session's static credentials, unless the method set the header.
fn attach(headers: &mut HeaderMap, credentials: &HeaderMap) {
    for (name, value) in credentials {
        if !headers.contains_key(name) {
            headers.insert(name.clone(), value.clone());
        }
    }
}

/// The current hop as a request: method, URL, headers and a fresh body.
async fn build(http: &reqwest::Client, follower: &Follower<'_>) -> Result<reqwest::Request> {
    let mut request = reqwest::Request::new(follower.method().clone(), follower.url().clone());
    *request.headers_mut() = follower.headers().clone();
    match follower.body() {
        Some(body) => with_body(http, request, body).await,
        None => Ok(request),
    }
}

/// Puts the body on the request: plain bodies directly, multipart forms
/// through reqwest's builder so they get their boundary and length.
async fn with_body(http: &reqwest::Client, mut request: reqwest::Request, body: &Body) -> Result<reqwest::Request> {
    match body.for_attempt().await? {
        AttemptBody::Plain(plain, length) => {
            if let Some(length) = length {
                request.headers_mut().insert(CONTENT_LENGTH, length.into());
            }
            *request.body_mut() = Some(plain);
            Ok(request)
        }
        AttemptBody::Form(form) => reqwest::RequestBuilder::from_parts(http.clone(), request)
            .multipart(form)
            .build()
            .map_err(Error::from_reqwest),
    }
}
