//! Safety defaults of `#[client]` clients, end to end against real
//! servers on 127.0.0.1: bad input is refused before any connection,
//! redirects are bounded and do not leak credentials, response bodies are
//! capped, and secrets never show up in `Debug` or in errors. Every
//! scenario runs against the async and the blocking client alike (see
//! `tests::flavour`).

#![allow(clippy::unwrap_used)]

use std::net::ToSocketAddrs as _;
use std::time::{Duration, Instant};

use client_runtime::{Bytes, ERROR_BODY_LIMIT, ErrorKind, Response, Result, RetryPolicy, client};
use serde::{Serialize, Serializer};
use tests::{Reply, TestServer, closed_port_url};

/// A value whose serialization always fails.
#[derive(Debug)]
pub struct Unserializable;

impl Serialize for Unserializable {
    fn serialize<S: Serializer>(&self, _: S) -> std::result::Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("this value cannot be serialized"))
    }
}

tests::flavoured_client! {
    async: #[client],
    blocking: #[client(blocking)],
    #[header("X-Static", "declared")]
    pub trait Api {
        #[get("/users/<name>")]
        async fn get_user(&self, name: &str) -> Result<()>;

        #[get("/repos/<owner>/<repo>/contents/<path..>")]
        async fn get_contents(&self, owner: &str, repo: &str, path: &str) -> Result<()>;

        #[get("/echo")]
        async fn echo(&self, #[header("X-Note")] note: &str) -> Result<()>;

        #[get("/echo")]
        async fn echo_opt(&self, #[header("X-Note")] note: Option<&str>) -> Result<()>;

        #[post("/json")]
        async fn bad_json(&self, #[body] value: &Unserializable) -> Result<()>;

        #[post("/form")]
        async fn bad_form(&self, #[form] value: &Unserializable) -> Result<()>;

        #[get("/query")]
        async fn bad_query(&self, #[query("q")] value: &Unserializable) -> Result<()>;

        #[get("/r/<name>")]
        async fn follow(&self, name: &str) -> Result<Response<String>>;

        #[post("/r/<name>")]
        async fn submit(&self, name: &str, #[body] body: &serde_json::Value) -> Result<Response<String>>;

        #[put("/r/<name>")]
        async fn put_raw(&self, name: &str, #[body(raw)] body: Vec<u8>) -> Result<Response<String>>;

        #[get("/big")]
        async fn big(&self) -> Result<Bytes>;

        #[get("/big")]
        async fn big_vec(&self) -> Result<Vec<u8>>;

        #[get("/big")]
        async fn big_text(&self) -> Result<String>;

        #[get("/big")]
        async fn big_json(&self) -> Result<serde_json::Value>;

        #[get("/big")]
        async fn big_meta(&self) -> Result<Response<Bytes>>;
    }

    pub(crate) fn api(uri: &str) -> ApiClient {
        ApiClient::builder().base_url(uri).retry(RetryPolicy::none()).build().expect("client builds")
    }

    pub(crate) fn api_at(server: &TestServer) -> ApiClient {
        api(&server.uri())
    }

    /// A client with every kind of credential, plus a harmless header.
    pub(crate) fn credentialed(uri: &str) -> ApiClient {
        ApiClient::builder()
            .base_url(uri)
            .bearer_auth("tok-SECRET-123")
            .api_key("X-API-Key", "key-SECRET-789")
            .header("Cookie", "session=cookie-SECRET-000")
            .header("X-Harmless", "kept")
            .retry(RetryPolicy::none())
            .build()
            .expect("client")
    }

    pub(crate) fn secret_builders(uri: &str) -> Vec<client_runtime::Builder<ApiClient>> {
        vec![
            ApiClient::builder()
                .base_url(uri)
                .bearer_auth("tok-SECRET-123")
                .api_key("X-API-Key", "key-SECRET-789")
                .header("Cookie", "session=cookie-SECRET-000")
                .retry(RetryPolicy::none())
                .timeout(Duration::from_millis(200)),
            ApiClient::builder()
                .base_url(uri)
                .basic_auth("alice", "pw-SECRET-456")
                .header("X-Api-Key", "fine")
                .api_key("Private-Token", "key-SECRET-789")
                .retry(RetryPolicy::none())
                .timeout(Duration::from_millis(200)),
            ApiClient::builder()
                .base_url(uri)
                .header("Authorization", "token tok-SECRET-123")
                .retry(RetryPolicy::none())
                .timeout(Duration::from_millis(200)),
        ]
    }

    /// A client for `server` whose calls stop after 10 s, with retries off:
    /// a hostile body must fail well before that.
    pub(crate) fn bounded(server: &TestServer) -> client_runtime::Builder<ApiClient> {
        ApiClient::builder().base_url(&server.uri()).timeout(Duration::from_secs(10)).retry(RetryPolicy::none())
    }

    pub(crate) async fn assert_endless_body_is_cut(chunked: bool) {
        let server = TestServer::start(move |_| Reply::endless(200, chunked));
        let api = bounded(&server).max_body_size(64 * 1024).build().expect("client");
        let started = Instant::now();
        let err = call(api.big()).await.expect_err("endless");
        assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "chunked={chunked}: {err:?}");
        assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
        assert!(streams_closed(&server, Duration::from_secs(2)).await, "the client must close the connection");
        let streamed = server.bytes_streamed();
        assert!(streamed < 32 * 1024 * 1024, "the client stopped reading early: {streamed} bytes were written");
    }

    /// Whether every connection to `server` was closed within `limit`,
    /// waiting in the flavour's own way (the async client closes its
    /// connections on the runtime the test runs).
    pub(crate) async fn streams_closed(server: &TestServer, limit: Duration) -> bool {
        let started = Instant::now();
        while !server.wait_streams_closed(Duration::ZERO) {
            if started.elapsed() > limit {
                return false;
            }
            pause(Duration::from_millis(10)).await;
        }
        true
    }
}

// ---------------------------------------------------------------- bad input

tests::both_flavours! {
    async fn empty_and_relative_path_values_are_refused_before_any_connection() {
        let server = TestServer::ok();
        let api = api(&server.uri());
        for bad in ["", ".", ".."] {
            let err = call(api.get_user(bad)).await.expect_err(bad);
            assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{bad:?}: {err:?}");
            assert!(err.is_invalid_request());
            assert_eq!(err.attempts(), 0);
            let shown = err.to_string();
            assert!(shown.starts_with("GET /users/<name>: "), "{shown}");
            assert!(shown.contains("<name>"), "{shown}");
        }
        for bad in ["", ".", "..", "a/../b", "a/./b", "a//b", "./a", "../a", "a/", "/a", "a/..", "a/.", "//"] {
            let err = call(api.get_contents("o", "r", bad)).await.expect_err(bad);
            assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{bad:?}: {err:?}");
            assert!(err.to_string().starts_with("GET /repos/<owner>/<repo>/contents/<path..>: "), "{err}");
        }
        for bad in ["", ".", ".."] {
            let err = call(api.get_contents(bad, "r", "f")).await.expect_err(bad);
            assert_eq!(err.kind(), ErrorKind::InvalidRequest, "owner {bad:?}: {err:?}");
            let err = call(api.get_contents("o", bad, "f")).await.expect_err(bad);
            assert_eq!(err.kind(), ErrorKind::InvalidRequest, "repo {bad:?}: {err:?}");
        }
        assert_eq!(server.connections(), 0, "nothing may reach the server");
        assert_eq!(server.request_count(), 0);

        // The same client still works for good values.
        call(api.get_user("ok")).await.expect("a good value");
        assert_eq!(server.single_request().target, "/users/ok");
    }
}

tests::both_flavours! {
    async fn header_values_with_cr_lf_or_nul_are_refused_and_nothing_is_sent() {
        let server = TestServer::ok();
        let api = api(&server.uri());
        for bad in ["a\r\nX-Injected: 1", "a\nb", "a\rb", "a\0b", "\r\n"] {
            let err = call(api.echo(bad)).await.expect_err("CR/LF/NUL");
            assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{bad:?}: {err:?}");
            assert_eq!(err.attempts(), 0);
            assert!(err.to_string().starts_with("GET /echo: "), "{err}");
            let err = call(api.echo_opt(Some(bad))).await.expect_err("CR/LF/NUL");
            assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{bad:?}: {err:?}");
        }
        assert_eq!(server.connections(), 0, "nothing may reach the server");

        call(api.echo("fine\tvalue")).await.expect("a tab is allowed");
        let request = server.single_request();
        assert_eq!(request.headers_named("x-note"), ["fine\tvalue"]);
        assert!(request.header("x-injected").is_none());
    }
}

tests::both_flavours! {
    async fn values_that_fail_to_serialize_are_refused_before_any_connection() {
        let server = TestServer::ok();
        let api = api(&server.uri());
        let err = call(api.bad_json(&Unserializable)).await.expect_err("json");
        assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err:?}");
        assert!(err.to_string().starts_with("POST /json: "), "{err}");
        let err = call(api.bad_form(&Unserializable)).await.expect_err("form");
        assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err:?}");
        let err = call(api.bad_query(&Unserializable)).await.expect_err("query");
        assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err:?}");
        assert_eq!(server.connections(), 0);
    }
}

tests::both_flavours! {
    async fn invalid_builder_settings_are_reported_by_build() {
        let bad_urls = [
            "",
            "not a url",
            "/relative/path",
            "ftp://127.0.0.1/",
            "file:///etc/passwd",
            "http://127.0.0.1/?q=1",
            "http://127.0.0.1/#fragment",
            "http://user:pass@127.0.0.1/",
            "http://",
            "http://127.0.0.1:99999/",
        ];
        for url in bad_urls {
            let err = ApiClient::builder().base_url(url).build().expect_err(url);
            assert_eq!(err.kind(), ErrorKind::Builder, "{url:?}: {err:?}");
            let err = Session::builder().base_url(url).build().expect_err(url);
            assert_eq!(err.kind(), ErrorKind::Builder, "{url:?}: {err:?}");
        }
        let err = ApiClient::builder().build().expect_err("no base URL");
        assert_eq!(err.kind(), ErrorKind::Builder);
        // A base URL without a scheme is named, with the fix.
        let err = ApiClient::builder().base_url("127.0.0.1:8082").build().expect_err("no scheme");
        assert_eq!(err.kind(), ErrorKind::Builder);
        assert_eq!(err.to_string(), "the base URL `127.0.0.1:8082` has no scheme: write `http://127.0.0.1:8082`");

        let base = "http://127.0.0.1:9";
        let bad_settings: Vec<(&str, client_runtime::Builder<ApiClient>)> = vec![
            ("CRLF header", ApiClient::builder().base_url(base).header("X-A", "a\r\nX-Injected: 1")),
            ("LF header", ApiClient::builder().base_url(base).header("X-A", "a\nb")),
            ("NUL header", ApiClient::builder().base_url(base).header("X-A", "a\0b")),
            ("bad header name", ApiClient::builder().base_url(base).header("bad name", "v")),
            ("empty header name", ApiClient::builder().base_url(base).header("", "v")),
            ("CRLF user agent", ApiClient::builder().base_url(base).user_agent("agent\r\nX-Injected: 1")),
            ("CRLF bearer", ApiClient::builder().base_url(base).bearer_auth("tok\r\nX-Injected: 1")),
            ("CRLF api key", ApiClient::builder().base_url(base).api_key("X-API-Key", "key\nX: 1")),
            ("bad api key name", ApiClient::builder().base_url(base).api_key("bad name", "key")),
            ("zero rate", ApiClient::builder().base_url(base).rate_limit(0, Duration::from_secs(1))),
            // The first bad setting is kept even when later ones are fine.
            ("then fine", ApiClient::builder().header("X-A", "a\nb").base_url(base).header("X-B", "fine")),
        ];
        for (what, builder) in bad_settings {
            let err = builder.build().expect_err(what);
            assert_eq!(err.kind(), ErrorKind::Builder, "{what}: {err:?}");
        }
    }
}

// ---------------------------------------------------------------- redirects

/// `/r/hop<n>` redirects to `/r/hop<n+1>` until `/r/hop<last>`, which
/// answers 200 with its own name.
fn chain_server(last: usize) -> TestServer {
    TestServer::start(move |r| {
        let n: usize = r.path().trim_start_matches("/r/hop").parse().unwrap_or(usize::MAX);
        if n < last {
            let status = [301, 302, 303, 307, 308][n % 5];
            Reply::redirect(status, &format!("/r/hop{}", n + 1))
        } else {
            Reply::status(200).body(r.path())
        }
    })
}

tests::both_flavours! {
    async fn redirects_are_followed_up_to_ten_hops_and_recorded() {
        let server = chain_server(10);
        let api = api(&server.uri());
        let response = call(api.follow("hop0")).await.expect("ten hops are allowed");
        assert_eq!(response.body(), "/r/hop10");
        assert_eq!(response.url().as_str(), server.url("/r/hop10"));
        let history = response.history();
        assert_eq!(history.len(), 10);
        for (i, hop) in history.iter().enumerate() {
            assert_eq!(hop.status(), [301, 302, 303, 307, 308][i % 5], "hop {i}");
            assert_eq!(hop.url().as_str(), server.url(&format!("/r/hop{i}")), "hop {i}");
            assert_eq!(hop.location().as_str(), server.url(&format!("/r/hop{}", i + 1)), "hop {i}");
        }
        let requests = server.requests();
        assert_eq!(requests.len(), 11);
        assert!(requests.iter().all(|r| r.method == "GET"));
    }
}

tests::both_flavours! {
    async fn the_eleventh_redirect_is_refused() {
        let server = chain_server(11);
        let api = api(&server.uri());
        let err = call(api.follow("hop0")).await.expect_err("eleven hops");
        assert_eq!(err.kind(), ErrorKind::Redirect, "{err:?}");
        assert!(err.is_redirect());
        assert!(err.to_string().starts_with("GET /r/<name> (/r/hop10): "), "{err}");
        assert_eq!(server.request_count(), 11, "the 11th redirect is not followed");

        let looping = TestServer::start(|_| Reply::redirect(302, "/r/loop"));
        let err = call(api_at(&looping).follow("loop")).await.expect_err("a loop");
        assert_eq!(err.kind(), ErrorKind::Redirect, "{err:?}");
        assert_eq!(looping.request_count(), 11);
    }
}

tests::both_flavours! {
    async fn max_redirects_sets_the_limit_and_zero_returns_the_redirect() {
        let server = chain_server(3);
        let two = ApiClient::builder().base_url(&server.uri()).max_redirects(2).build().expect("client");
        let err = call(two.follow("hop0")).await.expect_err("three hops, two allowed");
        assert_eq!(err.kind(), ErrorKind::Redirect, "{err:?}");
        assert_eq!(server.request_count(), 3);

        let three = ApiClient::builder().base_url(&server.uri()).max_redirects(3).build().expect("client");
        assert_eq!(call(three.follow("hop0")).await.expect("three allowed").history().len(), 3);

        let server = chain_server(3);
        let zero = ApiClient::builder().base_url(&server.uri()).max_redirects(0).build().expect("client");
        let err = call(zero.follow("hop0")).await.expect_err("a 301 is not a success");
        assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
        assert_eq!(err.status(), Some(client_runtime::StatusCode::MOVED_PERMANENTLY));
        assert_eq!(server.request_count(), 1, "not followed");
    }
}

fn post_redirect_server(status: u16) -> TestServer {
    TestServer::start(move |r| match r.path() {
        "/r/submit" => Reply::redirect(status, "/r/result"),
        _ => Reply::status(200).body(format!("{} {}", r.method, r.body_text())),
    })
}

tests::both_flavours! {
    async fn a_303_turns_a_post_into_a_get_without_the_body() {
        for status in [303, 302, 301] {
            let server = post_redirect_server(status);
            let api = ApiClient::builder().base_url(&server.uri()).bearer_auth("same-origin").build().expect("client");
            let response = call(api.submit("submit", &serde_json::json!({"a": 1}))).await.expect("followed");
            assert_eq!(response.body(), "GET ", "{status}");
            assert_eq!(response.history()[0].status(), status);
            let requests = server.requests();
            assert_eq!(requests[0].method, "POST");
            assert_eq!(requests[0].body, br#"{"a":1}"#);
            assert_eq!(requests[1].method, "GET", "{status}");
            assert_eq!(requests[1].target, "/r/result");
            assert!(requests[1].body.is_empty(), "{status}");
            assert!(requests[1].header("content-type").is_none(), "{status}: {requests:#?}");
            assert!(requests[1].header("content-length").is_none_or(|l| l == "0"), "{status}: {requests:#?}");
            assert_eq!(requests[1].headers_named("authorization"), ["Bearer same-origin"]);
        }
    }
}

tests::both_flavours! {
    async fn a_307_or_308_resends_the_method_and_the_body() {
        for status in [307, 308] {
            let server = post_redirect_server(status);
            let api = api_at(&server);
            let response = call(api.submit("submit", &serde_json::json!({"keep": "me"}))).await.expect("followed");
            assert_eq!(response.body(), r#"POST {"keep":"me"}"#, "{status}");
            let requests = server.requests();
            assert_eq!(requests[1].method, "POST");
            assert_eq!(requests[1].body, br#"{"keep":"me"}"#);
            assert_eq!(requests[1].headers_named("content-type"), ["application/json"]);

            let response = call(api.put_raw("submit", vec![0, 1, 0xff])).await.expect("followed");
            assert_eq!(response.history()[0].status(), status);
            let requests = server.requests();
            assert_eq!(requests[3].method, "PUT");
            assert_eq!(requests[3].body, [0, 1, 0xff]);
            assert_eq!(requests[3].headers_named("content-type"), ["application/octet-stream"]);
        }
    }
}

fn assert_no_credentials(request: &tests::RecordedRequest) {
    for name in ["authorization", "x-api-key", "cookie", "proxy-authorization"] {
        assert!(request.header(name).is_none(), "{name} leaked to another origin: {request:#?}");
    }
    assert_eq!(request.headers_named("x-harmless"), ["kept"], "other headers still go");
    assert_eq!(request.headers_named("x-static"), ["declared"], "declared headers still go");
}

fn assert_all_credentials(request: &tests::RecordedRequest) {
    assert_eq!(request.headers_named("authorization"), ["Bearer tok-SECRET-123"]);
    assert_eq!(request.headers_named("x-api-key"), ["key-SECRET-789"]);
    assert_eq!(request.headers_named("cookie"), ["session=cookie-SECRET-000"]);
}

tests::both_flavours! {
    async fn a_redirect_to_another_origin_drops_every_credential() {
        let other = TestServer::start(|_| Reply::status(200).body("other"));
        let landing = other.url("/landing");
        let origin = TestServer::start(move |_| Reply::redirect(302, &landing));
        let api = credentialed(&origin.uri());
        let response = call(api.follow("away")).await.expect("followed");
        assert_eq!(response.body(), "other");
        assert_eq!(response.url().as_str(), other.url("/landing"));
        assert_all_credentials(&origin.single_request());
        assert_no_credentials(&other.single_request());

        // Basic auth is an Authorization header too.
        let landing = other.url("/landing");
        let origin = TestServer::start(move |_| Reply::redirect(307, &landing));
        let basic =
            ApiClient::builder().base_url(&origin.uri()).basic_auth("alice", "pw-SECRET-456").build().expect("client");
        call(basic.follow("away")).await.expect("followed");
        assert!(origin.single_request().header("authorization").is_some());
        assert!(other.requests()[1].header("authorization").is_none(), "{:#?}", other.requests());
    }
}

tests::both_flavours! {
    async fn another_host_name_for_the_same_server_is_another_origin() {
        let server = TestServer::start(|r| match r.path() {
            "/r/start" => Reply::redirect(302, "/r/to-localhost"),
            _ => Reply::status(200).body("landed"),
        });
        let resolves =
            ("localhost", server.addr().port()).to_socket_addrs().is_ok_and(|mut addrs| addrs.any(|a| a == server.addr()));
        if !resolves {
            eprintln!("skipped: localhost does not resolve to 127.0.0.1 here");
            return;
        }
        let localhost = format!("http://localhost:{}/r/landing", server.addr().port());
        let hopping = TestServer::start(move |_| Reply::redirect(302, &localhost));
        let api = credentialed(&hopping.uri().replace("localhost", "127.0.0.1"));
        call(api.follow("start")).await.expect("followed");
        assert_all_credentials(&hopping.single_request());
        let landed = server.single_request();
        assert_eq!(landed.header("host").map(|h| h.starts_with("localhost:")), Some(true));
        assert_no_credentials(&landed);
    }
}

tests::both_flavours! {
    async fn a_same_origin_redirect_keeps_credentials() {
        let server = TestServer::start(|r| match r.path() {
            "/r/relative" => Reply::redirect(302, "/r/absolute"),
            "/r/absolute" => Reply::redirect(307, &format!("http://{}/r/done", r.header("host").unwrap_or_default())),
            _ => Reply::status(200).body("done"),
        });
        let api = credentialed(&server.uri());
        let response = call(api.follow("relative")).await.expect("followed");
        assert_eq!(response.history().len(), 2);
        let requests = server.requests();
        assert_eq!(requests.len(), 3);
        for request in &requests {
            assert_all_credentials(request);
        }
    }
}

tests::both_flavours! {
    async fn a_redirect_to_a_non_http_url_is_refused() {
        for location in ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "http://[::1"] {
            let server = TestServer::start(move |_| Reply::redirect(302, location));
            let err = call(api_at(&server).follow("x")).await.expect_err(location);
            assert_eq!(err.kind(), ErrorKind::Redirect, "{location}: {err:?}");
            assert_eq!(server.request_count(), 1);
        }
    }
}

// The https -> http downgrade refusal is not tested here: it needs a TLS
// server on loopback (a self-signed certificate trusted by the session);
// `tls.rs` has that setup.

// ---------------------------------------------------------------- body cap

tests::both_flavours! {
    async fn a_body_over_the_cap_with_a_content_length_is_refused() {
        let server = TestServer::start(|_| Reply::status(200).body(vec![b'7'; 1001]));
        let capped = ApiClient::builder().base_url(&server.uri()).max_body_size(1000).build().expect("client");
        let err = call(capped.big()).await.expect_err("1001 > 1000");
        assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err:?}");
        assert!(err.is_body_too_large());
        assert!(err.to_string().starts_with("GET /big: "), "{err}");
        assert_eq!(call(capped.big_vec()).await.expect_err("vec").kind(), ErrorKind::BodyTooLarge);
        assert_eq!(call(capped.big_text()).await.expect_err("text").kind(), ErrorKind::BodyTooLarge);
        assert_eq!(call(capped.big_json()).await.expect_err("json").kind(), ErrorKind::BodyTooLarge);
        assert_eq!(call(capped.big_meta()).await.expect_err("meta").kind(), ErrorKind::BodyTooLarge);

        let exact = ApiClient::builder().base_url(&server.uri()).max_body_size(1001).build().expect("client");
        assert_eq!(call(exact.big()).await.expect("a body exactly at the cap is fine").len(), 1001);
    }
}

tests::both_flavours! {
    async fn a_body_over_the_cap_without_a_content_length_is_refused() {
        let server = TestServer::start(|_| Reply::status(200).body(vec![b'7'; 1001]).without_content_length());
        let capped = ApiClient::builder().base_url(&server.uri()).max_body_size(1000).build().expect("client");
        let err = call(capped.big()).await.expect_err("1001 > 1000");
        assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err:?}");
        let exact = ApiClient::builder().base_url(&server.uri()).max_body_size(1001).build().expect("client");
        assert_eq!(call(exact.big()).await.expect("a body exactly at the cap is fine").len(), 1001);
    }
}

tests::both_flavours! {
    async fn an_announced_length_over_the_cap_fails_without_waiting_for_the_body() {
        // Announces 10 MiB + 1 (over the default cap) and then sends nothing.
        let server = TestServer::start(|_| Reply::raw_then_hang("HTTP/1.1 200 OK\r\nContent-Length: 10485761\r\n\r\n"));
        let api = bounded(&server).build().expect("client");
        let started = Instant::now();
        let err = call(api.big()).await.expect_err("over the default 10 MiB cap");
        assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err:?}");
        assert!(started.elapsed() < Duration::from_secs(1), "{:?}", started.elapsed());
    }
}

tests::both_flavours! {
    async fn an_endless_chunked_body_fails_once_the_cap_is_hit() {
        assert_endless_body_is_cut(true).await;
    }
}

tests::both_flavours! {
    async fn an_endless_body_without_any_length_fails_once_the_cap_is_hit() {
        assert_endless_body_is_cut(false).await;
    }
}

tests::both_flavours! {
    async fn an_endless_error_body_is_cut_at_the_error_limit() {
        let server = TestServer::start(|_| Reply::endless(500, true));
        let api = bounded(&server).build().expect("client");
        let started = Instant::now();
        let err = call(api.big()).await.expect_err("500");
        assert_eq!(err.kind(), ErrorKind::Status, "{err:?}");
        assert_eq!(err.status(), Some(client_runtime::StatusCode::INTERNAL_SERVER_ERROR));
        assert_eq!(err.body_bytes().map(Bytes::len), Some(ERROR_BODY_LIMIT));
        assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
        assert!(streams_closed(&server, Duration::from_secs(2)).await, "the client must close the connection");
    }
}

// ---------------------------------------------------------------- secrets

const SECRETS: [&str; 6] = [
    "tok-SECRET-123",
    "pw-SECRET-456",
    "key-SECRET-789",
    "cookie-SECRET-000",
    // base64("alice:pw-SECRET-456"), as sent in the Basic header
    "YWxpY2U6cHctU0VDUkVULTQ1Ng==",
    "SECRET",
];

fn assert_no_secret(what: &str, text: &str) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "{what} shows {secret:?}: {text}");
    }
}

/// Display and Debug of the error and of every source under it.
fn assert_error_has_no_secret(what: &str, err: &client_runtime::Error) {
    assert_no_secret(what, &err.to_string());
    assert_no_secret(what, &format!("{err:?}"));
    assert_no_secret(what, &format!("{err:#?}"));
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        assert_no_secret(what, &inner.to_string());
        assert_no_secret(what, &format!("{inner:?}"));
        source = inner.source();
    }
}

tests::both_flavours! {
    async fn credentials_never_appear_in_debug_output() {
        for builder in secret_builders("http://127.0.0.1:9") {
            assert_no_secret("builder Debug", &format!("{builder:?}"));
            assert_no_secret("builder Debug", &format!("{builder:#?}"));
            let client = builder.build().expect("client");
            assert_no_secret("client Debug", &format!("{client:?}"));
            assert_no_secret("client Debug", &format!("{client:#?}"));
            assert_no_secret("session Debug", &format!("{:?}", client.session()));
            assert_no_secret("clone Debug", &format!("{:?}", client.clone()));
        }
        let session = Session::builder()
            .base_url("http://127.0.0.1:9")
            .bearer_auth("tok-SECRET-123")
            .api_key("X-API-Key", "key-SECRET-789")
            .build()
            .expect("session");
        assert_no_secret("Session Debug", &format!("{session:#?}"));
        // The Debug output still says which headers carry credentials.
        let shown = format!("{session:?}");
        assert!(shown.contains("authorization") && shown.contains("x-api-key"), "{shown}");
    }
}

tests::both_flavours! {
    async fn credentials_never_appear_in_errors() {
        let server = TestServer::start(|r| match r.path() {
            "/users/status" => Reply::status(401).body(r#"{"message":"Bad credentials"}"#),
            "/users/hang" => Reply::hang(),
            "/r/loop" => Reply::redirect(302, "/r/loop"),
            "/big" => Reply::endless(200, true),
            _ => Reply::json("{not json"),
        });
        let closed = closed_port_url();
        for (index, builder) in secret_builders(&server.uri()).into_iter().enumerate() {
            let api = builder.max_body_size(1024).build().expect("client");
            let status = call(api.get_user("status")).await.expect_err("401");
            assert_eq!(status.kind(), ErrorKind::Status);
            assert_error_has_no_secret("Status error", &status);

            let timeout = call(api.get_user("hang")).await.expect_err("timeout");
            assert_eq!(timeout.kind(), ErrorKind::Timeout);
            assert_error_has_no_secret("Timeout error", &timeout);

            let redirect = call(api.follow("loop")).await.expect_err("loop");
            assert_eq!(redirect.kind(), ErrorKind::Redirect);
            assert_error_has_no_secret("Redirect error", &redirect);

            let too_large = call(api.big()).await.expect_err("cap");
            assert_eq!(too_large.kind(), ErrorKind::BodyTooLarge);
            assert_error_has_no_secret("BodyTooLarge error", &too_large);

            let invalid = call(api.get_user("..")).await.expect_err("invalid");
            assert_eq!(invalid.kind(), ErrorKind::InvalidRequest);
            assert_error_has_no_secret("InvalidRequest error", &invalid);

            let closed_api = secret_builders(&closed).swap_remove(index).build().expect("client");
            let connect = call(closed_api.get_user("x")).await.expect_err("connect");
            assert_eq!(connect.kind(), ErrorKind::Connect);
            assert_error_has_no_secret("Connect error", &connect);
        }

        let decoding = TestServer::start(|_| Reply::json(r#"{"oops"#));
        for builder in secret_builders(&decoding.uri()) {
            let err = call(builder.build().expect("client").big_json()).await.expect_err("decode");
            assert_eq!(err.kind(), ErrorKind::Decode);
            assert_error_has_no_secret("Decode error", &err);
        }
    }
}

tests::both_flavours! {
    async fn a_rejected_credential_is_not_echoed_by_the_builder_error() {
        let cases = [
            ApiClient::builder().base_url("http://127.0.0.1:9").bearer_auth("tok-SECRET-123\r\n"),
            ApiClient::builder().base_url("http://127.0.0.1:9").api_key("X-API-Key", "key-SECRET-789\n"),
            ApiClient::builder().base_url("http://127.0.0.1:9").header("Authorization", "tok-SECRET-123\n"),
            ApiClient::builder().base_url("http://127.0.0.1:9").header("Cookie", "cookie-SECRET-000\0"),
        ];
        for builder in cases {
            let err = builder.build().expect_err("a control character");
            assert_eq!(err.kind(), ErrorKind::Builder);
            assert_error_has_no_secret("Builder error", &err);
        }
    }
}

tests::both_flavours! {
    async fn a_base_url_with_a_password_is_refused_without_echoing_it() {
        for url in [
            "http://alice:pw-SECRET-456@127.0.0.1/",
            "http://alice:pw-SECRET-456@127.0.0.1/?q=1",
            "http://alice:pw-SECRET-456@127.0.0.1:99999/",
            "ftp://alice:pw-SECRET-456@127.0.0.1/",
        ] {
            let err = ApiClient::builder().base_url(url).build().expect_err(url);
            assert_eq!(err.kind(), ErrorKind::Builder);
            assert_error_has_no_secret("Builder error for a base URL with a password", &err);
        }
    }
}

tests::both_flavours! {
    /// A server that closes a kept-alive connection while the client is
    /// idle (a keep-alive timeout): the next call, a POST that must not be
    /// sent twice, goes out once on a new connection and succeeds. The
    /// blocking flavour drives its runtime only during calls, so the close
    /// is noticed at the next call, before anything is written.
    async fn a_connection_the_server_closed_while_idle_is_not_reused_for_a_write() {
        let server = TestServer::start(|r| match r.path() {
            "/users/octocat" => Reply::status(204).then_close(),
            _ => Reply::text(200, "created"),
        });
        let api = api_at(&server);
        call(api.get_user("octocat")).await.expect("the first call");
        pause(Duration::from_millis(200)).await;
        let created = call(api.submit("new", &serde_json::json!({"n": 1}))).await.expect("the write succeeds");
        assert_eq!(created.status(), 200);
        assert_eq!(server.targets(), ["/users/octocat", "/r/new"]);
        assert_eq!(server.connections(), 2);
    }
}
