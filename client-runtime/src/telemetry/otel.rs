//! The OpenTelemetry side (feature `opentelemetry`): W3C trace context on
//! the wire and the conventions' metrics.
//!
//! - Each request for the session's own origin carries the context of its
//!   wire span, injected by the global propagator
//!   (`opentelemetry::global::set_text_map_propagator`), so the user's
//!   choice (W3C `traceparent` and `tracestate`, B3, ...) is honoured. A
//!   hop to another origin carries none unless
//!   [`Builder::propagate_trace_context_cross_origin`](crate::Builder::propagate_trace_context_cross_origin)
//!   allows it; [`Builder::propagate_trace_context`](crate::Builder::propagate_trace_context)
//!   turns it off for the session.
//! - `http.client.request.duration` (seconds, the advised buckets) is
//!   recorded once per call; `client.retries` counts retries and
//!   `client.rate_limit.waits` the waits for the client-side rate limiter.
//!   The meter is the one given to [`Builder::meter`](crate::Builder::meter),
//!   or the global provider's when the session is built.

use std::time::Duration;

use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use opentelemetry::KeyValue;
use opentelemetry::metrics::{Counter, Histogram, Meter};
use opentelemetry::propagation::Injector;
use tracing::Span;
use tracing_opentelemetry::OpenTelemetrySpanExt as _;
use url::Url;

use super::{error_type, method_name};
use crate::endpoint::Endpoint;
use crate::error::Error;

/// The bucket boundaries the conventions advise for
/// `http.client.request.duration`, in seconds ("Semantic conventions for
/// HTTP metrics", stable since 1.23.0, which dropped the leading 0).
pub const DURATION_BUCKETS: [f64; 14] =
    [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0];

/// The telemetry settings a builder collects.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub(crate) propagate: bool,
    pub(crate) cross_origin: bool,
    pub(crate) meter: Option<Meter>,
}

impl Default for Settings {
    fn default() -> Self {
        Self { propagate: true, cross_origin: false, meter: None }
    }
}

/// A session's propagation rules and instruments.
#[derive(Debug)]
pub(crate) struct Telemetry {
    propagate: bool,
    cross_origin: bool,
    duration: Histogram<f64>,
    retries: Counter<u64>,
    rate_limit_waits: Counter<u64>,
}

impl Telemetry {
    pub(crate) fn new(settings: Settings) -> Self {
        let meter = settings.meter.unwrap_or_else(|| opentelemetry::global::meter("client-runtime"));
        Self {
            propagate: settings.propagate,
            cross_origin: settings.cross_origin,
            duration: meter
                .f64_histogram("http.client.request.duration")
                .with_unit("s")
                .with_description("Duration of HTTP client requests.")
                .with_boundaries(DURATION_BUCKETS.to_vec())
                .build(),
            retries: meter
                .u64_counter("client.retries")
                .with_unit("{retry}")
                .with_description("Requests sent again after a failed attempt.")
                .build(),
            rate_limit_waits: meter
                .u64_counter("client.rate_limit.waits")
                .with_unit("{wait}")
                .with_description("Waits for a slot of the client-side rate limit.")
                .build(),
        }
    }

    /// Puts the wire span's context on a request, where allowed.
    pub(crate) fn inject(&self, span: &Span, own_origin: bool, headers: &mut HeaderMap) {
        // A disabled span (no subscriber) has no context to carry: its
        // context is the empty one, from which the W3C, B3 and Jaeger
        // propagators inject nothing.
        if span.is_disabled() || !self.propagate || !(own_origin || self.cross_origin) {
            return;
        }
        let context = span.context();
        opentelemetry::global::get_text_map_propagator(|propagator| {
            propagator.inject_context(&context, &mut HeaderInjector(headers));
        });
    }

    /// Records one call in `http.client.request.duration`.
    pub(crate) fn record_call(&self, call: &mut CallMetrics, outcome: Result<StatusCode, &Error>, elapsed: Duration) {
        let mut attributes = std::mem::take(&mut call.attributes);
        match outcome {
            Ok(status) => {
                attributes.push(KeyValue::new("http.response.status_code", i64::from(status.as_u16())));
                if status.is_client_error() || status.is_server_error() {
                    attributes.push(KeyValue::new("error.type", status.as_str().to_owned()));
                }
            }
            Err(error) => match error.status() {
                Some(status) => {
                    attributes.push(KeyValue::new("http.response.status_code", i64::from(status.as_u16())));
                    attributes.push(KeyValue::new("error.type", status.as_str().to_owned()));
                }
                None => attributes.push(KeyValue::new("error.type", error_type(error.kind()))),
            },
        }
        self.duration.record(elapsed.as_secs_f64(), &attributes);
    }

    /// Counts one retry of a call.
    pub(crate) fn retried(&self, endpoint: &'static Endpoint, url: &Url) {
        self.retries.add(1, &base_attributes(endpoint, url));
    }

    /// Counts one wait for the client-side rate limiter.
    pub(crate) fn rate_limit_waited(&self, endpoint: &'static Endpoint, url: &Url) {
        self.rate_limit_waits.add(1, &base_attributes(endpoint, url));
    }
}

/// A call's attributes for its duration, taken when it starts: by its end
/// the request may be gone (the call's future owns it).
#[derive(Debug)]
pub(crate) struct CallMetrics {
    attributes: Vec<KeyValue>,
}

impl CallMetrics {
    pub(crate) fn new(endpoint: &'static Endpoint, url: &Url) -> Self {
        Self { attributes: base_attributes(endpoint, url) }
    }
}

/// The attributes every instrument carries.
fn base_attributes(endpoint: &'static Endpoint, url: &Url) -> Vec<KeyValue> {
    let mut attributes = Vec::with_capacity(6);
    attributes.push(KeyValue::new("http.request.method", method_name(&endpoint.method)));
    if let Some(host) = url.host_str() {
        attributes.push(KeyValue::new("server.address", host.to_owned()));
    }
    if let Some(port) = url.port_or_known_default() {
        attributes.push(KeyValue::new("server.port", i64::from(port)));
    }
    attributes.push(KeyValue::new("url.template", endpoint.url_template));
    attributes
}

/// Writes propagation fields as request headers.
struct HeaderInjector<'a>(&'a mut HeaderMap);

impl Injector for HeaderInjector<'_> {
    fn set(&mut self, key: &str, value: String) {
        if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(key.as_bytes()), HeaderValue::from_str(&value)) {
            self.0.insert(name, value);
        }
    }
}
