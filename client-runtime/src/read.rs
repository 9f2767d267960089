//! Reading a response body into memory within a cap.

use std::borrow::BorrowMut;
use std::future::Future;

use bytes::{Bytes, BytesMut};
use http::HeaderMap;
use http::header::CONTENT_ENCODING;

use crate::error::{Error, ErrorKind, Result};
use crate::redact::escape_controls;

/// Reads the body within `cap` bytes. Error bodies (`truncate`) are read
/// up to `cap` and cut there rather than refused, and keep what arrived if
/// the connection fails.
///
/// `response` is the response itself or a borrow of it: a future that
/// owns it holds it once, rather than once outside and once borrowed.
#[expect(clippy::manual_async_fn, reason = "an `async fn` would hold an owned response twice")]
pub(crate) fn read_body<R>(mut response: R, cap: usize, truncate: bool) -> impl Future<Output = Result<Bytes>> + Send
where
    R: BorrowMut<reqwest::Response> + Send,
{
    async move {
        let response = response.borrow_mut();
        let declared = response.content_length().and_then(|n| usize::try_from(n).ok());
        if !truncate && declared.is_some_and(|n| n > cap) {
            return Err(too_large(cap));
        }
        let mut body = BodyBuf::Empty;
        loop {
            let chunk = match response.chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break,
                // An error body that breaks off (or lied about its length) is
                // still the server's answer: keep the status and what arrived.
                Err(_) if truncate => break,
                Err(err) => return Err(Error::from_reqwest(err)),
            };
            let room = cap.saturating_sub(body.len());
            if chunk.len() > room {
                if !truncate {
                    return Err(too_large(cap));
                }
                body.push(chunk.slice(..room), declared, cap);
                break;
            }
            body.push(chunk, declared, cap);
        }
        Ok(body.freeze())
    }
}

/// The most memory reserved ahead of a body's bytes arriving.
const MAX_PREALLOCATION: usize = 8 * 1024 * 1024;

/// Collects chunks; a body that arrives in one chunk is never copied.
enum BodyBuf {
    Empty,
    One(Bytes),
    Many(BytesMut),
}

impl BodyBuf {
    fn len(&self) -> usize {
        match self {
            Self::Empty => 0,
            Self::One(bytes) => bytes.len(),
            Self::Many(bytes) => bytes.len(),
        }
    }

    fn push(&mut self, chunk: Bytes, declared: Option<usize>, cap: usize) {
        *self = match std::mem::replace(self, Self::Empty) {
            Self::Empty => Self::One(chunk),
            Self::One(first) => {
                // The declared length only hints, never past the cap (a
                // server may declare 100 GB and send an error page) nor past
                // a few MiB (the cap may be `usize::MAX`): beyond that the
                // buffer grows with what actually arrives.
                let hint = declared.unwrap_or(0).min(cap).min(MAX_PREALLOCATION);
                let mut many = BytesMut::with_capacity(hint.max(first.len() + chunk.len()));
                many.extend_from_slice(&first);
                many.extend_from_slice(&chunk);
                Self::Many(many)
            }
            Self::Many(mut many) => {
                many.extend_from_slice(&chunk);
                Self::Many(many)
            }
        };
    }

    fn freeze(self) -> Bytes {
        match self {
            Self::Empty => Bytes::new(),
            Self::One(bytes) => bytes,
            Self::Many(bytes) => bytes.freeze(),
        }
    }
}

/// An error for a body still encoded after decoding: a content coding the
/// runtime does not decode, or any coding when compression is off. `None`
/// when the body is plain.
pub(crate) fn undecoded_encoding(headers: &HeaderMap) -> Option<Error> {
    let coding = headers.get(CONTENT_ENCODING)?;
    let coding = String::from_utf8_lossy(coding.as_bytes());
    let coding = coding.trim();
    if coding.is_empty() || coding.eq_ignore_ascii_case("identity") {
        return None;
    }
    let (shown, _) = coding.split_at(coding.char_indices().nth(64).map_or(coding.len(), |(i, _)| i));
    Some(Error::new(
        ErrorKind::Decode,
        format!(
            "the response body is encoded with `{}`, which this session does not decode \
             (gzip, deflate, br and zstd are decoded unless compression is off)",
            escape_controls(shown)
        ),
    ))
}

fn too_large(cap: usize) -> Error {
    Error::new(ErrorKind::BodyTooLarge, format!("the response body is larger than the {cap}-byte cap"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_length_never_sizes_the_buffer_past_the_cap() {
        let mut body = BodyBuf::Empty;
        let huge = Some(usize::MAX - 2);
        body.push(Bytes::from_static(b"not "), huge, 64);
        body.push(Bytes::from_static(b"found"), huge, 64);
        assert!(matches!(&body, BodyBuf::Many(many) if many.capacity() <= 64));
        assert_eq!(body.freeze(), Bytes::from_static(b"not found"));

        let mut uncapped = BodyBuf::Empty;
        uncapped.push(Bytes::from_static(b"a"), Some(100_000_000_000), usize::MAX);
        uncapped.push(Bytes::from_static(b"b"), Some(100_000_000_000), usize::MAX);
        assert!(matches!(&uncapped, BodyBuf::Many(many) if many.capacity() <= MAX_PREALLOCATION));
    }
}
