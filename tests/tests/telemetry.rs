//! Telemetry following OpenTelemetry's HTTP client conventions: the spans
//! exported through a `tracing-opentelemetry` layer into the SDK's
//! in-memory exporter, asserted exactly; with the `opentelemetry` feature,
//! the trace context the loopback server receives and the metrics.

use std::collections::BTreeMap;
use std::time::Duration;

use client_runtime::cache::Cache;
use client_runtime::{Result, RetryPolicy, client};
use opentelemetry::Value as OtelValue;
use opentelemetry::trace::{SpanId, SpanKind, Status, TracerProvider as _};
use opentelemetry_sdk::trace::{InMemorySpanExporter, SdkTracerProvider, SpanData};
use serde_json::Value;
use tests::{Reply, TestServer, closed_port_url};
use tracing_subscriber::layer::SubscriberExt as _;

#[client]
pub trait Api {
    #[get("/items/<id>")]
    async fn get_item(&self, id: u32) -> Result<Value>;

    #[get("/files/<path..>")]
    async fn get_file(&self, path: &str) -> Result<Value>;

    #[get("/search")]
    async fn search(&self, #[query] q: &str, #[query] access_token: &str) -> Result<Value>;
}

#[client(blocking)]
pub trait BlockingApi {
    #[get("/items/<id>")]
    fn get_item(&self, id: u32) -> Result<Value>;
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// Spans go to an in-memory exporter while the guard lives (this thread
/// only).
struct Traced {
    exporter: InMemorySpanExporter,
    _provider: SdkTracerProvider,
    _scoped: tests::logs::Scoped,
}

fn traced() -> Traced {
    let exporter = InMemorySpanExporter::default();
    let provider = SdkTracerProvider::builder().with_simple_exporter(exporter.clone()).build();
    let layer = tracing_opentelemetry::layer()
        .with_tracer(provider.tracer("tests"))
        .with_location(false)
        .with_threads(false)
        .with_level(false)
        .with_target(false)
        .with_tracked_inactivity(false);
    let subscriber = tracing_subscriber::registry().with(layer);
    Traced { exporter, _provider: provider, _scoped: tests::logs::scoped(subscriber) }
}

impl Traced {
    /// The call span and its wire spans, in the order they started.
    fn spans(&self) -> (SpanData, Vec<SpanData>) {
        let mut spans = self.exporter.get_finished_spans().expect("finished spans");
        spans.sort_by_key(|span| span.start_time);
        let calls: Vec<_> = spans.iter().filter(|s| s.parent_span_id == SpanId::INVALID).cloned().collect();
        assert_eq!(calls.len(), 1, "one call span: {spans:#?}");
        let call = calls.into_iter().next().expect("one call span");
        let wires: Vec<_> = spans.into_iter().filter(|s| s.parent_span_id != SpanId::INVALID).collect();
        for wire in &wires {
            assert_eq!(wire.parent_span_id, call.span_context.span_id(), "a wire span is a child of the call span");
            assert_eq!(wire.span_context.trace_id(), call.span_context.trace_id());
        }
        (call, wires)
    }
}

fn attributes(span: &SpanData) -> BTreeMap<String, String> {
    span.attributes.iter().map(|kv| (kv.key.to_string(), shown(&kv.value))).collect()
}

fn shown(value: &OtelValue) -> String {
    match value {
        OtelValue::String(s) => format!("{:?}", s.as_str()),
        other => other.to_string(),
    }
}

fn expected(pairs: &[(&str, String)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect()
}

fn text(value: &str) -> String {
    format!("{value:?}")
}

fn fast() -> RetryPolicy {
    RetryPolicy::default().initial_backoff(Duration::from_millis(1)).max_backoff(Duration::from_millis(5))
}

fn api(uri: &str) -> ApiClient {
    ApiClient::builder().base_url(uri).retry(fast()).build().expect("client")
}

/// The attributes every span of a `GET /items/{id}` call to `server` has.
fn common(server: &TestServer, path: &str) -> Vec<(&'static str, String)> {
    vec![
        ("http.request.method", text("GET")),
        ("server.address", text("127.0.0.1")),
        ("server.port", server.addr().port().to_string()),
        ("url.full", text(&server.url(path))),
        ("url.template", text("/items/{id}")),
        ("client.trait", text("Api")),
        ("client.method", text("get_item")),
    ]
}

fn with(mut base: Vec<(&'static str, String)>, more: &[(&'static str, String)]) -> BTreeMap<String, String> {
    base.extend(more.iter().cloned());
    expected(&base)
}

// ---------------------------------------------------------------------------
// Spans
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_call_has_one_call_span_and_one_wire_span_with_every_attribute() {
    let traced = traced();
    let server = TestServer::start(|_| Reply::json(r#"{"id":7}"#));
    api(&server.uri()).get_item(7).await.expect("call");

    let (call, wires) = traced.spans();
    assert_eq!(call.name, "GET /items/{id}");
    assert_eq!(call.span_kind, SpanKind::Client);
    assert_eq!(call.status, Status::Unset);
    assert_eq!(attributes(&call), with(common(&server, "/items/7"), &[("http.response.status_code", "200".into())]));

    assert_eq!(wires.len(), 1);
    let wire = &wires[0];
    assert_eq!(wire.name, "GET /items/{id}");
    assert_eq!(wire.span_kind, SpanKind::Client);
    assert_eq!(wire.status, Status::Unset);
    assert_eq!(
        attributes(wire),
        with(
            common(&server, "/items/7"),
            &[("http.response.status_code", "200".into()), ("network.protocol.version", text("1.1"))]
        )
    );
}

#[tokio::test]
async fn a_call_retried_twice_has_three_wire_spans_with_resend_counts() {
    let traced = traced();
    let server = TestServer::start(|_| Reply::status(503));
    let err = api(&server.uri()).get_item(1).await.expect_err("503 three times");
    assert_eq!(err.kind(), client_runtime::ErrorKind::Status);
    assert_eq!(server.request_count(), 3);

    let (call, wires) = traced.spans();
    assert_eq!(call.status, Status::error(""));
    assert_eq!(
        attributes(&call),
        with(common(&server, "/items/1"), &[("http.response.status_code", "503".into()), ("error.type", text("503"))])
    );
    let retries: Vec<_> = call.events.iter().filter(|e| e.name == "retrying").collect();
    assert_eq!(retries.len(), 2, "each retry wait is an event on the call span: {:?}", call.events);

    assert_eq!(wires.len(), 3);
    for (resends, wire) in wires.iter().enumerate() {
        assert_eq!(wire.status, Status::error(""));
        let mut more = vec![
            ("http.response.status_code", "503".to_owned()),
            ("error.type", text("503")),
            ("network.protocol.version", text("1.1")),
        ];
        if resends > 0 {
            more.push(("http.request.resend_count", resends.to_string()));
        }
        assert_eq!(attributes(wire), with(common(&server, "/items/1"), &more), "wire span {resends}");
    }
}

#[tokio::test]
async fn a_redirect_has_two_wire_spans() {
    let traced = traced();
    let server = TestServer::start(|request| match request.path() {
        "/items/1" => Reply::redirect(302, "/items/2"),
        _ => Reply::json("{}"),
    });
    api(&server.uri()).get_item(1).await.expect("call");

    let (call, wires) = traced.spans();
    assert_eq!(attributes(&call), with(common(&server, "/items/1"), &[("http.response.status_code", "200".into())]));
    assert_eq!(wires.len(), 2);
    assert_eq!(
        attributes(&wires[0]),
        with(
            common(&server, "/items/1"),
            &[("http.response.status_code", "302".into()), ("network.protocol.version", text("1.1"))]
        )
    );
    assert_eq!(wires[0].status, Status::Unset);
    assert_eq!(
        attributes(&wires[1]),
        with(
            common(&server, "/items/2"),
            &[
                ("http.response.status_code", "200".into()),
                ("network.protocol.version", text("1.1")),
                ("http.request.resend_count", "1".into()),
            ]
        )
    );
}

#[tokio::test]
async fn a_connection_failure_has_a_low_cardinality_error_type() {
    let traced = traced();
    let uri = closed_port_url();
    let client = ApiClient::builder().base_url(&uri).retry(RetryPolicy::none()).build().expect("client");
    let err = client.get_item(1).await.expect_err("nothing listens");
    assert_eq!(err.kind(), client_runtime::ErrorKind::Connect);

    let (call, wires) = traced.spans();
    assert_eq!(call.status, Status::error(""));
    assert_eq!(attributes(&call).get("error.type"), Some(&text("connect")));
    assert_eq!(attributes(&call).get("http.response.status_code"), None);
    assert_eq!(wires.len(), 1);
    assert_eq!(attributes(&wires[0]).get("error.type"), Some(&text("connect")));
    assert_eq!(wires[0].status, Status::error(""));
}

#[tokio::test]
async fn a_rate_limit_wait_is_an_event_on_the_call_span() {
    let server = TestServer::start(|_| Reply::json("{}"));
    let client =
        ApiClient::builder().base_url(&server.uri()).rate_limit(1, Duration::from_millis(50)).build().expect("client");
    client.get_item(1).await.expect("first call");
    let traced = traced();
    client.get_item(2).await.expect("second call, paced");

    let (call, wires) = traced.spans();
    let waits: Vec<_> = call.events.iter().filter(|e| e.name == "paced by the client-side rate limit").collect();
    assert_eq!(waits.len(), 1, "{:?}", call.events);
    assert_eq!(wires.len(), 1);
}

#[tokio::test]
async fn a_body_that_does_not_decode_marks_the_call_span_only() {
    let traced = traced();
    let server = TestServer::start(|_| Reply::json("not json"));
    let err = api(&server.uri()).get_item(1).await.expect_err("not JSON");
    assert_eq!(err.kind(), client_runtime::ErrorKind::Decode);

    let (call, wires) = traced.spans();
    assert_eq!(call.status, Status::error(""));
    assert_eq!(
        attributes(&call),
        with(
            common(&server, "/items/1"),
            &[("http.response.status_code", "200".into()), ("error.type", text("decode"))]
        )
    );
    assert_eq!(wires[0].status, Status::Unset, "the exchange itself succeeded");
}

#[tokio::test]
async fn url_full_has_no_userinfo_and_no_secret_query_value() {
    let traced = traced();
    let server = TestServer::start(|request| match request.path() {
        "/search" => {
            let host = request.header("host").expect("a Host header");
            Reply::redirect(302, &format!("http://alice:hunter2@{host}/found?token=s3cr3t&page=2"))
        }
        _ => Reply::json("{}"),
    });
    api(&server.uri()).search("rust", "s3cr3t").await.expect("call");
    assert_eq!(server.requests()[0].query(), Some("q=rust&access_token=s3cr3t"), "sent unchanged");
    assert_eq!(server.requests()[1].query(), Some("token=s3cr3t&page=2"), "sent unchanged");

    let (call, wires) = traced.spans();
    let first = text(&server.url("/search?q=rust&access_token=REDACTED"));
    assert_eq!(attributes(&call).get("url.full"), Some(&first));
    assert_eq!(attributes(&wires[0]).get("url.full"), Some(&first));
    let second = text(&server.url("/found?token=REDACTED&page=2"));
    assert_eq!(attributes(&wires[1]).get("url.full"), Some(&second));
    assert_eq!(attributes(&call).get("url.template"), Some(&text("/search")));
    // The attributes only: hyper's own connection-pool events name the
    // pool key, user-info included.
    let everything = format!("{:?}", [&call, &wires[0], &wires[1]].map(attributes));
    assert!(!everything.contains("hunter2") && !everything.contains("s3cr3t"), "{everything}");
}

#[tokio::test]
async fn a_rest_segment_takes_the_opentelemetry_placeholder_spelling() {
    let traced = traced();
    let server = TestServer::start(|_| Reply::json("{}"));
    api(&server.uri()).get_file("a/b.txt").await.expect("call");
    let (call, _) = traced.spans();
    assert_eq!(call.name, "GET /files/{path}");
    assert_eq!(attributes(&call).get("url.template"), Some(&text("/files/{path}")));
}

#[tokio::test]
async fn no_header_value_is_recorded() {
    let traced = traced();
    let server = TestServer::start(|_| Reply::json("{}").header("x-secret", "leaked-value"));
    ApiClient::builder()
        .base_url(&server.uri())
        .bearer_auth("bearer-secret")
        .header("X-Custom", "custom-value")
        .build()
        .expect("client")
        .get_item(1)
        .await
        .expect("call");
    let (call, wires) = traced.spans();
    let everything = format!("{call:?}{wires:?}");
    for value in ["bearer-secret", "custom-value", "leaked-value"] {
        assert!(!everything.contains(value), "{value} recorded: {everything}");
    }
}

/// The events of the call span, as `(name, attributes)`.
fn events(span: &SpanData) -> Vec<(String, BTreeMap<String, String>)> {
    span.events
        .iter()
        .map(|event| {
            // The layer's own `level` and `target` aside.
            let attributes = event
                .attributes
                .iter()
                .filter(|kv| !matches!(kv.key.as_str(), "level" | "target"))
                .map(|kv| (kv.key.to_string(), shown(&kv.value)))
                .collect();
            (event.name.to_string(), attributes)
        })
        .collect()
}

/// The names of every event of a span, in order.
fn event_names(span: &SpanData) -> Vec<String> {
    span.events.iter().map(|event| event.name.to_string()).collect()
}

/// The events whose name starts with `cache`.
fn cache_events(span: &SpanData) -> Vec<(String, BTreeMap<String, String>)> {
    events(span).into_iter().filter(|(name, _)| name.starts_with("cache")).collect()
}

fn cached_api(server: &TestServer, cache: &Cache) -> ApiClient {
    ApiClient::builder().base_url(&server.uri()).cache(cache.clone()).build().expect("client")
}

/// Answers with `ETag: "v1"` and `max_age`, or 304 to a matching
/// `If-None-Match`.
fn etag_server(max_age: u32) -> TestServer {
    TestServer::start(move |request| {
        let reply = if request.header("if-none-match") == Some("\"v1\"") {
            Reply::status(304)
        } else {
            Reply::json(r#"{"id":1}"#)
        };
        reply.header("ETag", "\"v1\"").header("Cache-Control", &format!("max-age={max_age}"))
    })
}

#[tokio::test]
async fn a_miss_is_stored_and_a_304_revalidates_as_call_span_events() {
    let server = etag_server(0);
    let client = cached_api(&server, &Cache::memory(1 << 20));

    let first = traced();
    client.get_item(1).await.expect("first call");
    let (call, wires) = first.spans();
    drop(first);
    assert_eq!(cache_events(&call), [("cache stored".to_owned(), BTreeMap::new())]);
    assert_eq!(event_names(&call), ["cache stored"], "nothing else: the status is on the span");
    assert_eq!(wires.len(), 1);
    assert!(cache_events(&wires[0]).is_empty(), "on the call span, not the wire span");

    let traced = traced();
    client.get_item(1).await.expect("second call");
    let (call, wires) = traced.spans();
    assert_eq!(cache_events(&call), [("cache revalidated".to_owned(), BTreeMap::new())]);
    assert_eq!(event_names(&call), ["cache revalidated"], "nothing else: the status is on the span");
    assert_eq!(attributes(&call).get("http.response.status_code"), Some(&"200".to_owned()), "the stored answer");
    assert_eq!(wires.len(), 1);
    assert_eq!(attributes(&wires[0]).get("http.response.status_code"), Some(&"304".to_owned()), "what the wire said");
    assert_eq!(server.requests()[1].header("if-none-match"), Some("\"v1\""));
}

#[tokio::test]
async fn a_fresh_hit_is_an_event_and_opens_no_wire_span() {
    let server = etag_server(60);
    let client = cached_api(&server, &Cache::memory(1 << 20).serve_fresh(true));
    client.get_item(1).await.expect("first call, stored");

    let traced = traced();
    client.get_item(1).await.expect("second call, from the cache");
    let (call, wires) = traced.spans();
    assert_eq!(cache_events(&call), [("cache hit".to_owned(), BTreeMap::new())]);
    assert_eq!(event_names(&call), ["cache hit"], "nothing else: the status is on the span");
    assert!(wires.is_empty(), "nothing went on the wire: {wires:#?}");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn a_response_not_stored_says_why() {
    let server = TestServer::start(|_| Reply::json("{}"));
    let traced = traced();
    cached_api(&server, &Cache::memory(1 << 20)).get_item(1).await.expect("call");
    let (call, _) = traced.spans();
    assert_eq!(cache_events(&call), [("cache not stored".to_owned(), expected(&[("reason", text("no_validator"))]))]);
}

#[tokio::test]
async fn no_header_value_is_logged_at_trace_even_when_allowed() {
    let captured = tests::logs::TraceCapture::start();
    let server = TestServer::start(|_| {
        Reply::json("{}").header("Set-Cookie", "session=cookie-secret").header("X-Request-Id", "response-id")
    });
    ApiClient::builder()
        .base_url(&server.uri())
        .bearer_auth("bearer-secret")
        .api_key("PRIVATE-TOKEN", "glpat-secret")
        .header("Cookie", "jar=cookie-jar-secret")
        .record_headers(["Authorization", "private-token", "Cookie", "Set-Cookie", "X-Request-Id"])
        .build()
        .expect("client")
        .get_item(1)
        .await
        .expect("call");
    let request = server.single_request();
    assert_eq!(request.header("authorization"), Some("Bearer bearer-secret"), "sent unchanged");
    assert_eq!(request.header("private-token"), Some("glpat-secret"));
    let text = captured.text();
    for secret in ["bearer-secret", "glpat-secret", "cookie-secret", "cookie-jar-secret"] {
        assert!(!text.contains(secret), "{secret} logged:\n{text}");
    }
}

/// The wire span attributes `http.{request,response}.header.*`.
#[cfg(feature = "opentelemetry")]
fn header_attributes(span: &SpanData) -> BTreeMap<String, OtelValue> {
    span.attributes
        .iter()
        .filter(|kv| {
            kv.key.as_str().starts_with("http.request.header") || kv.key.as_str().starts_with("http.response.header")
        })
        .map(|kv| (kv.key.to_string(), kv.value.clone()))
        .collect()
}

#[cfg(feature = "opentelemetry")]
fn strings(values: &[&'static str]) -> OtelValue {
    OtelValue::Array(opentelemetry::Array::String(values.iter().map(|v| (*v).into()).collect()))
}

fn header_server() -> TestServer {
    TestServer::start(|_| {
        Reply::json("{}")
            .header("X-Request-Id", "response-id")
            .header("X-Unlisted", "unlisted-response")
            .header("Set-Cookie", "session=cookie-secret")
    })
}

fn header_client(server: &TestServer) -> ApiClient {
    ApiClient::builder()
        .base_url(&server.uri())
        .bearer_auth("bearer-secret")
        .header("X-Custom", "custom-value")
        .header("X-Unlisted", "unlisted-request")
        .record_headers(["X-Custom", "x-request-id", "Authorization", "Set-Cookie"])
        .build()
        .expect("client")
}

#[cfg(feature = "opentelemetry")]
#[tokio::test]
async fn allowed_headers_are_wire_span_attributes_and_credentials_are_redacted() {
    let traced = traced();
    let server = header_server();
    header_client(&server).get_item(1).await.expect("call");

    let (call, wires) = traced.spans();
    assert!(header_attributes(&call).is_empty(), "headers belong to the wire span");
    let expected: BTreeMap<String, OtelValue> = [
        ("http.request.header.x-custom", strings(&["custom-value"])),
        ("http.request.header.authorization", strings(&["REDACTED"])),
        ("http.response.header.x-request-id", strings(&["response-id"])),
        ("http.response.header.set-cookie", strings(&["REDACTED"])),
    ]
    .into_iter()
    .map(|(key, value)| (key.to_owned(), value))
    .collect();
    assert_eq!(header_attributes(&wires[0]), expected);
    let everything = format!("{call:?}{wires:?}");
    for value in ["bearer-secret", "cookie-secret", "unlisted-request", "unlisted-response"] {
        assert!(!everything.contains(value), "{value} recorded: {everything}");
    }
}

#[cfg(not(feature = "opentelemetry"))]
#[tokio::test]
async fn allowed_headers_are_one_field_per_direction_and_credentials_are_redacted() {
    let traced = traced();
    let server = header_server();
    header_client(&server).get_item(1).await.expect("call");

    let (call, wires) = traced.spans();
    assert_eq!(attributes(&call).get("http.request.headers"), None);
    let wire = attributes(&wires[0]);
    assert_eq!(
        wire.get("http.request.headers"),
        Some(&text(r#"{"x-custom": ["custom-value"], "authorization": ["REDACTED"]}"#))
    );
    assert_eq!(
        wire.get("http.response.headers"),
        Some(&text(r#"{"x-request-id": ["response-id"], "set-cookie": ["REDACTED"]}"#))
    );
    let everything = format!("{call:?}{wires:?}");
    for value in ["bearer-secret", "cookie-secret", "unlisted-request", "unlisted-response"] {
        assert!(!everything.contains(value), "{value} recorded: {everything}");
    }
}

#[test]
fn an_invalid_header_name_to_record_fails_the_build() {
    let err = ApiClient::builder()
        .base_url("http://127.0.0.1:1")
        .record_headers(["X-Fine", "not a name"])
        .build()
        .expect_err("a space is not allowed in a header name");
    assert_eq!(err.kind(), client_runtime::ErrorKind::Builder);
}

#[test]
fn a_blocking_call_has_the_same_spans() {
    let traced = traced();
    let server = TestServer::start(|_| Reply::json("{}"));
    BlockingApiClient::builder().base_url(&server.uri()).build().expect("client").get_item(3).expect("call");

    let (call, wires) = traced.spans();
    assert_eq!(call.name, "GET /items/{id}");
    assert_eq!(call.span_kind, SpanKind::Client);
    let mut base = common(&server, "/items/3");
    base[5] = ("client.trait", text("BlockingApi"));
    assert_eq!(attributes(&call), with(base.clone(), &[("http.response.status_code", "200".into())]));
    assert_eq!(wires.len(), 1);
    assert_eq!(
        attributes(&wires[0]),
        with(base, &[("http.response.status_code", "200".into()), ("network.protocol.version", text("1.1"))])
    );
}

#[tokio::test]
async fn nothing_is_recorded_without_a_subscriber() {
    let server = TestServer::start(|_| Reply::json("{}"));
    api(&server.uri()).get_item(1).await.expect("call");
    assert!(server.single_request().header("traceparent").is_none());
}

// ---------------------------------------------------------------------------
// Propagation and metrics (feature `opentelemetry`)
// ---------------------------------------------------------------------------

#[cfg(feature = "opentelemetry")]
mod otel {
    use opentelemetry::KeyValue;
    use opentelemetry_sdk::metrics::data::{
        AggregatedMetrics, HistogramDataPoint, Metric, MetricData, ResourceMetrics,
    };
    use opentelemetry_sdk::metrics::{InMemoryMetricExporter, PeriodicReader, SdkMeterProvider};
    use opentelemetry_sdk::propagation::TraceContextPropagator;

    use super::*;

    fn key_values(attributes: &[KeyValue]) -> BTreeMap<String, String> {
        attributes.iter().map(|kv| (kv.key.to_string(), shown(&kv.value))).collect()
    }

    fn w3c() {
        opentelemetry::global::set_text_map_propagator(TraceContextPropagator::new());
    }

    fn traceparent_of(wire: &SpanData) -> String {
        format!("00-{}-{}-01", wire.span_context.trace_id(), wire.span_context.span_id())
    }

    #[tokio::test]
    async fn each_wire_request_carries_the_traceparent_of_its_span() {
        w3c();
        let traced = traced();
        let server = TestServer::start({
            let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
            move |_| {
                if count.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
                    Reply::status(503)
                } else {
                    Reply::json("{}")
                }
            }
        });
        api(&server.uri()).get_item(1).await.expect("call");

        let (_, wires) = traced.spans();
        let received: Vec<_> =
            server.requests().iter().map(|r| r.header("traceparent").expect("a traceparent").to_owned()).collect();
        let exported: Vec<_> = wires.iter().map(traceparent_of).collect();
        assert_eq!(received, exported, "each attempt carries its own wire span's context");
    }

    #[tokio::test]
    async fn no_trace_context_on_a_cross_origin_hop_unless_allowed() {
        w3c();
        for allowed in [false, true] {
            let _traced = traced();
            let other = TestServer::start(|_| Reply::json("{}"));
            let target = other.url("/elsewhere");
            let server = TestServer::start(move |_| Reply::redirect(302, &target));
            ApiClient::builder()
                .base_url(&server.uri())
                .propagate_trace_context_cross_origin(allowed)
                .build()
                .expect("client")
                .get_item(1)
                .await
                .expect("call");
            assert!(server.single_request().header("traceparent").is_some());
            assert_eq!(other.single_request().header("traceparent").is_some(), allowed, "allowed: {allowed}");
        }
    }

    #[tokio::test]
    async fn propagation_can_be_turned_off_per_session() {
        w3c();
        let _traced = traced();
        let server = TestServer::start(|_| Reply::json("{}"));
        ApiClient::builder()
            .base_url(&server.uri())
            .propagate_trace_context(false)
            .build()
            .expect("client")
            .get_item(1)
            .await
            .expect("call");
        assert!(server.single_request().header("traceparent").is_none());
    }

    #[tokio::test]
    async fn no_trace_context_without_a_subscriber() {
        w3c();
        let server = TestServer::start(|_| Reply::json("{}"));
        api(&server.uri()).get_item(1).await.expect("call");
        assert!(server.single_request().header("traceparent").is_none());
    }

    #[test]
    fn a_blocking_request_carries_the_traceparent_too() {
        w3c();
        let traced = traced();
        let server = TestServer::start(|_| Reply::json("{}"));
        BlockingApiClient::builder().base_url(&server.uri()).build().expect("client").get_item(1).expect("call");
        let (_, wires) = traced.spans();
        assert_eq!(server.single_request().header("traceparent"), Some(traceparent_of(&wires[0]).as_str()));
    }

    // Metrics, each scenario run under an async and a blocking client.

    tests::flavoured_client! {
        async: #[client],
        blocking: #[client(blocking)],
        pub trait Metered {
            #[get("/items/<id>")]
            async fn get_item(&self, id: u32) -> Result<Value>;
        }

        /// A client whose metrics go to `provider`.
        pub(crate) fn metered(server: &TestServer, provider: &SdkMeterProvider) -> client_runtime::Builder<MeteredClient> {
            MeteredClient::builder()
                .base_url(&server.uri())
                .retry(fast())
                .meter(opentelemetry::metrics::MeterProvider::meter(provider, "tests"))
        }
    }

    /// A meter provider exporting to memory, and the exporter.
    fn metrics_to_memory() -> (SdkMeterProvider, InMemoryMetricExporter) {
        let exporter = InMemoryMetricExporter::default();
        let provider =
            SdkMeterProvider::builder().with_reader(PeriodicReader::builder(exporter.clone()).build()).build();
        (provider, exporter)
    }

    /// Every metric exported so far, after a flush.
    fn exported(provider: &SdkMeterProvider, exporter: &InMemoryMetricExporter) -> Vec<ResourceMetrics> {
        provider.force_flush().expect("flush");
        exporter.get_finished_metrics().expect("metrics")
    }

    fn metric<'a>(metrics: &'a [ResourceMetrics], name: &str) -> &'a Metric {
        let mut all = metrics.iter().flat_map(|rm| rm.scope_metrics()).flat_map(|sm| sm.metrics());
        all.find(|m| m.name() == name).unwrap_or_else(|| panic!("no {name}: {metrics:?}"))
    }

    fn counted(metrics: &[ResourceMetrics], name: &str) -> u64 {
        let counter = metric(metrics, name);
        let AggregatedMetrics::U64(MetricData::Sum(sum)) = counter.data() else {
            panic!("a u64 sum: {:?}", counter.data());
        };
        sum.data_points().map(|p| p.value()).sum()
    }

    fn duration_points(metrics: &[ResourceMetrics]) -> Vec<HistogramDataPoint<f64>> {
        let duration = metric(metrics, "http.client.request.duration");
        assert_eq!(duration.unit(), "s");
        let AggregatedMetrics::F64(MetricData::Histogram(histogram)) = duration.data() else {
            panic!("a f64 histogram: {:?}", duration.data());
        };
        histogram.data_points().cloned().collect()
    }

    tests::both_flavours! {
        async fn rate_limit_waits_are_counted() {
            let (provider, exporter) = metrics_to_memory();
            let server = TestServer::start(|_| Reply::json("{}"));
            let client = metered(&server, &provider).rate_limit(1, Duration::from_millis(300)).build().expect("client");
            for id in 0..3 {
                call(client.get_item(id)).await.expect("call");
            }
            let metrics = exported(&provider, &exporter);
            assert_eq!(counted(&metrics, "client.rate_limit.waits"), 2, "the second and third calls wait");
            let points = duration_points(&metrics);
            assert_eq!(points.iter().map(|p| p.count()).sum::<u64>(), 3);
        }

        async fn the_duration_histogram_is_recorded_once_per_call_with_the_conventions_attributes() {
            let (provider, exporter) = metrics_to_memory();
            let server = TestServer::script([Reply::status(503)], Reply::status(404));
            let client = metered(&server, &provider).build().expect("client");
            call(client.get_item(1)).await.expect_err("503 then 404");
            assert_eq!(server.request_count(), 2);

            let metrics = exported(&provider, &exporter);
            let points = duration_points(&metrics);
            assert_eq!(points.len(), 1);
            assert_eq!(points[0].count(), 1, "once per call, not per attempt");
            assert_eq!(points[0].bounds().collect::<Vec<_>>(), client_runtime::telemetry::DURATION_BUCKETS.to_vec());
            let attrs: Vec<KeyValue> = points[0].attributes().cloned().collect();
            assert_eq!(
                key_values(&attrs),
                expected(&[
                    ("http.request.method", text("GET")),
                    ("server.address", text("127.0.0.1")),
                    ("server.port", server.addr().port().to_string()),
                    ("url.template", text("/items/{id}")),
                    ("http.response.status_code", "404".into()),
                    ("error.type", text("404")),
                ])
            );
            assert_eq!(counted(&metrics, "client.retries"), 1);
        }
    }
}
