//! How a declared return type is produced from a response.
//!
//! The macro picks a decoder from the return type's shape:
//! `()` → [`Unit`], `String` → [`Text`], `Vec<u8>` → [`RawVec`],
//! `Bytes` → [`RawBytes`], anything else → [`Json<T>`]; `Option<_>` wraps
//! with [`Optional`] (404 is `None`), `Response<_>` with [`WithMeta`].

use std::fmt;
use std::marker::PhantomData;

use bytes::Bytes;
use http::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::{Error, ErrorKind, Result};
use crate::response::{Head, Response};

/// Turns a received response into the declared output.
#[doc(hidden)]
pub trait Decode {
    type Output;

    /// Statuses that are decoded rather than raised as errors.
    fn accepts(status: StatusCode) -> bool {
        status.is_success()
    }

    fn decode(head: &Head, body: Bytes) -> Result<Self::Output>;
}

/// Decodes JSON into `T`.
#[doc(hidden)]
#[derive(Debug)]
pub struct Json<T>(PhantomData<fn() -> T>);

/// Ignores the body.
#[doc(hidden)]
#[derive(Debug)]
pub struct Unit;

/// The body as UTF-8 text.
#[doc(hidden)]
#[derive(Debug)]
pub struct Text;

/// The body as `Vec<u8>`.
#[doc(hidden)]
#[derive(Debug)]
pub struct RawVec;

/// The body as `Bytes`.
#[doc(hidden)]
#[derive(Debug)]
pub struct RawBytes;

/// 404 becomes `None`.
#[doc(hidden)]
#[derive(Debug)]
pub struct Optional<D>(PhantomData<D>);

/// Keeps the metadata: [`Response<T>`].
#[doc(hidden)]
#[derive(Debug)]
pub struct WithMeta<D>(PhantomData<D>);

impl<T: DeserializeOwned> Decode for Json<T> {
    type Output = T;

    fn decode(head: &Head, body: Bytes) -> Result<T> {
        // A 304 the caller asked for with their own conditional headers has
        // no body: it reads as JSON `null` (`None`, `Value::Null`).
        if head.status == StatusCode::NOT_MODIFIED && body.is_empty() {
            return decode_json(&Bytes::from_static(b"null"));
        }
        decode_json(&body)
    }
}

impl Decode for Unit {
    type Output = ();

    fn decode(_: &Head, _: Bytes) -> Result<()> {
        Ok(())
    }
}

impl Decode for Text {
    type Output = String;

    fn decode(_: &Head, body: Bytes) -> Result<String> {
        String::from_utf8(body.into())
            .map_err(|err| Error::new(ErrorKind::Decode, "the response body is not valid UTF-8").with_source(err))
    }
}

impl Decode for RawVec {
    type Output = Vec<u8>;

    fn decode(_: &Head, body: Bytes) -> Result<Vec<u8>> {
        Ok(body.into())
    }
}

impl Decode for RawBytes {
    type Output = Bytes;

    fn decode(_: &Head, body: Bytes) -> Result<Bytes> {
        Ok(body)
    }
}

impl<D: Decode> Decode for Optional<D> {
    type Output = Option<D::Output>;

    /// 404, and the 304 answering the caller's own `If-None-Match`, are `None`.
    fn accepts(status: StatusCode) -> bool {
        status == StatusCode::NOT_FOUND || status == StatusCode::NOT_MODIFIED || D::accepts(status)
    }

    fn decode(head: &Head, body: Bytes) -> Result<Self::Output> {
        if head.status == StatusCode::NOT_FOUND || head.status == StatusCode::NOT_MODIFIED {
            return Ok(None);
        }
        D::decode(head, body).map(Some)
    }
}

impl<D: Decode> Decode for WithMeta<D> {
    type Output = Response<D::Output>;

    /// A 304 (to the caller's own conditional headers) is a response to see.
    fn accepts(status: StatusCode) -> bool {
        status == StatusCode::NOT_MODIFIED || D::accepts(status)
    }

    fn decode(head: &Head, body: Bytes) -> Result<Self::Output> {
        D::decode(head, body).map(|decoded| Response::new(head.clone(), decoded))
    }
}

/// Decodes JSON without copying; on failure, decodes again to find the
/// path where it failed, so the success path pays nothing for it.
pub(crate) fn decode_json<T: DeserializeOwned>(body: &Bytes) -> Result<T> {
    serde_json::from_slice(body).map_err(|first| {
        let mut de = serde_json::Deserializer::from_slice(body);
        let located = match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Err(err) => JsonError { path: err.path().to_string(), inner: err.into_inner() },
            Ok(_) => JsonError { path: ".".to_owned(), inner: first },
        };
        let mut err =
            Error::new(ErrorKind::Decode, "the response body does not match the declared type").with_source(located);
        err.set_body(body.clone());
        err
    })
}

/// A JSON error with the path where it happened.
#[derive(Debug)]
struct JsonError {
    path: String,
    inner: serde_json::Error,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path == "." { write!(f, "{}", self.inner) } else { write!(f, "at `{}`: {}", self.path, self.inner) }
    }
}

impl std::error::Error for JsonError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.inner)
    }
}
