//! The HTTP semantics of the response cache (RFC 9111), end to end against
//! loopback servers and in both flavours: invalidation by successful
//! unsafe requests, the age of a response, a method's own
//! `Cache-Control`, how `Cache-Control` is read, 304s that do not match,
//! and `Vary: *`. Every test asserts what the server received: methods,
//! paths, conditional and `Cache-Control` headers, the number of requests.
//! The same rules on Redis, across processes, are in `redis.rs`.

#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use client_runtime::cache::{Cache, CacheStatus};
use client_runtime::{ErrorKind, Response, Result, client};
use serde::{Deserialize, Serialize};
use tests::{RecordedRequest, Reply, TestServer};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Repo {
    pub name: String,
    pub version: u64,
}

tests::flavoured_client! {
    async: #[client],
    blocking: #[client(blocking)],
    pub trait Repos {
        #[get("/repos/<name>")]
        async fn repo(&self, name: &str) -> Result<Response<Repo>>;

        #[get("/repos/<name>")]
        async fn repo_asking(&self, name: &str, #[header("Cache-Control")] cache_control: &str) -> Result<Response<Repo>>;

        #[get("/repos/<name>")]
        #[header("Cache-Control", "no-store")]
        async fn repo_no_store(&self, name: &str) -> Result<Response<Repo>>;

        #[get("/repos/<name>")]
        #[header("Cache-Control", "No-Cache")]
        async fn repo_no_cache(&self, name: &str) -> Result<Response<Repo>>;

        #[post("/repos")]
        async fn create(&self, #[body] repo: &Repo) -> Result<Response<()>>;

        #[patch("/repos/<name>")]
        async fn update(&self, name: &str, #[body] repo: &Repo) -> Result<()>;

        #[delete("/repos/<name>")]
        #[cache(none)]
        async fn delete(&self, name: &str) -> Result<()>;
    }

    pub(crate) fn repos(server: &TestServer, cache: &Cache) -> ReposClient {
        ReposClient::builder().base_url(&server.uri()).cache(cache.clone()).build().unwrap()
    }

    pub(crate) fn repos_of(server: &TestServer, cache: &Cache, token: &str) -> ReposClient {
        ReposClient::builder().base_url(&server.uri()).bearer_auth(token).cache(cache.clone()).build().unwrap()
    }
}

fn repo(name: &str) -> Repo {
    Repo { name: name.to_owned(), version: 0 }
}

/// A small store of repositories: `GET /repos/<name>` answers
/// `{"name","version"}` with `ETag: "<name>-v<version>"`, and 304 to a
/// matching `If-None-Match`; `extra` headers go on both. `POST /repos`
/// (the body's name), `PATCH` and `DELETE /repos/<name>` bump the version
/// and are answered by `write`.
fn repo_store(
    extra: &'static [(&'static str, &'static str)],
    write: impl Fn(&RecordedRequest) -> Reply + Send + Sync + 'static,
) -> TestServer {
    let versions: Mutex<HashMap<String, u64>> = Mutex::default();
    TestServer::start(move |req: &RecordedRequest| {
        let mut versions = versions.lock().unwrap();
        let named = req.path().trim_start_matches("/repos").trim_start_matches('/').to_owned();
        if req.method != "GET" {
            let name = match req.method.as_str() {
                "POST" => serde_json::from_slice::<Repo>(&req.body).unwrap().name,
                _ => named,
            };
            *versions.entry(name).or_insert(1) += 1;
            return write(req);
        }
        let version = *versions.entry(named.clone()).or_insert(1);
        let etag = format!("\"{named}-v{version}\"");
        let mut reply = match req.header("if-none-match") == Some(etag.as_str()) {
            true => Reply::status(304),
            false => Reply::json(&format!(r#"{{"name":"{named}","version":{version}}}"#)),
        };
        reply = reply.header("ETag", &etag);
        for (name, value) in extra {
            reply = reply.header(name, value);
        }
        reply
    })
}

/// What the server saw of each request: method, path, `If-None-Match`.
fn seen(server: &TestServer) -> Vec<(String, String, Option<String>)> {
    let requests = server.requests();
    requests
        .iter()
        .map(|r| (r.method.clone(), r.path().to_owned(), r.header("if-none-match").map(str::to_owned)))
        .collect()
}

fn get(path: &str, if_none_match: Option<&str>) -> (String, String, Option<String>) {
    ("GET".to_owned(), path.to_owned(), if_none_match.map(str::to_owned))
}

fn sent(method: &str, path: &str) -> (String, String, Option<String>) {
    (method.to_owned(), path.to_owned(), None)
}

const FRESH: &[(&str, &str)] = &[("Cache-Control", "max-age=60")];

tests::both_flavours! {
    async fn a_successful_unsafe_request_invalidates_its_url() {
        let server = repo_store(FRESH, |_| Reply::status(204));
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        assert_eq!(call(api.repo("a")).await.unwrap().cache_status(), CacheStatus::Miss);
        assert_eq!(call(api.repo("a")).await.unwrap().cache_status(), CacheStatus::Hit);
        call(api.update("a", &repo("a"))).await.unwrap();
        let after = call(api.repo("a")).await.unwrap();
        assert_eq!((after.cache_status(), after.body().version), (CacheStatus::Miss, 2), "not the stale v1");
        assert_eq!(call(api.repo("a")).await.unwrap().cache_status(), CacheStatus::Hit);
        call(api.delete("a")).await.unwrap();
        let after = call(api.repo("a")).await.unwrap();
        assert_eq!((after.cache_status(), after.body().version), (CacheStatus::Miss, 3), "#[cache(none)] invalidates too");
        assert_eq!(
            seen(&server),
            [
                get("/repos/a", None),
                sent("PATCH", "/repos/a"),
                get("/repos/a", None),
                sent("DELETE", "/repos/a"),
                get("/repos/a", None),
            ]
        );
    }

    async fn a_failed_unsafe_request_invalidates_nothing() {
        let server = repo_store(FRESH, |_| Reply::status(409));
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        call(api.repo("a")).await.unwrap();
        let err = call(api.update("a", &repo("a"))).await.unwrap_err();
        assert_eq!((err.kind(), err.status().map(|s| s.as_u16())), (ErrorKind::Status, Some(409)));
        assert_eq!(call(api.repo("a")).await.unwrap().cache_status(), CacheStatus::Hit);
        assert_eq!(seen(&server), [get("/repos/a", None), sent("PATCH", "/repos/a")]);
    }

    async fn location_and_content_location_are_invalidated_on_the_same_origin_only() {
        let port = Arc::new(AtomicU64::new(0));
        let seen_port = port.clone();
        let server = repo_store(FRESH, move |req| match serde_json::from_slice::<Repo>(&req.body).unwrap().name.as_str() {
            "a" => Reply::status(201)
                .header("Location", "/repos/a")
                .header("Content-Location", &format!("http://127.0.0.1:{}/repos/b", seen_port.load(Ordering::SeqCst))),
            // Another host name is another origin, even on this server.
            _ => Reply::status(201).header("Location", &format!("http://localhost:{}/repos/c", seen_port.load(Ordering::SeqCst))),
        });
        port.store(u64::from(server.addr().port()), Ordering::SeqCst);
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        for name in ["a", "b", "c"] {
            call(api.repo(name)).await.unwrap();
        }
        assert_eq!(call(api.create(&repo("a"))).await.unwrap().status().as_u16(), 201);
        assert_eq!(call(api.create(&repo("c"))).await.unwrap().status().as_u16(), 201);
        let statuses: Vec<_> = ["a", "b", "c"].iter().map(|name| call(api.repo(name))).collect();
        let mut got = Vec::new();
        for status in statuses {
            got.push(status.await.unwrap().cache_status());
        }
        assert_eq!(got, [CacheStatus::Miss, CacheStatus::Miss, CacheStatus::Hit]);
        let requests = seen(&server);
        assert_eq!(requests[3..], [sent("POST", "/repos"), sent("POST", "/repos"), get("/repos/a", None), get("/repos/b", None)]);
    }

    async fn an_invalidation_reaches_the_entries_of_every_credential() {
        let server = repo_store(&[], |_| Reply::status(204));
        let cache = Cache::memory(1 << 20);
        let (alice, bob) = (repos_of(&server, &cache, "alice"), repos_of(&server, &cache, "bob"));
        call(alice.repo("a")).await.unwrap();
        call(bob.repo("a")).await.unwrap();
        assert_eq!(call(bob.repo("a")).await.unwrap().cache_status(), CacheStatus::Revalidated);
        call(alice.update("a", &repo("a"))).await.unwrap();
        assert_eq!(call(bob.repo("a")).await.unwrap().cache_status(), CacheStatus::Miss);
        let requests = server.requests();
        assert_eq!(requests[3].header("authorization"), Some("Bearer alice"));
        assert_eq!((requests[4].header("authorization"), requests[4].header("if-none-match")), (Some("Bearer bob"), None));
        assert_eq!(requests.len(), 5);
    }

    async fn a_post_answered_303_invalidates_before_the_redirect_is_followed() {
        let server = repo_store(FRESH, |_| Reply::redirect(303, "/repos/a"));
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        call(api.repo("a")).await.unwrap();
        let created = call(api.create(&repo("a"))).await.unwrap();
        assert_eq!((created.status().as_u16(), created.cache_status()), (200, CacheStatus::Miss), "the GET after the 303");
        assert_eq!(call(api.repo("a")).await.unwrap().body().version, 2, "what the redirect fetched, stored");
        assert_eq!(seen(&server), [get("/repos/a", None), sent("POST", "/repos"), get("/repos/a", None)]);
    }
}

/// Answers `/repos/<name>` with `ETag: "1"` and the headers
/// [`age_headers`] gives for the name, delayed as it says; 304 to a
/// matching `If-None-Match`, with the same headers.
fn dated_server() -> TestServer {
    TestServer::start(move |req: &RecordedRequest| {
        let name = req.path().trim_start_matches("/repos/").to_owned();
        let (extra, delay) = age_headers(&name);
        let mut reply = match req.header("if-none-match") {
            Some("\"1\"") => Reply::status(304),
            _ => Reply::json(&format!(r#"{{"name":"{name}","version":1}}"#)),
        };
        reply = reply.header("ETag", "\"1\"").delay(delay);
        for (name, value) in extra {
            reply = reply.header(name, &value);
        }
        reply
    })
}

fn http_date(ago: Duration) -> String {
    httpdate::fmt_http_date(SystemTime::now() - ago)
}

fn age_headers(name: &str) -> (Vec<(&'static str, String)>, Duration) {
    let max_age = ("Cache-Control", "max-age=60".to_owned());
    match name {
        "dated-long-ago" => (vec![max_age, ("Date", http_date(Duration::from_secs(70)))], Duration::ZERO),
        "dated-recently" => (vec![max_age, ("Date", http_date(Duration::from_secs(10)))], Duration::ZERO),
        "aged-and-slow" => (vec![max_age, ("Age", "59".to_owned())], Duration::from_millis(1200)),
        "aged" => (vec![max_age, ("Age", "50".to_owned())], Duration::ZERO),
        _ => (
            vec![
                ("Cache-Control", "max-age=60, max-age=99999999999999999999999".to_owned()),
                ("Age", "18446744073709551616".to_owned()),
            ],
            Duration::ZERO,
        ),
    }
}

/// The `Age` a hit carries, as a number.
fn age_of(response: &Response<Repo>) -> u64 {
    response.headers()["age"].to_str().unwrap().parse().unwrap()
}

tests::both_flavours! {
    async fn the_age_counts_the_date_header() {
        let server = dated_server();
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        call(api.repo("dated-long-ago")).await.unwrap();
        assert_eq!(call(api.repo("dated-long-ago")).await.unwrap().cache_status(), CacheStatus::Revalidated, "70 s old on arrival");
        call(api.repo("dated-recently")).await.unwrap();
        let hit = call(api.repo("dated-recently")).await.unwrap();
        assert_eq!(hit.cache_status(), CacheStatus::Hit);
        assert!((10..=12).contains(&age_of(&hit)), "Age {}", age_of(&hit));
        let paths: Vec<_> = seen(&server).into_iter().map(|(_, path, inm)| (path, inm)).collect();
        assert_eq!(paths.len(), 3);
        assert_eq!(paths[1], ("/repos/dated-long-ago".to_owned(), Some("\"1\"".to_owned())));
    }

    async fn the_age_counts_the_age_header_and_the_time_the_response_took() {
        let server = dated_server();
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        call(api.repo("aged")).await.unwrap();
        let hit = call(api.repo("aged")).await.unwrap();
        assert_eq!(hit.cache_status(), CacheStatus::Hit);
        assert!((50..=52).contains(&age_of(&hit)), "Age {}", age_of(&hit));
        call(api.repo("aged-and-slow")).await.unwrap();
        let again = call(api.repo("aged-and-slow")).await.unwrap();
        assert_eq!(again.cache_status(), CacheStatus::Revalidated, "59 s of Age and 1.2 s on the way");
        assert_eq!(server.request_count(), 3);
    }

    async fn huge_ages_and_max_ages_saturate() {
        let server = dated_server();
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        call(api.repo("huge")).await.unwrap();
        let again = call(api.repo("huge")).await.unwrap();
        assert_eq!(again.cache_status(), CacheStatus::Revalidated, "2^31 s old, max-age 60");
        assert_eq!(server.request_count(), 2);
    }
}

tests::both_flavours! {
    async fn a_methods_no_store_stores_nothing() {
        let server = repo_store(FRESH, |_| Reply::status(204));
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        assert_eq!(call(api.repo_no_store("a")).await.unwrap().cache_status(), CacheStatus::Miss);
        assert_eq!(call(api.repo("a")).await.unwrap().cache_status(), CacheStatus::Miss);
        assert_eq!(call(api.repo_no_store("a")).await.unwrap().cache_status(), CacheStatus::Hit, "it may still be served");
        let requests = server.requests();
        assert_eq!(requests.len(), 2);
        assert_eq!(requests[0].header("cache-control"), Some("no-store"), "sent to the server too");
        assert_eq!(requests[1].header("if-none-match"), None, "nothing was stored");
    }

    async fn a_methods_no_cache_revalidates_a_fresh_entry() {
        let server = repo_store(FRESH, |_| Reply::status(204));
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        call(api.repo("a")).await.unwrap();
        assert_eq!(call(api.repo_no_cache("a")).await.unwrap().cache_status(), CacheStatus::Revalidated);
        assert_eq!(call(api.repo("a")).await.unwrap().cache_status(), CacheStatus::Hit);
        let requests = server.requests();
        assert_eq!(requests.len(), 2);
        assert_eq!((requests[1].header("cache-control"), requests[1].header("if-none-match")), (Some("No-Cache"), Some("\"a-v1\"")));
    }

    async fn a_methods_max_age_and_min_fresh_narrow_what_is_fresh() {
        // 30 s old on arrival, fresh for 30 s more.
        let server = repo_store(&[("Cache-Control", "max-age=60"), ("Age", "30")], |_| Reply::status(204));
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        call(api.repo("a")).await.unwrap();
        let asked = [("max-age=10", CacheStatus::Revalidated), ("max-age=50", CacheStatus::Hit), ("Max-Age=0", CacheStatus::Revalidated)];
        for (cache_control, status) in asked {
            assert_eq!(call(api.repo_asking("a", cache_control)).await.unwrap().cache_status(), status, "{cache_control}");
        }
        let asked = [("min-fresh=45", CacheStatus::Revalidated), ("min-fresh=10", CacheStatus::Hit)];
        for (cache_control, status) in asked {
            assert_eq!(call(api.repo_asking("a", cache_control)).await.unwrap().cache_status(), status, "{cache_control}");
        }
        let requests = server.requests();
        let asked: Vec<_> = requests[1..].iter().map(|r| (r.header("cache-control"), r.header("if-none-match"))).collect();
        assert_eq!(asked, [(Some("max-age=10"), Some("\"a-v1\"")), (Some("Max-Age=0"), Some("\"a-v1\"")), (Some("min-fresh=45"), Some("\"a-v1\""))]);
    }

    async fn a_methods_max_stale_accepts_a_stale_entry() {
        // 70 s old on arrival: 10 s past its freshness.
        let server = repo_store(&[("Cache-Control", "max-age=60"), ("Age", "70")], |_| Reply::status(204));
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        call(api.repo("a")).await.unwrap();
        assert_eq!(call(api.repo("a")).await.unwrap().cache_status(), CacheStatus::Revalidated);
        let asked = [
            ("max-stale=5", CacheStatus::Revalidated),
            ("max-stale=30", CacheStatus::Hit),
            ("max-stale", CacheStatus::Hit),
            ("ext=\"x, no-cache\", MAX-STALE=30", CacheStatus::Hit),
            ("max-stale=abc", CacheStatus::Revalidated),
        ];
        for (cache_control, status) in asked {
            assert_eq!(call(api.repo_asking("a", cache_control)).await.unwrap().cache_status(), status, "{cache_control}");
        }
        assert_eq!(server.request_count(), 4);
    }

    async fn max_stale_never_serves_what_must_be_revalidated() {
        let server = repo_store(&[("Cache-Control", "max-age=60, must-revalidate"), ("Age", "70")], |_| Reply::status(204));
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        call(api.repo("a")).await.unwrap();
        assert_eq!(call(api.repo_asking("a", "max-stale")).await.unwrap().cache_status(), CacheStatus::Revalidated);
        assert_eq!(server.requests()[1].header("if-none-match"), Some("\"a-v1\""));
    }
}

/// Answers `/repos/<name>` with `ETag: "1"` and the `Cache-Control`
/// named after the path; 304 to a matching `If-None-Match`.
fn cache_control_server() -> TestServer {
    TestServer::start(|req: &RecordedRequest| {
        let name = req.path().trim_start_matches("/repos/").to_owned();
        let cache_control = match name.as_str() {
            "quoted" => r#"private="Set-Cookie, no-store, max-age=0", Max-Age=60"#,
            "no-cache-listed" => r#"max-age=60, no-cache="X-A, X-B""#,
            "shouting" => "NO-STORE",
            "malformed" => "max-age=60 junk, =1, public",
            _ => "max-age=60",
        };
        let reply = match req.header("if-none-match") {
            Some("\"1\"") => Reply::status(304),
            _ => Reply::json(&format!(r#"{{"name":"{name}","version":1}}"#)),
        };
        reply.header("ETag", "\"1\"").header("Cache-Control", cache_control)
    })
}

tests::both_flavours! {
    async fn cache_control_is_read_with_quoted_strings_and_names_in_any_case() {
        let server = cache_control_server();
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        let expected = [
            ("quoted", CacheStatus::Hit),
            ("no-cache-listed", CacheStatus::Revalidated),
            ("shouting", CacheStatus::Miss),
            ("malformed", CacheStatus::Revalidated),
        ];
        for (name, second) in expected {
            assert_eq!(call(api.repo(name)).await.unwrap().cache_status(), CacheStatus::Miss, "{name}");
            assert_eq!(call(api.repo(name)).await.unwrap().cache_status(), second, "{name}");
        }
        let conditional: Vec<_> = server.requests().iter().map(|r| (r.path().to_owned(), r.header("if-none-match").is_some())).collect();
        assert_eq!(
            conditional,
            [
                ("/repos/quoted".to_owned(), false),
                ("/repos/no-cache-listed".to_owned(), false),
                ("/repos/no-cache-listed".to_owned(), true),
                ("/repos/shouting".to_owned(), false),
                ("/repos/shouting".to_owned(), false),
                ("/repos/malformed".to_owned(), false),
                ("/repos/malformed".to_owned(), true),
            ]
        );
    }
}

tests::both_flavours! {
    async fn a_304_with_another_validator_sends_the_request_again_without_conditions() {
        let served = Arc::new(AtomicU64::new(0));
        let server = TestServer::start(move |req: &RecordedRequest| {
            let n = served.fetch_add(1, Ordering::SeqCst) + 1;
            match req.header("if-none-match") {
                // Not the representation the client holds.
                Some(_) => Reply::status(304).header("ETag", "\"elsewhere\""),
                None => Reply::json(&format!(r#"{{"name":"a","version":{n}}}"#)).header("ETag", &format!("\"v{n}\"")),
            }
        });
        let api = repos(&server, &Cache::memory(1 << 20));
        assert_eq!(call(api.repo("a")).await.unwrap().body().version, 1);
        let again = call(api.repo("a")).await.unwrap();
        assert_eq!((again.cache_status(), again.status().as_u16(), again.body().version), (CacheStatus::Miss, 200, 3));
        assert_eq!(call(api.repo("a")).await.unwrap().body().version, 5);
        assert_eq!(
            seen(&server),
            [get("/repos/a", None), get("/repos/a", Some("\"v1\"")), get("/repos/a", None), get("/repos/a", Some("\"v3\"")), get("/repos/a", None)]
        );
    }

    async fn a_304_without_a_validator_confirms_the_one_sent() {
        let server = TestServer::start(|req: &RecordedRequest| match req.header("if-none-match") {
            Some(_) => Reply::status(304),
            None => Reply::json(r#"{"name":"a","version":1}"#).header("ETag", "\"v1\""),
        });
        let api = repos(&server, &Cache::memory(1 << 20));
        call(api.repo("a")).await.unwrap();
        assert_eq!(call(api.repo("a")).await.unwrap().cache_status(), CacheStatus::Revalidated);
        assert_eq!(seen(&server), [get("/repos/a", None), get("/repos/a", Some("\"v1\""))]);
    }

    async fn vary_star_is_never_served_from_the_store() {
        let server = TestServer::start(|req: &RecordedRequest| {
            let star = req.path() == "/repos/star";
            let reply = match req.header("if-none-match") {
                Some("\"1\"") => Reply::status(304).header("Vary", "*"),
                _ => Reply::json(r#"{"name":"a","version":1}"#),
            };
            let reply = reply.header("ETag", "\"1\"").header("Cache-Control", "max-age=60");
            if star { reply.header("Vary", "Accept, *") } else { reply }
        });
        let api = repos(&server, &Cache::memory(1 << 20).serve_fresh(true));
        for _ in 0..2 {
            assert_eq!(call(api.repo("star")).await.unwrap().cache_status(), CacheStatus::Miss);
        }
        let revalidating = repos(&server, &Cache::memory(1 << 20));
        call(revalidating.repo("later")).await.unwrap();
        let answered = call(revalidating.repo("later")).await.unwrap();
        assert_eq!((answered.cache_status(), answered.status().as_u16()), (CacheStatus::Miss, 200), "a 304 saying Vary: *");
        assert_eq!(
            seen(&server),
            [
                get("/repos/star", None),
                get("/repos/star", None),
                get("/repos/later", None),
                get("/repos/later", Some("\"1\"")),
                get("/repos/later", None),
            ]
        );
    }
}
