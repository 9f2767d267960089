//! One attempt: the hops from the follower's current one to a final
//! response, whose body is read as the call's [`Reading`] says.

use std::future::Future;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use tokio::time::Instant;

use super::Received;
use super::reading::{Reading, excerpt};
use super::wire::send_hop;
use crate::cache::Cache;
use crate::error::Result;
use crate::middleware::CallInfo;
use crate::redirect::{Follower, Step};
use crate::response::Head;
use crate::session::SessionInner;

/// How an attempt ended, when the server answered it.
pub(super) enum Answer<B> {
    /// A status the call accepts, its body read.
    Accepted(Received<B>),
    /// A status the call does not accept, with an excerpt of its body.
    Refused { status: StatusCode, headers: HeaderMap, body: Bytes },
}

/// Sends the current hop, and the next ones while they redirect.
#[expect(clippy::manual_async_fn, reason = "an `async fn` would hold each argument twice")]
pub(super) fn attempt<'a, R: Reading>(
    session: &'a SessionInner,
    follower: &'a mut Follower<'_>,
    number: u32,
    accepts: fn(StatusCode) -> bool,
    reading: &'a R,
    cache: Option<&'a Cache>,
    started: Instant,
) -> impl Future<Output = Result<Answer<R::Body>>> + Send + 'a {
    async move {
        loop {
            let hop = u32::try_from(follower.hop()).unwrap_or(u32::MAX);
            let info = CallInfo::new(follower.endpoint(), number, hop);
            let stores = super::stores::<R>(follower.endpoint());
            let (response, cache_status) = send_hop(session, follower, info, cache, stores).await?;
            // Taken apart at once: a borrowed `response` would stay in this
            // future's state across the reads below.
            let (status, mut headers, body) = response.into_parts();
            if follower.follow(status, &headers)? == Step::Follow {
                continue;
            }
            crate::redact::mark_sensitive(&mut headers);
            if !accepts(status) {
                return Ok(Answer::Refused { status, body: excerpt(&headers, body).await?, headers });
            }
            // By value: a borrowed `started` would stay in the state while the
            // body is read.
            let elapsed = Instant::now().saturating_duration_since(started);
            let body = reading.read(status, &headers, body).await?;
            let head = Box::new(Head {
                status,
                headers,
                url: follower.url().clone(),
                history: follower.history().to_vec(),
                elapsed,
                secrets: follower.secrets().clone(),
                cache: cache_status,
            });
            return Ok(Answer::Accepted(Received {
                head,
                body,
                span: tracing::Span::none(),
                endpoint: follower.endpoint(),
            }));
        }
    }
}
