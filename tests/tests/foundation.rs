//! End-to-end tests of the foundation of async `#[client]` clients: every
//! binding, return type, error kind and builder setting, against real HTTP
//! servers on 127.0.0.1 (wiremock, or `tests::TestServer` where the exact
//! bytes on the wire matter).
//!
//! The scenarios in `both_flavours!` blocks run against the async and the
//! blocking client alike (see `tests::flavour`), through the `Core` trait;
//! the rest need what only async clients have (spawned futures, async
//! fakes, async default bodies). Bad inputs, redirects, body caps and
//! secrets are in `safety.rs`; what only the blocking flavour has is in
//! `blocking.rs`.

#![allow(clippy::unwrap_used)]

use std::fmt::Debug;
use std::time::{Duration, Instant};

use client_runtime::{Bytes, ErrorKind, Response, Result, RetryPolicy, client};
use serde::{Deserialize, Serialize};
use tests::fixtures::{Repo, USER_JSON, User, octocat};
use tests::{BlockingMockServer, FullBacklog, POOL_SETTLE, Reply, TestServer, closed_port_url};
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

#[derive(Debug, Serialize)]
pub struct NewIssue {
    pub title: String,
    pub labels: Vec<String>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct Issue {
    pub number: u64,
}

/// Flattened into the query string by `#[query] filter: &Filter`.
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

/// The API's documented error document.
#[derive(Debug, Deserialize)]
pub struct ApiError {
    pub message: String,
    pub documentation_url: String,
}

/// What only async clients have: the tests outside `both_flavours!` call
/// these; every other binding is in `Core`.
#[client(base_url = "https://api.github.com")]
#[header("Accept", "application/vnd.github+json")]
#[header("X-Api-Version", "trait")]
pub trait GitHub {
    #[get("/users/<name>")]
    async fn get_user(&self, name: &str) -> Result<User>;

    #[get("/repos/<owner>/<repo>/issues/<number>")]
    async fn get_issue(&self, owner: &str, repo: &str, number: u64) -> Result<Issue>;

    #[get("/slow")]
    #[timeout(ms = 150)]
    async fn slow(&self) -> Result<()>;

    /// A helper with a default body: left alone by the macro.
    fn describe(&self) -> String {
        "a GitHub client".to_owned()
    }

    /// A default async helper built on a generated method.
    #[allow(async_fn_in_trait)]
    async fn login_of(&self, name: &str) -> Result<String> {
        Ok(self.get_user(name).await?.login)
    }
}

/// One method per verb, and no declared base URL.
#[client]
pub trait Verbs {
    #[get("/v")]
    async fn get(&self) -> Result<()>;
    #[post("/v")]
    async fn post(&self) -> Result<()>;
    #[put("/v")]
    async fn put(&self) -> Result<()>;
    #[patch("/v")]
    async fn patch(&self) -> Result<()>;
    #[delete("/v")]
    async fn delete(&self) -> Result<()>;
    #[head("/v")]
    async fn head(&self) -> Result<Response<()>>;
    #[options("/v")]
    async fn options(&self) -> Result<()>;
}

tests::flavoured_client! {
    async: #[client(base_url = "https://api.github.com")],
    blocking: #[client(blocking, base_url = "https://api.github.com")],
    /// What the scenarios of both flavours call: one method per verb, and
    /// `GitHub`'s requests.
    #[header("Accept", "application/vnd.github+json")]
    #[header("X-Api-Version", "trait")]
    pub trait Core {
        #[get("/v")]
        async fn get(&self) -> Result<()>;
        #[post("/v")]
        async fn post(&self) -> Result<()>;
        #[put("/v")]
        async fn put(&self) -> Result<()>;
        #[patch("/v")]
        async fn patch(&self) -> Result<()>;
        #[delete("/v")]
        async fn delete(&self) -> Result<()>;
        #[head("/v")]
        async fn head(&self) -> Result<Response<()>>;
        #[options("/v")]
        async fn options(&self) -> Result<()>;

        #[get("/users/<name>")]
        async fn get_user(&self, name: &str) -> Result<User>;

        #[get("/users/<name>")]
        async fn find_user(&self, name: &str) -> Result<Option<User>>;

        #[get("/repos/<owner>/<repo>")]
        async fn get_repo(&self, owner: &str, repo: &str) -> Result<Repo>;

        #[get("/repos/<owner>/<repo>/contents/<path..>")]
        async fn get_contents(&self, owner: &str, repo: &str, path: &str) -> Result<()>;

        #[get("/text")]
        async fn text(&self) -> Result<String>;

        #[get("/bytes")]
        async fn bytes_vec(&self) -> Result<Vec<u8>>;

        #[get("/bytes")]
        async fn bytes(&self) -> Result<Bytes>;

        #[post("/repos/<owner>/<repo>/issues")]
        #[header("X-Api-Version", "method")]
        async fn create_issue(&self, owner: &str, repo: &str, #[body] issue: &NewIssue) -> Result<Issue>;

        #[delete("/repos/<owner>/<repo>/issues/<number>/lock")]
        async fn unlock(
            &self,
            owner: &str,
            repo: &str,
            number: u64,
            #[header("X-Reason")] reason: Option<&str>,
        ) -> Result<()>;

        #[get("/search")]
        async fn search(
            &self,
            #[query] q: &str,
            #[query("per_page")] per_page: Option<u32>,
            #[query("type")] kind: Option<&str>,
            #[query] page: u32,
        ) -> Result<()>;

        #[get("/state")]
        async fn by_state(&self, #[query] state: Option<&str>, #[query("flag")] flag: bool) -> Result<()>;

        #[get("/tags")]
        async fn tags(&self, #[query("tag")] tags: Vec<&str>, #[query] ids: &[u32]) -> Result<()>;

        #[get("/issues")]
        async fn list_issues(
            &self,
            #[query("q")] q: &str,
            #[query] filter: &Filter,
            #[query("sort")] sort: Option<&str>,
        ) -> Result<()>;

        #[get("/echo")]
        async fn with_headers(
            &self,
            #[header("X-Note")] note: &str,
            #[header("X-Count")] count: u32,
            #[header("X-Opt")] opt: Option<&str>,
        ) -> Result<()>;

        #[post("/form")]
        async fn login(&self, #[form] form: &Login) -> Result<()>;

        #[put("/blob")]
        async fn upload(&self, #[body(raw)] data: Vec<u8>) -> Result<()>;

        #[put("/blob")]
        async fn upload_bytes(&self, #[body(raw)] data: Bytes) -> Result<()>;

        #[put("/csv")]
        async fn upload_csv(&self, #[body(raw, content_type = "text/csv")] data: &'static str) -> Result<()>;

        #[get("/meta/<name>")]
        async fn meta(&self, name: &str) -> Result<Response<User>>;

        #[get("/meta/<name>")]
        async fn find_meta(&self, name: &str) -> Result<Option<Response<User>>>;
    }

    /// A client for `uri` with retries off, so failures are fast and single.
    pub(crate) fn core(uri: &str) -> CoreClient {
        CoreClient::builder().base_url(uri).retry(RetryPolicy::none()).build().expect("client builds")
    }
}

/// A client for `uri` with retries off, so failures are fast and single.
fn github(uri: &str) -> GitHubClient {
    GitHubClient::builder().base_url(uri).retry(RetryPolicy::none()).build().expect("client builds")
}

fn user_server() -> TestServer {
    TestServer::start(|_| Reply::json(USER_JSON))
}

// ---------------------------------------------------------------- verbs

tests::both_flavours! {
    async fn each_verb_sends_its_method() {
        let server = BlockingMockServer::start();
        server.mount(Mock::given(path("/v")).respond_with(ResponseTemplate::new(200)));
        let verbs = CoreClient::builder().base_url(&server.uri()).build().expect("client");

        call(verbs.get()).await.expect("GET");
        call(verbs.post()).await.expect("POST");
        call(verbs.put()).await.expect("PUT");
        call(verbs.patch()).await.expect("PATCH");
        call(verbs.delete()).await.expect("DELETE");
        let head = call(verbs.head()).await.expect("HEAD");
        assert_eq!(head.status(), 200);
        call(verbs.options()).await.expect("OPTIONS");

        let seen: Vec<String> = server
            .received_requests()
            .iter()
            .map(|r| {
                assert_eq!(r.url.path(), "/v");
                r.method.as_str().to_owned()
            })
            .collect();
        assert_eq!(seen, ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
    }
}

// ---------------------------------------------------------------- paths

tests::both_flavours! {
    async fn a_path_value_is_one_percent_encoded_segment() {
        let server = user_server();
        let gh = core(&server.uri());
        let cases = [
            ("octocat", "/users/octocat"),
            ("a/b", "/users/a%2Fb"),
            ("a?b", "/users/a%3Fb"),
            ("a#b", "/users/a%23b"),
            ("100%", "/users/100%25"),
            ("a b", "/users/a%20b"),
            ("é", "/users/%C3%A9"),
            ("日本", "/users/%E6%97%A5%E6%9C%AC"),
            ("%2e%2e", "/users/%252e%252e"),
            ("a+b&c=d;e", "/users/a%2Bb%26c%3Dd%3Be"),
            ("a-b.c_d~e", "/users/a-b.c_d~e"),
            ("...", "/users/..."),
            ("a/../b", "/users/a%2F..%2Fb"),
            ("a\\b", "/users/a%5Cb"),
            ("a\nb\0", "/users/a%0Ab%00"),
        ];
        for (name, _) in cases {
            call(gh.get_user(name)).await.unwrap_or_else(|err| panic!("{name:?}: {err}"));
        }
        let seen: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
        let expected: Vec<&str> = cases.iter().map(|(_, raw)| *raw).collect();
        assert_eq!(seen, expected);
    }
}

#[tokio::test]
async fn numbers_fill_placeholders_with_their_display() {
    let server = TestServer::start(|_| Reply::json(r#"{"number":42}"#));
    let gh = github(&server.uri());
    let issue = gh.get_issue("rust-lang", "rust", 42).await.expect("issue");
    assert_eq!(issue, Issue { number: 42 });
    assert_eq!(server.single_request().target, "/repos/rust-lang/rust/issues/42");
}

tests::both_flavours! {
    async fn a_rest_placeholder_keeps_slashes_and_encodes_each_segment() {
        let server = TestServer::ok();
        let gh = core(&server.uri());
        call(gh.get_contents("o", "r", "src/lib.rs")).await.expect("plain");
        call(gh.get_contents("o", "r", "docs/read me.md")).await.expect("space");
        call(gh.get_contents("o", "r", "a?/b#/100%/é")).await.expect("reserved");
        call(gh.get_contents("o w", "r/x", "f")).await.expect("single segments around it");
        let seen: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
        assert_eq!(
            seen,
            [
                "/repos/o/r/contents/src/lib.rs",
                "/repos/o/r/contents/docs/read%20me.md",
                "/repos/o/r/contents/a%3F/b%23/100%25/%C3%A9",
                "/repos/o%20w/r%2Fx/contents/f",
            ]
        );
    }
}

#[tokio::test]
async fn the_base_url_path_is_kept_with_or_without_a_trailing_slash() {
    let server = user_server();
    for base in [server.url("/api/v3"), server.url("/api/v3/")] {
        let gh = github(&base);
        gh.get_user("octocat").await.expect("user");
    }
    let seen: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(seen, ["/api/v3/users/octocat", "/api/v3/users/octocat"]);
}

// ---------------------------------------------------------------- query

tests::both_flavours! {
    async fn query_none_is_omitted_and_declared_order_is_kept() {
        let server = TestServer::ok();
        let gh = core(&server.uri());
        call(gh.search("rust", None, None, 1)).await.expect("search");
        call(gh.search("rust", Some(5), Some("all"), 2)).await.expect("search");
        call(gh.search("rust", None, Some("owner"), 3)).await.expect("search");
        let seen: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
        assert_eq!(
            seen,
            ["/search?q=rust&page=1", "/search?q=rust&per_page=5&type=all&page=2", "/search?q=rust&type=owner&page=3",]
        );
    }
}

tests::both_flavours! {
    async fn an_unnamed_query_option_uses_the_argument_name() {
        let server = TestServer::ok();
        let gh = core(&server.uri());
        call(gh.by_state(Some("open"), true)).await.expect("some");
        call(gh.by_state(None, false)).await.expect("none");
        let seen: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
        assert_eq!(seen, ["/state?state=open&flag=true", "/state?flag=false"]);
    }
}

tests::both_flavours! {
    async fn query_special_characters_are_encoded() {
        let server = TestServer::ok();
        let gh = core(&server.uri());
        call(gh.search("a&b=c d+é#?/%", None, Some("x y"), 0)).await.expect("search");
        let request = server.single_request();
        assert_eq!(request.path(), "/search");
        assert_eq!(request.query(), Some("q=a%26b%3Dc+d%2B%C3%A9%23%3F%2F%25&type=x+y&page=0"));
    }
}

tests::both_flavours! {
    async fn query_vectors_and_slices_repeat_the_key() {
        let server = TestServer::ok();
        let gh = core(&server.uri());
        call(gh.tags(vec!["a", "b c"], &[1, 2, 3])).await.expect("tags");
        call(gh.tags(vec!["only"], &[])).await.expect("tags");
        call(gh.tags(Vec::new(), &[])).await.expect("tags");
        let seen: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
        assert_eq!(seen, ["/tags?tag=a&tag=b+c&ids=1&ids=2&ids=3", "/tags?tag=only", "/tags"]);
    }
}

/// APIs that take one comma-joined value (GitHub's and GitLab's `labels`,
/// Open-Meteo's `current`).
#[client]
pub trait Joined {
    #[get("/issues")]
    async fn issues(
        &self,
        #[query(join = ",")] labels: &[&str],
        #[query("ids", join = "|")] ids: Option<Vec<u32>>,
    ) -> Result<()>;

    #[get("/nested")]
    async fn nested(&self, #[query(join = ",")] nested: &[Vec<u32>]) -> Result<()>;
}

#[tokio::test]
async fn joined_query_values_are_sent_as_one_parameter() {
    let server = TestServer::ok();
    let client = JoinedClient::builder().base_url(&server.uri()).build().expect("client");
    client.issues(&["bug", "good first issue"], Some(vec![1, 2, 3])).await.expect("issues");
    client.issues(&[], None).await.expect("issues");
    let seen: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(seen, ["/issues?labels=bug%2Cgood+first+issue&ids=1%7C2%7C3", "/issues"]);

    let err = client.nested(&[vec![1]]).await.expect_err("nested sequences cannot be joined");
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert_eq!(server.request_count(), 2, "nothing was sent for the refused call");
}

tests::both_flavours! {
    async fn a_query_struct_is_flattened_into_its_fields() {
        let server = TestServer::ok();
        let gh = core(&server.uri());
        let filter = Filter { state: Some("open".to_owned()), labels: None, per_page: 10 };
        call(gh.list_issues("is:open", &filter, Some("created"))).await.expect("issues");
        let filter = Filter { state: None, labels: Some("bug,ui".to_owned()), per_page: 1 };
        call(gh.list_issues("x", &filter, None)).await.expect("issues");
        let seen: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
        assert_eq!(
            seen,
            ["/issues?q=is%3Aopen&state=open&per_page=10&sort=created", "/issues?q=x&labels=bug%2Cui&per_page=1",]
        );
    }
}

// ---------------------------------------------------------------- headers

tests::both_flavours! {
    async fn trait_and_method_headers_are_sent_and_the_method_wins() {
        let server = TestServer::start(|_| Reply::json(r#"{"number":1}"#).header("Content-Type", "application/json"));
        let gh = core(&server.uri());
        call(gh.get_user("octocat")).await.ok();
        call(gh.create_issue("o", "r", &NewIssue { title: "t".to_owned(), labels: Vec::new() })).await.expect("issue");
        let requests = server.requests();
        assert_eq!(requests[0].headers_named("accept"), ["application/vnd.github+json"]);
        assert_eq!(requests[0].headers_named("x-api-version"), ["trait"]);
        assert_eq!(requests[1].headers_named("accept"), ["application/vnd.github+json"]);
        assert_eq!(requests[1].headers_named("x-api-version"), ["method"], "the method's header replaces the trait's");
    }
}

tests::both_flavours! {
    async fn argument_headers_are_sent_and_none_is_omitted() {
        let server = TestServer::ok();
        let gh = core(&server.uri());
        call(gh.with_headers("hello world", 3, Some("yes"))).await.expect("headers");
        call(gh.with_headers("x", 0, None)).await.expect("headers");
        call(gh.unlock("o", "r", 7, Some("resolved"))).await.expect("unlock");
        call(gh.unlock("o", "r", 7, None)).await.expect("unlock");
        let requests = server.requests();
        assert_eq!(requests[0].headers_named("x-note"), ["hello world"]);
        assert_eq!(requests[0].headers_named("x-count"), ["3"]);
        assert_eq!(requests[0].headers_named("x-opt"), ["yes"]);
        assert_eq!(requests[1].headers_named("x-count"), ["0"]);
        assert!(requests[1].header("x-opt").is_none(), "None sends no header");
        assert_eq!(requests[2].method, "DELETE");
        assert_eq!(requests[2].target, "/repos/o/r/issues/7/lock");
        assert_eq!(requests[2].headers_named("x-reason"), ["resolved"]);
        assert!(requests[3].header("x-reason").is_none(), "None sends no header");
    }
}

tests::both_flavours! {
    async fn session_headers_are_sent_and_declared_headers_take_precedence() {
        let server = TestServer::ok();
        let gh = CoreClient::builder()
            .base_url(&server.uri())
            .header("X-Session", "s")
            .header("X-Api-Version", "session")
            .build()
            .expect("client");
        call(gh.get_contents("o", "r", "f")).await.expect("call");
        let request = server.single_request();
        assert_eq!(request.headers_named("x-session"), ["s"]);
        assert_eq!(request.headers_named("x-api-version"), ["trait"]);
    }
}

// ---------------------------------------------------------------- bodies

tests::both_flavours! {
    async fn a_json_body_is_sent_as_exact_bytes_with_its_content_type() {
        let server = TestServer::start(|_| Reply::json(r#"{"number":7}"#).header("X-Extra", "1"));
        let gh = core(&server.uri());
        let issue = NewIssue { title: "Bug: ü \"quoted\"".to_owned(), labels: vec!["a".to_owned(), "b".to_owned()] };
        let created = call(gh.create_issue("o", "r", &issue)).await.expect("created");
        assert_eq!(created, Issue { number: 7 });
        let request = server.single_request();
        assert_eq!(request.method, "POST");
        assert_eq!(request.target, "/repos/o/r/issues");
        let expected = r#"{"title":"Bug: ü \"quoted\"","labels":["a","b"]}"#;
        assert_eq!(request.body, expected.as_bytes());
        assert_eq!(request.headers_named("content-type"), ["application/json"]);
        assert_eq!(request.header("content-length"), Some(expected.len().to_string().as_str()));
    }
}

tests::both_flavours! {
    async fn a_form_body_is_urlencoded() {
        let server = TestServer::ok();
        let gh = core(&server.uri());
        call(gh.login(&Login { user: "alice".to_owned(), note: "a&b=c d/é".to_owned() })).await.expect("form");
        let request = server.single_request();
        assert_eq!(request.method, "POST");
        assert_eq!(request.body_text(), "user=alice&note=a%26b%3Dc+d%2F%C3%A9");
        assert_eq!(request.headers_named("content-type"), ["application/x-www-form-urlencoded"]);
    }
}

tests::both_flavours! {
    async fn a_raw_body_is_sent_as_is() {
        let server = TestServer::ok();
        let gh = core(&server.uri());
        let data = vec![0_u8, 1, 2, 0xff, b'\r', b'\n', 0x80];
        call(gh.upload(data.clone())).await.expect("vec");
        call(gh.upload_bytes(Bytes::from_static(b"\x00bytes\xfe"))).await.expect("bytes");
        call(gh.upload_csv("a,b\n1,2\n")).await.expect("csv");
        let requests = server.requests();
        assert_eq!(requests[0].method, "PUT");
        assert_eq!(requests[0].body, data);
        assert_eq!(requests[0].headers_named("content-type"), ["application/octet-stream"]);
        assert_eq!(requests[1].body, b"\x00bytes\xfe");
        assert_eq!(requests[1].headers_named("content-type"), ["application/octet-stream"]);
        assert_eq!(requests[2].target, "/csv");
        assert_eq!(requests[2].body, b"a,b\n1,2\n");
        assert_eq!(requests[2].headers_named("content-type"), ["text/csv"]);
    }
}

// ---------------------------------------------------------------- return types

tests::both_flavours! {
    async fn result_t_decodes_json() {
        let server = BlockingMockServer::start();
        server.mount(
            Mock::given(method("GET"))
                .and(path("/users/octocat"))
                .respond_with(ResponseTemplate::new(200).set_body_raw(USER_JSON, "application/json")),
        );
        let gh = core(&server.uri());
        assert_eq!(call(gh.get_user("octocat")).await.expect("user"), octocat());
    }
}

tests::both_flavours! {
    async fn result_option_is_none_on_404_and_an_error_on_500() {
        let server = TestServer::start(|r| match r.path() {
            "/users/octocat" => Reply::json(USER_JSON),
            "/users/broken" => Reply::status(500).body("boom"),
            _ => Reply::status(404).body(r#"{"message":"Not Found"}"#),
        });
        let gh = core(&server.uri());
        assert_eq!(call(gh.find_user("octocat")).await.expect("found"), Some(octocat()));
        assert_eq!(call(gh.find_user("nobody")).await.expect("404 is not an error"), None);
        let err = call(gh.find_user("broken")).await.expect_err("500 is an error");
        assert_eq!(err.kind(), ErrorKind::Status);
        assert_eq!(err.status(), Some(client_runtime::StatusCode::INTERNAL_SERVER_ERROR));
        assert_eq!(err.body_text(), Some("boom"));
    }
}

tests::both_flavours! {
    async fn result_unit_ignores_the_body() {
        let server = TestServer::start(|r| match r.path() {
            "/v" if r.method == "DELETE" => Reply::status(204),
            _ => Reply::status(200).body("this is not JSON at all"),
        });
        let verbs = CoreClient::builder().base_url(&server.uri()).build().expect("client");
        call(verbs.delete()).await.expect("204");
        call(verbs.get()).await.expect("200 with a non-JSON body");
    }
}

tests::both_flavours! {
    async fn result_string_is_the_text_body_and_invalid_utf8_is_a_decode_error() {
        let text = TestServer::start(|_| Reply::status(200).header("Content-Type", "text/plain").body("héllo\nworld"));
        assert_eq!(call(core(&text.uri()).text()).await.expect("text"), "héllo\nworld");

        let binary = TestServer::start(|_| Reply::status(200).body(vec![0x66, 0xff, 0xfe]));
        let err = call(core(&binary.uri()).text()).await.expect_err("not UTF-8");
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(err.to_string().starts_with("GET /text: "), "{err}");
    }
}

tests::both_flavours! {
    async fn result_vec_u8_and_bytes_are_the_exact_body() {
        let body = vec![0_u8, 0x9f, 0x92, 0x96, 0xff, b'\n'];
        let server = TestServer::start({
            let body = body.clone();
            move |_| Reply::status(200).header("Content-Type", "application/octet-stream").body(body.clone())
        });
        let gh = core(&server.uri());
        assert_eq!(call(gh.bytes_vec()).await.expect("vec"), body);
        assert_eq!(call(gh.bytes()).await.expect("bytes"), Bytes::from(body));
    }
}

tests::both_flavours! {
    async fn response_t_exposes_status_headers_url_elapsed_history_and_rate_limit() {
        let reset =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock after 1970").as_secs() + 60;
        let server = TestServer::start(move |r| match r.path() {
            "/meta/start" => Reply::redirect(302, "/meta/middle"),
            "/meta/middle" => Reply::redirect(301, "/meta/octocat"),
            "/meta/octocat" => Reply::json(USER_JSON)
                .header("X-Custom", "yes")
                .header("x-ratelimit-limit", "5000")
                .header("x-ratelimit-remaining", "4999")
                .header("x-ratelimit-reset", &reset.to_string())
                .delay(Duration::from_millis(50)),
            _ => Reply::status(404),
        });
        let gh = core(&server.uri());
        let started = Instant::now();
        let response = call(gh.meta("start")).await.expect("response");
        let took = started.elapsed();

        assert_eq!(response.status(), client_runtime::StatusCode::OK);
        assert_eq!(response.headers().get("x-custom").map(|v| v.as_bytes()), Some(&b"yes"[..]));
        assert_eq!(response.url().as_str(), server.url("/meta/octocat"));
        assert!(response.elapsed() >= Duration::from_millis(50), "{:?}", response.elapsed());
        assert!(response.elapsed() <= took, "{:?} > {took:?}", response.elapsed());

        let history = response.history();
        assert_eq!(history.len(), 2);
        assert_eq!(history[0].status(), 302);
        assert_eq!(history[0].url().as_str(), server.url("/meta/start"));
        assert_eq!(history[0].location().as_str(), server.url("/meta/middle"));
        assert_eq!(history[1].status(), 301);
        assert_eq!(history[1].url().as_str(), server.url("/meta/middle"));
        assert_eq!(history[1].location().as_str(), server.url("/meta/octocat"));

        let limit = response.rate_limit().expect("rate-limit headers were sent");
        assert_eq!(limit.limit, Some(5000));
        assert_eq!(limit.remaining, Some(4999));
        let reset_after = limit.reset_after.expect("reset");
        assert!(reset_after <= Duration::from_secs(60) && reset_after >= Duration::from_secs(55), "{reset_after:?}");

        assert_eq!(response.body(), &octocat());
        assert_eq!(response.into_body(), octocat());
    }
}

tests::both_flavours! {
    async fn response_t_without_redirects_or_rate_limit_headers() {
        let server = TestServer::start(|_| Reply::json(USER_JSON).header("Content-Type", "application/json"));
        let gh = core(&server.uri());
        let response = call(gh.meta("octocat")).await.expect("response");
        assert!(response.history().is_empty());
        assert!(response.rate_limit().is_none());
        assert_eq!(response.url().as_str(), server.url("/meta/octocat"));
        let found = call(gh.find_meta("octocat")).await.expect("found").expect("Some");
        assert_eq!(found.body().login, "octocat");
    }
}

tests::both_flavours! {
    async fn option_of_response_is_none_on_404() {
        let server = TestServer::start(|_| Reply::status(404));
        let gh = core(&server.uri());
        assert!(call(gh.find_meta("nobody")).await.expect("404 is None").is_none());
        let err = call(gh.meta("nobody")).await.expect_err("404 is an error without Option");
        assert_eq!(err.kind(), ErrorKind::Status);
    }
}

#[tokio::test]
async fn a_head_response_has_no_body_whatever_its_content_length() {
    let server = TestServer::start(|_| Reply::status(200).header("X-Size", "big").body(vec![b'x'; 4096]));
    let verbs = VerbsClient::builder().base_url(&server.uri()).max_body_size(16).build().expect("client");
    let response = verbs.head().await.expect("HEAD is not capped by its announced length");
    assert_eq!(response.headers().get("content-length").map(|v| v.as_bytes()), Some(&b"4096"[..]));
    assert_eq!(server.single_request().method, "HEAD");
}

// ---------------------------------------------------------------- errors

tests::both_flavours! {
    async fn a_non_2xx_status_is_a_status_error_with_the_body() {
        let body = r#"{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}"#;
        let server = BlockingMockServer::start();
        server.mount(
            Mock::given(method("GET")).respond_with(ResponseTemplate::new(404).set_body_raw(body, "application/json")),
        );
        let gh = core(&server.uri());
        let err = call(gh.get_user("nobody")).await.expect_err("404");
        assert_eq!(err.kind(), ErrorKind::Status);
        assert!(err.is_status());
        assert_eq!(err.status(), Some(client_runtime::StatusCode::NOT_FOUND));
        assert_eq!(err.body_text(), Some(body));
        assert_eq!(err.body_bytes().map(|b| b.as_ref()), Some(body.as_bytes()));
        let api: ApiError = err.decode_body().expect("the error document decodes");
        assert_eq!(api.message, "Not Found");
        assert_eq!(api.documentation_url, "https://docs.github.com/rest");
        assert_eq!(err.method(), Some(&client_runtime::Method::GET));
        assert_eq!(err.path_template(), Some("/users/<name>"));
        assert_eq!(err.to_string(), format!("GET /users/<name> (/users/nobody): HTTP 404 Not Found: {body}"));
    }
}

tests::both_flavours! {
    async fn a_status_error_names_the_method_and_template_of_the_call() {
        let server = TestServer::start(|_| Reply::status(422).body(r#"{"message":"Validation Failed"}"#));
        let gh = core(&server.uri());
        let err = call(gh.create_issue("o", "r", &NewIssue { title: String::new(), labels: Vec::new() })).await.expect_err("422");
        assert_eq!(err.kind(), ErrorKind::Status);
        assert_eq!(
            err.to_string(),
            r#"POST /repos/<owner>/<repo>/issues (/repos/o/r/issues): HTTP 422 Unprocessable Entity: {"message":"Validation Failed"}"#
        );
        assert!(err.decode_body::<ApiError>().is_none(), "a document of another shape does not decode");
    }
}

tests::both_flavours! {
    async fn a_status_error_without_a_body_and_with_a_long_body() {
        let server = TestServer::start(|r| match r.path() {
            "/users/empty" => Reply::status(503),
            _ => Reply::status(502).body("x".repeat(5000)),
        });
        let gh = core(&server.uri());
        let err = call(gh.get_user("empty")).await.expect_err("503");
        assert_eq!(err.kind(), ErrorKind::Status);
        assert_eq!(err.to_string(), "GET /users/<name> (/users/empty): HTTP 503 Service Unavailable");
        assert_eq!(err.body_text(), None);

        let err = call(gh.get_user("long")).await.expect_err("502");
        assert_eq!(err.body_text().map(str::len), Some(5000), "the whole (small) body is kept");
        let shown = err.to_string();
        assert!(shown.starts_with("GET /users/<name> (/users/long): HTTP 502 Bad Gateway: xxx"), "{shown}");
        assert!(shown.ends_with('…'), "a long excerpt is cut: {shown}");
        assert!(shown.chars().count() < 400, "{}", shown.len());
    }
}

tests::both_flavours! {
    async fn malformed_json_is_a_decode_error_that_says_where() {
        let server = TestServer::start(|r| match r.path() {
            "/repos/o/r" => Reply::json(r#"{"name":"r","owner":{"login":42}}"#),
            _ => Reply::json(r#"{"login": "octocat", "id": "#),
        });
        let gh = core(&server.uri());

        let err = call(gh.get_repo("o", "r")).await.expect_err("wrong type");
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(err.is_decode());
        let shown = err.to_string();
        assert!(shown.starts_with("GET /repos/<owner>/<repo> (/repos/o/r): "), "{shown}");
        assert!(shown.contains("owner.login"), "the path to the bad field is named: {shown}");

        let err = call(gh.get_user("octocat")).await.expect_err("truncated JSON");
        assert_eq!(err.kind(), ErrorKind::Decode);
        let shown = err.to_string();
        assert!(shown.starts_with("GET /users/<name> (/users/octocat): "), "{shown}");
        assert!(shown.contains("line 1 column"), "the position is named: {shown}");
    }
}

// ---------------------------------------------------------------- builder

tests::both_flavours! {
    async fn builder_settings_are_sent_with_every_request() {
        let server = TestServer::start(|_| Reply::json(USER_JSON));
        let bearer = CoreClient::builder()
            .base_url(&server.uri())
            .bearer_auth("tok-123")
            .header("X-Custom", "custom value")
            .api_key("X-API-Key", "key-456")
            .user_agent("my-tool/1.0")
            .build()
            .expect("client");
        call(bearer.get_user("a")).await.expect("user");
        let basic =
            CoreClient::builder().base_url(&server.uri()).basic_auth("alice", "s3cret-PASS").build().expect("client");
        call(basic.get_user("b")).await.expect("user");

        let requests = server.requests();
        assert_eq!(requests[0].headers_named("authorization"), ["Bearer tok-123"]);
        assert_eq!(requests[0].headers_named("x-custom"), ["custom value"]);
        assert_eq!(requests[0].headers_named("x-api-key"), ["key-456"]);
        assert_eq!(requests[0].headers_named("user-agent"), ["my-tool/1.0"]);
        assert_eq!(requests[1].headers_named("authorization"), ["Basic YWxpY2U6czNjcmV0LVBBU1M="]);
        assert!(requests[1].header("x-api-key").is_none());
    }
}

tests::both_flavours! {
    async fn the_default_user_agent_is_sent() {
        let server = TestServer::ok();
        call(core(&server.uri()).get_contents("o", "r", "f")).await.expect("call");
        let request = server.single_request();
        assert_eq!(request.headers_named("user-agent"), [client_runtime::session::DEFAULT_USER_AGENT]);
        assert!(client_runtime::session::DEFAULT_USER_AGENT.starts_with("client-runtime/"));
    }
}

tests::both_flavours! {
    async fn the_declared_base_url_is_the_default_and_can_be_replaced() {
        let gh = CoreClient::new().expect("the declared base URL is valid");
        assert_eq!(gh.session().base_url().as_str(), "https://api.github.com/");
        let gh = CoreClient::builder().base_url("http://127.0.0.1:9/api").build().expect("client");
        assert_eq!(gh.session().base_url().as_str(), "http://127.0.0.1:9/api");
    }
}

tests::both_flavours! {
    async fn session_builder_builds_a_session_that_clients_share() {
        let server = TestServer::start(|_| Reply::json(USER_JSON));
        let session = Session::builder().base_url(&server.uri()).bearer_auth("shared").build().expect("session");
        assert_eq!(session.base_url().as_str(), format!("{}/", server.uri()));

        let gh = CoreClient::from_session(session.clone());
        let verbs = CoreClient::from_session(session.clone());
        assert_eq!(verbs.session().base_url(), session.base_url());
        assert_eq!(gh.session().base_url(), session.base_url());
        call(gh.get_user("octocat")).await.expect("user");
        pause(POOL_SETTLE).await;
        call(verbs.get()).await.expect("get");

        let requests = server.requests();
        assert_eq!(requests.len(), 2);
        for request in &requests {
            assert_eq!(request.headers_named("authorization"), ["Bearer shared"]);
        }
        assert_eq!(server.connections(), 1, "both clients send through the session's one pool");
    }
}

tests::both_flavours! {
    async fn clones_share_one_connection_pool() {
        let server = TestServer::start(|_| Reply::json(USER_JSON));
        let first = core(&server.uri());
        let clone = first.clone();
        let from_session = CoreClient::from_session(first.session().clone());
        for client in [&first, &clone, &from_session, &first, &clone, &from_session] {
            assert_eq!(call(client.get_user("octocat")).await.expect("user"), octocat());
            pause(POOL_SETTLE).await;
        }
        assert_eq!(server.request_count(), 6);
        assert_eq!(server.connections(), 1, "six sequential calls from clones reuse one connection");

        let separate = core(&server.uri());
        call(separate.get_user("octocat")).await.expect("user");
        assert_eq!(server.connections(), 2, "a separately built client has its own pool");
    }
}

fn assert_clone_debug_send_sync<T: Clone + Debug + Send + Sync + 'static>() {}

fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}

tests::both_flavours! {
    async fn clients_and_sessions_are_clone_debug_send_sync() {
        assert_clone_debug_send_sync::<CoreClient>();
        assert_clone_debug_send_sync::<Session>();
        assert_error::<client_runtime::Error>();

        let gh = CoreClient::builder().base_url("http://127.0.0.1:9").build().expect("client");
        let shown = format!("{gh:?}");
        assert!(shown.contains("CoreClient"), "{shown}");
        assert!(shown.contains("http://127.0.0.1:9"), "{shown}");
        let builder = CoreClient::builder().base_url("http://127.0.0.1:9");
        assert!(format!("{builder:?}").contains("http://127.0.0.1:9"));
    }
}

// ---------------------------------------------------------------- timeouts, connect

tests::both_flavours! {
    async fn a_server_that_never_answers_times_out() {
        let server = TestServer::start(|_| Reply::hang());
        let gh = CoreClient::builder()
            .base_url(&server.uri())
            .timeout(Duration::from_millis(200))
            .retry(RetryPolicy::none())
            .build()
            .expect("client");
        let started = Instant::now();
        let err = call(gh.get_user("octocat")).await.expect_err("timeout");
        let took = started.elapsed();
        assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
        assert!(err.is_timeout());
        assert!(took >= Duration::from_millis(190) && took < Duration::from_millis(1500), "{took:?}");
        assert!(err.to_string().starts_with("GET /users/<name> (/users/octocat): "), "{err}");
        assert_eq!(server.request_count(), 1);
    }
}

tests::both_flavours! {
    async fn the_total_timeout_covers_a_stalled_body() {
        let server = TestServer::start(|_| {
            Reply::raw_then_hang("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"lo")
        });
        let gh = CoreClient::builder()
            .base_url(&server.uri())
            .timeout(Duration::from_millis(300))
            .retry(RetryPolicy::none())
            .build()
            .expect("client");
        let started = Instant::now();
        let err = call(gh.get_user("octocat")).await.expect_err("timeout");
        assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
        assert!(started.elapsed() < Duration::from_millis(1500));
    }
}

tests::both_flavours! {
    async fn the_read_timeout_fires_when_the_server_goes_silent() {
        let server = TestServer::start(|_| {
            Reply::raw_then_hang("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"lo")
        });
        let gh = CoreClient::builder()
            .base_url(&server.uri())
            .timeout(Duration::from_secs(10))
            .read_timeout(Duration::from_millis(200))
            .retry(RetryPolicy::none())
            .build()
            .expect("client");
        let started = Instant::now();
        let err = call(gh.get_user("octocat")).await.expect_err("read timeout");
        assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
        assert!(started.elapsed() < Duration::from_millis(1500), "{:?}", started.elapsed());
    }
}

#[tokio::test]
async fn a_method_timeout_overrides_the_session_timeout() {
    let server = TestServer::start(|_| Reply::hang());
    let gh = GitHubClient::builder()
        .base_url(&server.uri())
        .timeout(Duration::from_secs(10))
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let started = Instant::now();
    let err = gh.slow().await.expect_err("the method's 150 ms");
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
    assert!(started.elapsed() < Duration::from_millis(1500), "{:?}", started.elapsed());
}

tests::both_flavours! {
    async fn a_closed_port_is_a_connect_error() {
        let gh = core(&closed_port_url());
        let err = call(gh.get_user("octocat")).await.expect_err("connect");
        assert_eq!(err.kind(), ErrorKind::Connect, "{err:?}");
        assert!(err.is_connect());
        assert_eq!(err.to_string(), "GET /users/<name> (/users/octocat): could not connect to the server");
    }
}

tests::both_flavours! {
    async fn a_connection_closed_in_the_middle_of_the_body_is_a_transport_error() {
        let server = TestServer::start(|_| {
            Reply::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"login\"")
        });
        let gh = core(&server.uri());
        let err = call(gh.get_user("octocat")).await.expect_err("truncated");
        assert_eq!(err.kind(), ErrorKind::Transport, "{err:?}");
        assert!(err.to_string().starts_with("GET /users/<name> (/users/octocat): "), "{err}");
    }
}

tests::both_flavours! {
    async fn the_connect_timeout_fires_when_the_handshake_never_completes() {
        let backlog = FullBacklog::new();
        if !backlog.is_full() {
            eprintln!("skipped: could not fill a listen backlog on this system");
            return;
        }
        let gh = CoreClient::builder()
            .base_url(&backlog.uri())
            .connect_timeout(Duration::from_millis(200))
            .timeout(Duration::from_secs(10))
            .retry(RetryPolicy::none())
            .build()
            .expect("client");
        let started = Instant::now();
        let err = call(gh.get_user("octocat")).await.expect_err("connect timeout");
        let took = started.elapsed();
        assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
        assert!(took >= Duration::from_millis(190) && took < Duration::from_millis(1500), "{took:?}");
    }
}

// ---------------------------------------------------------------- Send, fakes, defaults

async fn spawn_get_user<C: GitHub + Clone + Send + Sync + 'static>(client: C) -> Result<User> {
    tokio::spawn(async move { client.get_user("octocat").await }).await.expect("task")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generated_futures_are_send_and_can_be_spawned() {
    let server = user_server();
    let gh = github(&server.uri());
    assert_eq!(spawn_get_user(gh.clone()).await.expect("user"), octocat());
    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let gh = gh.clone();
            tokio::spawn(async move { gh.get_user("octocat").await })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.expect("task").expect("user"), octocat());
    }
}

/// A smaller trait, to implement by hand.
#[client]
pub trait Users {
    #[get("/users/<name>")]
    async fn get_user(&self, name: &str) -> Result<User>;

    #[get("/users/<name>")]
    async fn find_user(&self, name: &str) -> Result<Option<User>>;

    fn greeting(&self) -> &'static str {
        "hello"
    }
}

/// A user-written fake: no HTTP at all.
#[derive(Debug, Clone)]
pub struct FakeUsers;

impl Users for FakeUsers {
    async fn get_user(&self, name: &str) -> Result<User> {
        Ok(User { login: name.to_owned(), id: 99 })
    }

    async fn find_user(&self, name: &str) -> Result<Option<User>> {
        Ok((name == "known").then(|| User { login: name.to_owned(), id: 99 }))
    }
}

async fn describe_user<U: Users>(users: &U, name: &str) -> String {
    match users.find_user(name).await {
        Ok(Some(user)) => format!("{} {}#{}", users.greeting(), user.login, user.id),
        Ok(None) => format!("no {name}"),
        Err(err) => format!("error: {}", err.kind()),
    }
}

async fn spawn_through<U: Users + Clone + Send + Sync + 'static>(users: U) -> Result<User> {
    tokio::spawn(async move { users.get_user("spawned").await }).await.expect("task")
}

#[tokio::test]
async fn a_hand_written_fake_is_used_through_the_same_generic_code() {
    assert_eq!(describe_user(&FakeUsers, "known").await, "hello known#99");
    assert_eq!(describe_user(&FakeUsers, "other").await, "no other");
    assert_eq!(spawn_through(FakeUsers).await.expect("fake").login, "spawned");

    let server = TestServer::start(|r| match r.path() {
        "/users/known" => Reply::json(r#"{"login":"known","id":1}"#),
        _ => Reply::status(404),
    });
    let real = UsersClient::builder().base_url(&server.uri()).build().expect("client");
    assert_eq!(describe_user(&real, "known").await, "hello known#1");
    assert_eq!(describe_user(&real, "other").await, "no other");
}

#[tokio::test]
async fn methods_with_a_default_body_are_left_alone_and_callable() {
    let server = user_server();
    let gh = github(&server.uri());
    assert_eq!(gh.describe(), "a GitHub client");
    assert_eq!(gh.login_of("octocat").await.expect("login"), "octocat");
    assert_eq!(server.single_request().target, "/users/octocat");
}

// ---------------------------------------------------------------- declared by a macro

/// A `macro_rules!` that writes `#[client]` around methods its caller
/// passes in: under macro hygiene the caller's `self` and argument names
/// are not the macro's, and the generated code must use the caller's.
macro_rules! declared_by_a_macro {
    ($(#[$attr:meta])* $name:ident { $($methods:tt)* }) => {
        $(#[$attr])*
        #[client]
        pub trait $name { $($methods)* }
    };
    (blocking $(#[$attr:meta])* $name:ident { $($methods:tt)* }) => {
        $(#[$attr])*
        #[client(blocking)]
        pub trait $name { $($methods)* }
    };
}

declared_by_a_macro!(
    /// Async, every kind of argument.
    MacroUsers {
        #[get("/users/<name>")]
        async fn user(&self, name: &str, #[query] page: Option<u32>) -> Result<User>;

        #[post("/repos/<owner>/issues")]
        async fn create(&self, owner: &str, #[body] issue: &NewIssue, #[header("X-Trace")] __call: &str) -> Result<Issue>;

        #[get("/listing")]
        #[paginate(page(size = 2))]
        fn listing(&self, #[query] q: &str) -> client_runtime::Paginated<Issue>;
    }
);

declared_by_a_macro!(blocking
    /// Declared blocking, the same arguments.
    MacroUsersSync {
        #[get("/users/<name>")]
        fn user(&self, name: &str, #[query] page: Option<u32>) -> Result<User>;

        #[post("/repos/<owner>/issues")]
        fn create(&self, owner: &str, #[body] issue: &NewIssue, #[header("X-Trace")] __call: &str) -> Result<Issue>;

        #[get("/listing")]
        #[paginate(page(size = 2))]
        fn listing(&self, #[query] q: &str) -> client_runtime::blocking::Paginated<Issue>;
    }
);

/// Answers the three methods of the clients declared by a macro.
fn macro_server() -> BlockingMockServer {
    let server = BlockingMockServer::start();
    server.mount(
        Mock::given(method("GET"))
            .and(path("/users/octo%20cat"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(USER_JSON, "application/json")),
    );
    server.mount(
        Mock::given(method("POST"))
            .and(path("/repos/o/issues"))
            .respond_with(ResponseTemplate::new(201).set_body_raw(r#"{"number":5}"#, "application/json")),
    );
    server.mount(Mock::given(method("GET")).and(path("/listing")).respond_with(|request: &wiremock::Request| {
        let page = request.url.query_pairs().find(|(k, _)| k == "page").map_or(1, |(_, v)| v.parse().unwrap_or(0));
        let body = match page {
            1 => r#"[{"number":1},{"number":2}]"#,
            2 => r#"[{"number":3}]"#,
            _ => "[]",
        };
        ResponseTemplate::new(200).set_body_raw(body, "application/json")
    }));
    server
}

/// What the clients declared by a macro must have sent.
fn assert_macro_requests(server: &BlockingMockServer) {
    assert_eq!(
        server.targets(),
        [
            "/users/octo%20cat?page=2",
            "/repos/o/issues",
            "/listing?q=x&page=1&per_page=2",
            "/listing?q=x&page=2&per_page=2",
            "/listing?q=x&page=3&per_page=2",
        ]
    );
    let requests = server.received_requests();
    let methods: Vec<&str> = requests.iter().map(|r| r.method.as_str()).collect();
    assert_eq!(methods, ["GET", "POST", "GET", "GET", "GET"]);
    assert_eq!(requests[1].body, br#"{"title":"t","labels":[]}"#);
    assert_eq!(requests[1].headers.get("x-trace").map(|v| v.as_bytes()), Some(&b"trace-1"[..]));
}

#[tokio::test]
async fn an_async_client_declared_by_a_macro_calls_and_decodes() {
    use futures::TryStreamExt as _;

    let server = macro_server();
    let client = MacroUsersClient::builder().base_url(&server.uri()).build().expect("client");
    assert_eq!(client.user("octo cat", Some(2)).await.expect("user"), octocat());
    let issue = NewIssue { title: "t".to_owned(), labels: Vec::new() };
    assert_eq!(client.create("o", &issue, "trace-1").await.expect("issue"), Issue { number: 5 });
    let items: Vec<Issue> = client.listing("x").try_collect().await.expect("listing");
    assert_eq!(items, [Issue { number: 1 }, Issue { number: 2 }, Issue { number: 3 }]);
    assert_macro_requests(&server);
}

/// The blocking scenario, for each blocking client type: the two have
/// the same methods but no trait in common.
macro_rules! blocking_calls_and_decodes {
    ($client:ty) => {{
        let server = macro_server();
        let client = <$client>::builder().base_url(&server.uri()).build().expect("client");
        assert_eq!(client.user("octo cat", Some(2)).expect("user"), octocat());
        let issue = NewIssue { title: "t".to_owned(), labels: Vec::new() };
        assert_eq!(client.create("o", &issue, "trace-1").expect("issue"), Issue { number: 5 });
        let items: Vec<Issue> = client.listing("x").collect_all().expect("listing");
        assert_eq!(items, [Issue { number: 1 }, Issue { number: 2 }, Issue { number: 3 }]);
        assert_macro_requests(&server);
    }};
}

#[test]
fn a_blocking_client_declared_by_a_macro_calls_and_decodes() {
    blocking_calls_and_decodes!(MacroUsersSyncClient);
}

#[test]
fn the_blocking_twin_of_an_async_client_declared_by_a_macro_calls_and_decodes() {
    blocking_calls_and_decodes!(MacroUsersBlockingClient);
}
