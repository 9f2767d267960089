//! End-to-end tests of the open pipeline: middleware, credential
//! providers, and the rule that a request a server answered is never sent
//! again.
//!
//! Every server is a raw `TestServer` on 127.0.0.1 that records the exact
//! bytes it received; every assertion is about what it received.

use std::collections::hash_map::DefaultHasher;
use std::error::Error as _;
use std::hash::{Hash, Hasher};
use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use client_runtime::auth::RefreshingToken;
use client_runtime::middleware::{CallInfo, Middleware, Next, Request, Response};
use client_runtime::{Error, ErrorKind, Paginated, Result, RetryPolicy, StatusCode, client};
use futures::StreamExt as _;
use serde_json::{Value, json};
use tests::{RecordedRequest, Reply, TestServer, closed_port_url};

#[client]
pub trait Api {
    #[get("/items/<id>")]
    async fn get_item(&self, id: u32) -> Result<Value>;

    #[get("/items/<id>")]
    async fn find_item(&self, id: u32) -> Result<Option<Value>>;

    #[post("/items")]
    async fn create_item(&self, #[body] item: &Value) -> Result<Value>;

    #[put("/items/<id>")]
    async fn replace_item(&self, id: u32, #[body] item: &Value) -> Result<Value>;

    #[get("/items")]
    #[paginate(link)]
    fn list_items(&self) -> Paginated<Value>;
}

#[client(blocking)]
pub trait BlockingApi {
    #[get("/items/<id>")]
    fn get_item(&self, id: u32) -> Result<Value>;

    #[post("/items")]
    fn create_item(&self, #[body] item: &Value) -> Result<Value>;
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// Millisecond backoffs, so that retries keep the suite fast.
fn fast() -> RetryPolicy {
    RetryPolicy::default().initial_backoff(Duration::from_millis(1)).max_backoff(Duration::from_millis(5))
}

fn api(server: &TestServer) -> client_runtime::Builder<ApiClient> {
    ApiClient::builder().base_url(&server.uri()).retry(fast())
}

fn item() -> Value {
    json!({"name": "widget"})
}

fn methods_and_paths(server: &TestServer) -> Vec<(String, String)> {
    server.requests().iter().map(|r| (r.method.clone(), r.path().to_owned())).collect()
}

fn count(server: &TestServer, method: &str) -> usize {
    server.requests().iter().filter(|r| r.method == method).count()
}

/// A keyed checksum standing in for an HMAC: what a signing middleware
/// computes and the server verifies.
fn sign(key: &str, method: &str, target: &str, body: &[u8]) -> String {
    let mut hasher = DefaultHasher::new();
    (key, method, target, body).hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

fn signature_verifies(request: &RecordedRequest) -> bool {
    request.header("x-signature") == Some(sign("k3y", &request.method, &request.target, &request.body).as_str())
}

/// Signs every request it sees, and says which attempt and hop it was.
struct Signer {
    key: &'static str,
}

impl Middleware for Signer {
    async fn handle(&self, mut request: Request, info: &CallInfo, next: Next<'_>) -> Result<Response> {
        let url = request.url();
        let target = match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        };
        let body = request.body_bytes().ok_or_else(|| Error::middleware(io::Error::other("cannot sign a stream")))?;
        let signature = sign(self.key, request.method().as_str(), &target, body);
        let headers = request.headers_mut();
        headers.insert("x-signature", signature.parse().expect("hex is a valid header value"));
        headers.insert("x-attempt", info.attempt().into());
        headers.insert("x-hop", info.hop().into());
        next.run(request).await
    }
}

/// Appends its name to `x-order` on the way out and to a log on the way
/// back.
struct Tag {
    name: &'static str,
    log: Arc<Mutex<Vec<String>>>,
}

impl Middleware for Tag {
    async fn handle(&self, mut request: Request, _: &CallInfo, next: Next<'_>) -> Result<Response> {
        let order = match request.headers().get("x-order").and_then(|v| v.to_str().ok()) {
            Some(before) => format!("{before},{}", self.name),
            None => self.name.to_owned(),
        };
        request.headers_mut().insert("x-order", order.parse().expect("a valid header value"));
        self.log.lock().expect("log lock").push(format!("out {}", self.name));
        let response = next.run(request).await;
        self.log.lock().expect("log lock").push(format!("back {}", self.name));
        response
    }
}

/// Counts token fetches and hands out `t1`, `t2`, ...
#[derive(Clone, Default)]
struct TokenServer {
    fetches: Arc<AtomicUsize>,
}

impl TokenServer {
    fn tokens(&self, lifetime: Option<Duration>, delay: Duration) -> RefreshingToken {
        let fetches = Arc::clone(&self.fetches);
        RefreshingToken::new(move || {
            let fetches = Arc::clone(&fetches);
            async move {
                tokio::time::sleep(delay).await;
                let n = fetches.fetch_add(1, Ordering::SeqCst) + 1;
                Ok((format!("t{n}"), lifetime.map(|life| SystemTime::now() + life)))
            }
        })
    }

    fn fetches(&self) -> usize {
        self.fetches.load(Ordering::SeqCst)
    }
}

/// Whether any error in the source chain of `err` says `text`.
fn chain_mentions(err: &Error, text: &str) -> bool {
    let mut source = err.source();
    while let Some(current) = source {
        if current.to_string().contains(text) {
            return true;
        }
        source = current.source();
    }
    false
}

fn bearer(request: &RecordedRequest) -> Option<&str> {
    request.header("authorization")
}

// ---------------------------------------------------------------------------
// Middleware
// ---------------------------------------------------------------------------

#[tokio::test]
async fn middlewares_run_in_the_order_registered() {
    let server = TestServer::start(|_| Reply::json("{}"));
    let log = Arc::new(Mutex::new(Vec::new()));
    let client = api(&server)
        .middleware(Tag { name: "first", log: Arc::clone(&log) })
        .middleware(Tag { name: "second", log: Arc::clone(&log) })
        .build()
        .expect("client");
    client.get_item(1).await.expect("call");
    assert_eq!(server.single_request().header("x-order"), Some("first,second"));
    assert_eq!(*log.lock().expect("log lock"), ["out first", "out second", "back second", "back first"]);
}

#[tokio::test]
async fn a_signature_is_computed_again_for_every_attempt_and_every_hop() {
    let stored = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&stored);
    let server = TestServer::start(move |request| {
        if !signature_verifies(request) {
            return Reply::status(401);
        }
        match request.path() {
            "/items/1" => Reply::redirect(307, "/stored/1?v=2"),
            // The hop's first attempt is refused; its second succeeds.
            _ if seen.fetch_add(1, Ordering::SeqCst) == 0 => Reply::status(503),
            _ => Reply::json(r#"{"stored":true}"#),
        }
    });
    let client = api(&server).middleware(Signer { key: "k3y" }).build().expect("client");
    let stored_item = client.replace_item(1, &item()).await.expect("call");
    assert_eq!(stored_item, json!({"stored": true}));

    let requests = server.requests();
    assert!(requests.iter().all(signature_verifies), "{requests:#?}");
    let places: Vec<_> =
        requests.iter().map(|r| (r.path().to_owned(), r.header("x-attempt"), r.header("x-hop"))).collect();
    assert_eq!(
        places,
        [
            ("/items/1".to_owned(), Some("1"), Some("0")),
            ("/stored/1".to_owned(), Some("1"), Some("1")),
            ("/stored/1".to_owned(), Some("2"), Some("1")),
        ],
        "a retry repeats the current hop, not the first"
    );
    assert!(requests.iter().all(|r| r.body_text() == r#"{"name":"widget"}"#));
}

/// Answers `GET /items/<id>` itself.
struct Canned;

impl Middleware for Canned {
    async fn handle(&self, request: Request, _: &CallInfo, next: Next<'_>) -> Result<Response> {
        if request.url().path().starts_with("/items/") {
            let mut response = Response::new(StatusCode::OK, r#"{"canned":true}"#);
            response.headers_mut().insert("content-type", "application/json".parse().expect("a valid value"));
            return Ok(response);
        }
        next.run(request).await
    }
}

#[tokio::test]
async fn a_short_circuit_never_touches_the_network() {
    let server = TestServer::ok();
    let client = api(&server).middleware(Canned).build().expect("client");
    assert_eq!(client.get_item(7).await.expect("canned"), json!({"canned": true}));
    assert_eq!(server.request_count(), 0);
    assert_eq!(server.connections(), 0, "not even a connection was opened");

    let nowhere = ApiClient::builder().base_url(&closed_port_url()).middleware(Canned).build().expect("client");
    assert_eq!(nowhere.get_item(7).await.expect("canned, with no server at all"), json!({"canned": true}));
}

#[derive(Debug)]
struct Refused(&'static str);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "refused: {}", self.0)
    }
}

impl std::error::Error for Refused {}

/// Fails every call before it is sent, or after it came back.
struct Gate {
    after: bool,
}

impl Middleware for Gate {
    async fn handle(&self, request: Request, _: &CallInfo, next: Next<'_>) -> Result<Response> {
        if !self.after {
            return Err(Error::middleware(Refused("before")));
        }
        let response = next.run(request).await?;
        if response.status() == StatusCode::OK {
            return Err(Error::middleware(Refused("after")));
        }
        Ok(response)
    }
}

#[tokio::test]
async fn a_middleware_error_keeps_its_kind_and_source_and_is_not_retried() {
    let server = TestServer::start(|_| Reply::json("{}"));
    let client = api(&server).middleware(Gate { after: false }).build().expect("client");
    let err = client.get_item(1).await.expect_err("refused before sending");
    assert_eq!(err.kind(), ErrorKind::Middleware);
    let source = err.source().and_then(|s| s.downcast_ref::<Refused>()).expect("the middleware's own error");
    assert_eq!(source.0, "before");
    assert_eq!(err.path_template(), Some("/items/<id>"));
    assert_eq!(server.request_count(), 0);

    let client = api(&server).middleware(Gate { after: true }).build().expect("client");
    let err = client.get_item(1).await.expect_err("refused after the response");
    assert_eq!(err.kind(), ErrorKind::Middleware);
    assert_eq!(err.source().and_then(|s| s.downcast_ref::<Refused>()).map(|r| r.0), Some("after"));
    assert_eq!(server.request_count(), 1, "a middleware error is not retried");
}

/// Moves calls to `/v2`, turns the body into a fixed one, and a 404 into
/// a 200 on the way back.
struct Rewrite;

impl Middleware for Rewrite {
    async fn handle(&self, mut request: Request, info: &CallInfo, next: Next<'_>) -> Result<Response> {
        let path = format!("/v2{}", request.url().path());
        request.url_mut().set_path(&path);
        if info.method_name() == "create_item" {
            *request.method_mut() = client_runtime::Method::PUT;
            request.set_body(r#"{"rewritten":true}"#);
        }
        let mut response = next.run(request).await?;
        if response.status() == StatusCode::NOT_FOUND {
            response.set_status(StatusCode::OK);
            response.set_body("null");
        }
        Ok(response)
    }
}

#[tokio::test]
async fn a_middleware_changes_method_url_body_and_response() {
    let server = TestServer::start(|request| match request.path() {
        "/v2/items" => Reply::json(r#"{"id":1}"#),
        _ => Reply::status(404),
    });
    let client = api(&server).middleware(Rewrite).build().expect("client");
    assert_eq!(client.create_item(&item()).await.expect("call"), json!({"id": 1}));
    let sent = server.single_request();
    assert_eq!((sent.method.as_str(), sent.path()), ("PUT", "/v2/items"));
    assert_eq!(sent.body_text(), r#"{"rewritten":true}"#);
    assert_eq!(sent.header("content-length"), Some("18"));

    assert_eq!(client.find_item(9).await.expect("a 404 made a 200"), Some(Value::Null));
}

/// Records the call information of every request.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<String>>>);

impl Middleware for Recorder {
    async fn handle(&self, request: Request, info: &CallInfo, next: Next<'_>) -> Result<Response> {
        let line = format!(
            "{}.{} {} {} idempotent={} attempt={} hop={} now={}",
            info.trait_name(),
            info.method_name(),
            info.method(),
            info.template(),
            info.is_idempotent(),
            info.attempt(),
            info.hop(),
            request.method(),
        );
        self.0.lock().expect("record lock").push(line);
        next.run(request).await
    }
}

#[tokio::test]
async fn call_info_names_the_call_and_counts_attempts_and_hops() {
    let server = TestServer::start(|request| match (request.method.as_str(), request.path()) {
        ("POST", "/items") => Reply::redirect(303, "/items/5"),
        _ => Reply::json("{}"),
    });
    let recorder = Recorder::default();
    let client = api(&server).middleware(recorder.clone()).build().expect("client");
    client.create_item(&item()).await.expect("call");
    assert_eq!(
        *recorder.0.lock().expect("record lock"),
        [
            "Api.create_item POST /items idempotent=false attempt=1 hop=0 now=POST",
            "Api.create_item POST /items idempotent=false attempt=1 hop=1 now=GET",
        ]
    );
}

#[test]
fn the_same_middleware_value_serves_a_blocking_client() {
    let server =
        TestServer::start(
            |request| {
                if signature_verifies(request) { Reply::json(r#"{"ok":true}"#) } else { Reply::status(401) }
            },
        );
    let signer = Arc::new(Signer { key: "k3y" });
    let recorder = Recorder::default();
    let blocking = BlockingApiClient::builder()
        .base_url(&server.uri())
        .middleware(Arc::clone(&signer))
        .middleware(recorder.clone())
        .build()
        .expect("blocking client");
    assert_eq!(blocking.create_item(&item()).expect("signed call"), json!({"ok": true}));
    assert_eq!(blocking.get_item(3).expect("signed call"), json!({"ok": true}));
    assert_eq!(server.request_count(), 2);
    assert!(server.requests().iter().all(signature_verifies));
    assert_eq!(recorder.0.lock().expect("record lock").len(), 2);

    // The same value in an async client.
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let client = api(&server).middleware(signer).build().expect("client");
    runtime.block_on(client.get_item(4)).expect("signed call");
    assert!(server.requests().iter().all(signature_verifies));
}

#[test]
fn a_blocking_short_circuit_and_error() {
    let server = TestServer::ok();
    let blocking =
        BlockingApiClient::builder().base_url(&server.uri()).middleware(Canned).build().expect("blocking client");
    assert_eq!(blocking.get_item(1).expect("canned"), json!({"canned": true}));
    let failing = BlockingApiClient::builder()
        .base_url(&server.uri())
        .middleware(Gate { after: false })
        .build()
        .expect("blocking client");
    let err = failing.get_item(1).expect_err("refused");
    assert_eq!(err.kind(), ErrorKind::Middleware);
    assert!(err.source().and_then(|s| s.downcast_ref::<Refused>()).is_some());
    assert_eq!(server.request_count(), 0);
}

// ---------------------------------------------------------------------------
// Credential providers
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_hundred_concurrent_calls_on_a_cold_token_cause_one_fetch() {
    let server = TestServer::start(|_| Reply::json("{}"));
    let tokens = TokenServer::default();
    let client = api(&server).auth(tokens.tokens(None, Duration::from_millis(50))).build().expect("client");
    let calls = (0..100).map(|i| {
        let client = client.clone();
        tokio::spawn(async move { client.get_item(i).await })
    });
    for call in futures::future::join_all(calls).await {
        call.expect("task").expect("call");
    }
    assert_eq!(tokens.fetches(), 1);
    let requests = server.requests();
    assert_eq!(requests.len(), 100);
    assert!(requests.iter().all(|r| bearer(r) == Some("Bearer t1")));
}

#[tokio::test]
async fn a_token_is_refreshed_ahead_of_its_expiry() {
    let server = TestServer::start(|_| Reply::json("{}"));
    let tokens = TokenServer::default();
    let provider = tokens.tokens(Some(Duration::from_millis(2000)), Duration::ZERO).margin(Duration::from_millis(1000));
    let client = api(&server).auth(provider).build().expect("client");
    client.get_item(1).await.expect("call");
    client.get_item(2).await.expect("call");
    assert_eq!(tokens.fetches(), 1, "lazy, then kept while fresh");
    // 1.1 s later the token still has under 0.9 s to live: within the
    // margin, so it is replaced before it expires.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    client.get_item(3).await.expect("call");
    assert_eq!(tokens.fetches(), 2);
    let seen: Vec<_> = server.requests().iter().map(|r| bearer(r).map(str::to_owned)).collect();
    assert_eq!(seen, [Some("Bearer t1".into()), Some("Bearer t1".into()), Some("Bearer t2".into())]);
}

#[tokio::test]
async fn a_401_refreshes_once_and_resends_a_post_once() {
    let server = TestServer::start(|request| match bearer(request) {
        Some("Bearer t2") => Reply::json(r#"{"id":1}"#),
        _ => Reply::status(401),
    });
    let tokens = TokenServer::default();
    let client = api(&server).auth(tokens.tokens(None, Duration::ZERO)).build().expect("client");
    assert_eq!(client.create_item(&item()).await.expect("resent with a new token"), json!({"id": 1}));
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|r| r.method == "POST" && r.body_text() == r#"{"name":"widget"}"#));
    assert_eq!(requests.iter().map(bearer).collect::<Vec<_>>(), [Some("Bearer t1"), Some("Bearer t2")]);
    assert_eq!(tokens.fetches(), 2);
}

#[tokio::test]
async fn a_second_401_is_returned() {
    let server = TestServer::start(|_| Reply::status(401).body(r#"{"message":"Bad credentials"}"#));
    let tokens = TokenServer::default();
    let client = api(&server).auth(tokens.tokens(None, Duration::ZERO)).build().expect("client");
    let err = client.create_item(&item()).await.expect_err("rejected twice");
    assert_eq!((err.kind(), err.status()), (ErrorKind::Status, Some(StatusCode::UNAUTHORIZED)));
    assert_eq!(server.request_count(), 2);
    assert_eq!(tokens.fetches(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_fetch_fails_its_waiters_and_is_not_cached() {
    let server = TestServer::start(|_| Reply::json("{}"));
    let fetches = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&fetches);
    let tokens = RefreshingToken::new(move || {
        let counter = Arc::clone(&counter);
        async move {
            tokio::time::sleep(Duration::from_millis(50)).await;
            match counter.fetch_add(1, Ordering::SeqCst) {
                0 => Err(Error::auth(io::Error::other("token endpoint down"))),
                _ => Ok(("fresh".to_owned(), None)),
            }
        }
    });
    let client = api(&server).auth(tokens).build().expect("client");
    let calls = (0..10).map(|i| {
        let client = client.clone();
        tokio::spawn(async move { client.get_item(i).await })
    });
    for call in futures::future::join_all(calls).await {
        let err = call.expect("task").expect_err("the one fetch failed");
        assert_eq!(err.kind(), ErrorKind::Auth);
        assert!(chain_mentions(&err, "token endpoint down"), "{err:?}");
    }
    assert_eq!(fetches.load(Ordering::SeqCst), 1, "the waiters shared the failed fetch");
    assert_eq!(server.request_count(), 0);

    client.get_item(1).await.expect("the next call fetches again");
    assert_eq!(fetches.load(Ordering::SeqCst), 2);
    assert_eq!(server.single_request().header("authorization"), Some("Bearer fresh"));
}

#[tokio::test]
async fn credentials_never_follow_a_redirect_to_another_origin() {
    let other = TestServer::start(|_| Reply::json(r#"{"elsewhere":true}"#));
    let target = other.url("/landing");
    let server = TestServer::start(move |request| match request.path() {
        "/items/1" => Reply::redirect(302, "/items/2"),
        _ => Reply::redirect(302, &target),
    });
    let tokens = TokenServer::default();
    let client = api(&server)
        .auth(tokens.tokens(None, Duration::ZERO))
        .api_key("x-api-key", "static-key")
        .build()
        .expect("client");
    client.get_item(1).await.expect("followed");
    let own = server.requests();
    assert_eq!(own.len(), 2);
    assert!(own.iter().all(|r| bearer(r) == Some("Bearer t1") && r.header("x-api-key") == Some("static-key")));
    let foreign = other.single_request();
    assert_eq!(foreign.header("authorization"), None);
    assert_eq!(foreign.header("x-api-key"), None);
}

#[tokio::test]
async fn credentials_never_follow_a_next_link_to_another_origin() {
    let other = TestServer::start(|_| Reply::json("[]"));
    let next = format!("<{}>; rel=\"next\"", other.url("/items?page=2"));
    let server = TestServer::start(move |_| Reply::json(r#"[{"id":1}]"#).header("Link", &next));
    let tokens = TokenServer::default();
    let client = api(&server).auth(tokens.tokens(None, Duration::ZERO)).bearer_auth("static").build().expect("client");
    let mut items = client.list_items();
    assert_eq!(items.next().await.expect("first item").expect("decoded"), json!({"id": 1}));
    let err = items.next().await.expect("an error").expect_err("a foreign next link");
    assert_eq!(err.kind(), ErrorKind::Pagination);
    assert_eq!(bearer(&server.single_request()), Some("Bearer t1"));
    assert_eq!(other.request_count(), 0, "the other origin got nothing, credentials least of all");
}

#[test]
fn a_blocking_client_resends_once_after_a_401() {
    let server = TestServer::start(|request| match bearer(request) {
        Some("Bearer t2") => Reply::json(r#"{"id":2}"#),
        _ => Reply::status(401),
    });
    let tokens = TokenServer::default();
    let client = BlockingApiClient::builder()
        .base_url(&server.uri())
        .auth(tokens.tokens(None, Duration::ZERO))
        .build()
        .expect("blocking client");
    assert_eq!(client.create_item(&item()).expect("resent"), json!({"id": 2}));
    assert_eq!(count(&server, "POST"), 2);
    assert_eq!(tokens.fetches(), 2);
}

#[tokio::test(flavor = "current_thread")]
async fn no_token_appears_in_any_output_logs_at_trace_included() {
    let captured = tests::logs::TraceCapture::start();

    let server = TestServer::start(|request| match (bearer(request), request.path()) {
        _ if request.method == "POST" => Reply::status(401),
        (Some("Bearer secret-token-2"), "/items/1") => Reply::redirect(302, "/items/2"),
        (Some("Bearer secret-token-2"), _) => Reply::json("{}"),
        _ => Reply::status(401),
    });
    let fetches = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&fetches);
    let tokens = RefreshingToken::new(move || {
        let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
        async move { Ok((format!("secret-token-{n}"), None)) }
    });
    let client = api(&server).auth(tokens.clone()).basic_auth("user", "hunter2-password").build().expect("client");
    client.get_item(1).await.expect("refreshed, redirected, answered");
    let err = client.create_item(&item()).await.expect_err("a 401 for the POST");
    let requests = server.requests();
    assert!(requests.iter().any(|r| bearer(r) == Some("Bearer secret-token-2")), "{requests:#?}");

    let log = captured.text();
    assert!(log.contains("http.client.call{") && log.contains("/items/{id}"), "one span per call:\n{log}");
    let outputs = format!("{log}\n{err}\n{err:?}\n{client:?}\n{tokens:?}\n{:?}", client.session());
    for secret in ["secret-token", "hunter2", "dXNlcjpodW50ZXIy"] {
        assert!(!outputs.contains(secret), "{secret} leaked into:\n{outputs}");
    }
}

// ---------------------------------------------------------------------------
// A request a server answered is never sent again
// ---------------------------------------------------------------------------

/// A server whose `POST /items` redirects with `status` to `location`.
fn redirecting_post(status: u16, location: String) -> TestServer {
    TestServer::start(move |request| match (request.method.as_str(), request.path()) {
        ("POST", "/items") => Reply::redirect(status, &location),
        _ => Reply::status(500),
    })
}

#[tokio::test]
async fn a_post_redirected_to_a_target_that_is_down_is_sent_once() {
    for status in [302, 303, 307] {
        let down = format!("{}/done", closed_port_url());
        let server = redirecting_post(status, down);
        let client = api(&server).build().expect("client");
        let err = client.create_item(&item()).await.expect_err("the target is down");
        assert_eq!(err.kind(), ErrorKind::Connect, "{status}: {err}");
        assert_eq!(err.attempts(), 3, "{status}: the hop to the down target was retried");
        assert_eq!(methods_and_paths(&server), [("POST".to_owned(), "/items".to_owned())], "after a {status}");
    }
}

#[tokio::test]
async fn a_quota_refusal_of_the_get_after_a_303_repeats_only_the_get() {
    let refusals = Arc::new(AtomicUsize::new(0));
    let refused = Arc::clone(&refusals);
    let server = TestServer::start(move |request| match (request.method.as_str(), request.path()) {
        ("POST", "/items") => Reply::redirect(303, "/items/9"),
        ("GET", "/items/9") if refused.fetch_add(1, Ordering::SeqCst) < 2 => {
            Reply::status(429).header("ratelimit-remaining", "0").header("ratelimit-reset", "0")
        }
        ("GET", "/items/9") => Reply::json(r#"{"id":9}"#),
        _ => Reply::status(500),
    });
    let client = api(&server).build().expect("client");
    assert_eq!(client.create_item(&item()).await.expect("the GET succeeds at last"), json!({"id": 9}));
    assert_eq!(count(&server, "POST"), 1);
    assert_eq!(count(&server, "GET"), 3);
}

#[tokio::test]
async fn a_get_after_a_303_that_stays_refused_fails_with_the_real_error() {
    let server = TestServer::start(|request| match (request.method.as_str(), request.path()) {
        ("POST", "/items") => Reply::redirect(303, "/items/9"),
        _ => Reply::status(429).header("x-ratelimit-remaining", "0").header("retry-after", "0"),
    });
    let client = api(&server).build().expect("client");
    let err = client.create_item(&item()).await.expect_err("refused every time");
    assert_eq!((err.kind(), err.status()), (ErrorKind::RateLimited, Some(StatusCode::TOO_MANY_REQUESTS)));
    assert_eq!(count(&server, "POST"), 1);
    assert_eq!(count(&server, "GET"), 3);
}

#[tokio::test]
async fn a_post_after_a_307_that_fails_mid_response_is_not_sent_again() {
    let server = TestServer::start(|request| match request.path() {
        "/items" => Reply::redirect(307, "/moved"),
        _ => Reply::raw("HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nshort"),
    });
    let client = api(&server).build().expect("client");
    let err = client.create_item(&item()).await.expect_err("cut off");
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert_eq!(methods_and_paths(&server), [("POST".into(), "/items".into()), ("POST".into(), "/moved".into())]);
}

#[tokio::test]
async fn a_redirect_to_a_huge_url_after_a_post_is_not_an_invalid_request() {
    let huge = format!("/{}", "a".repeat(70 * 1024));
    let server = redirecting_post(307, huge);
    let client = api(&server).build().expect("client");
    let err = client.create_item(&item()).await.expect_err("the target cannot be requested");
    assert_ne!(err.kind(), ErrorKind::InvalidRequest, "the POST went out: {err:?}");
    assert_eq!(err.kind(), ErrorKind::Redirect);
    assert_eq!(count(&server, "POST"), 1);
}

#[tokio::test]
async fn a_very_long_next_link_is_not_an_invalid_request() {
    let server = TestServer::start(|request| {
        let next = format!("</items?cursor={}>; rel=\"next\"", "c".repeat(70 * 1024));
        match request.query() {
            None => Reply::json(r#"[{"id":1}]"#).header("Link", &next),
            Some(_) => Reply::json("[]"),
        }
    });
    let client = api(&server).build().expect("client");
    let results: Vec<_> = client.list_items().collect().await;
    assert_eq!(results.len(), 2, "{results:?}");
    let err = results[1].as_ref().expect_err("the next page cannot be requested");
    assert_eq!(err.kind(), ErrorKind::Pagination, "{err:?}");
    assert_eq!(server.request_count(), 1);
}
