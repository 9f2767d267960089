//! Spans that follow OpenTelemetry's semantic conventions for HTTP
//! clients, emitted through `tracing`.
//!
//! Every call opens one span, and every request put on the wire (each
//! attempt, each redirect hop, the resend after a credential refresh)
//! opens a child of it. Both are named `{METHOD} {template}` through the
//! `otel.name` field, which `tracing-opentelemetry` uses as the span name;
//! the `tracing` names themselves are `http.client.call` and
//! `http.client.request`.
//!
//! | Attribute                   | Call span | Wire span | Value                                                  |
//! |-----------------------------|-----------|-----------|--------------------------------------------------------|
//! | `otel.name`                 | yes       | yes       | `GET /repos/{owner}/{repo}`                            |
//! | `otel.kind`                 | yes       | yes       | `client`                                               |
//! | `otel.status_code`          | on error  | on error  | `ERROR` for a 4xx or 5xx status and for failures       |
//! | `http.request.method`       | yes       | yes       | the method sent (a 303 turns a POST hop into a GET)    |
//! | `server.address`            | yes       | yes       | the host of the request                                |
//! | `server.port`               | yes       | yes       | its port, the scheme's default when none is written    |
//! | `url.full`                  | yes       | yes       | redacted: no user-info, secret query values `REDACTED` |
//! | `url.template`              | yes       | yes       | `/repos/{owner}/{repo}`                                |
//! | `http.response.status_code` | yes       | yes       | the status received                                    |
//! | `error.type`                | on error  | on error  | the status code, or the error kind (`timeout`, ...)    |
//! | `http.request.resend_count` | no        | after the first | how many requests of the call went out before    |
//! | `network.protocol.version`  | no        | yes       | `1.1`, `2`, ...                                        |
//! | `client.trait`              | yes       | yes       | the trait's name, such as `GitHub`                     |
//! | `client.method`             | yes       | yes       | the method's name, such as `get_user`                  |
//!
//! Retry waits, client-side rate-limit waits and credential refreshes are
//! events on the call span. No header value is ever recorded.
//!
//! With the cargo feature `opentelemetry`, each request for the session's
//! own origin also carries the trace context of its wire span, injected by
//! the global propagator (W3C `traceparent` and `tracestate` with
//! `TraceContextPropagator`); a redirect to another origin carries none
//! unless `Builder::propagate_trace_context_cross_origin(true)` allows
//! it, and `Builder::propagate_trace_context(false)` turns it off. Calls are measured too:
//!
//! | Instrument                     | Kind              | Unit     | Recorded                                  |
//! |--------------------------------|-------------------|----------|-------------------------------------------|
//! | `http.client.request.duration` | f64 histogram     | `s`      | once per call, buckets `DURATION_BUCKETS` |
//! | `client.retries`               | u64 counter       | `{retry}`| each retry                                |
//! | `client.rate_limit.waits`      | u64 counter       | `{wait}` | each wait for the client-side rate limiter |
//!
//! The duration carries `http.request.method`, `server.address`,
//! `server.port`, `url.template`, and `http.response.status_code` and
//! `error.type` as the outcome has them; the counters the first four.
//!
//! Sending all of it to an OTLP collector: install the providers before
//! building the client, with `opentelemetry-otlp`'s exporters
//! (`opentelemetry_otlp::SpanExporter::builder().with_tonic().build()?`,
//! `opentelemetry_otlp::MetricExporter::builder().with_tonic().build()?`)
//! as `spans` and `metrics`:
//!
//! ```no_run
//! # #[cfg(feature = "opentelemetry")]
//! # mod setup {
//! use opentelemetry::global;
//! use opentelemetry::trace::TracerProvider as _;
//! use opentelemetry_sdk::metrics::exporter::PushMetricExporter;
//! use opentelemetry_sdk::metrics::{PeriodicReader, SdkMeterProvider};
//! use opentelemetry_sdk::propagation::TraceContextPropagator;
//! use opentelemetry_sdk::trace::{SdkTracerProvider, SpanExporter};
//! use tracing_subscriber::layer::SubscriberExt as _;
//! use tracing_subscriber::util::SubscriberInitExt as _;
//!
//! pub fn install(
//!     spans: impl SpanExporter + 'static,
//!     metrics: impl PushMetricExporter,
//! ) -> (SdkTracerProvider, SdkMeterProvider) {
//!     global::set_text_map_propagator(TraceContextPropagator::new());
//!     let tracer_provider = SdkTracerProvider::builder().with_batch_exporter(spans).build();
//!     let meter_provider = SdkMeterProvider::builder().with_reader(PeriodicReader::builder(metrics).build()).build();
//!     global::set_meter_provider(meter_provider.clone());
//!     tracing_subscriber::registry()
//!         .with(tracing_opentelemetry::layer().with_tracer(tracer_provider.tracer("my-service")))
//!         .init();
//!     // Keep both providers, and call `shutdown()` on them before exiting.
//!     (tracer_provider, meter_provider)
//! }
//! # }
//! # fn main() {}
//! ```
//!
//! When no subscriber listens, a span is a disabled handle and nothing
//! above is computed or formatted.

#[cfg(feature = "opentelemetry")]
mod otel;

use std::collections::HashMap;
use std::sync::{OnceLock, PoisonError, RwLock};

use http::{Method, StatusCode, Version};
use tracing::Span;
use tracing::field::Empty;
use url::Url;

use crate::error::{Error, ErrorKind};
use crate::redact::Secrets;
use crate::request::Endpoint;

#[cfg(feature = "opentelemetry")]
pub use self::otel::DURATION_BUCKETS;
#[cfg(feature = "opentelemetry")]
pub(crate) use self::otel::{Settings, Telemetry};

/// The span of one call; its wire spans are opened inside it.
pub(crate) fn call_span(endpoint: &'static Endpoint, url: &Url, secrets: &Secrets) -> Span {
    // The fields known now are given at creation, not recorded one by one
    // afterwards: a subscriber then handles one span, not one span and
    // seven updates. tracing evaluates them only when the span is enabled.
    tracing::info_span!(
        "http.client.call",
        otel.name = span_name(endpoint),
        otel.kind = "client",
        otel.status_code = Empty,
        http.request.method = endpoint.method.as_str(),
        server.address = url.host_str(),
        server.port = url.port_or_known_default().map(i64::from),
        url.full = secrets.url(url).as_str(),
        url.template = template_of(span_name(endpoint)),
        http.response.status_code = Empty,
        error.type = Empty,
        client.trait = endpoint.trait_name,
        client.method = endpoint.method_name,
    )
}

/// The span of one request on the wire: `resends` requests of the same
/// call went out before it.
pub(crate) fn wire_span(
    endpoint: &'static Endpoint,
    method: &Method,
    url: &Url,
    secrets: &Secrets,
    resends: u32,
) -> Span {
    tracing::info_span!(
        "http.client.request",
        otel.name = span_name(endpoint),
        otel.kind = "client",
        otel.status_code = Empty,
        http.request.method = method.as_str(),
        server.address = url.host_str(),
        server.port = url.port_or_known_default().map(i64::from),
        url.full = secrets.url(url).as_str(),
        url.template = template_of(span_name(endpoint)),
        http.request.resend_count = (resends > 0).then_some(i64::from(resends)),
        http.response.status_code = Empty,
        error.type = Empty,
        network.protocol.version = Empty,
        client.trait = endpoint.trait_name,
        client.method = endpoint.method_name,
    )
}

/// Records the status of a response, and marks 4xx and 5xx as errors.
pub(crate) fn record_status(span: &Span, status: StatusCode) {
    if span.is_disabled() {
        return;
    }
    span.record("http.response.status_code", i64::from(status.as_u16()));
    if status.is_client_error() || status.is_server_error() {
        span.record("error.type", status.as_str());
        span.record("otel.status_code", "ERROR");
    }
}

/// Records the protocol version a response came back with.
pub(crate) fn record_version(span: &Span, version: Version) {
    if let Some(version) = protocol_version(version) {
        span.record("network.protocol.version", version);
    }
}

/// Records a failure: its status when the server answered, its kind
/// otherwise.
pub(crate) fn record_error(span: &Span, error: &Error) {
    if span.is_disabled() {
        return;
    }
    match error.status() {
        Some(status) => record_status(span, status),
        None => {
            span.record("error.type", error_type(error.kind()));
            span.record("otel.status_code", "ERROR");
        }
    }
}

/// `{METHOD} {template}`, computed once per endpoint and kept for the
/// life of the process: endpoints are statics, so the set is bounded by
/// the methods compiled in.
pub(crate) fn span_name(endpoint: &'static Endpoint) -> &'static str {
    static NAMES: OnceLock<RwLock<HashMap<usize, &'static str>>> = OnceLock::new();
    let names = NAMES.get_or_init(RwLock::default);
    let key = std::ptr::from_ref(endpoint) as usize;
    if let Some(name) = names.read().unwrap_or_else(PoisonError::into_inner).get(&key) {
        return name;
    }
    let mut names = names.write().unwrap_or_else(PoisonError::into_inner);
    names.entry(key).or_insert_with(|| {
        let name = format!("{} {}", endpoint.method, otel_template(endpoint.template));
        Box::leak(name.into_boxed_str())
    })
}

/// The template part of a span name.
fn template_of(name: &'static str) -> &'static str {
    name.split_once(' ').map_or(name, |(_, template)| template)
}

/// A declared template in OpenTelemetry's spelling: `<owner>` and
/// `<path..>` become `{owner}` and `{path}`; a query part is dropped.
pub(crate) fn otel_template(template: &str) -> String {
    let path = template.split_once('?').map_or(template, |(path, _)| path);
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = after[..close].trim_end_matches("..");
        out.push('{');
        out.push_str(name);
        out.push('}');
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A low-cardinality name for a failure without a status.
pub(crate) fn error_type(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Builder => "builder",
        ErrorKind::InvalidRequest => "invalid_request",
        ErrorKind::Connect => "connect",
        ErrorKind::Timeout => "timeout",
        ErrorKind::Transport => "transport",
        ErrorKind::Status => "status",
        ErrorKind::RateLimited => "rate_limited",
        ErrorKind::Redirect => "redirect",
        ErrorKind::BodyTooLarge => "body_too_large",
        ErrorKind::Decode => "decode",
        ErrorKind::Pagination => "pagination",
        ErrorKind::Io => "io",
        ErrorKind::Middleware => "middleware",
        ErrorKind::Auth => "auth",
    }
}

/// `network.protocol.version` as the conventions spell it.
fn protocol_version(version: Version) -> Option<&'static str> {
    Some(match version {
        Version::HTTP_09 => "0.9",
        Version::HTTP_10 => "1.0",
        Version::HTTP_11 => "1.1",
        Version::HTTP_2 => "2",
        Version::HTTP_3 => "3",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_take_the_opentelemetry_spelling() {
        assert_eq!(otel_template("/repos/<owner>/<repo>"), "/repos/{owner}/{repo}");
        assert_eq!(otel_template("/files/<path..>"), "/files/{path}");
        assert_eq!(otel_template("/items?fixed=1"), "/items");
        assert_eq!(otel_template("/plain"), "/plain");
        assert_eq!(otel_template("/broken/<open"), "/broken/<open");
        assert_eq!(otel_template(""), "");
    }

    #[test]
    fn protocol_versions_are_spelled_as_the_conventions_say() {
        assert_eq!(protocol_version(Version::HTTP_11), Some("1.1"));
        assert_eq!(protocol_version(Version::HTTP_2), Some("2"));
    }
}
