//! How a declared return type is produced from a response.
//!
//! The macro picks a decoder from the return type's shape:
//! `()` → [`Unit`], `String` → [`Text`], `Vec<u8>` → [`RawVec`],
//! `Bytes` → [`RawBytes`], anything else → [`Json<T>`]; `Option<_>` wraps
//! with [`Optional`] (404 is `None`), `Response<_>` with [`WithMeta`].

use std::marker::PhantomData;

use bytes::Bytes;
use http::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::{Error, ErrorKind, Result};
use crate::json_path::Located;
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

/// The body as text, in the charset its `Content-Type` declares (UTF-8
/// without one).
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

    fn decode(head: &Head, body: Bytes) -> Result<String> {
        crate::charset::strict(&head.headers, body)
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

/// Decodes JSON without copying; a leading byte order mark is accepted
/// (RFC 8259). The only code generated per type is the decode itself:
/// finding where it failed is [`json_error`]'s work.
pub(crate) fn decode_json<T: DeserializeOwned>(body: &Bytes) -> Result<T> {
    serde_json::from_slice(crate::charset::json_bytes(body))
        .map_err(|err| json_error(&crate::charset::without_bom(body), err))
}

/// The error for a body that did not decode, naming where it failed.
#[cold]
fn json_error(body: &Bytes, inner: serde_json::Error) -> Error {
    let located = Located::new(body, inner);
    let mut err =
        Error::new(ErrorKind::Decode, "the response body does not match the declared type").with_source(located);
    err.set_body(body.clone());
    err
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Repo {
        owner: Owner,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Owner {
        login: String,
    }

    #[test]
    fn a_failure_names_the_path_and_keeps_the_body() {
        let body = Bytes::from_static(b"{\"owner\": {\n  \"login\": 5}}");
        let err = decode_json::<Repo>(&body).expect_err("wrong type");
        assert_eq!(err.kind(), ErrorKind::Decode);
        let source = std::error::Error::source(&err).expect("a source").to_string();
        assert_eq!(source, "at `owner.login`: invalid type: integer `5`, expected a string at line 2 column 12");
        assert_eq!(err.body_text(), Some("{\"owner\": {\n  \"login\": 5}}"));
    }

    #[test]
    fn a_failure_at_the_root_is_the_error_alone() {
        let body = Bytes::from_static(b"{\"owner\": {\"login\": \"a\"}} x");
        let err = decode_json::<Repo>(&body).expect_err("trailing text");
        let source = std::error::Error::source(&err).expect("a source").to_string();
        assert_eq!(source, "trailing characters at line 1 column 27");
    }
}
