//! How a generated method turns its arguments into a request.
//!
//! The macro emits one `static` [`Endpoint`] per method, holding everything
//! known at compile time (verb, template, static headers, retry and timeout
//! settings), and builds a [`Call`] from the arguments at call time. A
//! `Call` records the first bad argument instead of failing early, so the
//! generated code stays straight-line; [`Call::finish`] reports it before
//! any connection is made.

use std::fmt;

use bytes::Bytes;
use http::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderName, HeaderValue};
use http::{HeaderMap, Method};
use serde::Serialize;
use url::Url;

use crate::body::{Body, Multipart};
use crate::endpoint::Endpoint;
use crate::error::{Error, Result};
use crate::path;
use crate::redact::Secrets;
use crate::session::Session;

/// A request being assembled from a method's arguments.
#[doc(hidden)]
#[derive(Debug)]
pub struct Call {
    endpoint: &'static Endpoint,
    url: String,
    /// Whether the URL has a `?` yet.
    has_query: bool,
    headers: HeaderMap,
    body: Option<Body>,
    error: Option<Error>,
    scratch: String,
}

impl Call {
    pub fn new(session: &Session, endpoint: &'static Endpoint) -> Self {
        let base = session.base_str();
        let mut url = String::with_capacity(base.len() + endpoint.template.len() + 16);
        url.push_str(base);
        // An empty map does not allocate; most endpoints add no headers.
        let mut headers = if endpoint.headers.is_empty() {
            HeaderMap::new()
        } else {
            HeaderMap::with_capacity(endpoint.headers.len())
        };
        for (name, value) in endpoint.headers {
            headers.append(name.clone(), value.clone());
        }
        Self { endpoint, url, has_query: false, headers, body: None, error: None, scratch: String::new() }
    }

    fn fail(&mut self, err: Error) {
        if self.error.is_none() {
            self.error = Some(err);
        }
    }

    /// A literal piece of the path template, already valid.
    pub fn lit(&mut self, piece: &'static str) {
        self.url.push_str(piece);
    }

    /// `<name>`: one segment.
    pub fn segment(&mut self, name: &str, value: &dyn fmt::Display) {
        let value = path::display_to(&mut self.scratch, value);
        if let Err(err) = path::push_segment(&mut self.url, name, value) {
            self.fail(err);
        }
    }

    /// `<name>` for a value that is already a string: no formatting step.
    pub fn segment_str(&mut self, name: &str, value: &str) {
        if let Err(err) = path::push_segment(&mut self.url, name, value) {
            self.fail(err);
        }
    }

    /// `<name..>` for a value that is already a string.
    pub fn segments_str(&mut self, name: &str, value: &str) {
        if let Err(err) = path::push_segments(&mut self.url, name, value) {
            self.fail(err);
        }
    }

    /// `<name..>`: the rest of the path, `/` kept between encoded segments.
    pub fn segments(&mut self, name: &str, value: &dyn fmt::Display) {
        let value = path::display_to(&mut self.scratch, value);
        if let Err(err) = path::push_segments(&mut self.url, name, value) {
            self.fail(err);
        }
    }

    /// A constant query from the template (`/projects?pagination=keyset`),
    /// already valid; it comes before any argument's.
    pub fn static_query(&mut self, query: &'static str) {
        self.has_query = true;
        self.url.push('?');
        self.url.push_str(query);
    }

    /// `#[query("key")] value`: `None` is omitted, a sequence repeats the key.
    pub fn query<V: Serialize + ?Sized>(&mut self, key: &str, value: &V) {
        if let Err(err) = self.try_push_query(&[(key, value)]) {
            self.fail(query_error(err));
        }
    }

    /// `#[query] name`: keyed by the argument's name, except that a struct
    /// or map is flattened into its fields.
    pub fn query_arg<V: Serialize + ?Sized>(&mut self, key: &str, value: &V) {
        if let Err(keyed) = self.try_push_query(&[(key, value)]) {
            if self.try_push_query(value).is_err() {
                self.fail(query_error(keyed));
            }
        }
    }

    /// `#[query(join = ",")] value`: a sequence sent as one value, its
    /// items joined by `separator` (`labels=bug,ui`); a scalar is sent as it
    /// is, and `None` or an empty sequence is omitted.
    pub fn query_joined<V: Serialize + ?Sized>(&mut self, key: &str, value: &V, separator: &str) {
        let joined = match serde_json::to_value(value) {
            Ok(serde_json::Value::Null) => return,
            Ok(serde_json::Value::Array(items)) if items.is_empty() => return,
            Ok(serde_json::Value::Array(items)) => {
                items.iter().map(scalar_text).collect::<Option<Vec<_>>>().map(|parts| parts.join(separator))
            }
            Ok(scalar) => scalar_text(&scalar),
            Err(err) => {
                self.fail(Error::invalid_request("a query parameter could not be serialized").with_source(err));
                return;
            }
        };
        match joined {
            Some(text) => self.query(key, &text),
            None => self.fail(Error::invalid_request(format!(
                "query parameter {key:?} is joined, so its items must be strings, numbers or booleans"
            ))),
        }
    }

    fn try_push_query<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), serde_html_form::ser::Error> {
        let mark = self.url.len();
        self.url.push(if self.has_query { '&' } else { '?' });
        let before = self.url.len();
        let pushed = serde_html_form::ser::push_to_string(&mut self.url, value);
        if pushed.is_err() || self.url.len() == before {
            // Failed, or `None` / an empty sequence: nothing to send.
            self.url.truncate(mark);
        } else {
            self.has_query = true;
        }
        pushed
    }

    /// `#[header("Name")] value`. A value with CR, LF or NUL is refused.
    pub fn header(&mut self, name: &'static HeaderName, value: &dyn fmt::Display) {
        let text = path::display_to(&mut self.scratch, value);
        match HeaderValue::from_str(text) {
            Ok(value) => {
                self.headers.insert(name.clone(), value);
            }
            Err(_) => self.fail(Error::invalid_request(format!(
                "header {name} has a value with a control character (CR, LF or NUL); it was not sent"
            ))),
        }
    }

    /// `#[body] value`: JSON.
    pub fn json<V: Serialize + ?Sized>(&mut self, value: &V) {
        match serde_json::to_vec(value) {
            Ok(bytes) => self.set_bytes(bytes, "application/json"),
            Err(err) => self.fail(Error::invalid_request("the JSON body could not be serialized").with_source(err)),
        }
    }

    fn set_bytes(&mut self, bytes: impl Into<Bytes>, content_type: &'static str) {
        // A content type the method declares itself takes precedence.
        self.headers.entry(CONTENT_TYPE).or_insert(HeaderValue::from_static(content_type));
        self.body = Some(Body::bytes(bytes));
    }

    /// `#[form] value`: `application/x-www-form-urlencoded`.
    pub fn form<V: Serialize + ?Sized>(&mut self, value: &V) {
        match serde_html_form::to_string(value) {
            Ok(text) => self.set_bytes(text, "application/x-www-form-urlencoded"),
            Err(err) => self.fail(Error::invalid_request("the form body could not be serialized").with_source(err)),
        }
    }

    /// `#[body(raw)] value`: bytes, a file or a stream, sent as they are.
    /// The attribute's content type wins over the body's own, and
    /// `application/octet-stream` is the fallback.
    pub fn raw(&mut self, body: Body, content_type: Option<&'static str>) {
        let content_type = match content_type {
            Some(declared) => HeaderValue::from_static(declared),
            None => body.declared_content_type().unwrap_or(HeaderValue::from_static("application/octet-stream")),
        };
        self.headers.insert(CONTENT_TYPE, content_type);
        self.body = Some(body);
    }

    /// `#[multipart]`: the parts collected from `#[part]` arguments.
    pub fn multipart(&mut self, form: Multipart) {
        self.body = Some(Body::multipart(form));
    }

    /// Checks everything and produces the request to send.
    pub(crate) fn finish(self, session: &Session) -> Result<Prepared> {
        let endpoint = self.endpoint;
        if let Some(err) = self.error {
            return Err(endpoint.error(err));
        }
        let url = parse_under_base(&self.url, session.base_url())
            .map_err(|err| endpoint.error(Error::invalid_request("the request URL is not valid").with_source(err)))?;
        let mut headers = self.headers;
        if self.body.is_none() && sends_empty_length(&endpoint.method) {
            // As requests does; some servers (GitHub's `PUT /user/starred`)
            // refuse a write without a length with 411.
            headers.insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
        }
        Ok(Prepared { endpoint, url, headers, body: self.body.map(Box::new), secrets: session.secrets(endpoint) })
    }
}

/// Parses `url`, which starts with the session's base URL, reusing the
/// already parsed `base_url` for its scheme and authority, so that only
/// the path and query are parsed: a full parse would process the host
/// again (IDNA mapping included, even for an IP address) on every call.
/// The result is the same URL. Text after the authority that a relative
/// parse would read as a new authority (`//`, or `/` and a backslash) or
/// that is not a path takes the full parse.
fn parse_under_base(url: &str, base_url: &Url) -> std::result::Result<Url, url::ParseError> {
    let origin = &base_url[..url::Position::BeforePath];
    let Some(rest) = url.strip_prefix(origin) else { return Url::parse(url) };
    let bytes = rest.as_bytes();
    if bytes.first() == Some(&b'/') && !matches!(bytes.get(1), Some(b'/' | b'\\')) {
        Url::options().base_url(Some(base_url)).parse(rest)
    } else {
        Url::parse(url)
    }
}

/// The methods whose request is expected to carry a body.
fn sends_empty_length(method: &Method) -> bool {
    *method == Method::POST || *method == Method::PUT || *method == Method::PATCH
}

/// The text of a JSON scalar; `None` for arrays, objects and null.
fn scalar_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(text) => Some(text.clone()),
        serde_json::Value::Number(number) => Some(number.to_string()),
        serde_json::Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

fn query_error(err: serde_html_form::ser::Error) -> Error {
    Error::invalid_request("a query parameter could not be serialized").with_source(err)
}

/// A request ready to send, and to send again on retry or redirect.
#[derive(Debug)]
pub(crate) struct Prepared {
    pub(crate) endpoint: &'static Endpoint,
    pub(crate) url: Url,
    pub(crate) headers: HeaderMap,
    /// Boxed: most calls have none, and every call's future holds this.
    pub(crate) body: Option<Box<Body>>,
    /// The secret query keys of this call, for every output that shows it.
    pub(crate) secrets: Secrets,
}

impl Prepared {
    /// Names the call in an error, with its URL as it may be shown.
    pub(crate) fn error(&self, err: Error) -> Error {
        self.endpoint.error(err).with_redacted_url(self.secrets.url(&self.url))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use url::Url;

    use super::parse_under_base;

    /// The fast parse gives exactly what a full parse of the whole text gives.
    #[test]
    fn parsing_under_the_base_equals_a_full_parse() {
        let bases =
            ["http://127.0.0.1:8080", "https://api.example.com", "https://api.example.com/v3", "http://[::1]:9"];
        for base in bases {
            let base_url = Url::parse(base).expect("base");
            for rest in [
                "/users/octocat",
                "/a/../b/./c?x=1&y=%20z#f",
                "/%2F/x",
                "/caf%C3%A9?q=\u{e9}",
                "/\\evil.example/x",
                "//evil.example/x",
                "",
                "?q=1",
                "/a b/<c>",
            ] {
                let text = format!("{base}{rest}");
                let fast = parse_under_base(&text, &base_url).map(String::from);
                let full = Url::parse(&text).map(String::from);
                assert_eq!(fast, full, "{text}");
            }
        }
    }

    proptest! {
        /// For any text after the base, hostile or not, the fast parse and
        /// the full parse agree, errors included.
        #[test]
        fn any_text_after_the_base_parses_as_a_full_parse_does(
            base in prop::sample::select(vec![
                "http://127.0.0.1:8080", "https://api.example.com/v3", "http://[::1]:9", "https://u:p@h.example",
            ]),
            rest in r"[/\\?#%.@:a-zA-Z0-9 \u{e9}\[\]<>]{0,24}",
        ) {
            let base_url = Url::parse(base).expect("base");
            let text = format!("{base}{rest}");
            let fast = parse_under_base(&text, &base_url).map(String::from);
            let full = Url::parse(&text).map(String::from);
            prop_assert_eq!(fast, full, "{}", text);
        }
    }
}
