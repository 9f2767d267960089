//! Spans that follow OpenTelemetry's semantic conventions for HTTP
//! clients, emitted through `tracing`.
//!
//! Every call opens one span, and every request put on the wire (each
//! attempt, each redirect hop, the resend after a credential refresh)
//! opens a child of it; an answer the cache gives without a request opens
//! none. Both are named `{METHOD} {template}` through the
//! `otel.name` field, which `tracing-opentelemetry` uses as the span name;
//! the `tracing` names themselves are `http.client.call` and
//! `http.client.request`. The span name and `url.template` are spelled
//! by `#[client]` at compile time and read from the method's static
//! endpoint: nothing about them is computed per call.
//!
//! The names below come from OpenTelemetry's semantic conventions, the
//! documents "Semantic conventions for HTTP spans" and "Semantic
//! conventions for HTTP metrics" (HTTP stable since 1.23.0; checked
//! against 1.27.0 and later): every attribute that is not marked custom,
//! the span names, the span status rules, the `_OTHER` method, the
//! duration histogram's name, unit and advised buckets. `client.*` names
//! and the events are this crate's own.
//!
//! | Attribute                       | Call span | Wire span | Value                                                  |
//! |---------------------------------|-----------|-----------|--------------------------------------------------------|
//! | `otel.name`                     | yes       | yes       | `GET /repos/{owner}/{repo}` (`HTTP ...` for an `_OTHER` method) |
//! | `otel.kind`                     | yes       | yes       | `client`                                               |
//! | `otel.status_code`              | on error  | on error  | `ERROR` for a 4xx or 5xx status and for failures       |
//! | `http.request.method`           | yes       | yes       | the method sent (a 303 turns a POST hop into a GET); `_OTHER` outside RFC 9110 and PATCH |
//! | `http.request.method_original`  | `_OTHER`  | `_OTHER`  | the method itself, when `http.request.method` is `_OTHER` |
//! | `server.address`                | yes       | yes       | the host of the request                                |
//! | `server.port`                   | yes       | yes       | its port, the scheme's default when none is written    |
//! | `url.full`                      | yes       | yes       | redacted: no user-info, secret query values `REDACTED` |
//! | `url.template`                  | yes       | yes       | `/repos/{owner}/{repo}`                                |
//! | `http.response.status_code`     | yes       | yes       | the status received                                    |
//! | `error.type`                    | on error  | on error  | the status code, or the error kind (`timeout`, ...)    |
//! | `http.request.resend_count`     | no        | after the first | how many requests of the call went out before    |
//! | `network.protocol.version`      | no        | yes       | `1.1`, `2`, ...                                        |
//! | `http.request.header.<name>`    | no        | allowed   | string array, only for names given to [`Builder::record_headers`](crate::Builder::record_headers) (feature `opentelemetry`) |
//! | `http.response.header.<name>`   | no        | allowed   | the same, for the response                             |
//! | `client.trait` (custom)         | yes       | yes       | the trait's name, such as `GitHub`                     |
//! | `client.method` (custom)        | yes       | yes       | the method's name, such as `get_user`                  |
//!
//! No header value is recorded unless its name is allowed; credentials
//! (`Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie`, an
//! `api_key` header, any value marked sensitive) show `REDACTED` even then.
//! `tracing` fields are declared when a span opens, so the per-header
//! attributes are set on the OpenTelemetry span directly and need the
//! feature; without it, each direction is one custom field,
//! `http.request.headers` / `http.response.headers`, holding
//! `{"name": ["value"]}`.
//!
//! Events on the call span (the event name is the message):
//!
//! | Event                                   | Level   | Fields                | When                                         |
//! |-----------------------------------------|---------|-----------------------|----------------------------------------------|
//! | `retrying`                              | `INFO`  | `attempt`, `hop`, `status`, `error`, `wait_ms` | before waiting to retry |
//! | `paced by the client-side rate limit`   | `DEBUG` | `wait_ms`             | before waiting for a rate-limit slot         |
//! | `credentials refreshed after a 401; sending once more` | `DEBUG` | `hop` | a provider refreshed after a 401           |
//! | `cache hit`                             | `DEBUG` |                       | a fresh entry answered; nothing was sent     |
//! | `cache revalidated`                     | `DEBUG` |                       | a 304 confirmed the stored entry             |
//! | `cache not confirmed`                   | `DEBUG` |                       | a 304 did not match the entry; sent again without conditions |
//! | `cache stored`                          | `DEBUG` |                       | a miss; the response was stored              |
//! | `cache not stored`                      | `DEBUG` | `reason`: `status`, `no_validator`, `no_store`, `vary_all`, `too_large`, `unavailable` | a miss; the response was not stored |
//! | `cache invalidated`                     | `DEBUG` | `urls`                | a successful unsafe request made entries stale |
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
//! `client.retries` and `client.rate_limit.waits` are custom: the
//! conventions define no such instruments.
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
//! above is computed or formatted: the span macros evaluate no field, and
//! every update returns at once on a disabled span. When one listens,
//! `url.full` is the request's own URL text unless something in it must
//! be hidden, and a response is recorded on its span in one update.

mod headers;
#[cfg(feature = "opentelemetry")]
mod otel;

use std::pin::Pin;
use std::task::{Context, Poll, ready};

use http::{Method, StatusCode, Version};
use pin_project_lite::pin_project;
use tracing::Span;
use tracing::field::Empty;
use url::Url;

use crate::endpoint::Endpoint;
use crate::error::{Error, ErrorKind};
use crate::redact::Secrets;

pub(crate) use self::headers::RecordedHeaders;

#[cfg(feature = "opentelemetry")]
pub use self::otel::DURATION_BUCKETS;
#[cfg(feature = "opentelemetry")]
pub(crate) use self::otel::{CallMetrics, Settings, Telemetry};

/// The span of one call; its wire spans are opened inside it.
pub(crate) fn call_span(endpoint: &'static Endpoint, url: &Url, secrets: &Secrets) -> Span {
    // The fields known now are given at creation, not recorded one by one
    // afterwards: a subscriber then handles one span, not one span and
    // seven updates. tracing evaluates them only when the span is enabled,
    // so nothing below runs without a subscriber; the names are the
    // endpoint's, spelled by the macro.
    tracing::info_span!(
        "http.client.call",
        // The fields recorded later come first: an update finds each by
        // name, in declaration order.
        http.response.status_code = Empty,
        error.type = Empty,
        otel.status_code = Empty,
        otel.name = endpoint.span_name,
        otel.kind = "client",
        http.request.method = method_name(&endpoint.method),
        http.request.method_original = method_original(&endpoint.method),
        server.address = url.host_str(),
        server.port = url.port_or_known_default().map(i64::from),
        url.full = &*secrets.url_text(url),
        url.template = endpoint.url_template,
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
        http.response.status_code = Empty,
        error.type = Empty,
        otel.status_code = Empty,
        network.protocol.version = Empty,
        otel.name = endpoint.span_name,
        otel.kind = "client",
        http.request.method = method_name(method),
        http.request.method_original = method_original(method),
        server.address = url.host_str(),
        server.port = url.port_or_known_default().map(i64::from),
        url.full = &*secrets.url_text(url),
        url.template = endpoint.url_template,
        http.request.resend_count = (resends > 0).then_some(i64::from(resends)),
        client.trait = endpoint.trait_name,
        client.method = endpoint.method_name,
        http.request.headers = Empty,
        http.response.headers = Empty,
    )
}

/// Runs `future` inside `span`, as [`tracing::Instrument`] does, except
/// that a finished future is dropped in its last poll rather than in one
/// more entry of the span when the wrapper drops: a subscriber sees one
/// entry per poll. [`Within::span`] gives the span back to record the
/// outcome on.
pub(crate) fn within<F: Future>(span: Span, future: F) -> Within<F> {
    Within { span, future: Some(future) }
}

pin_project! {
    /// The future of [`within`].
    pub(crate) struct Within<F> {
        span: Span,
        // `None` once finished: dropped then, still inside the span. A
        // future dropped before it finishes (a cancelled call) is dropped
        // inside the span too, so that what it logs then lands there.
        #[pin]
        future: Option<F>,
    }

    impl<F> PinnedDrop for Within<F> {
        fn drop(this: Pin<&mut Self>) {
            let mut this = this.project();
            if this.future.is_some() {
                let _entered = this.span.enter();
                this.future.set(None);
            }
        }
    }
}

impl<F> Within<F> {
    /// The span the future runs in.
    pub(crate) fn span(&self) -> &Span {
        &self.span
    }

    /// Takes the span, once the future has finished: a handle moved on
    /// rather than cloned, so the span closes when that one drops.
    pub(crate) fn take_span(self: Pin<&mut Self>) -> Span {
        std::mem::replace(self.project().span, Span::none())
    }
}

impl<F: Future> Future for Within<F> {
    type Output = F::Output;

    // Inlined into the layer that polls it: see "Layers" in `send`.
    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let mut this = self.project();
        let _entered = this.span.enter();
        let Some(future) = this.future.as_mut().as_pin_mut() else {
            return Poll::Pending;
        };
        let output = ready!(future.poll(cx));
        this.future.set(None);
        Poll::Ready(output)
    }
}

/// A fresh entry answered without a request: an event on the call span.
pub(crate) fn cache_hit() {
    tracing::debug!("cache hit");
}

/// A 304 confirmed the stored entry, which answers.
pub(crate) fn cache_revalidated() {
    tracing::debug!("cache revalidated");
}

/// A 304 did not confirm the stored entry, which is forgotten; the
/// request goes out again without conditions.
pub(crate) fn cache_not_confirmed() {
    tracing::debug!("cache not confirmed");
}

/// A successful unsafe request invalidated the entries of `urls` URLs.
pub(crate) fn cache_invalidated(urls: usize) {
    tracing::debug!(urls, "cache invalidated");
}

/// The cache had nothing usable; the full response was stored.
pub(crate) fn cache_stored() {
    tracing::debug!("cache stored");
}

/// The cache had nothing usable, and the response was not stored, for a
/// low-cardinality `reason`.
pub(crate) fn cache_not_stored(reason: &'static str) {
    tracing::debug!(reason, "cache not stored");
}

/// Records the status of the final response on the call span, and marks
/// 4xx and 5xx as errors, in one update.
pub(crate) fn record_status(span: &Span, status: StatusCode) {
    if span.is_disabled() {
        return;
    }
    let failed = is_failure(status);
    tracing::record_all!(
        span,
        http.response.status_code = i64::from(status.as_u16()),
        error.type = failed.then(|| status.as_str()),
        otel.status_code = failed.then_some("ERROR"),
    );
}

/// Records a response on its wire span: the status (4xx and 5xx marked as
/// errors) and the protocol version, in one update.
pub(crate) fn record_response(span: &Span, status: StatusCode, version: Version) {
    if span.is_disabled() {
        return;
    }
    let failed = is_failure(status);
    tracing::record_all!(
        span,
        http.response.status_code = i64::from(status.as_u16()),
        error.type = failed.then(|| status.as_str()),
        otel.status_code = failed.then_some("ERROR"),
        network.protocol.version = protocol_version(version),
    );
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
            tracing::record_all!(span, error.type = error_type(error.kind()), otel.status_code = "ERROR");
        }
    }
}

/// What the conventions count as a failed request: a 4xx or 5xx status.
fn is_failure(status: StatusCode) -> bool {
    status.is_client_error() || status.is_server_error()
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

/// What `http.request.method` says of a method the conventions do not
/// list (the macro then names the span `HTTP ...`).
const OTHER_METHOD: &str = "_OTHER";

/// `http.request.method` as the conventions spell it: a method of RFC 9110
/// or `PATCH`, else `_OTHER` (the method itself then goes in
/// `http.request.method_original`).
pub(crate) fn method_name(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::CONNECT => "CONNECT",
        Method::OPTIONS => "OPTIONS",
        Method::TRACE => "TRACE",
        Method::PATCH => "PATCH",
        _ => OTHER_METHOD,
    }
}

/// `http.request.method_original`: the method itself, only when
/// `http.request.method` is `_OTHER`.
fn method_original(method: &Method) -> Option<&str> {
    (method_name(method) == OTHER_METHOD).then_some(method.as_str())
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
    use std::sync::{Arc, Mutex};
    use std::task::Waker;

    use tracing_subscriber::layer::{Context as LayerContext, SubscriberExt as _};
    use tracing_subscriber::registry::LookupSpan;

    use super::*;

    /// What a subscriber saw: each event with the span it happened in, and
    /// how often a span was entered.
    #[derive(Clone, Default)]
    struct Seen(Arc<Mutex<Record>>);

    #[derive(Default)]
    struct Record {
        events: Vec<(String, Option<String>)>,
        entries: usize,
    }

    impl<S: tracing::Subscriber + for<'a> LookupSpan<'a>> tracing_subscriber::Layer<S> for Seen {
        fn on_event(&self, event: &tracing::Event<'_>, ctx: LayerContext<'_, S>) {
            let span = ctx.event_span(event).map(|span| span.name().to_owned());
            let mut seen = self.0.lock().expect("not poisoned");
            seen.events.push((event.metadata().name().to_owned(), span));
        }

        fn on_enter(&self, _id: &tracing::span::Id, _ctx: LayerContext<'_, S>) {
            self.0.lock().expect("not poisoned").entries += 1;
        }
    }

    /// Logs when dropped, as a cancelled request may.
    struct LogsOnDrop;

    impl Drop for LogsOnDrop {
        fn drop(&mut self) {
            tracing::info!(name: "dropped", "dropped");
        }
    }

    fn poll_once<F: Future>(future: Pin<&mut F>) -> Poll<F::Output> {
        future.poll(&mut Context::from_waker(Waker::noop()))
    }

    #[test]
    fn a_future_within_a_span_runs_in_it_and_is_entered_once_per_poll() {
        let seen = Seen::default();
        tracing::subscriber::with_default(tracing_subscriber::registry().with(seen.clone()), || {
            let span = tracing::info_span!("call");
            let future = std::pin::pin!(within(span, async {
                let _logs = LogsOnDrop;
                tracing::info!(name: "polled", "polled");
            }));
            assert!(poll_once(future).is_ready());
        });
        let seen = seen.0.lock().expect("not poisoned");
        let call = Some("call".to_owned());
        assert_eq!(seen.events, [("polled".to_owned(), call.clone()), ("dropped".to_owned(), call)]);
        assert_eq!(seen.entries, 1, "a finished future is dropped in its last poll, not entered again");
    }

    #[test]
    fn a_cancelled_future_is_dropped_inside_its_span() {
        let seen = Seen::default();
        tracing::subscriber::with_default(tracing_subscriber::registry().with(seen.clone()), || {
            let span = tracing::info_span!("call");
            let mut future = Box::pin(within(span, async {
                let _logs = LogsOnDrop;
                std::future::pending::<()>().await;
            }));
            assert!(poll_once(future.as_mut()).is_pending());
            drop(future);
        });
        let seen = seen.0.lock().expect("not poisoned");
        assert_eq!(seen.events, [("dropped".to_owned(), Some("call".to_owned()))]);
        assert_eq!(seen.entries, 2, "entered for the poll and for the drop");
    }

    #[test]
    fn methods_outside_the_conventions_list_are_other() {
        assert_eq!(method_name(&Method::PATCH), "PATCH");
        assert_eq!(method_name(&Method::from_bytes(b"PURGE").expect("a method")), "_OTHER");
        assert_eq!(method_name(&Method::from_bytes(b"get").expect("a method")), "_OTHER", "case-sensitive");
    }

    #[test]
    fn protocol_versions_are_spelled_as_the_conventions_say() {
        assert_eq!(protocol_version(Version::HTTP_11), Some("1.1"));
        assert_eq!(protocol_version(Version::HTTP_2), Some("2"));
    }
}
