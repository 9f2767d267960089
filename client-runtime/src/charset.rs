//! Text bodies decoded by the `charset` their `Content-Type` declares.
//!
//! - No charset (or no `Content-Type`): UTF-8.
//! - A byte order mark wins over the declared charset, as the WHATWG
//!   Encoding Standard's decode does: a UTF-16 body with a BOM reads
//!   right whatever the label says, and a UTF-8 BOM is dropped.
//! - Any label the Encoding Standard knows (`ISO-8859-1`, `windows-1252`,
//!   `Shift_JIS`, `UTF-16`...), through `encoding_rs`. A label it does not
//!   know, or one it maps to its "replacement" decoder (`ISO-2022-KR`,
//!   `HZ-GB-2312`...), is a [`Decode`](ErrorKind::Decode) error naming it.
//! - [`strict`] refuses malformed bytes: a `Result<String>` is never
//!   silently altered. [`lossy`], for error bodies shown as text, puts
//!   U+FFFD in their place and falls back to UTF-8 for an unknown label.
//!
//! JSON is not decoded here: it is UTF-8 by definition (RFC 8259), and
//! [`without_bom`] drops the one leading BOM a JSON body may carry.

use std::borrow::Cow;

use bytes::Bytes;
use encoding_rs::{Encoding, REPLACEMENT, UTF_8};
use http::HeaderMap;
use http::header::CONTENT_TYPE;

use crate::error::{Error, ErrorKind, Result};

/// The UTF-8 byte order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The longest label repeated in an error: a hostile server may send a
/// long one.
const LABEL_SHOWN_CHARS: usize = 40;

/// The body as text in its declared charset; malformed bytes, or a
/// charset that cannot be decoded, are a `Decode` error.
pub(crate) fn strict(headers: &HeaderMap, body: Bytes) -> Result<String> {
    let declared = match declared_encoding(headers) {
        Ok(encoding) => encoding,
        Err(label) => return Err(unknown_charset(&label)),
    };
    let (encoding, bom_len) = Encoding::for_bom(&body).unwrap_or((declared, 0));
    if encoding == UTF_8 {
        // Without a copy when the body is the only owner of its bytes.
        return String::from_utf8(body.slice(bom_len..).into())
            .map_err(|err| Error::new(ErrorKind::Decode, "the response body is not valid UTF-8").with_source(err));
    }
    encoding
        .decode_without_bom_handling_and_without_replacement(&body[bom_len..])
        .map(Cow::into_owned)
        .ok_or_else(|| Error::new(ErrorKind::Decode, format!("the response body is not valid {}", encoding.name())))
}

/// The body as text in its declared charset, malformed bytes replaced by
/// U+FFFD; UTF-8 when the charset is unknown.
pub(crate) fn lossy(headers: &HeaderMap, body: &[u8]) -> String {
    let declared = declared_encoding(headers).unwrap_or(UTF_8);
    // `decode` sniffs the BOM and removes it, as `strict` does.
    declared.decode(body).0.into_owned()
}

/// A JSON body without the one UTF-8 byte order mark RFC 8259 lets a
/// parser accept.
pub(crate) fn without_bom(body: &Bytes) -> Bytes {
    match body.starts_with(UTF8_BOM) {
        true => body.slice(UTF8_BOM.len()..),
        false => body.clone(),
    }
}

/// [`without_bom`], borrowed: for the common path, which needs no copy of
/// the handle.
pub(crate) fn json_bytes(body: &[u8]) -> &[u8] {
    body.strip_prefix(UTF8_BOM).unwrap_or(body)
}

/// The encoding `Content-Type` names; UTF-8 without a charset (or
/// without a `Content-Type` that parses). `Err` holds a label that names
/// no encoding this crate can decode.
fn declared_encoding(headers: &HeaderMap) -> Result<&'static Encoding, String> {
    let Some(label) = charset_label(headers) else { return Ok(UTF_8) };
    match Encoding::for_label(label.as_bytes()) {
        Some(encoding) if encoding != REPLACEMENT => Ok(encoding),
        _ => Err(label),
    }
}

/// The `charset` parameter of the first `Content-Type`, unquoted.
fn charset_label(headers: &HeaderMap) -> Option<String> {
    let content_type = headers.get(CONTENT_TYPE)?.to_str().ok()?;
    let mime: mime::Mime = content_type.parse().ok()?;
    mime.get_param(mime::CHARSET).map(|charset| charset.as_str().to_owned())
}

#[cold]
fn unknown_charset(label: &str) -> Error {
    let shown: String = label.chars().take(LABEL_SHOWN_CHARS).collect();
    let cut = if shown.len() < label.len() { "…" } else { "" };
    Error::new(ErrorKind::Decode, format!("the response charset `{shown}{cut}` is not one this client can decode"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;
    use proptest::prelude::*;

    fn typed(content_type: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        headers
    }

    fn text(content_type: &'static str, body: &'static [u8]) -> Result<String> {
        strict(&typed(content_type), Bytes::from_static(body))
    }

    #[test]
    fn without_a_charset_the_body_is_utf8() {
        assert_eq!(strict(&HeaderMap::new(), Bytes::from_static("café".as_bytes())).expect("utf-8"), "café");
        assert_eq!(text("text/plain", "café".as_bytes()).expect("utf-8"), "café");
        assert_eq!(text("not a content type", "café".as_bytes()).expect("utf-8"), "café");
        let err = text("text/plain", b"caf\xE9").expect_err("latin-1 bytes are not UTF-8");
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(err.to_string().contains("not valid UTF-8"), "{err}");
    }

    #[test]
    fn a_declared_charset_decodes_the_body() {
        assert_eq!(text("text/plain; charset=ISO-8859-1", b"caf\xE9").expect("latin-1"), "café");
        assert_eq!(text("text/plain; charset=\"windows-1252\"", b"\x80 5").expect("cp1252"), "€ 5");
        assert_eq!(text("text/plain;charset=Shift_JIS", b"\x93\xfa\x96\x7b").expect("sjis"), "日本");
        assert_eq!(text("text/plain; charset=utf-16", b"\xFF\xFEh\0i\0").expect("utf-16le"), "hi");
        assert_eq!(text("text/plain; charset=utf-16", b"\xFE\xFF\0h\0i").expect("a BOM says big-endian"), "hi");
        assert_eq!(text("text/plain; charset=utf-8", b"\xEF\xBB\xBFok").expect("BOM dropped"), "ok");
    }

    #[test]
    fn an_unknown_charset_is_an_error_naming_it() {
        let err = text("text/plain; charset=klingon-8", b"abc").expect_err("unknown");
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(err.to_string().contains("`klingon-8`"), "{err}");
        let err = text("text/plain; charset=iso-2022-kr", b"abc").expect_err("the replacement decoder");
        assert!(err.to_string().contains("`iso-2022-kr`"), "{err}");
    }

    #[test]
    fn malformed_bytes_are_an_error_not_replacement_characters() {
        let err = text("text/plain; charset=Shift_JIS", b"\x93").expect_err("a truncated character");
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(err.to_string().contains("Shift_JIS"), "{err}");
        assert!(text("text/plain; charset=utf-16le", b"\x00\xD8").is_err(), "a lone surrogate");
    }

    #[test]
    fn lossy_text_replaces_and_falls_back_to_utf8() {
        assert_eq!(lossy(&typed("text/plain; charset=iso-8859-1"), b"caf\xE9"), "café");
        assert_eq!(lossy(&typed("text/plain; charset=shift_jis"), b"ok\x93"), "ok\u{FFFD}");
        assert_eq!(lossy(&typed("text/plain; charset=klingon-8"), "café".as_bytes()), "café");
        assert_eq!(lossy(&HeaderMap::new(), b"\xEF\xBB\xBFhi\xFF"), "hi\u{FFFD}");
    }

    #[test]
    fn json_keeps_everything_after_a_leading_bom() {
        assert_eq!(without_bom(&Bytes::from_static(b"\xEF\xBB\xBF{}")).as_ref(), b"{}");
        assert_eq!(without_bom(&Bytes::from_static(b"{}")).as_ref(), b"{}");
        assert_eq!(without_bom(&Bytes::from_static(b"\xEF\xBB")).as_ref(), b"\xEF\xBB");
        assert_eq!(json_bytes(b"\xEF\xBB\xBF\xEF\xBB\xBF[]"), b"\xEF\xBB\xBF[]", "one BOM only");
    }

    #[test]
    fn a_long_unknown_label_is_cut_in_the_error() {
        let label = "x".repeat(500);
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_str(&format!("text/plain; charset={label}")).expect("value"));
        let err = strict(&headers, Bytes::from_static(b"a")).expect_err("unknown");
        assert!(err.to_string().len() < 150, "{err}");
    }

    proptest! {
        /// Never a panic; and where the strict decoding succeeds, the lossy
        /// one (for error bodies) reads the very same text.
        #[test]
        fn any_content_type_and_body_decode_or_fail_cleanly(
            content_type in "[ -~]{0,60}",
            body in proptest::collection::vec(any::<u8>(), 0..64),
        ) {
            let mut headers = HeaderMap::new();
            if let Ok(value) = HeaderValue::from_str(&content_type) {
                headers.insert(CONTENT_TYPE, value);
            }
            let lossy_text = lossy(&headers, &body);
            if let Ok(text) = strict(&headers, Bytes::from(body)) {
                prop_assert_eq!(text, lossy_text);
            }
        }
    }
}
