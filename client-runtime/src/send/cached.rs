//! The response cache as a layer around one request on the wire: inside
//! the retry loop and the redirect follower, after the credentials are on
//! the request (they are part of the key), outside the middlewares (which
//! see, and may sign, the conditional headers).
//!
//! A fresh entry answers without the network; a stored one makes the
//! request conditional, and a 304 to it comes out as the stored 200 with
//! the 304's headers merged in, so everything after this layer (the
//! decoders, pagination) sees the response exactly as the first time.
//!
//! What the cache did is an event on the call span (`cache hit`, `cache
//! revalidated`, `cache stored`, `cache not stored`); a fresh hit opens no
//! wire span, since nothing goes on the wire.

use std::future::Future;

use bytes::Bytes;
use http::header::HeaderName;
use http::{HeaderMap, StatusCode};

use crate::cache::layer::RequestView;
use crate::cache::{Cache, CacheStatus, Entry, Lookup, Outcome, response_is_storable};
use crate::error::Result;
use crate::middleware::{Request, Response};
use crate::telemetry;

/// Sends `request` through `send`, answering from or revalidating with the
/// cache, and says how the cache took part. `cap` bounds a body read to
/// be stored (the session's body cap).
pub(super) async fn through_cache<F, Fut>(
    cache: &Cache,
    mut request: Request,
    cap: usize,
    credential_names: &[HeaderName],
    send: F,
) -> Result<(Response, CacheStatus)>
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Result<Response>>,
{
    let view = RequestView {
        method: request.method(),
        url: request.url(),
        headers: request.headers(),
        has_body: request.body_bytes() != Some(&[]),
        credential_names,
    };
    let lookup = cache.lookup(view).await;
    let Lookup::Send { key, stored } = &lookup else {
        return match lookup {
            Lookup::Fresh(entry) => {
                telemetry::cache_hit();
                Ok((response_from(&entry), CacheStatus::Hit))
            }
            _ => Ok((send(request).await?, CacheStatus::Bypass)),
        };
    };
    let request_headers: HeaderMap = request.headers().clone();
    request.headers_mut().extend(lookup.conditional_headers());
    let mut response = send(request).await?;
    let status = response.status();
    let body =
        if response_is_storable(status, response.headers()) { response.read_body(cap).await? } else { Bytes::new() };
    let outcome = cache.complete(*key, stored.clone(), &request_headers, status, response.headers(), &body).await;
    let cache_status = lookup.status_after_sending(&outcome);
    match outcome {
        Outcome::NotModified(entry) => {
            telemetry::cache_revalidated();
            response = response_from(&entry);
        }
        Outcome::Stored => telemetry::cache_stored(),
        Outcome::NotStored(why) => telemetry::cache_not_stored(why.as_str()),
    }
    Ok((response, cache_status))
}

/// The stored response, as if it had just come from the network.
fn response_from(entry: &Entry) -> Response {
    let mut response = Response::new(entry.status, entry.body.clone());
    let length = response.headers().get(http::header::CONTENT_LENGTH).cloned();
    *response.headers_mut() = entry.headers.clone();
    if let Some(length) = length {
        response.headers_mut().insert(http::header::CONTENT_LENGTH, length);
    }
    if entry.status != StatusCode::OK {
        response.set_status(entry.status);
    }
    response
}
