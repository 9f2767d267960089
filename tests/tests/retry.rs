//! End-to-end tests for retries, rate limits and deadlines.
//!
//! Every test talks to a server on 127.0.0.1 only: wiremock for ordinary
//! responses, and the scripted `TestServer` for faults wiremock cannot
//! produce (stalls, connections closed mid-body, refused connections).
//! The scenarios in `both_flavours!` blocks run against the async and the
//! blocking client alike (see `tests::flavour`).
//! Backoffs are configured in milliseconds so that the suite stays fast;
//! only the tests that prove a server-requested wait is honoured sleep
//! about a second.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use client_runtime::{ErrorKind, Response, Result, RetryPolicy, StatusCode, client};
use serde_json::{Value, json};
use tests::{BlockingMockServer, Reply, TestServer, closed_port_url};
use tokio::time::Instant;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

tests::flavoured_client! {
    async: #[client],
    blocking: #[client(blocking)],
    pub trait Api {
        #[get("/items/<id>")]
        async fn get_item(&self, id: u32) -> Result<Value>;

        #[get("/items/<id>")]
        async fn get_item_with_meta(&self, id: u32) -> Result<Response<Value>>;

        #[get("/items/<id>")]
        #[retry(none)]
        async fn get_item_once(&self, id: u32) -> Result<Value>;

        #[get("/items/<id>")]
        #[retry(max_attempts = 5)]
        async fn get_item_five_times(&self, id: u32) -> Result<Value>;

        #[get("/items/<id>")]
        #[retry(none)]
        #[timeout(ms = 100)]
        async fn get_item_quickly(&self, id: u32) -> Result<Value>;

        #[get("/items/<id>")]
        #[timeout(secs = 5)]
        async fn get_item_patiently(&self, id: u32) -> Result<Value>;

        #[put("/items/<id>")]
        async fn replace_item(&self, id: u32, #[body] item: &Value) -> Result<Value>;

        #[delete("/items/<id>")]
        async fn delete_item(&self, id: u32) -> Result<()>;

        #[patch("/items/<id>")]
        async fn update_item(&self, id: u32, #[body] item: &Value) -> Result<Value>;

        #[post("/items")]
        async fn create_item(&self, #[body] item: &Value) -> Result<Value>;

        #[post("/items")]
        #[idempotent]
        async fn create_item_idempotently(&self, #[body] item: &Value) -> Result<Value>;

        #[post("/items")]
        #[retry(max_attempts = 2)]
        async fn create_item_twice(&self, #[body] item: &Value) -> Result<Value>;
    }

    pub(crate) fn api(uri: &str, policy: RetryPolicy) -> ApiClient {
        ApiClient::builder().base_url(uri).retry(policy).build().unwrap()
    }

    pub(crate) fn api_with_timeout(uri: &str, timeout: Duration, policy: RetryPolicy) -> ApiClient {
        ApiClient::builder().base_url(uri).timeout(timeout).retry(policy).build().unwrap()
    }
}

use async_client::{ApiClient, api, api_with_timeout};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The default policy with millisecond backoffs.
fn fast() -> RetryPolicy {
    RetryPolicy::default().initial_backoff(Duration::from_millis(1)).max_backoff(Duration::from_millis(5))
}

async fn hits(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

fn epoch_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

fn item() -> Value {
    json!({"name": "widget"})
}

fn ok_json() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"id": 1}))
}

/// [`always`] for scenarios of both flavours.
fn always_mock(verb: &str, route: &str, status: u16, body: &str) -> BlockingMockServer {
    let server = BlockingMockServer::start();
    server.mount(
        Mock::given(method(verb)).and(path(route)).respond_with(ResponseTemplate::new(status).set_body_string(body)),
    );
    server
}

/// A server that answers `status` with `body` to every request on `route`.
async fn always(verb: &str, route: &str, status: u16, body: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(verb))
        .and(path(route))
        .respond_with(ResponseTemplate::new(status).set_body_string(body))
        .mount(&server)
        .await;
    server
}

/// Mounts `first` for the first `n` requests on `GET route`, then a 200.
async fn first_n_then_ok(server: &MockServer, route: &str, n: u64, first: ResponseTemplate) {
    Mock::given(method("GET")).and(path(route)).respond_with(first).up_to_n_times(n).mount(server).await;
    Mock::given(method("GET")).and(path(route)).respond_with(ok_json()).mount(server).await;
}

/// `{"id":1}`, the answer of every successful attempt on a scripted server.
fn reply() -> Reply {
    Reply::json(r#"{"id":1}"#)
}

/// A JSON document whose `Content-Length` is honest, cut after 10 bytes,
/// then the connection closed.
fn truncated() -> Reply {
    Reply::json(r#"{"id": 1, "name": "widget", "tags": []}"#).truncate(10)
}

/// How many requests the scripted server received, once at least
/// `expected` have (or 2 s passed): a request the client gave up on may
/// still be on its way when the call returns.
async fn arrived(server: &TestServer, expected: usize) -> usize {
    server.requests_arrived(expected, Duration::from_secs(2)).await
}

/// When each request reached the scripted server, in order.
fn arrivals(server: &TestServer) -> Vec<Instant> {
    server.arrivals().into_iter().map(Instant::from_std).collect()
}

// ---------------------------------------------------------------------------
// Statuses: what is retried, how often, and what the error keeps
// ---------------------------------------------------------------------------

tests::both_flavours! {
    async fn get_503_is_tried_three_times_and_keeps_the_last_status_and_body() {
        let server = always_mock("GET", "/items/1", 503, "upstream down");
        let err = call(api(&server.uri(), fast()).get_item(1)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
        assert_eq!(err.attempts(), 3);
        assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
        assert_eq!(err.body_text(), Some("upstream down"));
        assert_eq!(err.retry_after(), None);
        assert_eq!(err.path_template(), Some("/items/<id>"));
        let shown = err.to_string();
        assert!(shown.contains("after 3 attempts"), "{shown}");
        assert!(shown.contains("upstream down"), "{shown}");
        assert_eq!(server.received_requests().len(), 3);
    }
}

tests::both_flavours! {
    async fn get_503_503_200_succeeds_on_the_third_attempt() {
        let server = BlockingMockServer::start();
        server.mount(Mock::given(method("GET")).and(path("/items/1")).respond_with(ResponseTemplate::new(503)).up_to_n_times(2));
        server.mount(Mock::given(method("GET")).and(path("/items/1")).respond_with(ok_json()));
        let value = call(api(&server.uri(), fast()).get_item(1)).await.unwrap();
        assert_eq!(value, json!({"id": 1}));
        assert_eq!(server.received_requests().len(), 3);
    }
}

#[tokio::test]
async fn every_default_retry_status_is_retried_for_get() {
    for status in [408, 429, 500, 502, 503, 504] {
        let server = always("GET", "/items/1", status, "nope").await;
        let err = api(&server.uri(), fast()).get_item(1).await.unwrap_err();
        let kind = if status == 429 { ErrorKind::RateLimited } else { ErrorKind::Status };
        assert_eq!(err.kind(), kind, "{status}: {err:?}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.attempts(), 3, "{status}");
        assert_eq!(hits(&server).await, 3, "{status}");
    }
}

#[tokio::test]
async fn client_errors_are_sent_exactly_once() {
    for status in [400, 401, 404, 422] {
        let body = format!(r#"{{"message":"status {status}"}}"#);
        let server = always("GET", "/items/1", status, &body).await;
        let err = api(&server.uri(), fast()).get_item(1).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Status, "{status}: {err:?}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.attempts(), 1, "{status}");
        assert_eq!(err.body_text(), Some(body.as_str()));
        assert_eq!(hits(&server).await, 1, "{status}");
    }
}

#[tokio::test]
async fn per_method_attempts_override_the_session_policy() {
    let server = always("GET", "/items/1", 503, "down").await;
    let client = api(&server.uri(), fast());
    let err = client.get_item_five_times(1).await.unwrap_err();
    assert_eq!(err.attempts(), 5);
    assert_eq!(hits(&server).await, 5);
    let err = client.get_item_once(1).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
    assert_eq!(err.attempts(), 1);
    assert_eq!(hits(&server).await, 6);
}

#[tokio::test]
async fn session_policy_none_sends_once() {
    let server = always("GET", "/items/1", 503, "down").await;
    let err = api(&server.uri(), RetryPolicy::none()).get_item(1).await.unwrap_err();
    assert_eq!(err.attempts(), 1);
    assert_eq!(hits(&server).await, 1);
}

#[tokio::test]
async fn put_and_delete_are_retried_patch_is_not() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1")).respond_with(ResponseTemplate::new(503)).mount(&server).await;
    let client = api(&server.uri(), fast());

    assert_eq!(client.replace_item(1, &item()).await.unwrap_err().attempts(), 3);
    assert_eq!(hits(&server).await, 3);
    assert_eq!(client.delete_item(1).await.unwrap_err().attempts(), 3);
    assert_eq!(hits(&server).await, 6);
    assert_eq!(client.update_item(1, &item()).await.unwrap_err().attempts(), 1);
    assert_eq!(hits(&server).await, 7);
    let verbs: Vec<String> = server.received_requests().await.unwrap().iter().map(|r| r.method.to_string()).collect();
    assert_eq!(verbs, ["PUT", "PUT", "PUT", "DELETE", "DELETE", "DELETE", "PATCH"]);
}

tests::both_flavours! {
    async fn post_503_is_sent_once() {
        let server = always_mock("POST", "/items", 503, "busy");
        let err = call(api(&server.uri(), fast()).create_item(&item())).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
        assert_eq!(err.attempts(), 1);
        assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
        assert_eq!(err.body_text(), Some("busy"));
        assert_eq!(server.received_requests().len(), 1);
    }
}

#[tokio::test]
async fn post_429_is_sent_once() {
    let server = always("POST", "/items", 429, "slow down").await;
    let err = api(&server.uri(), fast()).create_item(&item()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::RateLimited, "{err:?}");
    assert_eq!(err.status(), Some(StatusCode::TOO_MANY_REQUESTS));
    assert_eq!(err.attempts(), 1);
    assert_eq!(hits(&server).await, 1);
}

tests::both_flavours! {
    async fn idempotent_post_503_is_retried_with_the_same_body() {
        let server = always_mock("POST", "/items", 503, "busy");
        let err = call(api(&server.uri(), fast()).create_item_idempotently(&item())).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
        assert_eq!(err.attempts(), 3);
        let requests = server.received_requests();
        assert_eq!(requests.len(), 3);
        for request in &requests {
            assert_eq!(request.body_json::<Value>().unwrap(), item(), "the body is replayed on every attempt");
        }
    }
}

#[tokio::test]
async fn idempotent_post_503_then_200_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/items"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST")).and(path("/items")).respond_with(ok_json()).mount(&server).await;
    let value = api(&server.uri(), fast()).create_item_idempotently(&item()).await.unwrap();
    assert_eq!(value, json!({"id": 1}));
    assert_eq!(hits(&server).await, 2);
}

#[tokio::test]
async fn the_exponential_backoff_is_slept_and_capped() {
    let server = MockServer::start().await;
    first_n_then_ok(&server, "/items/1", 3, ResponseTemplate::new(503)).await;
    // Full jitter pinned to its ceiling: 40 ms, then 80 ms capped to 60 ms, then 60 ms.
    let policy = RetryPolicy::default()
        .max_attempts(4)
        .initial_backoff(Duration::from_millis(40))
        .max_backoff(Duration::from_millis(60))
        .jitter(|| 1.0);
    let started = Instant::now();
    api(&server.uri(), policy).get_item(1).await.unwrap();
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(160), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    assert_eq!(hits(&server).await, 4);
}

#[tokio::test]
async fn retry_after_replaces_the_backoff() {
    let server = MockServer::start().await;
    first_n_then_ok(&server, "/items/1", 2, ResponseTemplate::new(503).insert_header("Retry-After", "0")).await;
    let policy = RetryPolicy::default().initial_backoff(Duration::from_secs(30)).jitter(|| 1.0);
    let started = Instant::now();
    api(&server.uri(), policy).get_item(1).await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(3), "waited {:?}, not 0 s", started.elapsed());
    assert_eq!(hits(&server).await, 3);
}

#[tokio::test]
async fn retry_after_is_reported_when_there_are_no_attempts_left() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items/1"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "7"))
        .mount(&server)
        .await;
    let err = api(&server.uri(), fast()).get_item_once(1).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::RateLimited, "{err:?}");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(err.attempts(), 1);
    assert_eq!(hits(&server).await, 1);
}

// ---------------------------------------------------------------------------
// Connect errors, connections dropped mid-body
// ---------------------------------------------------------------------------

tests::both_flavours! {
    async fn post_to_a_refused_connection_is_retried() {
        let uri = closed_port_url();
        let err = call(api(&uri, fast()).create_item_twice(&item())).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Connect, "{err:?}");
        assert_eq!(err.attempts(), 2);
        assert_eq!(err.status(), None);

        let err = call(api(&uri, fast()).create_item(&item())).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Connect, "{err:?}");
        assert_eq!(err.attempts(), 3, "connect errors are retried for every method, by the session's policy");
    }
}

tests::both_flavours! {
    async fn get_cut_mid_body_is_retried() {
        let server = TestServer::script([truncated()], reply());
        let value = call(api(&server.uri(), fast()).get_item(1)).await.unwrap();
        assert_eq!(value, json!({"id": 1}));
        assert_eq!(arrived(&server, 2).await, 2);
    }
}

tests::both_flavours! {
    async fn idempotent_post_cut_mid_body_is_retried() {
        let server = TestServer::script([truncated()], reply());
        let value = call(api(&server.uri(), fast()).create_item_idempotently(&item())).await.unwrap();
        assert_eq!(value, json!({"id": 1}));
        assert_eq!(arrived(&server, 2).await, 2);
    }
}

tests::both_flavours! {
    async fn post_cut_mid_body_is_not_retried() {
        let server = TestServer::always(truncated());
        let err = call(api(&server.uri(), fast()).create_item(&item())).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Transport, "{err:?}");
        assert_eq!(err.attempts(), 1);
        assert_eq!(arrived(&server, 1).await, 1);
    }
}

// ---------------------------------------------------------------------------
// Retry-After
// ---------------------------------------------------------------------------

#[tokio::test]
async fn retry_after_delta_seconds_is_honoured() {
    let server = MockServer::start().await;
    first_n_then_ok(&server, "/items/1", 1, ResponseTemplate::new(429).insert_header("Retry-After", "1")).await;
    let started = Instant::now();
    let value = api(&server.uri(), fast()).get_item(1).await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(value, json!({"id": 1}));
    assert_eq!(hits(&server).await, 2);
    assert!(elapsed >= Duration::from_millis(950), "waited only {elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "waited {elapsed:?}");
}

#[tokio::test]
async fn retry_after_http_date_is_honoured() {
    let server = MockServer::start().await;
    // HTTP-dates have whole seconds: two seconds ahead is 1 to 2 s from now.
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    first_n_then_ok(&server, "/items/1", 1, ResponseTemplate::new(503).insert_header("Retry-After", date.as_str()))
        .await;
    let started = Instant::now();
    let value = api(&server.uri(), fast()).get_item(1).await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(value, json!({"id": 1}));
    assert_eq!(hits(&server).await, 2);
    assert!(elapsed >= Duration::from_millis(900), "waited only {elapsed:?} for {date}");
    assert!(elapsed < Duration::from_secs(4), "waited {elapsed:?}");
}

#[tokio::test]
async fn retry_after_in_the_past_means_now() {
    let server = MockServer::start().await;
    let date = httpdate::fmt_http_date(SystemTime::now() - Duration::from_secs(3600));
    first_n_then_ok(&server, "/items/1", 1, ResponseTemplate::new(503).insert_header("Retry-After", date.as_str()))
        .await;
    // With no waiting allowed at all, only a wait of exactly zero retries.
    api(&server.uri(), fast().max_retry_after(Duration::ZERO)).get_item(1).await.unwrap();
    assert_eq!(hits(&server).await, 2);
}

tests::both_flavours! {
    async fn retry_after_above_the_cap_fails_at_once() {
        for status in [429, 503] {
            let server = BlockingMockServer::start();
            let later = ResponseTemplate::new(status).insert_header("Retry-After", "120").set_body_string("later");
            server.mount(Mock::given(method("GET")).and(path("/items/1")).respond_with(later));
            let started = Instant::now();
            let err = call(api(&server.uri(), fast()).get_item(1)).await.unwrap_err();
            assert!(started.elapsed() < Duration::from_secs(1), "{:?}", started.elapsed());
            assert_eq!(err.kind(), ErrorKind::RateLimited, "{status}: {err:?}");
            assert_eq!(err.retry_after(), Some(Duration::from_secs(120)));
            assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
            assert_eq!(err.body_text(), Some("later"));
            assert_eq!(err.attempts(), 1);
            assert_eq!(server.received_requests().len(), 1);
        }
    }
}

#[tokio::test]
async fn a_lower_cap_is_enforced() {
    let server = MockServer::start().await;
    let limited = ResponseTemplate::new(429).insert_header("Retry-After", "5");
    Mock::given(method("GET")).and(path("/items/1")).respond_with(limited).mount(&server).await;
    let started = Instant::now();
    let err = api(&server.uri(), fast().max_retry_after(Duration::from_secs(2))).get_item(1).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(err.kind(), ErrorKind::RateLimited, "{err:?}");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(5)));
    assert_eq!(err.attempts(), 1);
    assert_eq!(hits(&server).await, 1);
}

#[tokio::test]
async fn malformed_retry_after_falls_back_to_the_backoff() {
    for (status, value) in [(503, "soon"), (429, "1.5"), (503, "-1"), (429, "Someday, 99 Never 2099")] {
        let server = MockServer::start().await;
        first_n_then_ok(&server, "/items/1", 2, ResponseTemplate::new(status).insert_header("Retry-After", value))
            .await;
        // Were any of these read as a wait, it would exceed a zero cap and
        // fail as RateLimited; the backoff is not capped.
        let policy = fast().max_retry_after(Duration::ZERO);
        let result = api(&server.uri(), policy).get_item(1).await;
        assert_eq!(result.unwrap(), json!({"id": 1}), "{status} {value}");
        assert_eq!(hits(&server).await, 3, "{status} {value}");
    }
}

// ---------------------------------------------------------------------------
// Server rate limits: GitHub, GitLab, IETF
// ---------------------------------------------------------------------------

#[tokio::test]
async fn github_primary_limit_waits_until_the_reset_then_retries() {
    let server = MockServer::start().await;
    let reset = epoch_secs() + 1;
    let limited = ResponseTemplate::new(403)
        .insert_header("x-ratelimit-limit", "5000")
        .insert_header("x-ratelimit-remaining", "0")
        .insert_header("x-ratelimit-reset", reset.to_string().as_str())
        .set_body_string(r#"{"message":"API rate limit exceeded"}"#);
    first_n_then_ok(&server, "/items/1", 1, limited).await;
    let value = api(&server.uri(), fast()).get_item(1).await.unwrap();
    assert_eq!(value, json!({"id": 1}));
    assert_eq!(hits(&server).await, 2);
    // The retry was not sent before the reset (allowing for timer slack).
    let reset_at = UNIX_EPOCH + Duration::from_secs(reset);
    assert!(SystemTime::now() + Duration::from_millis(50) >= reset_at, "retried before the reset");
}

#[tokio::test]
async fn github_primary_limit_far_in_the_future_fails_at_once() {
    for status in [403, 429] {
        let server = MockServer::start().await;
        let reset = epoch_secs() + 3600;
        Mock::given(method("GET"))
            .and(path("/items/1"))
            .respond_with(
                ResponseTemplate::new(status)
                    .insert_header("x-ratelimit-remaining", "0")
                    .insert_header("x-ratelimit-reset", reset.to_string().as_str())
                    .set_body_string(r#"{"message":"API rate limit exceeded"}"#),
            )
            .mount(&server)
            .await;
        let started = Instant::now();
        let err = api(&server.uri(), fast()).get_item(1).await.unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(err.kind(), ErrorKind::RateLimited, "{status}: {err:?}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        let asked = err.retry_after().unwrap();
        assert!(asked > Duration::from_secs(3590) && asked <= Duration::from_secs(3600), "{asked:?}");
        assert_eq!(err.body_text(), Some(r#"{"message":"API rate limit exceeded"}"#));
        assert_eq!(err.attempts(), 1);
        assert_eq!(hits(&server).await, 1, "{status}");
    }
}

#[tokio::test]
async fn gitlab_limit_waits_until_the_reset_then_retries() {
    let server = MockServer::start().await;
    let reset = epoch_secs() + 1;
    let limited = ResponseTemplate::new(429)
        .insert_header("RateLimit-Limit", "600")
        .insert_header("RateLimit-Remaining", "0")
        .insert_header("RateLimit-Reset", reset.to_string().as_str());
    first_n_then_ok(&server, "/items/1", 1, limited).await;
    api(&server.uri(), fast()).get_item(1).await.unwrap();
    assert_eq!(hits(&server).await, 2);
    let reset_at = UNIX_EPOCH + Duration::from_secs(reset);
    assert!(SystemTime::now() + Duration::from_millis(50) >= reset_at, "retried before the reset");
}

#[tokio::test]
async fn gitlab_and_ietf_limits_far_away_fail_at_once() {
    // GitLab sends a Unix time, the IETF draft delta-seconds.
    let far = (epoch_secs() + 600).to_string();
    for (reset, status) in [(far.as_str(), 429), ("600", 429), (far.as_str(), 403)] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/items/1"))
            .respond_with(
                ResponseTemplate::new(status)
                    .insert_header("RateLimit-Remaining", "0")
                    .insert_header("RateLimit-Reset", reset),
            )
            .mount(&server)
            .await;
        let started = Instant::now();
        let err = api(&server.uri(), fast()).get_item(1).await.unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(err.kind(), ErrorKind::RateLimited, "{reset} {status}: {err:?}");
        let asked = err.retry_after().unwrap();
        assert!(asked > Duration::from_secs(590) && asked <= Duration::from_secs(600), "{asked:?}");
        assert_eq!(err.attempts(), 1);
        assert_eq!(hits(&server).await, 1);
    }
}

#[tokio::test]
async fn remaining_quota_on_a_403_is_a_plain_403() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items/1"))
        .respond_with(
            ResponseTemplate::new(403)
                .insert_header("x-ratelimit-remaining", "4000")
                .insert_header("x-ratelimit-reset", (epoch_secs() + 1).to_string().as_str())
                .set_body_string(r#"{"message":"Resource not accessible by integration"}"#),
        )
        .mount(&server)
        .await;
    let err = api(&server.uri(), fast()).get_item(1).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
    assert_eq!(err.attempts(), 1);
    assert_eq!(err.retry_after(), None);
    assert_eq!(hits(&server).await, 1);
}

const SECONDARY: &str =
    r#"{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}"#;

#[tokio::test]
async fn github_secondary_limit_above_the_cap_fails_at_once() {
    let server = always("GET", "/items/1", 403, SECONDARY).await;
    let policy = fast().max_retry_after(Duration::from_secs(30));
    let started = Instant::now();
    let err = api(&server.uri(), policy).get_item(1).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(err.kind(), ErrorKind::RateLimited, "{err:?}");
    assert_eq!(err.status(), Some(StatusCode::FORBIDDEN));
    assert!(err.retry_after().unwrap() >= Duration::from_secs(60), "{:?}", err.retry_after());
    assert_eq!(err.body_text(), Some(SECONDARY));
    assert_eq!(err.attempts(), 1);
    assert_eq!(hits(&server).await, 1);
}

#[tokio::test]
async fn github_secondary_limit_with_a_short_retry_after_is_retried() {
    let server = MockServer::start().await;
    let limited = ResponseTemplate::new(403).insert_header("Retry-After", "0").set_body_string(SECONDARY);
    first_n_then_ok(&server, "/items/1", 1, limited).await;
    // The exact zero wait wins over the secondary limit's "at least 60 s":
    // anything longer would exceed the zero cap and fail as RateLimited.
    api(&server.uri(), fast().max_retry_after(Duration::ZERO)).get_item(1).await.unwrap();
    assert_eq!(hits(&server).await, 2);
}

#[tokio::test]
async fn github_secondary_limit_with_a_reset_now_is_retried() {
    let server = MockServer::start().await;
    let limited = ResponseTemplate::new(403)
        .insert_header("x-ratelimit-remaining", "0")
        .insert_header("x-ratelimit-reset", epoch_secs().to_string().as_str())
        .set_body_string(SECONDARY);
    first_n_then_ok(&server, "/items/1", 1, limited).await;
    // The exact zero wait wins over the secondary limit's "at least 60 s":
    // anything longer would exceed the zero cap and fail as RateLimited.
    api(&server.uri(), fast().max_retry_after(Duration::ZERO)).get_item(1).await.unwrap();
    assert_eq!(hits(&server).await, 2);
}

#[tokio::test]
async fn plain_403_is_not_retried() {
    let body = r#"{"message":"Must have admin rights to Repository."}"#;
    let server = always("GET", "/items/1", 403, body).await;
    let err = api(&server.uri(), fast()).get_item(1).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
    assert_eq!(err.status(), Some(StatusCode::FORBIDDEN));
    assert_eq!(err.body_text(), Some(body));
    assert_eq!(err.retry_after(), None);
    assert_eq!(err.attempts(), 1);
    assert_eq!(hits(&server).await, 1);
}

// ---------------------------------------------------------------------------
// Timeouts
// ---------------------------------------------------------------------------

tests::both_flavours! {
    async fn get_that_times_out_is_retried() {
        let server = TestServer::script([Reply::hang()], reply());
        let started = Instant::now();
        let value = call(api_with_timeout(&server.uri(), Duration::from_millis(200), fast()).get_item(1)).await.unwrap();
        assert_eq!(value, json!({"id": 1}));
        assert!(started.elapsed() >= Duration::from_millis(190));
        assert_eq!(arrived(&server, 2).await, 2);
    }
}

tests::both_flavours! {
    async fn get_that_always_times_out_fails_as_timeout() {
        let server = TestServer::always(Reply::hang());
        let err = call(api_with_timeout(&server.uri(), Duration::from_millis(100), fast()).get_item(1)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
        assert!(err.is_timeout());
        assert_eq!(err.attempts(), 3);
        assert_eq!(arrived(&server, 3).await, 3);
    }
}

tests::both_flavours! {
    async fn retry_none_times_out_once() {
        let server = TestServer::script([Reply::hang()], reply());
        let err = call(api_with_timeout(&server.uri(), Duration::from_millis(150), fast()).get_item_once(1)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
        assert_eq!(err.attempts(), 1);
        assert_eq!(arrived(&server, 1).await, 1);
    }
}

tests::both_flavours! {
    async fn post_that_times_out_is_not_retried() {
        let server = TestServer::script([Reply::hang()], reply());
        let err = call(api_with_timeout(&server.uri(), Duration::from_millis(150), fast()).create_item(&item())).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
        assert_eq!(err.attempts(), 1);
        assert_eq!(arrived(&server, 1).await, 1);
    }
}

tests::both_flavours! {
    async fn method_timeout_shortens_the_session_timeout() {
        let server = TestServer::always(Reply::hang());
        let started = Instant::now();
        let err = call(api_with_timeout(&server.uri(), Duration::from_secs(10), fast()).get_item_quickly(1)).await.unwrap_err();
        let elapsed = started.elapsed();
        assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
        assert!(elapsed >= Duration::from_millis(90) && elapsed < Duration::from_secs(2), "{elapsed:?}");
        assert_eq!(err.attempts(), 1);
        assert_eq!(arrived(&server, 1).await, 1);
    }
}

tests::both_flavours! {
    async fn method_timeout_lengthens_the_session_timeout() {
        let server = TestServer::always(reply().delay(Duration::from_millis(300)));
        let client = api_with_timeout(&server.uri(), Duration::from_millis(100), fast());
        let value = call(client.get_item_patiently(1)).await.unwrap();
        assert_eq!(value, json!({"id": 1}));
        assert_eq!(arrived(&server, 1).await, 1);
        // The same server is too slow for the session's own timeout.
        let err = call(client.get_item_once(1)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
        assert_eq!(arrived(&server, 2).await, 2);
    }
}

// ---------------------------------------------------------------------------
// The retry budget
// ---------------------------------------------------------------------------

async fn spawn_calls(client: &ApiClient, n: usize, id: u32) -> Vec<Result<Value>> {
    let handles: Vec<_> = (0..n)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.get_item(id).await })
        })
        .collect();
    let mut results = Vec::with_capacity(n);
    for handle in handles {
        results.push(handle.await.unwrap());
    }
    results
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn budget_bounds_the_retries_of_an_outage_and_refills_after_successes() {
    let server = always("GET", "/items/1", 503, "down").await;
    let client = api(&server.uri(), fast().budget(50));
    let results = spawn_calls(&client, 100, 1).await;
    let mut attempts = 0;
    for result in &results {
        let err = result.as_ref().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
        attempts += err.attempts() as usize;
    }
    let seen = hits(&server).await;
    assert_eq!(attempts, seen, "attempts() agrees with the server");
    assert!(seen > 100 && seen <= 100 + 10, "a budget of 50 allows 10 retries; the server saw {seen} requests");

    // The budget is empty: a call that would succeed on retry is not retried.
    first_n_then_ok(&server, "/items/2", 1, ResponseTemplate::new(503)).await;
    let err = client.get_item(2).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Status);
    assert_eq!(err.attempts(), 1, "no retry with an empty budget");

    // Successes refill it: each gives back 1 token, a retry costs 5.
    Mock::given(method("GET")).and(path("/items/3")).respond_with(ok_json()).mount(&server).await;
    for _ in 0..5 {
        client.get_item(3).await.unwrap();
    }
    first_n_then_ok(&server, "/items/4", 1, ResponseTemplate::new(503)).await;
    let before = hits(&server).await;
    client.get_item(4).await.unwrap();
    assert_eq!(hits(&server).await - before, 2, "retried again after the refill");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn without_a_budget_every_call_retries() {
    let server = always("GET", "/items/1", 503, "down").await;
    let client = api(&server.uri(), fast().budget(0));
    let results = spawn_calls(&client, 100, 1).await;
    for result in &results {
        assert_eq!(result.as_ref().unwrap_err().attempts(), 3);
    }
    assert_eq!(hits(&server).await, 300);
}

#[tokio::test]
async fn budget_is_shared_by_clones() {
    let server = always("GET", "/items/1", 503, "down").await;
    let first = api(&server.uri(), fast().budget(10));
    let second = first.clone();
    assert_eq!(first.get_item(1).await.unwrap_err().attempts(), 3);
    assert_eq!(second.get_item(1).await.unwrap_err().attempts(), 1, "the clone sees the spent budget");
    assert_eq!(hits(&server).await, 4);
}

/// The blocking flavour's clones share the budget across threads.
#[test]
fn budget_is_shared_by_clones_across_threads() {
    use blocking_client::ApiClient;
    let server = always_mock("GET", "/items/1", 503, "down");
    let client = ApiClient::builder().base_url(&server.uri()).retry(fast().budget(50)).build().unwrap();
    let threads: Vec<_> = (0..20)
        .map(|_| {
            let client = client.clone();
            std::thread::spawn(move || client.get_item(1).unwrap_err().attempts() as usize)
        })
        .collect();
    let attempts: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
    let seen = server.received_requests().len();
    assert_eq!(attempts, seen);
    assert!(seen > 20 && seen <= 20 + 10, "a budget of 50 allows 10 retries; the server saw {seen}");
}

#[tokio::test]
async fn a_retry_after_a_timeout_costs_more() {
    // 15 tokens: two retries after a 503 (5 each), one after a timeout (10).
    let server = always("GET", "/items/1", 503, "down").await;
    let client = api(&server.uri(), fast().budget(15));
    assert_eq!(client.get_item(1).await.unwrap_err().attempts(), 3);

    let stalling = TestServer::always(Reply::hang());
    let client = api_with_timeout(&stalling.uri(), Duration::from_millis(100), fast().budget(15));
    let err = client.get_item(1).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
    assert_eq!(err.attempts(), 2);
    assert_eq!(arrived(&stalling, 2).await, 2);
}

#[tokio::test]
async fn budget_refills_from_successes_of_methods_that_never_retry() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/items/1")).respond_with(ResponseTemplate::new(503)).mount(&server).await;
    Mock::given(method("GET")).and(path("/items/2")).respond_with(ok_json()).mount(&server).await;
    first_n_then_ok(&server, "/items/3", 1, ResponseTemplate::new(503)).await;
    let client = api(&server.uri(), fast().budget(10));
    // Two retries drain the 10 tokens.
    assert_eq!(client.get_item(1).await.unwrap_err().attempts(), 3);
    // "A success puts back what its retries took, or 1": 5 successes, 5 tokens.
    for _ in 0..5 {
        client.get_item_once(2).await.unwrap();
    }
    client.get_item(3).await.unwrap();
    assert_eq!(hits(&server).await, 3 + 5 + 2);
}

#[tokio::test]
async fn budget_refills_for_methods_that_override_a_no_retry_session() {
    let server = MockServer::start().await;
    for id in 1..=3 {
        first_n_then_ok(&server, &format!("/items/{id}"), 1, ResponseTemplate::new(503)).await;
    }
    let policy = RetryPolicy::none().initial_backoff(Duration::from_millis(1)).budget(10);
    let client = api(&server.uri(), policy);
    for id in 1..=3 {
        // Each call spends 5 on its retry and its success puts the 5 back.
        let result = client.get_item_five_times(id).await;
        assert!(result.is_ok(), "call {id}: {result:?}");
    }
    assert_eq!(hits(&server).await, 6);
}

// ---------------------------------------------------------------------------
// The deadline
// ---------------------------------------------------------------------------

#[tokio::test]
async fn deadline_stops_before_a_backoff_that_would_pass_it() {
    let server = always("GET", "/items/1", 503, "down").await;
    let policy = RetryPolicy::default()
        .max_attempts(10)
        .initial_backoff(Duration::from_secs(60))
        .max_backoff(Duration::from_secs(60))
        .jitter(|| 1.0)
        .deadline(Duration::from_millis(300));
    let started = Instant::now();
    let err = api(&server.uri(), policy).get_item(1).await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(1), "slept past the deadline: {elapsed:?}");
    assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(err.body_text(), Some("down"));
    assert_eq!(err.attempts(), 1, "a 60 s backoff does not fit in a 300 ms deadline");
    assert_eq!(hits(&server).await, 1);
}

#[tokio::test]
async fn deadline_ends_a_long_retry_loop() {
    let server = always("GET", "/items/1", 503, "down").await;
    let policy = RetryPolicy::default()
        .max_attempts(1000)
        .initial_backoff(Duration::from_millis(20))
        .max_backoff(Duration::from_millis(20))
        .budget(0)
        .deadline(Duration::from_millis(300));
    let started = Instant::now();
    let err = api(&server.uri(), policy).get_item(1).await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(200), "gave up early: {elapsed:?}");
    assert!(elapsed < Duration::from_secs(1), "overran the deadline: {elapsed:?}");
    assert!(matches!(err.kind(), ErrorKind::Status | ErrorKind::Timeout), "{err:?}");
    assert!(err.attempts() > 1 && err.attempts() < 1000);
    // The last attempt may time out before its request reaches the server
    // (its timeout is cut to what the deadline leaves).
    let seen = hits(&server).await;
    let attempts = err.attempts() as usize;
    assert!(attempts == seen || attempts == seen + 1, "{attempts} attempts, {seen} requests: {err:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn deadline_reached_during_a_backoff_keeps_the_last_real_error() {
    // Many short loops: in some of them the last backoff sleep ends just
    // after the deadline (timers round up to the millisecond).
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(503).set_body_string("down")).mount(&server).await;
    let policy = RetryPolicy::default()
        .max_attempts(1000)
        .initial_backoff(Duration::from_millis(2))
        .max_backoff(Duration::from_millis(2))
        .budget(0)
        .deadline(Duration::from_millis(200));
    let client = api(&server.uri(), policy);
    let handles: Vec<_> = (0..60_u32)
        .map(|id| {
            let client = client.clone();
            tokio::spawn(async move { client.get_item(id).await.unwrap_err() })
        })
        .collect();
    let mut errors = Vec::new();
    for handle in handles {
        errors.push(handle.await.unwrap());
    }
    let requests = server.received_requests().await.unwrap();
    let mut phantoms = Vec::new();
    for (id, err) in errors.iter().enumerate() {
        let sent = requests.iter().filter(|r| r.url.path() == format!("/items/{id}")).count();
        // The runtime's own "the deadline passed" error, raised without
        // sending anything (an attempt cut short by the deadline is a
        // timeout too, but a real one).
        if err.kind() == ErrorKind::Timeout && err.to_string().contains("the retry deadline passed") {
            phantoms.push(format!("{} attempts, {sent} requests sent: {err}", err.attempts()));
        }
    }
    assert!(phantoms.is_empty(), "expected the last 503, got:\n{}", phantoms.join("\n"));
}

#[tokio::test]
async fn deadline_shortens_the_attempt_timeout() {
    let server = TestServer::always(Reply::hang());
    let policy = fast().deadline(Duration::from_millis(300));
    let started = Instant::now();
    let err = api_with_timeout(&server.uri(), Duration::from_secs(30), policy).get_item(1).await.unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
    assert!(elapsed >= Duration::from_millis(290) && elapsed < Duration::from_secs(2), "{elapsed:?}");
    assert_eq!(err.attempts(), 1);
    assert_eq!(arrived(&server, 1).await, 1);
}

#[tokio::test]
async fn retry_after_beyond_the_deadline_fails_at_once() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items/1"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "5"))
        .mount(&server)
        .await;
    let started = Instant::now();
    let err = api(&server.uri(), fast().deadline(Duration::from_secs(2))).get_item(1).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(err.kind(), ErrorKind::RateLimited, "{err:?}");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(5)));
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(err.attempts(), 1);
    assert_eq!(hits(&server).await, 1);
}

#[tokio::test]
async fn client_side_limiter_never_waits_past_the_deadline() {
    let server = TestServer::always(reply());
    let client = ApiClient::builder()
        .base_url(&server.uri())
        .rate_limit(1, Duration::from_secs(10))
        .retry(fast().deadline(Duration::from_millis(300)))
        .build()
        .unwrap();
    client.get_item(1).await.unwrap();
    let started = Instant::now();
    let outcome = tokio::time::timeout(Duration::from_secs(2), client.get_item(1)).await;
    let elapsed = started.elapsed();
    let err = outcome.expect("the call outlived its 300 ms deadline by more than 1.7 s").unwrap_err();
    assert!(elapsed < Duration::from_secs(1), "waited {elapsed:?} for a slot 10 s away");
    assert_eq!(err.kind(), ErrorKind::RateLimited, "{err:?}");
    assert_eq!(err.attempts(), 0, "nothing was sent");
    assert_eq!(arrived(&server, 1).await, 1);
}

#[tokio::test]
async fn client_side_limiter_waits_for_a_slot_within_the_deadline() {
    let server = TestServer::always(reply());
    let client = ApiClient::builder()
        .base_url(&server.uri())
        .rate_limit(1, Duration::from_millis(200))
        .retry(fast().deadline(Duration::from_secs(2)))
        .build()
        .unwrap();
    let started = Instant::now();
    client.get_item(1).await.unwrap();
    client.get_item(1).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(200), "{:?}", started.elapsed());
    assert_eq!(arrived(&server, 2).await, 2);
}

#[tokio::test]
async fn a_retry_without_a_limiter_slot_before_the_deadline_reports_the_last_error() {
    let server = always("GET", "/items/1", 503, "down").await;
    let client = ApiClient::builder()
        .base_url(&server.uri())
        .rate_limit(1, Duration::from_secs(10))
        .retry(fast().deadline(Duration::from_millis(300)))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.get_item(1).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1), "{:?}", started.elapsed());
    assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(err.body_text(), Some("down"));
    assert_eq!(err.attempts(), 1);
    assert_eq!(hits(&server).await, 1);
}

// ---------------------------------------------------------------------------
// The client-side limiter
// ---------------------------------------------------------------------------

// Lower bounds are measured from before the first call: the limiter's
// slots are at or after it, and a timer never fires early, so they hold
// however loaded the machine is.

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn client_side_limiter_paces_concurrent_calls() {
    let server = TestServer::always(reply());
    let client = ApiClient::builder()
        .base_url(&server.uri())
        .rate_limit(5, Duration::from_millis(500))
        .retry(fast())
        .build()
        .unwrap();
    let started = Instant::now();
    let handles: Vec<_> = (0..10)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                client.get_item(1).await.unwrap();
                Instant::now()
            })
        })
        .collect();
    let mut done = Vec::new();
    for handle in handles {
        done.push(handle.await.unwrap());
    }
    done.sort();
    let last = done[9] - started;
    assert!(last >= Duration::from_millis(500), "the last call completed {last:?} after the first started");
    assert!(last < Duration::from_secs(3), "{last:?}");

    // As the server saw them: 5 at once, then the 6th to 10th no earlier
    // than 500 ms after the calls began (a pacer of one per 100 ms after a
    // burst would let the 6th through at 100 ms).
    let arrivals = arrivals(&server);
    assert_eq!(arrivals.len(), 10);
    let burst = arrivals[4] - started;
    assert!(burst < Duration::from_millis(300), "the first 5 were held back: the 5th arrived after {burst:?}");
    for (i, at) in arrivals.iter().enumerate().skip(5) {
        assert!(*at - started >= Duration::from_millis(500), "request {i} arrived {:?} in", *at - started);
    }
}

#[tokio::test]
async fn client_side_limiter_paces_retries_too() {
    let server = TestServer::script([Reply::status(503), Reply::status(503)], reply());
    let client = ApiClient::builder()
        .base_url(&server.uri())
        .rate_limit(1, Duration::from_millis(150))
        .retry(fast())
        .build()
        .unwrap();
    let started = Instant::now();
    client.get_item(1).await.unwrap();
    let arrivals = arrivals(&server);
    assert_eq!(arrivals.len(), 3);
    for (i, at) in arrivals.iter().enumerate() {
        let slot = Duration::from_millis(150 * i as u64);
        assert!(*at - started >= slot, "attempt {i} arrived {:?} in, before its slot at {slot:?}", *at - started);
    }
}

// ---------------------------------------------------------------------------
// Rate-limit state on responses
// ---------------------------------------------------------------------------

#[tokio::test]
async fn responses_expose_the_rate_limit_state() {
    let server = MockServer::start().await;
    let reset = epoch_secs() + 60;
    let github = ok_json()
        .insert_header("x-ratelimit-limit", "5000")
        .insert_header("x-ratelimit-remaining", "4999")
        .insert_header("x-ratelimit-reset", reset.to_string().as_str());
    let ietf = ok_json()
        .insert_header("RateLimit-Limit", "100")
        .insert_header("RateLimit-Remaining", "7")
        .insert_header("RateLimit-Reset", "30");
    let structured = ok_json().insert_header("RateLimit", "limit=100, remaining=50, reset=30");
    Mock::given(path("/items/1")).respond_with(github).mount(&server).await;
    Mock::given(path("/items/2")).respond_with(ietf).mount(&server).await;
    Mock::given(path("/items/3")).respond_with(structured).mount(&server).await;
    Mock::given(path("/items/4")).respond_with(ok_json()).mount(&server).await;
    let client = api(&server.uri(), fast());

    let response = client.get_item_with_meta(1).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.body(), &json!({"id": 1}));
    let state = response.rate_limit().unwrap();
    assert_eq!(state.limit, Some(5000));
    assert_eq!(state.remaining, Some(4999));
    let reset_after = state.reset_after.unwrap();
    assert!(reset_after > Duration::from_secs(57) && reset_after <= Duration::from_secs(60), "{reset_after:?}");

    let state = client.get_item_with_meta(2).await.unwrap().rate_limit().unwrap();
    assert_eq!((state.limit, state.remaining, state.reset_after), (Some(100), Some(7), Some(Duration::from_secs(30))));

    let state = client.get_item_with_meta(3).await.unwrap().rate_limit().unwrap();
    assert_eq!((state.limit, state.remaining, state.reset_after), (Some(100), Some(50), Some(Duration::from_secs(30))));

    assert_eq!(client.get_item_with_meta(4).await.unwrap().rate_limit(), None);
}

// ---------------------------------------------------------------------------
// Observability
// ---------------------------------------------------------------------------

tests::both_flavours! {
    // Every call runs on the test's thread, whose default subscriber
    // captures the log: on the current-thread runtime of the async test,
    // and inside the blocking client's `block_on` in the blocking one.
    async fn retries_are_logged_without_credentials() {
        let captured = tests::logs::TraceCapture::start();

        let server = BlockingMockServer::start();
        server.mount(
            Mock::given(method("GET")).and(path("/items/7")).respond_with(ResponseTemplate::new(503)).up_to_n_times(2),
        );
        server.mount(Mock::given(method("GET")).and(path("/items/7")).respond_with(ok_json()));
        server.mount(Mock::given(method("POST")).and(path("/items")).respond_with(ResponseTemplate::new(503)));
        let client = ApiClient::builder()
            .base_url(&server.uri())
            .bearer_auth("super-secret-token")
            .retry(fast())
            .build()
            .unwrap();
        call(client.get_item(7)).await.unwrap();
        let err = call(client.create_item(&item())).await.unwrap_err();

        let requests = server.received_requests();
        assert_eq!(requests.len(), 4);
        assert_eq!(requests[0].headers.get("authorization").unwrap(), "Bearer super-secret-token");

        let log = captured.text();
        assert!(log.contains(r#"url.template="/items/{id}""#), "no path template in:\n{log}");
        assert!(log.contains("attempt=1"), "no attempt 1 in:\n{log}");
        assert!(log.contains("attempt=2"), "no attempt 2 in:\n{log}");
        assert!(log.contains("status=503"), "no status in:\n{log}");
        assert!(log.contains("wait_ms="), "no wait in:\n{log}");
        assert!(log.contains("/items"), "no POST path in:\n{log}");
        assert!(!log.contains("super-secret-token"), "the token leaked into the log:\n{log}");
        assert!(!format!("{err} {err:?} {client:?}").contains("super-secret-token"));
    }
}
