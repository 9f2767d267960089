//! Reading a response body into memory within a cap.

use bytes::{Bytes, BytesMut};

use crate::error::{Error, ErrorKind, Result};

/// Reads the body within `cap` bytes. Error bodies (`truncate`) are read
/// up to `cap` and cut there rather than refused.
pub(crate) async fn read_body(response: &mut reqwest::Response, cap: usize, truncate: bool) -> Result<Bytes> {
    let declared = response.content_length().and_then(|n| usize::try_from(n).ok());
    if !truncate && declared.is_some_and(|n| n > cap) {
        return Err(too_large(cap));
    }
    let mut body = BodyBuf::Empty;
    while let Some(chunk) = response.chunk().await.map_err(Error::from_reqwest)? {
        let room = cap - body.len();
        if chunk.len() > room {
            if !truncate {
                return Err(too_large(cap));
            }
            body.push(chunk.slice(..room), declared);
            break;
        }
        body.push(chunk, declared);
    }
    Ok(body.freeze())
}

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

    fn push(&mut self, chunk: Bytes, declared: Option<usize>) {
        *self = match std::mem::replace(self, Self::Empty) {
            Self::Empty => Self::One(chunk),
            Self::One(first) => {
                let mut many = BytesMut::with_capacity(declared.unwrap_or(0).max(first.len() + chunk.len()));
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

fn too_large(cap: usize) -> Error {
    Error::new(ErrorKind::BodyTooLarge, format!("the response body is larger than the {cap}-byte cap"))
}
