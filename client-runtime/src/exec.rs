//! What every generated method runs: prepare the call, send it through
//! the pipeline, and decode (or stream) the response.
//!
//! Sending is the same for every method, so it is one non-generic, boxed
//! future ([`Sending`]): a crate with hundreds of methods compiles the
//! pipeline once, here, and proves it `Send` once. Only the last step,
//! [`Reply::decode`], depends on the declared return type.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::StatusCode;

use crate::checks::ClientResult;
use crate::decode::Decode;
use crate::error::{Error, Result};
use crate::request::{Call, Prepared};
use crate::response::Head;
use crate::send::{Buffered, Streamed, send};
use crate::session::Session;
use crate::stream::ByteStream;

/// A final response the call accepts, its body read, with what is needed
/// to name the call if decoding fails.
#[doc(hidden)]
#[derive(Debug)]
pub struct Reply {
    head: Head,
    body: Bytes,
    /// The call's span, kept open while the body is decoded so that a
    /// decoding failure is recorded on it.
    span: tracing::Span,
    prepared: Prepared,
}

impl Reply {
    /// The declared output, or the decoding failure named after the call.
    pub(crate) fn decode<D: Decode>(self) -> Result<D::Output> {
        let Reply { head, body, span, prepared } = self;
        D::decode(&head, body).map_err(|err| decode_failed(&head, &span, &prepared, err))
    }
}

/// Records a decoding failure on the call's span and names the call in it.
fn decode_failed(head: &Head, span: &tracing::Span, prepared: &Prepared, err: Error) -> Error {
    crate::telemetry::record_error(span, &err);
    prepared.error(err.with_redacted_url(prepared.secrets.url(&head.url)))
}

/// The send of any call whose body is read whole: one future type for
/// every method of every client.
#[doc(hidden)]
pub type Sending<'a> = Pin<Box<dyn Future<Output = Result<Reply>> + Send + 'a>>;

/// Sends a call with retries until a response whose status `accepts`
/// allows, and reads its body.
pub(crate) fn send_buffered(session: &Session, call: Call, accepts: fn(StatusCode) -> bool) -> Sending<'_> {
    Box::pin(buffered(session, call, accepts))
}

async fn buffered(session: &Session, call: Call, accepts: fn(StatusCode) -> bool) -> Result<Reply> {
    let prepared = call.finish(session)?;
    let reading = Buffered { cap: session.inner.max_body_size };
    let received = send(session, &prepared, accepts, reading).await?;
    Ok(Reply { head: received.head, body: received.body, span: received.span, prepared })
}

/// Sends a call and decodes its response.
pub async fn execute<D: Decode>(session: &Session, call: Call) -> Result<D::Output> {
    send_buffered(session, call, D::accepts).await?.decode::<D>()
}

/// The future of an async request method: the shared send, then the
/// decoder `D`, as the declared return type `R`.
#[doc(hidden)]
pub struct Decoded<'a, R, D> {
    sending: Sending<'a>,
    /// Neither is held: the future is `Send` and `Unpin` whatever they are.
    output: PhantomData<fn() -> (R, D)>,
}

impl<R, D> fmt::Debug for Decoded<'_, R, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decoded").finish_non_exhaustive()
    }
}

impl<R: ClientResult<D::Output>, D: Decode> Future for Decoded<'_, R, D> {
    type Output = R;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<R> {
        self.sending.as_mut().poll(cx).map(|reply| R::from_result(reply.and_then(Reply::decode::<D>)))
    }
}

/// What an async request method returns: `R` is the declared return type,
/// checked here only, so that a wrong one is one error, at that type.
pub fn decoded<R: ClientResult<D::Output>, D: Decode>(session: &Session, call: Call) -> Decoded<'_, R, D> {
    Decoded { sending: send_buffered(session, call, D::accepts), output: PhantomData }
}

/// What a blocking request method returns.
pub fn decoded_blocking<R: ClientResult<D::Output>, D: Decode>(session: &crate::blocking::Session, call: Call) -> R {
    R::from_result(crate::blocking::send_buffered(session, call, D::accepts).and_then(Reply::decode::<D>))
}

/// Sends a call and hands back its body unread: `Result<ByteStream>`.
pub async fn execute_stream(session: &Session, call: Call) -> Result<ByteStream> {
    let prepared = call.finish(session)?;
    let received = send(session, &prepared, |status| status.is_success(), Streamed).await?;
    Ok(ByteStream::new(received.head, received.body, prepared.endpoint))
}
