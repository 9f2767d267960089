//! End-to-end tests of the response cache (`Builder::cache`): conditional
//! requests, what is stored, keys, freshness, eviction, listings, opting
//! out, in both flavours. Every test asserts what the server received:
//! conditional headers present or absent, and the number of requests.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use client_runtime::__private::{Call, Endpoint, Json, Method, RetryOverride, execute};
use client_runtime::cache::{Cache, CacheStatus};
use client_runtime::{ByteStream, Paginated, Response, Result, Session, client};
use serde::Deserialize;
use tests::{RecordedRequest, Reply, TestServer};

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Repo {
    pub name: String,
    pub version: u64,
}

#[client(base_url = "https://api.github.com")]
pub trait GitHub {
    #[get("/repos/<name>")]
    async fn get_repo(&self, name: &str) -> Result<Response<Repo>>;

    #[get("/repos/<name>")]
    async fn repo_as(&self, name: &str, #[header("Accept")] accept: &str) -> Result<Response<Repo>>;

    #[get("/repos/<name>")]
    async fn repo_if_changed(&self, name: &str, #[header("If-None-Match")] etag: &str) -> Result<Option<Repo>>;

    #[get("/repos/<name>")]
    async fn repo_meta_if_changed(
        &self,
        name: &str,
        #[header("If-None-Match")] etag: &str,
    ) -> Result<Response<serde_json::Value>>;

    #[post("/repos/<name>")]
    async fn touch(&self, name: &str) -> Result<Response<Repo>>;

    #[get("/repos/<name>")]
    async fn download(&self, name: &str) -> Result<ByteStream>;

    #[get("/issues")]
    #[paginate(link)]
    fn issues(&self) -> Paginated<u64>;
}

/// A server whose resources carry `ETag: "v<version>"`, answering 304 to
/// a matching `If-None-Match`; `extra` headers go on every 200 and 304.
fn etag_server(version: Arc<AtomicU64>, extra: &'static [(&'static str, &'static str)]) -> TestServer {
    TestServer::start(move |req: &RecordedRequest| {
        let v = version.load(Ordering::SeqCst);
        let etag = format!("\"v{v}\"");
        let mut reply = if req.header("if-none-match") == Some(etag.as_str()) {
            Reply::status(304)
        } else {
            Reply::json(&format!(r#"{{"name":"{}","version":{v}}}"#, req.path().trim_start_matches("/repos/")))
        };
        reply = reply.header("ETag", &etag).header("X-RateLimit-Remaining", &(100 - v).to_string());
        for (name, value) in extra {
            reply = reply.header(name, value);
        }
        reply
    })
}

fn client(server: &TestServer, cache: &Cache) -> GitHubClient {
    GitHubClient::builder().base_url(&server.uri()).cache(cache.clone()).build().unwrap()
}

fn conditional(req: &RecordedRequest) -> (Option<&str>, Option<&str>) {
    (req.header("if-none-match"), req.header("if-modified-since"))
}

#[tokio::test]
async fn etag_revalidates_and_a_304_yields_the_stored_body_with_fresh_headers() {
    let version = Arc::new(AtomicU64::new(1));
    let server = etag_server(version.clone(), &[]);
    let github = client(&server, &Cache::memory(1 << 20));

    let first = github.get_repo("hello").await.unwrap();
    assert_eq!(first.cache_status(), CacheStatus::Miss);
    assert_eq!(first.body(), &Repo { name: "hello".into(), version: 1 });

    version.store(1, Ordering::SeqCst);
    let second = github.get_repo("hello").await.unwrap();
    assert_eq!(second.cache_status(), CacheStatus::Revalidated);
    assert_eq!(second.status(), 200, "decoded exactly as the 200 was");
    assert_eq!(second.body(), first.body());

    version.store(2, Ordering::SeqCst);
    let third = github.get_repo("hello").await.unwrap();
    assert_eq!(third.cache_status(), CacheStatus::Miss);
    assert_eq!(third.body().version, 2);
    assert_eq!(third.rate_limit().and_then(|r| r.remaining), Some(98));

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(conditional(&requests[0]), (None, None));
    assert_eq!(conditional(&requests[1]), (Some("\"v1\""), None));
    assert_eq!(conditional(&requests[2]), (Some("\"v1\""), None), "the changed resource came back as a 200");
}

#[tokio::test]
async fn the_304s_headers_are_merged_in() {
    let calls = Arc::new(AtomicU64::new(0));
    let counter = calls.clone();
    let server = TestServer::start(move |req| {
        let remaining = 60 - counter.fetch_add(1, Ordering::SeqCst);
        let reply = if req.header("if-none-match").is_some() {
            Reply::status(304)
        } else {
            Reply::json(r#"{"name":"a","version":1}"#).header("X-Custom", "from-200")
        };
        reply.header("ETag", "\"e\"").header("X-RateLimit-Remaining", &remaining.to_string())
    });
    let github = client(&server, &Cache::memory(1 << 20));
    github.get_repo("a").await.unwrap();
    let again = github.get_repo("a").await.unwrap();
    assert_eq!(again.cache_status(), CacheStatus::Revalidated);
    assert_eq!(again.rate_limit().and_then(|r| r.remaining), Some(59), "the 304's rate-limit headers");
    assert_eq!(again.headers()["x-custom"], "from-200", "the stored headers the 304 lacks");
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn last_modified_sends_if_modified_since() {
    const DATE: &str = "Tue, 15 Nov 1994 12:45:26 GMT";
    let server = TestServer::start(|req| {
        if req.header("if-modified-since") == Some(DATE) {
            Reply::status(304)
        } else {
            Reply::json(r#"{"name":"a","version":1}"#).header("Last-Modified", DATE)
        }
    });
    let github = client(&server, &Cache::memory(1 << 20));
    assert_eq!(github.get_repo("a").await.unwrap().cache_status(), CacheStatus::Miss);
    let again = github.get_repo("a").await.unwrap();
    assert_eq!(again.cache_status(), CacheStatus::Revalidated);
    assert_eq!(again.body().name, "a");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(conditional(&requests[0]), (None, None));
    assert_eq!(conditional(&requests[1]), (None, Some(DATE)));
}

#[tokio::test]
async fn a_response_without_a_validator_or_with_no_store_is_not_stored() {
    let server = TestServer::start(|req| match req.path() {
        "/repos/plain" => Reply::json(r#"{"name":"plain","version":1}"#),
        _ => {
            Reply::json(r#"{"name":"secret","version":1}"#).header("ETag", "\"s\"").header("Cache-Control", "no-store")
        }
    });
    let github = client(&server, &Cache::memory(1 << 20));
    for name in ["plain", "plain", "secret", "secret"] {
        assert_eq!(github.get_repo(name).await.unwrap().cache_status(), CacheStatus::Miss);
    }
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert!(requests.iter().all(|r| conditional(r) == (None, None)), "nothing was revalidated");
}

#[tokio::test]
async fn vary_keeps_variants_apart() {
    let version = Arc::new(AtomicU64::new(1));
    let server = etag_server(version, &[("Vary", "Accept")]);
    let github = client(&server, &Cache::memory(1 << 20));
    github.repo_as("a", "application/json").await.unwrap();
    let same = github.repo_as("a", "application/json").await.unwrap();
    assert_eq!(same.cache_status(), CacheStatus::Revalidated);
    let other = github.repo_as("a", "application/vnd.github.raw+json").await.unwrap();
    assert_eq!(other.cache_status(), CacheStatus::Miss);
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(conditional(&requests[1]).0, Some("\"v1\""));
    assert_eq!(conditional(&requests[2]), (None, None), "another Accept is another variant");
}

#[tokio::test]
async fn serve_fresh_answers_from_the_cache_within_max_age() {
    let version = Arc::new(AtomicU64::new(1));
    let server = etag_server(version.clone(), &[("Cache-Control", "private, max-age=60")]);
    let fresh = client(&server, &Cache::memory(1 << 20).serve_fresh(true));
    assert_eq!(fresh.get_repo("a").await.unwrap().cache_status(), CacheStatus::Miss);
    let hit = fresh.get_repo("a").await.unwrap();
    assert_eq!(hit.cache_status(), CacheStatus::Hit);
    assert_eq!(hit.body().version, 1);
    assert_eq!(server.request_count(), 1, "a fresh entry costs no request");

    let revalidating = client(&server, &Cache::memory(1 << 20));
    revalidating.get_repo("a").await.unwrap();
    assert_eq!(revalidating.get_repo("a").await.unwrap().cache_status(), CacheStatus::Revalidated);
    assert_eq!(server.request_count(), 3, "by default every call revalidates");
}

#[tokio::test]
async fn each_credential_has_its_own_entries_in_a_shared_cache() {
    let server = etag_server(Arc::new(AtomicU64::new(1)), &[]);
    let cache = Cache::memory(1 << 20);
    let session = |token: &str| {
        let session = Session::builder().base_url(&server.uri()).bearer_auth(token).cache(cache.clone()).build();
        GitHubClient::from_session(session.unwrap())
    };
    let (alice, bob, alice_again) = (session("alice"), session("bob"), session("alice"));
    assert_eq!(alice.get_repo("a").await.unwrap().cache_status(), CacheStatus::Miss);
    assert_eq!(bob.get_repo("a").await.unwrap().cache_status(), CacheStatus::Miss);
    assert_eq!(alice_again.get_repo("a").await.unwrap().cache_status(), CacheStatus::Revalidated);
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[1].header("authorization"), Some("Bearer bob"));
    assert_eq!(conditional(&requests[1]), (None, None), "bob never gets alice's entry");
    assert_eq!(conditional(&requests[2]).0, Some("\"v1\""));
}

#[tokio::test]
async fn the_memory_cache_stays_within_its_bytes_and_evicts_the_least_recently_used() {
    let big = "x".repeat(10_000);
    let server = TestServer::start(move |req| {
        if req.header("if-none-match").is_some() {
            return Reply::status(304).header("ETag", "\"e\"");
        }
        Reply::json(&format!(r#"{{"name":"{big}","version":1}}"#)).header("ETag", "\"e\"")
    });
    let bound = 25_000;
    let cache = Cache::memory(bound);
    let github = client(&server, &cache);
    for name in ["a", "b", "c"] {
        github.get_repo(name).await.unwrap();
        assert!(cache.memory_usage().unwrap() <= bound, "{} bytes held", cache.memory_usage().unwrap());
    }
    assert_eq!(github.get_repo("c").await.unwrap().cache_status(), CacheStatus::Revalidated);
    assert_eq!(github.get_repo("a").await.unwrap().cache_status(), CacheStatus::Miss, "a was evicted");
    let requests = server.requests();
    assert_eq!(requests.len(), 5);
    assert_eq!(conditional(&requests[3]).0, Some("\"e\""));
    assert_eq!(conditional(&requests[4]), (None, None));
}

#[tokio::test]
async fn listings_are_cached_page_by_page() {
    let server = TestServer::start(|req| {
        let page = req.query().unwrap_or("page=1").to_owned();
        let etag = format!("\"{page}\"");
        if req.header("if-none-match") == Some(etag.as_str()) {
            return Reply::status(304).header("ETag", &etag);
        }
        match page.as_str() {
            "page=2" => Reply::json("[3]").header("ETag", &etag),
            _ => Reply::json("[1,2]")
                .header("ETag", &etag)
                .header("Link", &format!("<http://{}/issues?page=2>; rel=\"next\"", req.header("host").unwrap())),
        }
    });
    let github = client(&server, &Cache::memory(1 << 20));
    assert_eq!(github.issues().collect_all().await.unwrap(), [1, 2, 3]);
    assert_eq!(github.issues().collect_all().await.unwrap(), [1, 2, 3], "the next link comes from the stored page");
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert_eq!(conditional(&requests[0]), (None, None));
    assert_eq!(conditional(&requests[1]), (None, None));
    assert_eq!(conditional(&requests[2]).0, Some("\"page=1\""));
    assert_eq!(conditional(&requests[3]).0, Some("\"page=2\""));
}

static UNCACHED: Endpoint = Endpoint {
    trait_name: "GitHub",
    method_name: "get_repo_uncached",
    method: Method::GET,
    template: "/repos/a",
    span_name: "GET /repos/a",
    url_template: "/repos/a",
    headers: &[],
    idempotent: true,
    retry: RetryOverride::Inherit,
    timeout: None,
    secret_query: &[],
    cache: false,
};

#[tokio::test]
async fn an_endpoint_with_the_cache_off_is_never_conditional() {
    let server = etag_server(Arc::new(AtomicU64::new(1)), &[]);
    let session = Session::builder().base_url(&server.uri()).cache(Cache::memory(1 << 20)).build().unwrap();
    for _ in 0..2 {
        let mut call = Call::new(&session, &UNCACHED);
        call.lit("/repos/a");
        let repo = execute::<client_runtime::__private::WithMeta<Json<Repo>>>(&session, call).await.unwrap();
        assert_eq!(repo.cache_status(), CacheStatus::Bypass);
    }
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|r| conditional(r) == (None, None)));
}

#[tokio::test]
async fn downloads_and_posts_are_never_cached() {
    let server = etag_server(Arc::new(AtomicU64::new(1)), &[]);
    let github = client(&server, &Cache::memory(1 << 20));
    for _ in 0..2 {
        let stream = github.download("a").await.unwrap();
        assert_eq!(stream.cache_status(), CacheStatus::Bypass);
        stream.write_to(tokio::io::sink()).await.unwrap();
        assert_eq!(github.touch("a").await.unwrap().cache_status(), CacheStatus::Bypass);
    }
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert!(requests.iter().all(|r| conditional(r) == (None, None)));
}

#[tokio::test]
async fn a_callers_own_if_none_match_sees_the_304() {
    let server = etag_server(Arc::new(AtomicU64::new(1)), &[]);
    let github = client(&server, &Cache::memory(1 << 20));
    assert_eq!(github.repo_if_changed("a", "\"v1\"").await.unwrap(), None, "304: unchanged");
    let meta = github.repo_meta_if_changed("a", "\"v1\"").await.unwrap();
    assert_eq!((meta.status().as_u16(), meta.body()), (304, &serde_json::Value::Null));
    assert_eq!(meta.cache_status(), CacheStatus::Bypass);
    let changed = github.repo_if_changed("a", "\"v0\"").await.unwrap();
    assert_eq!(changed.map(|r| r.version), Some(1));
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(conditional(&requests[0]).0, Some("\"v1\""), "the caller's header, untouched");
    assert_eq!(conditional(&requests[2]).0, Some("\"v0\""));
}

#[test]
fn the_blocking_flavour_revalidates_too() {
    let server = etag_server(Arc::new(AtomicU64::new(1)), &[]);
    let github = GitHubBlockingClient::builder().base_url(&server.uri()).cache(Cache::memory(1 << 20)).build().unwrap();
    assert_eq!(github.get_repo("a").unwrap().cache_status(), CacheStatus::Miss);
    let again = github.get_repo("a").unwrap();
    assert_eq!(again.cache_status(), CacheStatus::Revalidated);
    assert_eq!(again.body().version, 1);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(conditional(&requests[1]).0, Some("\"v1\""));
}

/// Records the conditional header of every request it sees, and the 304s.
#[derive(Default)]
struct Recorder(std::sync::Mutex<Vec<(Option<String>, u16)>>);

impl client_runtime::middleware::Middleware for Recorder {
    async fn handle(
        &self,
        request: client_runtime::middleware::Request,
        _: &client_runtime::middleware::CallInfo,
        next: client_runtime::middleware::Next<'_>,
    ) -> Result<client_runtime::middleware::Response> {
        let sent = request.headers().get("if-none-match").map(|v| v.to_str().unwrap().to_owned());
        let response = next.run(request).await?;
        self.0.lock().unwrap().push((sent, response.status().as_u16()));
        Ok(response)
    }
}

#[tokio::test]
async fn middlewares_see_the_conditional_request_and_the_304_and_a_fresh_hit_runs_none() {
    let server = etag_server(Arc::new(AtomicU64::new(1)), &[("Cache-Control", "max-age=60")]);
    let recorder = Arc::new(Recorder::default());
    let revalidating = GitHubClient::builder()
        .base_url(&server.uri())
        .cache(Cache::memory(1 << 20))
        .middleware(recorder.clone())
        .build()
        .unwrap();
    revalidating.get_repo("a").await.unwrap();
    assert_eq!(revalidating.get_repo("a").await.unwrap().cache_status(), CacheStatus::Revalidated);
    assert_eq!(*recorder.0.lock().unwrap(), [(None, 200), (Some("\"v1\"".to_owned()), 304)]);

    let fresh_recorder = Arc::new(Recorder::default());
    let fresh = GitHubClient::builder()
        .base_url(&server.uri())
        .cache(Cache::memory(1 << 20).serve_fresh(true))
        .middleware(fresh_recorder.clone())
        .build()
        .unwrap();
    fresh.get_repo("a").await.unwrap();
    assert_eq!(fresh.get_repo("a").await.unwrap().cache_status(), CacheStatus::Hit);
    assert_eq!(fresh_recorder.0.lock().unwrap().len(), 1, "a fresh entry never reaches the middlewares");
    assert_eq!(server.request_count(), 3);
}

/// A provider whose token changes when told to, like a refreshed one.
struct Rotating(std::sync::Mutex<&'static str>);

impl client_runtime::auth::AuthProvider for Rotating {
    async fn authorize(&self, headers: &mut client_runtime::header::HeaderMap) -> Result<()> {
        let token = *self.0.lock().unwrap();
        let mut value = client_runtime::header::HeaderValue::from_str(&format!("Bearer {token}")).unwrap();
        value.set_sensitive(true);
        headers.insert("authorization", value);
        Ok(())
    }
}

#[tokio::test]
async fn a_providers_credentials_are_part_of_the_key() {
    let server = etag_server(Arc::new(AtomicU64::new(1)), &[]);
    let provider = Arc::new(Rotating(std::sync::Mutex::new("first")));
    let github =
        GitHubClient::builder().base_url(&server.uri()).cache(Cache::memory(1 << 20)).auth(provider.clone()).build();
    let github = github.unwrap();
    github.get_repo("a").await.unwrap();
    assert_eq!(github.get_repo("a").await.unwrap().cache_status(), CacheStatus::Revalidated);
    *provider.0.lock().unwrap() = "second";
    assert_eq!(github.get_repo("a").await.unwrap().cache_status(), CacheStatus::Miss, "another token, another key");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[2].header("authorization"), Some("Bearer second"));
    assert_eq!(conditional(&requests[2]), (None, None));
}

#[tokio::test]
async fn after_a_redirect_the_final_url_is_revalidated() {
    let server = TestServer::start(|req| match req.path() {
        "/repos/old" => Reply::redirect(301, "/repos/new"),
        _ if req.header("if-none-match") == Some("\"n\"") => Reply::status(304).header("ETag", "\"n\""),
        _ => Reply::json(r#"{"name":"new","version":1}"#).header("ETag", "\"n\""),
    });
    let github = client(&server, &Cache::memory(1 << 20));
    assert_eq!(github.get_repo("old").await.unwrap().cache_status(), CacheStatus::Miss);
    let again = github.get_repo("old").await.unwrap();
    assert_eq!(again.cache_status(), CacheStatus::Revalidated);
    assert_eq!((again.body().name.as_str(), again.history().len()), ("new", 1));
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert_eq!((requests[3].path(), conditional(&requests[3]).0), ("/repos/new", Some("\"n\"")));
}
