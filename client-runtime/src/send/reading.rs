//! How the body of an accepted response is read: a type, chosen by the
//! caller. [`Buffered`] reads it into memory under a cap; [`Streamed`]
//! hands it back unread. A response refused by the call (an error status)
//! is always read as a capped excerpt for its error, whatever the reading.

use std::future::Future;

use bytes::Bytes;
use http::StatusCode;

use crate::error::{ERROR_BODY_LIMIT, Result};
use crate::read::read_body;

/// How an accepted response's body is read.
pub(crate) trait Reading: Send + Sync {
    /// What the caller receives as the body.
    type Body: Send;

    /// Whether the response cache may answer: a streamed download is
    /// never cached.
    const CACHEABLE: bool;

    fn read(&self, status: StatusCode, response: reqwest::Response) -> impl Future<Output = Result<Self::Body>> + Send;
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

    async fn read(&self, status: StatusCode, mut response: reqwest::Response) -> Result<Bytes> {
        if status.is_success() {
            read_body(&mut response, self.cap, false).await
        } else {
            read_body(&mut response, ERROR_BODY_LIMIT, true).await
        }
    }
}

/// Leaves the body unread, for a [`ByteStream`](crate::ByteStream).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Streamed;

impl Reading for Streamed {
    type Body = reqwest::Response;
    const CACHEABLE: bool = false;

    async fn read(&self, _: StatusCode, response: reqwest::Response) -> Result<reqwest::Response> {
        Ok(response)
    }
}

/// The excerpt of a refused response's body, kept on its error.
pub(crate) async fn excerpt(mut response: reqwest::Response) -> Result<Bytes> {
    read_body(&mut response, ERROR_BODY_LIMIT, true).await
}
