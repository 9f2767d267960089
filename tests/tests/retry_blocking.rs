//! The blocking flavour runs the same retry engine: the same attempts, the
//! same errors, through a trait of plain `fn`s.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use client_runtime::{ErrorKind, Result, RetryPolicy, StatusCode, client};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[client]
pub trait BlockingApi {
    #[get("/items/<id>")]
    fn get_item(&self, id: u32) -> Result<Value>;

    #[post("/items")]
    fn create_item(&self, #[body] item: &Value) -> Result<Value>;

    #[post("/items")]
    #[idempotent]
    fn create_item_idempotently(&self, #[body] item: &Value) -> Result<Value>;
}

fn fast() -> RetryPolicy {
    RetryPolicy::default().initial_backoff(Duration::from_millis(1)).max_backoff(Duration::from_millis(5))
}

/// A mock server driven by its own thread; the runtime only sets it up and
/// reads what it received, so the blocking calls run outside any runtime.
struct Server {
    runtime: tokio::runtime::Runtime,
    mock: MockServer,
}

impl Server {
    fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let mock = runtime.block_on(MockServer::start());
        Self { runtime, mock }
    }

    fn mount(&self, verb: &str, route: &str, response: ResponseTemplate, times: Option<u64>) {
        let mut mock = Mock::given(method(verb)).and(path(route)).respond_with(response);
        if let Some(times) = times {
            mock = mock.up_to_n_times(times);
        }
        self.runtime.block_on(mock.mount(&self.mock));
    }

    fn hits(&self) -> usize {
        self.runtime.block_on(self.mock.received_requests()).unwrap().len()
    }

    fn client(&self) -> BlockingApiClient {
        BlockingApiClient::builder().base_url(&self.mock.uri()).retry(fast()).build().unwrap()
    }
}

#[test]
fn get_503_is_tried_three_times() {
    let server = Server::start();
    server.mount("GET", "/items/1", ResponseTemplate::new(503).set_body_string("upstream down"), None);
    let err = server.client().get_item(1).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
    assert_eq!(err.attempts(), 3);
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(err.body_text(), Some("upstream down"));
    assert_eq!(server.hits(), 3);
}

#[test]
fn get_503_503_200_succeeds() {
    let server = Server::start();
    server.mount("GET", "/items/1", ResponseTemplate::new(503), Some(2));
    server.mount("GET", "/items/1", ResponseTemplate::new(200).set_body_json(json!({"id": 1})), None);
    assert_eq!(server.client().get_item(1).unwrap(), json!({"id": 1}));
    assert_eq!(server.hits(), 3);
}

#[test]
fn post_503_is_sent_once_unless_idempotent() {
    let server = Server::start();
    server.mount("POST", "/items", ResponseTemplate::new(503).set_body_string("busy"), None);
    let client = server.client();
    let err = client.create_item(&json!({"name": "widget"})).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.hits(), 1);
    let err = client.create_item_idempotently(&json!({"name": "widget"})).unwrap_err();
    assert_eq!(err.attempts(), 3);
    assert_eq!(server.hits(), 4);
}

#[test]
fn retry_after_above_the_cap_fails_at_once() {
    let server = Server::start();
    server.mount("GET", "/items/1", ResponseTemplate::new(429).insert_header("Retry-After", "120"), None);
    let started = Instant::now();
    let err = server.client().get_item(1).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(err.kind(), ErrorKind::RateLimited, "{err:?}");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(120)));
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.hits(), 1);
}

#[test]
fn budget_is_shared_by_clones_across_threads() {
    let server = Server::start();
    server.mount("GET", "/items/1", ResponseTemplate::new(503), None);
    let client = BlockingApiClient::builder().base_url(&server.mock.uri()).retry(fast().budget(50)).build().unwrap();
    let threads: Vec<_> = (0..20)
        .map(|_| {
            let client = client.clone();
            std::thread::spawn(move || client.get_item(1).unwrap_err().attempts() as usize)
        })
        .collect();
    let attempts: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
    let seen = server.hits();
    assert_eq!(attempts, seen);
    assert!(seen > 20 && seen <= 20 + 10, "a budget of 50 allows 10 retries; the server saw {seen}");
}
