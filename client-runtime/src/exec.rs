//! What every generated method runs: prepare the call, send it through
//! the pipeline, and decode (or stream) the response.
//!
//! Sending is the same for every method, so it is one non-generic, boxed
//! future ([`Sending`]): a crate with hundreds of methods compiles the
//! pipeline once, here, and proves it `Send` once. Only the last step,
//! [`decode`], depends on the declared return type.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::StatusCode;

use crate::checks::ClientResult;
use crate::decode::Decode;
use crate::endpoint::Endpoint;
use crate::error::{Error, Result};
use crate::request::Call;
use crate::response::Head;
use crate::send::{Buffered, Received, Streamed, send};
use crate::session::Session;
use crate::stream::ByteStream;

/// A final response the call accepts, its body read, with what is needed
/// to name the call if decoding fails.
pub(crate) type Reply = Received<Bytes>;

/// The declared output, or the decoding failure named after the call.
pub(crate) fn decode<D: Decode>(reply: Reply) -> Result<D::Output> {
    let Received { head, body, span, endpoint } = reply;
    D::decode(&head, body).map_err(|err| decode_failed(&head, &span, endpoint, err))
}

/// Records a decoding failure on the call's span and names the call in it.
fn decode_failed(head: &Head, span: &tracing::Span, endpoint: &Endpoint, err: Error) -> Error {
    crate::telemetry::record_error(span, &err);
    endpoint.error(err.with_redacted_url(head.secrets.url(&head.url)))
}

/// The send of any call whose body is read whole: one future type for
/// every method of every client.
///
/// The box also keeps calls fast when many are in flight: it reuses the
/// block the thread's previous call freed, still in cache, where a future
/// held in place in each of many tasks is cold when its call starts (see
/// the `concurrency` bench).
pub(crate) type Sending<'a> = Pin<Box<dyn Future<Output = Result<Reply>> + Send + 'a>>;

/// Sends a call with retries until a response whose status `accepts`
/// allows, and reads its body.
///
/// The call is finished (its URL parsed, its first bad argument reported)
/// here, before the future is boxed, so the box holds the prepared request
/// only, not the call it came from as well; and the future owns it, so the
/// box holds the pipeline's own future and no wrapper around it.
pub(crate) fn send_buffered(session: &Session, call: Call, accepts: fn(StatusCode) -> bool) -> Sending<'_> {
    match call.finish(session) {
        Ok(prepared) => {
            let reading = Buffered { cap: session.inner.max_body_size };
            Box::pin(send(session, prepared, accepts, reading))
        }
        Err(error) => Box::pin(std::future::ready(Err(error))),
    }
}

/// Sends a call and decodes its response.
pub async fn execute<D: Decode>(session: &Session, call: Call) -> Result<D::Output> {
    decode::<D>(send_buffered(session, call, D::accepts).await?)
}

/// The future of an async request method: the shared send, then the
/// declared return type `R` from the reply.
#[doc(hidden)]
pub struct Decoded<'a, R> {
    sending: Sending<'a>,
    /// The decoder, chosen where the return type is checked, so that this
    /// future needs no bound: a wrong type is one error, at that type.
    finish: fn(Result<Reply>) -> R,
}

impl<R> fmt::Debug for Decoded<'_, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decoded").finish_non_exhaustive()
    }
}

impl<R> Future for Decoded<'_, R> {
    type Output = R;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<R> {
        let finish = self.finish;
        self.sending.as_mut().poll(cx).map(finish)
    }
}

/// The reply decoded by `D`, as the declared return type `R`.
pub(crate) fn finish<D: Decode, R: ClientResult<D::Output>>(reply: Result<Reply>) -> R {
    R::from_result(reply.and_then(decode::<D>))
}

/// What an async request method returns: `D` decodes the reply into the
/// declared return type `R`, checked here only.
pub fn decoded<D: Decode, R: ClientResult<D::Output>>(session: &Session, call: Call) -> Decoded<'_, R> {
    Decoded { sending: send_buffered(session, call, D::accepts), finish: finish::<D, R> }
}

/// Sends a call and hands back its body unread: `Result<ByteStream>`.
pub async fn execute_stream(session: &Session, call: Call) -> Result<ByteStream> {
    let prepared = call.finish(session)?;
    let received = send(session, prepared, |status| status.is_success(), Streamed).await?;
    Ok(ByteStream::new(*received.head, received.body, received.endpoint))
}

// The shared rate limit and the metrics, compiled in, add their own waits
// and state to a call's future: the size below is the default build's.
#[cfg(all(test, not(any(feature = "redis", feature = "opentelemetry"))))]
mod tests {
    use http::Method;

    use super::*;
    use crate::endpoint::{Endpoint, RetryOverride};

    static GET: Endpoint = Endpoint {
        trait_name: "Test",
        method_name: "get",
        method: Method::GET,
        template: "/things/<id>",
        span_name: "GET /things/{id}",
        url_template: "/things/{id}",
        headers: &[],
        idempotent: true,
        retry: RetryOverride::Inherit,
        timeout: None,
        secret_query: &[],
        cache: true,
    };

    /// glibc serves blocks of up to 1,032 bytes from a per-thread cache;
    /// larger ones take the arena's slower path (and its lock, when
    /// another worker frees the block). A call's one boxed future stays
    /// within it.
    #[test]
    fn a_calls_boxed_future_fits_the_allocators_thread_cache() {
        let session = Session::builder().base_url("http://127.0.0.1:9").build().expect("a session");
        let mut call = Call::new(&session, &GET);
        call.lit("/things/");
        call.segment_str("id", "1");
        let sending = send_buffered(&session, call, |status| status.is_success());
        let size = std::mem::size_of_val(&*sending);
        assert!(size <= 1032, "a call's boxed future grew to {size} bytes");
    }
}
