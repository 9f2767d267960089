//! Hostile servers and extreme settings, end to end: lying lengths, waits
//! that overflow, secrets in URLs and cookies, control characters, bombs,
//! unknown encodings; and what requests users expect from a session:
//! compression, cookies, proxies, client certificates.
//!
//! Reading a listing here uses `Paginated::try_next`, with nothing imported
//! but `client_runtime`.

mod hostile_support;

use std::time::{Duration, Instant};

use client_runtime::{ByteStream, Bytes, ErrorKind, Paginated, Response, Result, RetryPolicy, Session, client};
use serde::Deserialize;
use tests::{Reply, TestServer};

#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct Item {
    pub id: u64,
}

#[client]
pub trait Hostile {
    #[get("/thing")]
    async fn thing(&self) -> Result<Item>;

    #[get("/thing")]
    async fn maybe(&self) -> Result<Option<Item>>;

    #[get("/thing")]
    async fn text(&self) -> Result<String>;

    #[get("/thing")]
    async fn meta(&self) -> Result<Response<String>>;

    #[get("/q")]
    async fn with_token(
        &self,
        #[query("access_token")] token: &str,
        #[query("page")] page: u32,
    ) -> Result<Response<String>>;

    #[get("/q")]
    async fn with_session_id(&self, #[query("session_id")] id: &str) -> Result<Response<String>>;

    #[get("/signed")]
    async fn signed(&self, #[query("X-Request-Mac", secret)] mac: &str, #[query] page: u32) -> Result<String>;

    #[get("/file")]
    async fn download(&self, #[query("token")] token: &str) -> Result<ByteStream>;

    #[get("/items")]
    #[paginate(link)]
    fn items(&self) -> Paginated<Item>;

    #[get("/numbered")]
    #[paginate(page(size = 2))]
    fn numbered(&self) -> Paginated<Item>;

    #[put("/user/starred/<owner>/<repo>")]
    async fn star(&self, owner: &str, repo: &str) -> Result<()>;

    #[post("/ping")]
    async fn ping(&self) -> Result<()>;

    #[patch("/touch")]
    async fn touch(&self) -> Result<()>;

    #[get("/api/me")]
    async fn me(&self) -> Result<String>;

    #[get("/other")]
    async fn other(&self) -> Result<String>;

    #[get("/login")]
    async fn login(&self) -> Result<Response<String>>;
}

tests::flavoured_client! {
    async: #[client],
    blocking: #[client(blocking)],
    /// What the scenarios of both flavours call: client certificates and
    /// logs at TRACE.
    pub trait Traced {
        #[get("/thing")]
        async fn text(&self) -> Result<String>;

        #[get("/q")]
        async fn with_token(&self, #[query("access_token")] token: &str, #[query("page")] page: u32) -> Result<String>;

        #[get("/api/me")]
        async fn me(&self) -> Result<String>;

        #[get("/login")]
        async fn login(&self) -> Result<String>;
    }
}

fn client(server: &TestServer) -> HostileClient {
    HostileClient::builder().base_url(&server.uri()).retry(RetryPolicy::none()).build().expect("client")
}

fn blocking(server: &TestServer) -> HostileBlockingClient {
    HostileBlockingClient::builder().base_url(&server.uri()).retry(RetryPolicy::none()).build().expect("client")
}

/// A response whose head declares `length`, then a body in two chunks
/// that stops far short of it, then a closed connection.
fn lying(status: &str, length: &str) -> String {
    let head = format!("HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {length}\r\n\r\n");
    hostile_support::drip_server(vec![head.into_bytes(), b"{\"message\":".to_vec(), b"\"boom\"}".to_vec()])
}

fn at(base: &str) -> HostileClient {
    HostileClient::builder().base_url(base).retry(RetryPolicy::none()).build().expect("client")
}

fn blocking_at(base: &str) -> HostileBlockingClient {
    HostileBlockingClient::builder().base_url(base).retry(RetryPolicy::none()).build().expect("client")
}

// ---- §2: no panic, no abort --------------------------------------------------

#[tokio::test]
async fn an_error_declaring_u64_max_minus_2_bytes_is_a_status_error() {
    let base = lying("500 Internal Server Error", "18446744073709551613");
    let err = at(&base).thing().await.expect_err("500");
    assert_eq!(err.kind(), ErrorKind::Status);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.body_text(), Some(r#"{"message":"boom"}"#));
}

#[test]
fn an_error_declaring_u64_max_minus_2_bytes_is_a_status_error_blocking() {
    let base = lying("500 Internal Server Error", "18446744073709551613");
    let err = blocking_at(&base).thing().expect_err("500");
    assert_eq!(err.kind(), ErrorKind::Status);
    assert_eq!(err.body_text(), Some(r#"{"message":"boom"}"#));
}

/// A 404 declaring 100 GB: `Option` turns it into `None`, `T` into an error,
/// and nothing near 100 GB is allocated.
#[tokio::test]
async fn a_404_declaring_100_gb_allocates_nothing_of_the_sort() {
    let base = lying("404 Not Found", "100000000000");
    let api = at(&base);
    assert_eq!(api.maybe().await.expect("404 is None"), None);
    let err = api.thing().await.expect_err("404");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.body_text(), Some(r#"{"message":"boom"}"#));
}

#[test]
fn a_404_declaring_100_gb_allocates_nothing_of_the_sort_blocking() {
    let base = lying("404 Not Found", "100000000000");
    assert_eq!(blocking_at(&base).maybe().expect("404 is None"), None);
}

const OVERFLOWING_WAITS: [&str; 4] =
    ["10000000000000000000", "9223372036854775807", "18446744073709551615", "99999999999999999999999"];

/// Every wait too long to add to a clock fails at once as `RateLimited`,
/// after exactly one request, even with the wait cap and deadline at
/// `Duration::MAX`.
#[tokio::test]
async fn retry_after_overflow_is_rate_limited_at_once() {
    for value in OVERFLOWING_WAITS {
        let server = TestServer::start(move |_| Reply::status(429).header("Retry-After", value));
        for policy in [
            RetryPolicy::default(),
            RetryPolicy::default().deadline(Duration::MAX).max_retry_after(Duration::from_secs(3600)),
        ] {
            let api = HostileClient::builder().base_url(&server.uri()).retry(policy).build().expect("client");
            let started = Instant::now();
            let err = api.thing().await.expect_err("rate limited");
            assert_eq!(err.kind(), ErrorKind::RateLimited, "Retry-After: {value}");
            assert!(err.retry_after().is_some_and(|wait| wait > Duration::from_secs(1 << 62)), "{value}");
            assert!(started.elapsed() < Duration::from_secs(5));
        }
        assert_eq!(server.request_count(), 2, "one request per call for Retry-After: {value}");
    }
}

#[test]
fn retry_after_overflow_is_rate_limited_at_once_blocking() {
    for value in OVERFLOWING_WAITS {
        let server = TestServer::start(move |_| Reply::status(503).header("Retry-After", value));
        let api = HostileBlockingClient::builder()
            .base_url(&server.uri())
            .retry(RetryPolicy::default().deadline(Duration::MAX))
            .build()
            .expect("client");
        let err = api.thing().expect_err("rate limited");
        assert_eq!(err.kind(), ErrorKind::RateLimited, "Retry-After: {value}");
        assert_eq!(server.request_count(), 1);
    }
}

/// A reset at `u64::MAX` seconds: in the retry decision and in
/// `Response::rate_limit()`.
#[tokio::test]
async fn a_u64_max_rate_limit_reset_neither_panics_nor_waits() {
    for (remaining, reset) in
        [("x-ratelimit-remaining", "x-ratelimit-reset"), ("RateLimit-Remaining", "RateLimit-Reset")]
    {
        let server = TestServer::start(move |request| {
            if request.path() == "/thing" {
                Reply::status(429).header(remaining, "0").header(reset, "18446744073709551615")
            } else {
                Reply::status(200).header(remaining, "0").header(reset, "18446744073709551615").body("ok")
            }
        });
        let api = HostileClient::builder()
            .base_url(&server.uri())
            .retry(RetryPolicy::default().max_retry_after(Duration::MAX).deadline(Duration::from_secs(30)))
            .build()
            .expect("client");
        let err = api.thing().await.expect_err("rate limited");
        assert_eq!(err.kind(), ErrorKind::RateLimited, "{reset}");
        assert_eq!(server.request_count(), 1);

        let response = api.with_token("t", 1).await.expect("200");
        let state = response.rate_limit().expect("rate-limit headers");
        assert_eq!(state.remaining, Some(0));
        assert!(state.reset_after.is_some_and(|wait| wait > Duration::from_secs(1 << 63)));
    }
}

/// Every duration setting at `Duration::MAX` works: timeouts, the retry
/// deadline, backoff, the wait cap and the client-side rate limit.
#[tokio::test]
async fn duration_max_settings_neither_panic_nor_hang() {
    let calls = std::sync::atomic::AtomicUsize::new(0);
    let server = TestServer::start(move |_| {
        if calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
            Reply::status(503)
        } else {
            Reply::json(r#"{"id":1}"#)
        }
    });
    let policy = RetryPolicy::default()
        .initial_backoff(Duration::MAX)
        .max_backoff(Duration::MAX)
        .deadline(Duration::MAX)
        .max_retry_after(Duration::MAX)
        .jitter(|| 0.0);
    let api = HostileClient::builder()
        .base_url(&server.uri())
        .timeout(Duration::MAX)
        .connect_timeout(Duration::MAX)
        .read_timeout(Duration::MAX)
        .retry(policy)
        .build()
        .expect("client");
    assert_eq!(api.thing().await.expect("retried once, then 200"), Item { id: 1 });

    let paced = HostileClient::builder()
        .base_url(&server.uri())
        .rate_limit(1, Duration::MAX)
        .retry(RetryPolicy::none().deadline(Duration::from_secs(5)))
        .build()
        .expect("client");
    paced.thing().await.expect("the first call has a slot");
    let started = Instant::now();
    let err = paced.thing().await.expect_err("the next slot is decades away");
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn duration_max_settings_neither_panic_nor_hang_blocking() {
    let server = TestServer::start(|_| Reply::json(r#"{"id":2}"#));
    let api = HostileBlockingClient::builder()
        .base_url(&server.uri())
        .timeout(Duration::MAX)
        .connect_timeout(Duration::MAX)
        .read_timeout(Duration::MAX)
        .retry(RetryPolicy::default().deadline(Duration::MAX).max_backoff(Duration::MAX))
        .build()
        .expect("client");
    assert_eq!(api.thing().expect("200"), Item { id: 2 });
}

// ---- §3: nothing secret in any output ----------------------------------------

#[test]
fn builder_debug_never_shows_a_base_url_password() {
    let builder = Session::builder().base_url("http://user:hunter2-secret@example.com/api");
    let shown = format!("{builder:?}");
    assert!(!shown.contains("hunter2-secret"), "{shown}");
    assert!(!shown.contains("user:"), "{shown}");
    let err = builder.build().expect_err("credentials in the base URL");
    assert_eq!(err.kind(), ErrorKind::Builder);
    assert!(!format!("{err} {err:?}").contains("hunter2-secret"));
}

#[test]
fn a_base_url_with_a_query_or_fragment_is_refused_without_echo() {
    for base in ["https://api.example.com/v1?access_token=tok-in-query", "https://api.example.com/v1#frag-secret"] {
        let err = Session::builder().base_url(base).build().expect_err("refused");
        assert_eq!(err.kind(), ErrorKind::Builder);
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("tok-in-query") && !shown.contains("frag-secret"), "{shown}");
    }
}

/// A listing whose next link repeats itself, with an `api_key` in it.
fn looping_listing() -> TestServer {
    TestServer::start(|request| {
        let next = "</items?page=2&api_key=loop-secret-key>; rel=\"next\"";
        Reply::json(&format!("[{{\"id\":{}}}]", request.connection)).header("Link", next)
    })
}

#[tokio::test]
async fn a_pagination_loop_error_redacts_the_next_url() {
    let server = looping_listing();
    let mut items = client(&server).items();
    let err = loop {
        match items.try_next().await {
            Ok(Some(_)) => {}
            Ok(None) => panic!("the loop must be reported"),
            Err(err) => break err,
        }
    };
    assert_eq!(err.kind(), ErrorKind::Pagination);
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("loop-secret-key"), "{shown}");
    assert!(shown.contains("api_key=REDACTED"), "{shown}");
    assert!(err.to_string().starts_with("GET /items (/items?page=2&api_key=REDACTED): "), "{err}");
    assert_eq!(err.url().and_then(|u| u.query()), Some("page=2&api_key=REDACTED"));
}

#[test]
fn a_pagination_loop_error_redacts_the_next_url_blocking() {
    let server = looping_listing();
    let err = blocking(&server).items().collect_all().expect_err("loop");
    assert_eq!(err.kind(), ErrorKind::Pagination);
    assert!(!format!("{err} {err:?}").contains("loop-secret-key"));
}

#[tokio::test]
async fn response_history_stream_and_page_debug_redact_urls() {
    let server = TestServer::start(|request| match request.path() {
        "/q" if request.query().is_some_and(|q| q.contains("page=1")) => {
            Reply::redirect(302, "/q?page=2&sig=hop-signature&x=1")
        }
        "/q" => Reply::status(200).body("fine"),
        "/file" => Reply::status(200).body("bytes"),
        "/items" => Reply::json(r#"[{"id":1}]"#).header("Link", "</items?token=page-token>; rel=\"next\""),
        _ => Reply::status(404),
    });
    let api = client(&server);

    let response = api.with_token("query-secret-token", 1).await.expect("200");
    let shown = format!("{response:?} {:?}", response.history());
    for secret in ["query-secret-token", "hop-signature"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    assert!(shown.contains("sig=REDACTED") && shown.contains("x=1"), "{shown}");
    assert_eq!(response.url().query(), Some("page=2&sig=hop-signature&x=1"), "the accessor is not redacted");

    let stream = api.download("stream-secret-token").await.expect("stream");
    let shown = format!("{stream:?}");
    assert!(!shown.contains("stream-secret-token") && shown.contains("token=REDACTED"), "{shown}");

    let mut pages = api.items().max_pages(2).pages();
    pages.try_next().await.expect("first page").expect("a page");
    let second = pages.try_next().await.expect("second page").expect("a page");
    let shown = format!("{second:?}");
    assert!(!shown.contains("page-token") && shown.contains("token=REDACTED"), "{shown}");
}

#[tokio::test]
async fn secret_query_keys_added_on_the_builder_are_redacted() {
    let server = TestServer::start(|_| Reply::status(401).header("WWW-Authenticate", "Bearer realm=\"api\""));
    let api = HostileClient::builder()
        .base_url(&server.uri())
        .secret_query_keys(["Session_ID"])
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let err = api.with_session_id("builder-secret-id").await.expect_err("401");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("builder-secret-id"), "{shown}");
    assert_eq!(err.url().and_then(|u| u.query()), Some("session_id=REDACTED"));
    assert_eq!(server.single_request().query(), Some("session_id=builder-secret-id"), "sent unchanged");
}

#[tokio::test]
async fn a_query_declared_secret_is_redacted_in_every_output() {
    let server = TestServer::start(|_| Reply::status(500).body("no"));
    let api = HostileClient::builder().base_url(&server.uri()).retry(RetryPolicy::none()).build().expect("client");
    let err = api.signed("declared-secret-mac", 2).await.expect_err("500");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("declared-secret-mac"), "{shown}");
    assert_eq!(err.url().and_then(|u| u.query()), Some("X-Request-Mac=REDACTED&page=2"));
    assert_eq!(server.single_request().query(), Some("X-Request-Mac=declared-secret-mac&page=2"), "sent unchanged");
}

tests::both_flavours! {
    /// Secrets never reach a log line, even at TRACE, from any crate: the
    /// `log` records of reqwest and the `tracing` events of the runtime.
    async fn secrets_are_absent_from_trace_logs() {
        // Only forwards `log` records to the current thread's subscriber.
        let _ = tracing_log::LogTracer::init();
        let captured = tests::logs::TraceCapture::start();

        // A hostile server names credentials in a redirect's Location.
        let elsewhere = TestServer::start(|_| Reply::status(503).body("down"));
        let with_userinfo = format!("http://hop-user:location-userinfo-secret@{}/q3", elsewhere.addr());
        let server = TestServer::start(move |request| match request.path() {
            "/login" => Reply::status(200).header("Set-Cookie", "sid=cookie-secret-value; Path=/").body("in"),
            "/q" => Reply::redirect(307, "/q2?api_key=redirect-secret-key"),
            "/q2" => Reply::redirect(307, &with_userinfo),
            _ => Reply::status(503).body("down"),
        });
        let api = TracedClient::builder()
            .base_url(&server.uri())
            .bearer_auth("bearer-secret-token")
            .cookie_store(true)
            .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(1)))
            .build()
            .expect("client");
        let _ = call(api.login()).await;
        let _ = call(api.me()).await;
        let _ = call(api.with_token("query-secret-token", 1)).await;
        let proxy = proxy_server();
        let proxied = TracedClient::builder()
            .base_url("http://api.example.invalid")
            .proxy(&format!("http://proxy-user:proxy-log-secret@{}", proxy.addr()))
            .build()
            .expect("client");
        call(proxied.with_token("proxied-secret-token", 1)).await.expect("answered by the proxy");

        assert!(elsewhere.targets().iter().all(|t| t == "/q3"), "the hop went out: {:?}", elsewhere.targets());
        assert!(elsewhere.request_count() > 0, "the hop went out");
        let logs = captured.text();
        assert!(logs.contains("retrying"), "the capture works: {logs}");
        assert!(logs.contains("reqwest::connect"), "the capture has reqwest's records: {logs}");
        let secrets = [
            "cookie-secret-value",
            "redirect-secret-key",
            "query-secret-token",
            "bearer-secret-token",
            "proxy-log-secret",
            "proxied-secret-token",
            "location-userinfo-secret",
        ];
        for secret in secrets {
            assert!(!logs.contains(secret), "{secret} logged: {logs}");
        }
    }
}

const HOSTILE_BODY: &str = "{\"message\":\"\u{1b}[31mFAKE\r\n2026-01-01 INFO forged line\u{0}\u{7}\"}";

#[tokio::test]
async fn control_characters_from_a_server_are_escaped() {
    let server = TestServer::start(|_| Reply::status(500).header("X-Note", "\u{e9}t\u{e9}").body(HOSTILE_BODY));
    let err = client(&server).thing().await.expect_err("500");
    for shown in [err.to_string(), format!("{err:?}"), format!("{:?}", err.headers())] {
        for c in ['\u{1b}', '\r', '\n', '\0', '\u{7}'] {
            assert!(!shown.contains(c), "{c:?} in {shown}");
        }
    }
    assert!(err.to_string().contains("\\u{1b}[31mFAKE\\r\\n2026-01-01 INFO forged line"), "{err}");
}

#[test]
fn control_characters_from_a_server_are_escaped_blocking() {
    let server = TestServer::start(|_| Reply::status(502).body(HOSTILE_BODY));
    let err = blocking(&server).thing().expect_err("502");
    assert!(!err.to_string().contains(['\u{1b}', '\r', '\n', '\0']), "{err}");
}

/// A next link to another origin names the call that listed it.
#[tokio::test]
async fn a_refused_cross_origin_link_names_the_call() {
    let server = TestServer::start(|_| {
        Reply::json(r#"[{"id":1}]"#).header("Link", "<http://elsewhere.invalid/items?page=2>; rel=\"next\"")
    });
    let mut items = client(&server).items();
    assert_eq!(items.try_next().await.expect("first item"), Some(Item { id: 1 }));
    let err = items.try_next().await.expect_err("cross-origin");
    assert_eq!(err.kind(), ErrorKind::Pagination);
    assert_eq!(err.method().map(|m| m.as_str()), Some("GET"));
    assert_eq!(err.path_template(), Some("/items"));
    assert!(err.to_string().starts_with("GET /items: refused a next link"), "{err}");
    assert_eq!(server.request_count(), 1);
}

/// GitLab's `x-next-page` at `u64::MAX`, then a page without it: the
/// page number saturates instead of overflowing.
#[tokio::test]
async fn a_next_page_number_of_u64_max_does_not_overflow() {
    let server = TestServer::start(|request| {
        if request.query().is_some_and(|q| q.contains("page=1&")) {
            Reply::json(r#"[{"id":1}]"#).header("x-next-page", "18446744073709551615")
        } else {
            Reply::json(r#"[{"id":2}]"#)
        }
    });
    let mut items = client(&server).numbered();
    assert_eq!(items.try_next().await.expect("page 1"), Some(Item { id: 1 }));
    assert_eq!(items.try_next().await.expect("page u64::MAX"), Some(Item { id: 2 }));
    let err = items.try_next().await.expect_err("the saturated next page is the same page: a loop");
    assert_eq!(err.kind(), ErrorKind::Pagination);
    assert_eq!(server.request_count(), 2);
}

// ---- §4: bounded memory --------------------------------------------------------

/// Long distinct next links: the listing runs to its end, holding digests
/// of the URLs it saw rather than the URLs.
#[tokio::test]
async fn many_long_distinct_next_links_are_followed() {
    let pad = "p".repeat(16 * 1024);
    let server = TestServer::start(move |request| {
        let page: u32 = request
            .query()
            .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("n=")))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let reply = Reply::json(&format!("[{{\"id\":{page}}}]"));
        if page < 150 {
            reply.header("Link", &format!("</items?n={}&pad={pad}>; rel=\"next\"", page + 1))
        } else {
            reply
        }
    });
    let mut items = client(&server).items();
    let mut count = 0;
    while let Some(item) = items.try_next().await.expect("page") {
        assert_eq!(item.id, count);
        count += 1;
    }
    assert_eq!(count, 151);
}

// ---- §5: compression -------------------------------------------------------------

const JSON: &str = r#"{"id":7}"#;

fn encoded(coding: &str) -> Vec<u8> {
    match coding {
        "gzip" => hostile_support::gzip(JSON.as_bytes()),
        "deflate" => hostile_support::deflate(JSON.as_bytes()),
        "br" => hostile_support::brotli(JSON.as_bytes()),
        "zstd" => hostile_support::zstd(JSON.as_bytes()),
        _ => JSON.as_bytes().to_vec(),
    }
}

fn compressing_server() -> TestServer {
    TestServer::start(|request| {
        let coding = request.header("x-want").unwrap_or("gzip").to_owned();
        let body = encoded(&coding);
        Reply::status(200).header("Content-Type", "application/json").header("Content-Encoding", &coding).body(body)
    })
}

#[tokio::test]
async fn every_coding_is_decoded_for_every_return_type() {
    for coding in ["gzip", "deflate", "br", "zstd"] {
        let server = compressing_server();
        let api = HostileClient::builder().base_url(&server.uri()).header("X-Want", coding).build().expect("client");
        assert_eq!(api.thing().await.expect(coding), Item { id: 7 });
        assert_eq!(api.text().await.expect(coding), JSON);
        assert_eq!(api.meta().await.expect(coding).body(), JSON);
        let mut stream = api.download("t").await.expect(coding);
        let mut streamed = Vec::new();
        while let Some(chunk) = futures_next(&mut stream).await {
            streamed.extend_from_slice(&chunk.expect("chunk"));
        }
        assert_eq!(streamed, JSON.as_bytes(), "{coding} stream");
        let accepted = server.requests()[0].header("accept-encoding").map(str::to_owned).unwrap_or_default();
        for offered in ["gzip", "deflate", "br", "zstd"] {
            assert!(accepted.contains(offered), "Accept-Encoding: {accepted}");
        }
    }
}

/// The next chunk of a stream, through the inherent API only.
async fn futures_next(stream: &mut ByteStream) -> Option<Result<Bytes>> {
    std::future::poll_fn(|cx| futures::Stream::poll_next(std::pin::Pin::new(&mut *stream), cx)).await
}

#[test]
fn every_coding_is_decoded_blocking() {
    for coding in ["gzip", "br"] {
        let server = compressing_server();
        let api =
            HostileBlockingClient::builder().base_url(&server.uri()).header("X-Want", coding).build().expect("client");
        assert_eq!(api.thing().expect(coding), Item { id: 7 });
        let mut text = String::new();
        std::io::Read::read_to_string(&mut api.download("t").expect(coding), &mut text).expect("read");
        assert_eq!(text, JSON);
    }
}

#[tokio::test]
async fn a_compressed_listing_is_decoded() {
    let server = TestServer::start(|_| {
        Reply::status(200)
            .header("Content-Type", "application/json")
            .header("Content-Encoding", "gzip")
            .body(hostile_support::gzip(br#"[{"id":1},{"id":2}]"#))
    });
    let mut items = client(&server).items();
    assert_eq!(items.try_next().await.expect("item"), Some(Item { id: 1 }));
    assert_eq!(items.try_next().await.expect("item"), Some(Item { id: 2 }));
    assert_eq!(items.try_next().await.expect("end"), None);
}

#[tokio::test]
async fn a_user_accept_encoding_header_does_not_break_calls() {
    let server = compressing_server();
    let api =
        HostileClient::builder().base_url(&server.uri()).header("Accept-Encoding", "gzip").build().expect("client");
    assert_eq!(api.thing().await.expect("gzip decoded"), Item { id: 7 });
    assert_eq!(server.single_request().header("accept-encoding"), Some("gzip"));
}

#[tokio::test]
async fn compression_off_asks_for_nothing_and_refuses_encoded_bodies() {
    let server = compressing_server();
    let api = HostileClient::builder().base_url(&server.uri()).compression(false).build().expect("client");
    let err = api.thing().await.expect_err("gzip while compression is off");
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert!(err.to_string().contains("`gzip`"), "{err}");
    assert_eq!(server.single_request().header("accept-encoding"), None);
}

#[tokio::test]
async fn an_unknown_encoding_is_a_clear_decode_error() {
    let server = TestServer::start(|_| {
        Reply::status(200).header("Content-Encoding", "x-snappy").body(vec![0xff, 0x00, 0x1b, 0x9c, 0x80])
    });
    let api = client(&server);
    for err in [api.thing().await.expect_err("unknown"), api.download("t").await.expect_err("unknown")] {
        assert_eq!(err.kind(), ErrorKind::Decode);
        let shown = err.to_string();
        assert!(shown.contains("x-snappy"), "{shown}");
        assert!(!shown.contains(['\u{1b}', '\u{fffd}']), "{shown}");
    }
}

#[test]
fn an_unknown_encoding_is_a_clear_decode_error_blocking() {
    let server = TestServer::start(|_| Reply::status(200).header("Content-Encoding", "x-snappy").body("\u{1b}zz"));
    let err = blocking(&server).text().expect_err("unknown");
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert!(err.to_string().contains("x-snappy"), "{err}");
}

/// About 6.5 MB of gzip that inflates to 1 GiB: refused at the (decoded)
/// body cap, without inflating the rest.
#[tokio::test]
async fn a_gzip_bomb_is_body_too_large() {
    let bomb = hostile_support::gzip_bomb(1 << 30);
    assert!(bomb.len() < 7_000_000);
    let server = TestServer::start(move |_| {
        Reply::status(200)
            .header("Content-Encoding", "gzip")
            .header("Content-Type", "application/json")
            .body(bomb.clone())
    });
    let started = Instant::now();
    let err = client(&server).thing().await.expect_err("bomb");
    assert_eq!(err.kind(), ErrorKind::BodyTooLarge);
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[test]
fn a_gzip_bomb_is_body_too_large_blocking() {
    let bomb = hostile_support::gzip_bomb(64 << 20);
    let server = TestServer::start(move |_| Reply::status(200).header("Content-Encoding", "gzip").body(bomb.clone()));
    let api = HostileBlockingClient::builder().base_url(&server.uri()).max_body_size(1 << 20).build().expect("client");
    assert_eq!(api.text().expect_err("bomb").kind(), ErrorKind::BodyTooLarge);
}

// ---- §5: cookies -------------------------------------------------------------------

fn cookie_server() -> TestServer {
    TestServer::start(|request| match request.path() {
        "/login" => Reply::status(200)
            .header("Set-Cookie", "sid=cookie-secret-value; Path=/api; HttpOnly")
            .header("Set-Cookie", "foreign=1; Domain=example.com; Path=/")
            .body("in"),
        _ => Reply::status(200).body(request.header("cookie").unwrap_or("").to_owned()),
    })
}

#[tokio::test]
async fn cookies_follow_domain_and_path_rules_when_kept() {
    let server = cookie_server();
    let api = HostileClient::builder().base_url(&server.uri()).cookie_store(true).build().expect("client");
    let login = api.login().await.expect("login");
    assert!(!format!("{login:?}").contains("cookie-secret-value"), "{login:?}");
    assert_eq!(api.me().await.expect("me"), "sid=cookie-secret-value", "sent under /api");
    assert_eq!(api.other().await.expect("other"), "", "not outside its path; the foreign domain never");
    let clone = api.clone();
    assert_eq!(clone.me().await.expect("me"), "sid=cookie-secret-value", "clones share the jar");
}

#[test]
fn cookies_follow_domain_and_path_rules_when_kept_blocking() {
    let server = cookie_server();
    let api = HostileBlockingClient::builder().base_url(&server.uri()).cookie_store(true).build().expect("client");
    api.login().expect("login");
    assert_eq!(api.me().expect("me"), "sid=cookie-secret-value");
    assert_eq!(api.other().expect("other"), "");
}

#[tokio::test]
async fn cookies_are_not_kept_by_default() {
    let server = cookie_server();
    let api = client(&server);
    api.login().await.expect("login");
    assert_eq!(api.me().await.expect("me"), "");
}

#[tokio::test]
async fn set_cookie_on_an_error_is_hidden() {
    let server = TestServer::start(|_| Reply::status(403).header("Set-Cookie", "sid=error-cookie-secret"));
    let err = client(&server).thing().await.expect_err("403");
    assert!(err.headers().is_some_and(|h| h.contains_key("set-cookie")));
    let shown = format!("{err} {err:?} {:?}", err.headers());
    assert!(!shown.contains("error-cookie-secret"), "{shown}");
}

// ---- §5: proxies -----------------------------------------------------------------------

/// A loopback "proxy" that answers every request itself.
fn proxy_server() -> TestServer {
    TestServer::start(|request| Reply::json(&format!("{{\"id\":{}}}", request.target.len())))
}

#[tokio::test]
async fn a_proxy_receives_absolute_form_requests_with_its_credentials() {
    let proxy = proxy_server();
    let proxy_url = format!("http://proxy-user:proxy-secret@{}", proxy.addr());
    let api = HostileClient::builder()
        .base_url("http://api.example.invalid/v1")
        .proxy(&proxy_url)
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    assert!(!format!("{:?}", api.session()).contains("proxy-secret"));
    api.thing().await.expect("answered by the proxy");
    let seen = proxy.single_request();
    assert_eq!(seen.target, "http://api.example.invalid/v1/thing");
    // base64("proxy-user:proxy-secret")
    assert_eq!(seen.header("proxy-authorization"), Some("Basic cHJveHktdXNlcjpwcm94eS1zZWNyZXQ="));

    let failing = TestServer::start(|_| Reply::status(502).body("bad gateway"));
    let api = HostileClient::builder()
        .base_url("http://api.example.invalid")
        .proxy(&format!("http://proxy-user:proxy-secret@{}", failing.addr()))
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let err = api.thing().await.expect_err("502 from the proxy");
    assert!(!format!("{err} {err:?}").contains("proxy-secret"));
}

#[test]
fn an_invalid_proxy_is_reported_at_build_without_echo() {
    let err = Session::builder()
        .base_url("http://api.example.com")
        .proxy("http://user:proxy-secret@[::1")
        .build()
        .expect_err("invalid proxy");
    assert_eq!(err.kind(), ErrorKind::Builder);
    assert!(!format!("{err} {err:?}").contains("proxy-secret"));
}

#[tokio::test]
async fn no_proxy_connects_directly() {
    let server = TestServer::start(|_| Reply::json(r#"{"id":3}"#));
    let dead = tests::closed_port_url();
    let api = HostileClient::builder()
        .base_url(&server.uri())
        .proxy(&dead)
        .no_proxy()
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    assert_eq!(api.thing().await.expect("direct"), Item { id: 3 });
    assert_eq!(server.single_request().target, "/thing");
}

/// The environment's `HTTP_PROXY` is honoured by default: checked in a
/// child process, so that no other test sees the variable.
#[test]
fn the_environment_proxy_is_honoured_by_default() {
    let proxy = proxy_server();
    let status = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", "env_proxy_child", "--ignored", "--nocapture", "--test-threads=1"])
        .env("HTTP_PROXY", format!("http://{}", proxy.addr()))
        .env_remove("http_proxy")
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .env_remove("REQUEST_METHOD")
        .status()
        .expect("child test");
    assert!(status.success());
    assert_eq!(proxy.single_request().target, "http://api.example.invalid/thing");
}

/// `NO_PROXY` from the environment is honoured too: the proxy named in
/// `HTTP_PROXY` is down, and loopback is exempt.
#[test]
fn the_environment_no_proxy_is_honoured_by_default() {
    let server = TestServer::start(|_| Reply::json(r#"{"id":4}"#));
    let status = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", "env_no_proxy_child", "--ignored", "--nocapture", "--test-threads=1"])
        .env("HTTP_PROXY", tests::closed_port_url())
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("HOSTILE_BASE_URL", server.uri())
        .env_remove("http_proxy")
        .env_remove("no_proxy")
        .env_remove("REQUEST_METHOD")
        .status()
        .expect("child test");
    assert!(status.success());
    assert_eq!(server.single_request().target, "/thing");
}

#[test]
#[ignore = "run by the_environment_no_proxy_is_honoured_by_default"]
fn env_no_proxy_child() {
    let base = std::env::var("HOSTILE_BASE_URL").expect("set by the parent test");
    let api = HostileBlockingClient::builder().base_url(&base).retry(RetryPolicy::none()).build().expect("client");
    assert_eq!(api.thing().expect("direct, as NO_PROXY says"), Item { id: 4 });
}

#[test]
#[ignore = "run by the_environment_proxy_is_honoured_by_default"]
fn env_proxy_child() {
    let api = HostileBlockingClient::builder()
        .base_url("http://api.example.invalid")
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    api.thing().expect("answered by the proxy from HTTP_PROXY");
}

// ---- §5: client certificates ----------------------------------------------------------------

tests::both_flavours! {
    async fn a_client_certificate_is_presented_for_mutual_tls() {
        let (root, identity, acceptor) = hostile_support::mutual_tls();
        let base = hostile_support::https_server(acceptor);
        let with_identity = TracedClient::builder()
            .base_url(&base)
            .add_root_certificate(root.as_bytes())
            .identity_pem(identity.as_bytes())
            .retry(RetryPolicy::none())
            .build()
            .expect("client");
        assert_eq!(call(with_identity.text()).await.expect("mutual TLS"), "mutual");

        let without = TracedClient::builder()
            .base_url(&base)
            .add_root_certificate(root.as_bytes())
            .retry(RetryPolicy::none())
            .build()
            .expect("client");
        assert!(call(without.text()).await.is_err(), "the server demands a certificate");
    }
}

#[test]
fn an_invalid_identity_is_reported_at_build() {
    let err = Session::builder()
        .base_url("https://127.0.0.1")
        .identity_pem(b"-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n")
        .build()
        .expect_err("invalid identity");
    assert_eq!(err.kind(), ErrorKind::Builder);
    assert!(!format!("{err:?}").contains("bm90IGEga2V5"));
}

// ---- §5: Content-Length: 0, headers and URL on errors ---------------------------------------

#[tokio::test]
async fn writes_without_a_body_send_content_length_zero() {
    let server = TestServer::start(|_| Reply::status(204));
    let api = client(&server);
    api.star("rust-lang", "rust").await.expect("PUT");
    api.ping().await.expect("POST");
    api.touch().await.expect("PATCH");
    api.thing().await.expect_err("GET of 204 has no JSON");
    let lengths: Vec<_> =
        server.requests().iter().map(|r| (r.method.clone(), r.header("content-length").map(str::to_owned))).collect();
    assert_eq!(
        lengths,
        [
            ("PUT".to_owned(), Some("0".to_owned())),
            ("POST".to_owned(), Some("0".to_owned())),
            ("PATCH".to_owned(), Some("0".to_owned())),
            ("GET".to_owned(), None),
        ]
    );
}

#[test]
fn writes_without_a_body_send_content_length_zero_blocking() {
    let server = TestServer::start(|_| Reply::status(204));
    blocking(&server).star("rust-lang", "rust").expect("PUT");
    assert_eq!(server.single_request().header("content-length"), Some("0"));
}

#[tokio::test]
async fn errors_carry_the_response_headers_and_a_redacted_url() {
    let server = TestServer::start(|_| {
        Reply::status(401).header("WWW-Authenticate", "Bearer realm=\"api\", error=\"invalid_token\"")
    });
    let err = client(&server).with_token("url-secret-token", 3).await.expect_err("401");
    let challenge = err.headers().and_then(|h| h.get("www-authenticate")).and_then(|v| v.to_str().ok());
    assert_eq!(challenge, Some("Bearer realm=\"api\", error=\"invalid_token\""));
    let url = err.url().expect("the URL");
    assert_eq!(url.path(), "/q");
    assert_eq!(url.query(), Some("access_token=REDACTED&page=3"));
    assert!(!format!("{err} {err:?}").contains("url-secret-token"));
}

#[test]
fn errors_carry_the_response_headers_and_a_redacted_url_blocking() {
    let server = TestServer::start(|_| Reply::status(429).header("x-ratelimit-remaining", "7"));
    let err = blocking(&server).download("stream-token").expect_err("429");
    assert_eq!(err.headers().and_then(|h| h.get("x-ratelimit-remaining")).map(|v| v.as_bytes()), Some(&b"7"[..]));
    assert_eq!(err.url().and_then(|u| u.query()), Some("token=REDACTED"));
}

#[tokio::test]
async fn a_transport_error_carries_the_redacted_url() {
    let api = HostileClient::builder()
        .base_url(&tests::closed_port_url())
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let err = api.with_token("closed-port-token", 1).await.expect_err("connect");
    assert_eq!(err.kind(), ErrorKind::Connect);
    assert_eq!(err.url().and_then(|u| u.query()), Some("access_token=REDACTED&page=1"));
    assert!(err.headers().is_none());
}

/// With the body cap lifted, a 2xx declaring 100 GB still reserves nothing
/// near that.
#[tokio::test]
async fn an_uncapped_body_declaring_100_gb_reserves_nothing_of_the_sort() {
    let base = lying("200 OK", "100000000000");
    let api = HostileClient::builder()
        .base_url(&base)
        .max_body_size(usize::MAX)
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let err = api.text().await.expect_err("the body breaks off");
    assert_eq!(err.kind(), ErrorKind::Transport);
}
