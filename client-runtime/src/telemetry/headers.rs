//! Header values on wire spans, only for the names the user allows with
//! [`Builder::record_headers`](crate::Builder::record_headers).
//!
//! The conventions name one attribute per header,
//! `http.request.header.<name>` and `http.response.header.<name>` (the
//! name lowercase, the value an array of strings, one per field line;
//! OpenTelemetry semantic conventions 1.27.0, "HTTP Spans", opt-in
//! attributes). `tracing` needs every field name when a span is opened, so
//! these dynamic names are set on the OpenTelemetry span directly
//! (`OpenTelemetrySpanExt::set_attribute`, feature `opentelemetry`).
//! Without the feature, each direction is one declared field of the wire
//! span, `http.request.headers` and `http.response.headers`, holding
//! `{"name": ["value", ...], ...}`.
//!
//! Credentials are never recorded, even when named: `Authorization`,
//! `Proxy-Authorization`, `Cookie`, `Set-Cookie`, every header the session
//! treats as a credential (an `api_key` header, say) and every value
//! marked sensitive show `REDACTED`.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use http::HeaderMap;
use http::header::{HeaderName, HeaderValue};
use tracing::Span;

use crate::redact::{self, Secrets};

/// The allowed header names of a session; none by default, and then
/// nothing is looked up or allocated.
#[derive(Clone, Default)]
pub(crate) struct RecordedHeaders {
    allowed: Option<Arc<[Allowed]>>,
}

/// One allowed header, its attribute keys made once.
struct Allowed {
    name: HeaderName,
    /// The session's default values (reqwest adds them to a request that
    /// has none of its own, after the span has seen it).
    defaults: Vec<HeaderValue>,
    /// A credential: shown as `REDACTED` whatever its value.
    secret: bool,
    #[cfg(feature = "opentelemetry")]
    request_key: opentelemetry::Key,
    #[cfg(feature = "opentelemetry")]
    response_key: opentelemetry::Key,
}

/// Which message a header belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Request,
    Response,
}

impl RecordedHeaders {
    /// `names` allowed; `credentials` are the header names the session
    /// treats as credentials besides the standard ones, `defaults` the
    /// headers it sends with every request.
    pub(crate) fn new(names: &[HeaderName], credentials: &[HeaderName], defaults: &HeaderMap) -> Self {
        if names.is_empty() {
            return Self::default();
        }
        let allowed = names
            .iter()
            .map(|name| Allowed {
                name: name.clone(),
                defaults: defaults.get_all(name).iter().cloned().collect(),
                secret: redact::is_secret_header(name, credentials),
                #[cfg(feature = "opentelemetry")]
                request_key: opentelemetry::Key::from(format!("http.request.header.{name}")),
                #[cfg(feature = "opentelemetry")]
                response_key: opentelemetry::Key::from(format!("http.response.header.{name}")),
            })
            .collect();
        Self { allowed: Some(allowed) }
    }

    /// Records the allowed headers of a request on its wire span.
    pub(crate) fn request(&self, span: &Span, headers: &HeaderMap, secrets: &Secrets) {
        self.record(span, headers, secrets, Direction::Request);
    }

    /// Records the allowed headers of a response on its wire span.
    pub(crate) fn response(&self, span: &Span, headers: &HeaderMap, secrets: &Secrets) {
        self.record(span, headers, secrets, Direction::Response);
    }

    fn record(&self, span: &Span, headers: &HeaderMap, secrets: &Secrets, direction: Direction) {
        let Some(allowed) = &self.allowed else { return };
        if span.is_disabled() {
            return;
        }
        #[cfg(feature = "opentelemetry")]
        set_attributes(span, allowed, headers, secrets, direction);
        #[cfg(not(feature = "opentelemetry"))]
        {
            let field = match direction {
                Direction::Request => "http.request.headers",
                Direction::Response => "http.response.headers",
            };
            span.record(field, tracing::field::debug(Shown { allowed, headers, secrets, direction }));
        }
    }
}

/// One `http.{request,response}.header.<name>` attribute per allowed
/// header present, its values in order.
#[cfg(feature = "opentelemetry")]
fn set_attributes(span: &Span, allowed: &[Allowed], headers: &HeaderMap, secrets: &Secrets, direction: Direction) {
    use opentelemetry::{Array, StringValue, Value};
    use tracing_opentelemetry::OpenTelemetrySpanExt as _;

    for header in allowed {
        let mut values = values(header, headers, direction);
        if values.peek().is_none() {
            continue;
        }
        let values: Vec<StringValue> =
            values.map(|value| StringValue::from(shown(header, value, secrets).into_owned())).collect();
        let key = match direction {
            Direction::Request => header.request_key.clone(),
            Direction::Response => header.response_key.clone(),
        };
        span.set_attribute(key, Value::Array(Array::String(values)));
    }
}

/// The allowed headers present, as one field's value.
#[cfg_attr(
    all(feature = "opentelemetry", not(test)),
    allow(dead_code, reason = "the per-header attributes replace it")
)]
struct Shown<'a> {
    allowed: &'a [Allowed],
    headers: &'a HeaderMap,
    secrets: &'a Secrets,
    direction: Direction,
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for header in self.allowed {
            let mut values = values(header, self.headers, self.direction);
            if values.peek().is_none() {
                continue;
            }
            let shown: Vec<_> = values.map(|value| shown(header, value, self.secrets)).collect();
            map.entry(&header.name.as_str(), &shown);
        }
        map.finish()
    }
}

/// The values of an allowed header in a message, in order: for a request
/// without its own, the session's defaults.
fn values<'a>(
    header: &'a Allowed,
    headers: &'a HeaderMap,
    direction: Direction,
) -> std::iter::Peekable<impl Iterator<Item = &'a HeaderValue>> {
    let own = headers.get_all(&header.name).iter();
    let defaults: &[HeaderValue] =
        if direction == Direction::Request && !headers.contains_key(&header.name) { &header.defaults } else { &[] };
    own.chain(defaults).peekable()
}

/// A value as it may be recorded.
fn shown<'a>(header: &Allowed, value: &'a http::HeaderValue, secrets: &Secrets) -> Cow<'a, str> {
    redact::header_value(value, header.secret, secrets)
}

impl fmt::Debug for RecordedHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = self.allowed.iter().flat_map(|allowed| allowed.iter()).map(|header| header.name.as_str());
        f.debug_list().entries(names).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&'static str]) -> Vec<HeaderName> {
        list.iter().map(|name| HeaderName::from_static(name)).collect()
    }

    /// What a response's headers record as, with no secret query names.
    fn shown_response(recorded: &RecordedHeaders, headers: &HeaderMap) -> String {
        let allowed = recorded.allowed.as_deref().expect("configured");
        format!("{:?}", Shown { allowed, headers, secrets: &Secrets::default(), direction: Direction::Response })
    }

    #[test]
    fn credentials_are_redacted_even_when_allowed() {
        let recorded = RecordedHeaders::new(
            &names(&["x-request-id", "authorization", "set-cookie", "private-token", "x-signed"]),
            &names(&["private-token"]),
            &HeaderMap::new(),
        );
        let mut headers = HeaderMap::new();
        headers.insert("x-request-id", HeaderValue::from_static("r-1"));
        headers.insert("authorization", HeaderValue::from_static("Bearer t0ken"));
        headers.insert("set-cookie", HeaderValue::from_static("id=c00kie"));
        headers.insert("private-token", HeaderValue::from_static("glpat-s3cret"));
        let mut signed = HeaderValue::from_static("sig-v4");
        signed.set_sensitive(true);
        headers.insert("x-signed", signed);
        headers.insert("x-unlisted", HeaderValue::from_static("not-shown"));
        assert_eq!(
            shown_response(&recorded, &headers),
            r#"{"x-request-id": ["r-1"], "authorization": ["REDACTED"], "set-cookie": ["REDACTED"], "private-token": ["REDACTED"], "x-signed": ["REDACTED"]}"#
        );
    }

    #[test]
    fn a_location_loses_its_secret_query_values_and_repeated_lines_stay_apart() {
        let recorded = RecordedHeaders::new(&names(&["location", "link"]), &[], &HeaderMap::new());
        let mut headers = HeaderMap::new();
        headers.insert("location", HeaderValue::from_static("/next?token=s3cret&page=2"));
        headers.append("link", HeaderValue::from_static("</a>; rel=\"next\""));
        headers.append("link", HeaderValue::from_static("</b>; rel=\"last\""));
        assert_eq!(
            shown_response(&recorded, &headers),
            r#"{"location": ["/next?token=REDACTED&page=2"], "link": ["</a>; rel=\"next\"", "</b>; rel=\"last\""]}"#
        );
    }

    #[test]
    fn a_request_without_its_own_value_shows_the_session_default() {
        let mut defaults = HeaderMap::new();
        defaults.insert("user-agent", HeaderValue::from_static("session-agent"));
        let recorded = RecordedHeaders::new(&names(&["user-agent"]), &[], &defaults);
        let allowed = recorded.allowed.as_deref().expect("configured");
        let secrets = Secrets::default();
        let mut own = HeaderMap::new();
        let show =
            |headers: &HeaderMap, direction| format!("{:?}", Shown { allowed, headers, secrets: &secrets, direction });
        assert_eq!(show(&own, Direction::Request), r#"{"user-agent": ["session-agent"]}"#);
        assert_eq!(show(&own, Direction::Response), "{}");
        own.insert("user-agent", HeaderValue::from_static("method-agent"));
        assert_eq!(show(&own, Direction::Request), r#"{"user-agent": ["method-agent"]}"#);
    }

    #[test]
    fn nothing_configured_is_nothing_kept() {
        assert!(RecordedHeaders::new(&[], &names(&["private-token"]), &HeaderMap::new()).allowed.is_none());
    }
}
