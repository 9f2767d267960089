//! The response cache as a layer around one request on the wire: inside
//! the retry loop and the redirect follower, after the credentials are on
//! the request (they are part of the key), outside the middlewares (which
//! see, and may sign, the conditional headers).
//!
//! A fresh entry answers without the network; a stored one makes the
//! request conditional, and a 304 that confirms it comes out as the
//! stored 200 with the 304's headers merged in, so everything after this
//! layer (the decoders, pagination) sees the response exactly as the
//! first time. A 304 that does not confirm it sends the request once more,
//! without conditions. A successful unsafe request (POST, PUT, PATCH,
//! DELETE...) invalidates what the cache holds for its URL and its
//! `Location` / `Content-Location`.
//!
//! What the cache did is an event on the call span (`cache hit`, `cache
//! revalidated`, `cache not confirmed`, `cache stored`, `cache not
//! stored`, `cache invalidated`); a fresh hit opens no wire span, since
//! nothing goes on the wire.

use std::future::Future;
use std::time::SystemTime;

use bytes::Bytes;
use http::header::{AGE, HeaderName};
use http::{HeaderMap, StatusCode};

use crate::cache::layer::RequestView;
use crate::cache::{Cache, CacheStatus, Entry, Exchange, Exchanged, Lookup, Outcome, current_age, is_unsafe};
use crate::cache::{Key, Resource, response_is_storable};
use crate::error::Result;
use crate::middleware::{Request, Response};
use crate::telemetry;

/// How a call takes part in the session's cache.
#[derive(Debug, Clone, Copy)]
pub(super) struct CacheUse<'a> {
    pub(super) cache: &'a Cache,
    /// Whether the call may be answered from the store and write to it;
    /// otherwise (`#[cache(none)]`, a streamed body) the cache only hears
    /// of what the call invalidates.
    pub(super) stores: bool,
}

/// Sends `request` through `send`, answering from or revalidating with the
/// cache, and says how the cache took part. `cap` bounds a body read to
/// be stored (the session's body cap).
pub(super) async fn through_cache<F, Fut>(
    cache: CacheUse<'_>,
    mut request: Request,
    cap: usize,
    credential_names: &[HeaderName],
    send: F,
) -> Result<(Response, CacheStatus)>
where
    F: Fn(Request) -> Fut,
    Fut: Future<Output = Result<Response>>,
{
    let lookup = match cache.stores {
        true => {
            let view = RequestView {
                method: request.method(),
                url: request.url(),
                headers: request.headers(),
                has_body: request.body_bytes() != Some(&[]),
                credential_names,
            };
            cache.cache.lookup(view).await
        }
        false => Lookup::Bypass,
    };
    let (key, resource, stored) = match &lookup {
        Lookup::Send { key, resource, stored } => (*key, *resource, stored.clone()),
        Lookup::Fresh(entry) => {
            telemetry::cache_hit();
            return Ok((answer_from(entry, Some(SystemTime::now())), CacheStatus::Hit));
        }
        Lookup::Bypass => return bypass(cache.cache, request, send).await,
    };
    let request_headers: HeaderMap = request.headers().clone();
    // A 304 that does not confirm the entry is asked again, unconditional.
    let unconditional = stored.as_ref().and_then(|_| request.try_clone());
    request.headers_mut().extend(lookup.conditional_headers());
    let keyed = Keyed { cache: cache.cache, key, resource, request: &request_headers, cap };
    let (mut response, mut outcome) = keyed.exchange(&send, request, stored).await?;
    if let (Outcome::Unconfirmed, Some(again)) = (&outcome, unconditional) {
        telemetry::cache_not_confirmed();
        (response, outcome) = keyed.exchange(&send, again, None).await?;
    }
    let cache_status = lookup.status_after_sending(&outcome);
    match outcome {
        Outcome::NotModified(entry) => {
            telemetry::cache_revalidated();
            response = answer_from(&entry, None);
        }
        Outcome::Stored => telemetry::cache_stored(),
        Outcome::NotStored(why) => telemetry::cache_not_stored(why.as_str()),
        // Only a request that could not be copied (never one without a
        // body) is not sent again: its 304 is passed on as it is.
        Outcome::Unconfirmed => {}
    }
    Ok((response, cache_status))
}

/// A request the cache leaves alone; if it is unsafe and succeeds, what it
/// made stale is invalidated.
async fn bypass<F, Fut>(cache: &Cache, request: Request, send: F) -> Result<(Response, CacheStatus)>
where
    F: Fn(Request) -> Fut,
    Fut: Future<Output = Result<Response>>,
{
    let target = is_unsafe(request.method()).then(|| (request.method().clone(), request.url().clone()));
    let response = send(request).await?;
    if let Some((method, url)) = target {
        let urls = cache.invalidate_after(&method, &url, response.status(), response.headers()).await;
        if urls > 0 {
            telemetry::cache_invalidated(urls);
        }
    }
    Ok((response, CacheStatus::Bypass))
}

/// A request the cache looked up, to exchange with the server: where its
/// response is stored, and what the caller asked.
struct Keyed<'a> {
    cache: &'a Cache,
    key: Key,
    resource: Resource,
    /// The request's headers without the conditional ones.
    request: &'a HeaderMap,
    cap: usize,
}

impl Keyed<'_> {
    /// Sends the request, reads a storable body, and lets the cache
    /// complete the exchange.
    async fn exchange<F, Fut>(
        &self,
        send: &F,
        request: Request,
        stored: Option<std::sync::Arc<Entry>>,
    ) -> Result<(Response, Outcome)>
    where
        F: Fn(Request) -> Fut,
        Fut: Future<Output = Result<Response>>,
    {
        let sent = SystemTime::now();
        let mut response = send(request).await?;
        let at = Exchanged { sent, received: SystemTime::now() };
        let status = response.status();
        let body = match response_is_storable(status, response.headers()) {
            true => response.read_body(self.cap).await?,
            false => Bytes::new(),
        };
        let exchange = Exchange { request: self.request, status, response: response.headers(), body: &body, at };
        let outcome = self.cache.complete(self.key, self.resource, stored, exchange).await;
        Ok((response, outcome))
    }
}

/// The stored response, as if it had just come from the network. Served
/// without a request (at `served_at`), it carries its current `Age`
/// (RFC 9111 §5.1).
fn answer_from(entry: &Entry, served_at: Option<SystemTime>) -> Response {
    let mut response = Response::new(entry.status, entry.body.clone());
    let length = response.headers().get(http::header::CONTENT_LENGTH).cloned();
    *response.headers_mut() = entry.headers.clone();
    if let Some(length) = length {
        response.headers_mut().insert(http::header::CONTENT_LENGTH, length);
    }
    if let Some(now) = served_at {
        response.headers_mut().insert(AGE, current_age(&entry.headers, entry.stored_at, now).into());
    }
    if entry.status != StatusCode::OK {
        response.set_status(entry.status);
    }
    response
}
