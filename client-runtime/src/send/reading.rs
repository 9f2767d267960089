//! How the body of an accepted response is read: a type, chosen by the
//! caller. [`Buffered`] reads it into memory under a cap; [`Streamed`]
//! hands it back unread. A response refused by the call (an error status)
//! is always read as a capped excerpt for its error, whatever the reading.
//!
//! A body still encoded after decoding (a content coding the session does
//! not decode, or any when compression is off) is a `Decode` error naming
//! the coding, never bytes passed on as if they were the data.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use pin_project_lite::pin_project;

use crate::error::{ERROR_BODY_LIMIT, Error, Result};
use crate::read::{read_body, undecoded_encoding};

/// How an accepted response's body is read.
pub(crate) trait Reading: Send + Sync {
    /// What the caller receives as the body.
    type Body: Send;

    /// Whether the response cache may answer: a streamed download is
    /// never cached.
    const CACHEABLE: bool;

    fn read(
        &self,
        status: StatusCode,
        headers: &HeaderMap,
        response: reqwest::Response,
    ) -> impl Future<Output = Result<Self::Body>> + Send;
}

/// Reads the body into memory: a 2xx body within `cap` (a larger one is
/// `BodyTooLarge`), any other accepted body (the 404 of an `Option`) as an
/// excerpt.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Buffered {
    pub(crate) cap: usize,
}

impl Reading for Buffered {
    type Body = Bytes;
    const CACHEABLE: bool = true;

    fn read(
        &self,
        status: StatusCode,
        headers: &HeaderMap,
        response: reqwest::Response,
    ) -> impl Future<Output = Result<Bytes>> + Send {
        // What the headers say is settled before the first poll, and the
        // read owns the response, so the future holds it once. A refused
        // body (the 404 of an `Option`) is read as an excerpt, and an
        // encoded one not at all: it would only be noise.
        let success = status.is_success();
        let (cap, skip) = match success {
            true => (self.cap, false),
            false => (ERROR_BODY_LIMIT, undecoded_encoding(headers).is_some()),
        };
        let still_encoded =
            if success { undecoded_encoding(headers).map(|coding| coding.with_status(status)) } else { None };
        Checked { reading: (!skip).then(|| read_body(response, cap, !success)), still_encoded }
    }
}

pin_project! {
    /// A body being read, then refused if it is still encoded (and not
    /// empty). `None` reads nothing: an encoded excerpt.
    struct Checked<F> {
        #[pin]
        reading: Option<F>,
        still_encoded: Option<Error>,
    }
}

impl<F: Future<Output = Result<Bytes>>> Future for Checked<F> {
    type Output = Result<Bytes>;

    // Inlined into the layer that polls it: see "Layers" in `send`.
    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<Bytes>> {
        let this = self.project();
        let Some(reading) = this.reading.as_pin_mut() else { return Poll::Ready(Ok(Bytes::new())) };
        let body = std::task::ready!(reading.poll(cx))?;
        Poll::Ready(match this.still_encoded.take() {
            Some(coding) if !body.is_empty() => Err(coding),
            _ => Ok(body),
        })
    }
}

/// Leaves the body unread, for a [`ByteStream`](crate::ByteStream).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Streamed;

impl Reading for Streamed {
    type Body = reqwest::Response;
    const CACHEABLE: bool = false;

    async fn read(&self, _: StatusCode, headers: &HeaderMap, response: reqwest::Response) -> Result<reqwest::Response> {
        match undecoded_encoding(headers) {
            Some(coding) if response.content_length() != Some(0) => Err(coding),
            _ => Ok(response),
        }
    }
}

/// The excerpt of a refused response's body, kept on its error. An
/// encoded one would only be noise in the error's text.
pub(crate) fn excerpt(
    headers: &HeaderMap,
    response: reqwest::Response,
) -> impl Future<Output = Result<Bytes>> + Send + use<> {
    let encoded = undecoded_encoding(headers).is_some();
    let reading = (!encoded).then(|| read_body(response, ERROR_BODY_LIMIT, true));
    Checked { reading, still_encoded: None }
}
