//! The blocking flavour, end to end: the same contract as `foundation.rs`
//! and `safety.rs` through traits of plain `fn`s, run from plain `#[test]`
//! functions (the scenarios shared with async clients run in both flavours
//! from `foundation.rs`, `retry.rs`, `bodies.rs` and `pagination.rs`) (servers on 127.0.0.1: a wiremock server on a runtime of its
//! own, or the std-thread `tests::TestServer`), and from inside async
//! tests, where a blocking client must work rather than panic.

#![allow(clippy::unwrap_used)]

use std::fmt::Debug;
use std::time::{Duration, Instant};

use client_runtime::blocking::Session;
use client_runtime::{Bytes, ErrorKind, Response, Result, RetryPolicy, client};
use serde::{Deserialize, Serialize};
use tests::fixtures::{Repo, USER_JSON, User, octocat};
use tests::{BlockingMockServer, POOL_SETTLE, Reply, TestServer, closed_port_url};
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

#[derive(Debug, Serialize)]
pub struct NewIssue {
    pub title: String,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct Issue {
    pub number: u64,
}

#[derive(Debug, Serialize)]
pub struct Filter {
    pub state: Option<String>,
    pub labels: Option<String>,
    pub per_page: u32,
}

#[derive(Debug, Serialize)]
pub struct Login {
    pub user: String,
    pub note: String,
}

#[derive(Debug, Deserialize)]
pub struct ApiError {
    pub message: String,
}

/// Blocking because every request method is a plain `fn`.
#[client(base_url = "https://api.github.com")]
#[header("Accept", "application/vnd.github+json")]
#[header("X-Api-Version", "trait")]
pub trait GitHub {
    #[get("/users/<name>")]
    fn get_user(&self, name: &str) -> Result<User>;

    #[get("/users/<name>")]
    fn find_user(&self, name: &str) -> Result<Option<User>>;

    #[get("/repos/<owner>/<repo>")]
    fn get_repo(&self, owner: &str, repo: &str) -> Result<Repo>;

    #[get("/repos/<owner>/<repo>/contents/<path..>")]
    fn get_contents(&self, owner: &str, repo: &str, path: &str) -> Result<()>;

    #[post("/repos/<owner>/<repo>/issues")]
    #[header("X-Api-Version", "method")]
    fn create_issue(&self, owner: &str, repo: &str, #[body] issue: &NewIssue) -> Result<Issue>;

    #[delete("/repos/<owner>/<repo>/issues/<number>/lock")]
    fn unlock(&self, owner: &str, repo: &str, number: u64, #[header("X-Reason")] reason: Option<&str>) -> Result<()>;

    #[get("/search")]
    fn search(
        &self,
        #[query] q: &str,
        #[query("per_page")] per_page: Option<u32>,
        #[query("tag")] tags: &[&str],
        #[query] filter: &Filter,
    ) -> Result<()>;

    #[get("/echo")]
    fn echo(&self, #[header("X-Note")] note: &str) -> Result<()>;

    #[post("/form")]
    fn login(&self, #[form] form: &Login) -> Result<()>;

    #[put("/blob")]
    fn upload(&self, #[body(raw)] data: Vec<u8>) -> Result<()>;

    #[put("/csv")]
    fn upload_csv(&self, #[body(raw, content_type = "text/csv")] data: String) -> Result<()>;

    #[get("/text")]
    fn text(&self) -> Result<String>;

    #[get("/bytes")]
    fn bytes_vec(&self) -> Result<Vec<u8>>;

    #[get("/bytes")]
    fn bytes(&self) -> Result<Bytes>;

    #[get("/meta/<name>")]
    fn meta(&self, name: &str) -> Result<Response<User>>;

    #[get("/r/<name>")]
    fn follow(&self, name: &str) -> Result<Response<String>>;

    #[post("/r/<name>")]
    fn submit(&self, name: &str, #[body] body: &serde_json::Value) -> Result<Response<String>>;

    #[get("/big")]
    fn big(&self) -> Result<Bytes>;

    /// A helper with a default body: left alone by the macro.
    fn describe(&self) -> String {
        "a blocking GitHub client".to_owned()
    }

    /// A default helper built on a generated method.
    fn login_of(&self, name: &str) -> Result<String> {
        Ok(self.get_user(name)?.login)
    }
}

/// Declared blocking, one method per verb, no base URL.
#[client(blocking)]
pub trait Verbs {
    #[get("/v")]
    fn get(&self) -> Result<()>;
    #[post("/v")]
    fn post(&self) -> Result<()>;
    #[put("/v")]
    fn put(&self) -> Result<()>;
    #[patch("/v")]
    fn patch(&self) -> Result<()>;
    #[delete("/v")]
    fn delete(&self) -> Result<()>;
    #[head("/v")]
    fn head(&self) -> Result<Response<()>>;
    #[options("/v")]
    fn options(&self) -> Result<()>;
}

fn github(uri: &str) -> GitHubClient {
    GitHubClient::builder().base_url(uri).retry(RetryPolicy::none()).build().expect("client builds")
}

fn user_server() -> TestServer {
    TestServer::start(|_| Reply::json(USER_JSON))
}

// ---------------------------------------------------------------- verbs, paths, query

#[test]
fn bad_path_values_are_refused_before_any_connection() {
    let server = TestServer::ok();
    let gh = github(&server.uri());
    for bad in ["", ".", ".."] {
        let err = gh.get_user(bad).expect_err(bad);
        assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{bad:?}");
        assert!(err.to_string().starts_with("GET /users/<name>: "), "{err}");
    }
    for bad in ["a/../b", "a//b", "./a", "a/", "/a", ".."] {
        let err = gh.get_contents("o", "r", bad).expect_err(bad);
        assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{bad:?}");
    }
    assert_eq!(server.connections(), 0);
}

#[test]
fn query_parameters() {
    let server = TestServer::ok();
    let gh = github(&server.uri());
    let filter = Filter { state: Some("open".to_owned()), labels: None, per_page: 10 };
    gh.search("a&b=c d", Some(5), &["x", "y z"], &filter).expect("search");
    let filter = Filter { state: None, labels: None, per_page: 1 };
    gh.search("q", None, &[], &filter).expect("search");
    let seen: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        seen,
        ["/search?q=a%26b%3Dc+d&per_page=5&tag=x&tag=y+z&state=open&per_page=10", "/search?q=q&per_page=1",]
    );
}

// ---------------------------------------------------------------- headers, bodies

#[test]
fn headers_from_the_trait_the_method_and_arguments() {
    let server = TestServer::start(|_| Reply::json(r#"{"number":3}"#));
    let gh = github(&server.uri());
    gh.create_issue("o", "r", &NewIssue { title: "t".to_owned() }).expect("issue");
    gh.unlock("o", "r", 7, Some("resolved")).expect("unlock");
    gh.unlock("o", "r", 7, None).expect("unlock");
    let requests = server.requests();
    assert_eq!(requests[0].headers_named("accept"), ["application/vnd.github+json"]);
    assert_eq!(requests[0].headers_named("x-api-version"), ["method"]);
    assert_eq!(requests[1].headers_named("x-api-version"), ["trait"]);
    assert_eq!(requests[1].headers_named("x-reason"), ["resolved"]);
    assert!(requests[2].header("x-reason").is_none());
}

#[test]
fn header_values_with_cr_lf_or_nul_are_refused() {
    let server = TestServer::ok();
    let gh = github(&server.uri());
    for bad in ["a\r\nX-Injected: 1", "a\nb", "a\rb", "a\0b"] {
        let err = gh.echo(bad).expect_err("refused");
        assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{bad:?}");
    }
    assert_eq!(server.connections(), 0);
}

#[test]
fn json_form_and_raw_bodies() {
    let server = TestServer::start(|_| Reply::json(r#"{"number":3}"#));
    let gh = github(&server.uri());
    assert_eq!(
        gh.create_issue("o", "r", &NewIssue { title: "é \"q\"".to_owned() }).expect("json"),
        Issue { number: 3 }
    );
    gh.login(&Login { user: "alice".to_owned(), note: "a&b c".to_owned() }).expect("form");
    gh.upload(vec![0, 0xff, b'\n']).expect("raw");
    gh.upload_csv("a,b\n1,2\n".to_owned()).expect("csv");
    let requests = server.requests();
    assert_eq!(requests[0].body, r#"{"title":"é \"q\""}"#.as_bytes());
    assert_eq!(requests[0].headers_named("content-type"), ["application/json"]);
    assert_eq!(requests[1].body, b"user=alice&note=a%26b+c");
    assert_eq!(requests[1].headers_named("content-type"), ["application/x-www-form-urlencoded"]);
    assert_eq!(requests[2].body, [0, 0xff, b'\n']);
    assert_eq!(requests[2].headers_named("content-type"), ["application/octet-stream"]);
    assert_eq!(requests[3].body, b"a,b\n1,2\n");
    assert_eq!(requests[3].headers_named("content-type"), ["text/csv"]);
}

// ---------------------------------------------------------------- return types, errors

#[test]
fn result_t_and_option_t() {
    let server = BlockingMockServer::start();
    server.mount(
        Mock::given(method("GET"))
            .and(path("/users/octocat"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(USER_JSON, "application/json")),
    );
    server.mount(Mock::given(path("/users/broken")).respond_with(ResponseTemplate::new(500).set_body_string("boom")));
    server.mount(
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(404).set_body_raw(r#"{"message":"Not Found"}"#, "application/json")),
    );
    let gh = github(&server.uri());
    assert_eq!(gh.get_user("octocat").expect("user"), octocat());
    assert_eq!(gh.find_user("octocat").expect("user"), Some(octocat()));
    assert_eq!(gh.find_user("nobody").expect("404 is None"), None);
    let err = gh.find_user("broken").expect_err("500");
    assert_eq!(err.kind(), ErrorKind::Status);
    assert_eq!(err.body_text(), Some("boom"));

    let err = gh.get_user("nobody").expect_err("404");
    assert_eq!(err.kind(), ErrorKind::Status);
    assert_eq!(err.status(), Some(client_runtime::StatusCode::NOT_FOUND));
    assert_eq!(err.decode_body::<ApiError>().map(|e| e.message).as_deref(), Some("Not Found"));
    assert_eq!(err.to_string(), r#"GET /users/<name>: HTTP 404 Not Found: {"message":"Not Found"}"#);
}

#[test]
fn unit_string_vec_and_bytes() {
    let server = TestServer::start(|r| match r.path() {
        "/text" => Reply::status(200).body("héllo"),
        "/bytes" => Reply::status(200).body(vec![0, 0xff, 1]),
        _ => Reply::status(204),
    });
    let gh = github(&server.uri());
    gh.get_contents("o", "r", "f").expect("unit");
    assert_eq!(gh.text().expect("text"), "héllo");
    assert_eq!(gh.bytes_vec().expect("vec"), [0, 0xff, 1]);
    assert_eq!(gh.bytes().expect("bytes"), Bytes::from_static(&[0, 0xff, 1]));
}

#[test]
fn response_t_with_metadata() {
    let server = TestServer::start(|r| match r.path() {
        "/meta/start" => Reply::redirect(302, "/meta/octocat"),
        _ => Reply::json(USER_JSON)
            .header("X-Custom", "yes")
            .header("x-ratelimit-limit", "60")
            .header("x-ratelimit-remaining", "0")
            .delay(Duration::from_millis(30)),
    });
    let gh = github(&server.uri());
    let response = gh.meta("start").expect("response");
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers().get("x-custom").map(|v| v.as_bytes()), Some(&b"yes"[..]));
    assert_eq!(response.url().as_str(), server.url("/meta/octocat"));
    assert!(response.elapsed() >= Duration::from_millis(30));
    assert_eq!(response.history().len(), 1);
    assert_eq!(response.history()[0].status(), 302);
    assert_eq!(response.history()[0].url().as_str(), server.url("/meta/start"));
    let limit = response.rate_limit().expect("rate limit");
    assert_eq!((limit.limit, limit.remaining), (Some(60), Some(0)));
    assert_eq!(response.body(), &octocat());
    assert_eq!(response.into_body(), octocat());
}

// ---------------------------------------------------------------- builder, sessions

#[test]
fn builder_settings_are_sent() {
    let server = TestServer::ok();
    let gh = GitHubClient::builder()
        .base_url(&server.uri())
        .bearer_auth("tok-123")
        .api_key("X-API-Key", "key-456")
        .header("X-Custom", "c")
        .user_agent("blocking-agent/2")
        .build()
        .expect("client");
    gh.get_contents("o", "r", "f").expect("call");
    let basic =
        GitHubClient::builder().base_url(&server.uri()).basic_auth("alice", "s3cret-PASS").build().expect("client");
    basic.get_contents("o", "r", "f").expect("call");
    let plain = github(&server.uri());
    plain.get_contents("o", "r", "f").expect("call");
    let requests = server.requests();
    assert_eq!(requests[0].headers_named("authorization"), ["Bearer tok-123"]);
    assert_eq!(requests[0].headers_named("x-api-key"), ["key-456"]);
    assert_eq!(requests[0].headers_named("x-custom"), ["c"]);
    assert_eq!(requests[0].headers_named("user-agent"), ["blocking-agent/2"]);
    assert_eq!(requests[1].headers_named("authorization"), ["Basic YWxpY2U6czNjcmV0LVBBU1M="]);
    assert_eq!(requests[2].headers_named("user-agent"), [client_runtime::session::DEFAULT_USER_AGENT]);
}

#[test]
fn bad_builder_settings_are_reported_by_build() {
    for builder in [
        GitHubClient::builder().base_url("not a url"),
        GitHubClient::builder().base_url("ftp://127.0.0.1"),
        GitHubClient::builder().header("X-A", "a\r\nb"),
        GitHubClient::builder().bearer_auth("a\nb"),
    ] {
        assert_eq!(builder.build().expect_err("invalid").kind(), ErrorKind::Builder);
    }
    assert_eq!(VerbsClient::new().expect_err("no base URL").kind(), ErrorKind::Builder);
    let declared = GitHubClient::new().expect("declared base URL");
    assert_eq!(declared.session().base_url().as_str(), "https://api.github.com/");
}

#[test]
fn a_blocking_session_is_shared_by_clients_and_clones_share_one_pool() {
    let server = TestServer::start(|_| Reply::json(USER_JSON));
    let session = Session::builder().base_url(&server.uri()).bearer_auth("shared").build().expect("session");
    let gh = GitHubClient::from_session(session.clone());
    let clone = gh.clone();
    let verbs = VerbsClient::from_session(gh.session().clone());
    assert_eq!(gh.session().base_url(), session.base_url());
    for _ in 0..2 {
        gh.get_user("octocat").expect("user");
        std::thread::sleep(POOL_SETTLE);
        clone.get_user("octocat").expect("user");
        std::thread::sleep(POOL_SETTLE);
        verbs.get().expect("get");
        std::thread::sleep(POOL_SETTLE);
    }
    assert_eq!(server.request_count(), 6);
    assert!(server.requests().iter().all(|r| r.header("authorization") == Some("Bearer shared")));
    assert_eq!(server.connections(), 1, "one pool for every clone and client of the session");

    github(&server.uri()).get_user("octocat").expect("user");
    assert_eq!(server.connections(), 2, "a separately built client has its own pool");
}

fn assert_clone_debug_send_sync<T: Clone + Debug + Send + Sync + 'static>() {}

#[test]
fn clients_are_clone_debug_send_sync_and_usable_from_threads() {
    assert_clone_debug_send_sync::<GitHubClient>();
    assert_clone_debug_send_sync::<VerbsClient>();
    assert_clone_debug_send_sync::<Session>();

    let server = user_server();
    let gh = github(&server.uri());
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let gh = gh.clone();
            std::thread::spawn(move || gh.get_user("octocat"))
        })
        .collect();
    for thread in threads {
        assert_eq!(thread.join().expect("thread").expect("user"), octocat());
    }
    assert_eq!(server.request_count(), 4);
    assert!(format!("{gh:?}").contains(&server.uri()));
}

#[test]
fn methods_with_a_default_body_are_left_alone_and_callable() {
    let server = user_server();
    let gh = github(&server.uri());
    assert_eq!(gh.describe(), "a blocking GitHub client");
    assert_eq!(gh.login_of("octocat").expect("login"), "octocat");
}

/// A user-written fake of the blocking trait, used through generic code.
#[derive(Debug)]
pub struct FakeVerbs;

impl Verbs for FakeVerbs {
    fn get(&self) -> Result<()> {
        Ok(())
    }
    fn post(&self) -> Result<()> {
        Ok(())
    }
    fn put(&self) -> Result<()> {
        Ok(())
    }
    fn patch(&self) -> Result<()> {
        Ok(())
    }
    fn delete(&self) -> Result<()> {
        Ok(())
    }
    fn head(&self) -> Result<Response<()>> {
        unimplemented!("not used by the fake's callers")
    }
    fn options(&self) -> Result<()> {
        Ok(())
    }
}

fn touch_all<V: Verbs>(verbs: &V) -> Result<()> {
    verbs.get()?;
    verbs.post()?;
    verbs.delete()
}

#[test]
fn a_hand_written_fake_is_used_through_generic_code() {
    touch_all(&FakeVerbs).expect("fake");
    let server = TestServer::ok();
    touch_all(&VerbsClient::builder().base_url(&server.uri()).build().expect("client")).expect("real");
    let methods: Vec<String> = server.requests().into_iter().map(|r| r.method).collect();
    assert_eq!(methods, ["GET", "POST", "DELETE"]);
}

// ---------------------------------------------------------------- timeouts, connect

// ---------------------------------------------------------------- redirects, caps, secrets

/// `/r/hop<n>` redirects to `/r/hop<n+1>` until `/r/hop<last>`.
fn chain_server(last: usize) -> TestServer {
    TestServer::start(move |r| {
        let n: usize = r.path().trim_start_matches("/r/hop").parse().unwrap_or(usize::MAX);
        if n < last { Reply::redirect(302, &format!("/r/hop{}", n + 1)) } else { Reply::status(200).body("done") }
    })
}

#[test]
fn redirects_are_followed_up_to_ten_hops_and_no_more() {
    let ten = chain_server(10);
    let response = github(&ten.uri()).follow("hop0").expect("ten hops");
    assert_eq!(response.history().len(), 10);
    assert_eq!(response.body(), "done");
    assert_eq!(response.url().as_str(), ten.url("/r/hop10"));

    let eleven = chain_server(11);
    let err = github(&eleven.uri()).follow("hop0").expect_err("eleven hops");
    assert_eq!(err.kind(), ErrorKind::Redirect, "{err:?}");
    assert_eq!(eleven.request_count(), 11);
}

#[test]
fn a_303_turns_post_into_get_and_a_307_resends_the_body() {
    let server = TestServer::start(|r| match r.path() {
        "/r/see-other" => Reply::redirect(303, "/r/result"),
        "/r/temporary" => Reply::redirect(307, "/r/result"),
        _ => Reply::status(200).body(format!("{} {}", r.method, r.body_text())),
    });
    let gh = github(&server.uri());
    let body = serde_json::json!({"a": 1});
    assert_eq!(gh.submit("see-other", &body).expect("303").body(), "GET ");
    assert_eq!(gh.submit("temporary", &body).expect("307").body(), r#"POST {"a":1}"#);
}

#[test]
fn a_cross_origin_redirect_drops_credentials_and_a_same_origin_one_keeps_them() {
    let other = TestServer::ok();
    let away = other.url("/landing");
    let origin = TestServer::start(move |r| match r.path() {
        "/r/away" => Reply::redirect(302, &away),
        "/r/here" => Reply::redirect(302, "/r/landing"),
        _ => Reply::status(200),
    });
    let gh = GitHubClient::builder()
        .base_url(&origin.uri())
        .bearer_auth("tok-SECRET")
        .api_key("X-API-Key", "key-SECRET")
        .build()
        .expect("client");
    gh.follow("away").expect("away");
    gh.follow("here").expect("here");
    let landed = other.single_request();
    assert!(landed.header("authorization").is_none(), "{landed:#?}");
    assert!(landed.header("x-api-key").is_none(), "{landed:#?}");
    let requests = origin.requests();
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert_eq!(request.headers_named("authorization"), ["Bearer tok-SECRET"]);
        assert_eq!(request.headers_named("x-api-key"), ["key-SECRET"]);
    }
}

#[test]
fn bodies_over_the_cap_are_refused() {
    let sized = TestServer::start(|_| Reply::status(200).body(vec![b'x'; 2000]));
    let capped = GitHubClient::builder().base_url(&sized.uri()).max_body_size(1999).build().expect("client");
    assert_eq!(capped.big().expect_err("content-length").kind(), ErrorKind::BodyTooLarge);

    for chunked in [true, false] {
        let endless = TestServer::start(move |_| Reply::endless(200, chunked));
        let capped = GitHubClient::builder()
            .base_url(&endless.uri())
            .max_body_size(64 * 1024)
            .retry(RetryPolicy::none())
            .build()
            .expect("client");
        let started = Instant::now();
        let err = capped.big().expect_err("endless");
        assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "chunked={chunked}: {err:?}");
        assert!(started.elapsed() < Duration::from_secs(2));
        assert!(endless.wait_streams_closed(Duration::from_secs(2)), "the client must close the connection");
    }
}

#[test]
fn credentials_never_appear_in_debug_or_errors() {
    let builder = GitHubClient::builder()
        .base_url(&closed_port_url())
        .bearer_auth("tok-SECRET-1")
        .api_key("X-API-Key", "key-SECRET-2")
        .retry(RetryPolicy::none());
    assert!(!format!("{builder:?}").contains("SECRET"));
    let gh = builder.build().expect("client");
    assert!(!format!("{gh:?}").contains("SECRET"), "{gh:?}");
    assert!(!format!("{:#?}", gh.session()).contains("SECRET"));
    let err = gh.get_user("x").expect_err("connect");
    assert_eq!(err.kind(), ErrorKind::Connect);
    assert!(!err.to_string().contains("SECRET") && !format!("{err:?}").contains("SECRET"), "{err:?}");

    let session =
        Session::builder().base_url("http://127.0.0.1:9").basic_auth("alice", "pw-SECRET-3").build().expect("session");
    assert!(!format!("{session:?}").contains("SECRET"), "{session:?}");

    let server = TestServer::start(|_| Reply::status(401).body("bad credentials"));
    let gh = GitHubClient::builder().base_url(&server.uri()).bearer_auth("tok-SECRET-1").build().expect("client");
    let err = gh.get_user("x").expect_err("401");
    assert_eq!(err.kind(), ErrorKind::Status);
    assert!(!err.to_string().contains("SECRET") && !format!("{err:?}").contains("SECRET"), "{err:?}");
}

// ---------------------------------------------------------------- inside async code

#[tokio::test]
async fn a_blocking_client_works_inside_a_current_thread_runtime() {
    let server = user_server();
    let gh = github(&server.uri());
    assert_eq!(gh.get_user("octocat").expect("no panic inside a runtime"), octocat());
    let err = gh.find_user("x").map(|_| ()).err();
    assert!(err.is_none());
    drop(gh);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocking_client_works_inside_a_multi_thread_runtime() {
    let server = TestServer::start(|r| match r.path() {
        "/users/octocat" => Reply::json(USER_JSON),
        _ => Reply::status(404),
    });
    // Built, used and dropped inside the runtime.
    let gh = github(&server.uri());
    assert_eq!(gh.get_user("octocat").expect("user"), octocat());
    assert_eq!(gh.find_user("nobody").expect("404 is None"), None);
    let err = gh.get_user("nobody").expect_err("404");
    assert_eq!(err.kind(), ErrorKind::Status);
    let moved = gh.clone();
    let from_task = tokio::spawn(async move { moved.get_user("octocat") }).await.expect("task");
    assert_eq!(from_task.expect("user"), octocat());
    let from_blocking = tokio::task::spawn_blocking(move || gh.get_user("octocat")).await.expect("task");
    assert_eq!(from_blocking.expect("user"), octocat());
}

#[test]
fn a_blocking_client_built_outside_is_usable_and_droppable_inside_a_runtime() {
    let server = user_server();
    let gh = github(&server.uri());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    runtime.block_on(async move {
        assert_eq!(gh.get_user("octocat").expect("user"), octocat());
        drop(gh);
    });
}
