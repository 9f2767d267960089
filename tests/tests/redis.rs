//! Shared state on a real Redis (feature `redis`): the cache shared by two
//! processes (and invalidated by a third), one rate limit shared by four
//! processes, the shared server quota, and what calls do when Redis is
//! killed, stalled or restarted.
//!
//! Each test starts its own `redis-server` on a free loopback port. The
//! multi-process tests re-run this test binary as workers: the `worker`
//! test does nothing unless `CLIENT_REDIS_WORKER` names a role.

#![cfg(feature = "redis")]
#![allow(clippy::unwrap_used)]

mod redis_support;

use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use client_runtime::cache::{Cache, CacheStatus};
use client_runtime::redis::{OnRedisFailure, Redis, SharedQuota, SharedRateLimit};
use client_runtime::{ErrorKind, Response, Result, RetryPolicy, client};
use redis_support::RedisServer;
use tests::{RecordedRequest, Reply, TestServer, closed_port_url};

#[client(base_url = "http://localhost")]
pub trait Api {
    #[get("/repos/<name>")]
    async fn get_repo(&self, name: &str) -> Result<Response<serde_json::Value>>;

    #[get("/ping")]
    async fn ping(&self) -> Result<()>;

    #[post("/repos/<name>")]
    async fn touch(&self, name: &str) -> Result<()>;
}

const ROLE: &str = "CLIENT_REDIS_WORKER";

/// A resource with `ETag: "v1"` whose body says which request served it,
/// so a body can be traced to the process that received it.
fn etag_server() -> TestServer {
    let served = AtomicU64::new(0);
    TestServer::start(move |req: &RecordedRequest| {
        let n = served.fetch_add(1, Ordering::SeqCst) + 1;
        if req.header("if-none-match") == Some("\"v1\"") {
            return Reply::status(304).header("ETag", "\"v1\"");
        }
        Reply::json(&format!(r#"{{"served_by_request":{n}}}"#)).header("ETag", "\"v1\"")
    })
}

fn unique_prefix(test: &str) -> String {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    format!("t-{test}-{nanos}:")
}

/// Runs this binary's `worker` test as a separate OS process in `role`.
fn spawn_worker(role: &str, env: &[(&str, String)]) -> std::process::Child {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command.args(["--exact", "worker", "--nocapture", "--test-threads", "1", "-q"]).env(ROLE, role);
    for (name, value) in env {
        command.env(name, value);
    }
    command.stdout(std::process::Stdio::piped()).spawn().unwrap()
}

/// The worker's `RESULT ...` line.
fn worker_result(child: std::process::Child) -> String {
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "worker failed: {stdout}");
    stdout.lines().find_map(|l| l.strip_prefix("RESULT ")).map(str::to_owned).unwrap_or_else(|| {
        panic!("no RESULT line from the worker: {stdout}");
    })
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("worker without {name}"))
}

/// The entry point of worker processes; a no-op in a normal test run.
#[tokio::test]
async fn worker() {
    match std::env::var(ROLE).as_deref() {
        Ok("cache") => cache_worker().await,
        Ok("limit") => limit_worker().await,
        Ok("touch") => touch_worker().await,
        _ => {}
    }
}

async fn cache_worker() {
    let cache = Cache::redis(&env("REDIS_URL")).unwrap().key_prefix(&env("PREFIX"));
    let api = ApiClient::builder().base_url(&env("SERVER_URL")).bearer_auth("token-1").cache(cache).build().unwrap();
    let repo = api.get_repo("hello").await.unwrap();
    println!("RESULT {:?} {}", repo.cache_status(), repo.body());
}

/// A POST with another token than the cache workers': it invalidates
/// their entries all the same.
async fn touch_worker() {
    let cache = Cache::redis(&env("REDIS_URL")).unwrap().key_prefix(&env("PREFIX"));
    let api = ApiClient::builder().base_url(&env("SERVER_URL")).bearer_auth("token-2").cache(cache).build().unwrap();
    api.touch("hello").await.unwrap();
    println!("RESULT touched");
}

async fn limit_worker() {
    let redis = Redis::open(&env("REDIS_URL")).unwrap().key_prefix(&env("PREFIX"));
    let limit = SharedRateLimit::new(&redis, "token-1", 50, Duration::from_secs(1));
    let api = ApiClient::builder()
        .base_url(&env("SERVER_URL"))
        .retry(RetryPolicy::none())
        .shared_rate_limit(limit)
        .build()
        .unwrap();
    // All workers start at the same wall-clock instant and run for 3 s.
    let start_at = UNIX_EPOCH + Duration::from_millis(env("START_AT_MS").parse().unwrap());
    tokio::time::sleep(start_at.duration_since(SystemTime::now()).unwrap_or_default()).await;
    let end = tokio::time::Instant::now() + Duration::from_secs(3);
    let mut calls = tokio::task::JoinSet::new();
    let mut tick = tokio::time::interval(Duration::from_millis(5)); // 200 calls per second
    let mut tried = 0;
    while tokio::time::Instant::now() < end {
        tick.tick().await;
        let api = api.clone();
        calls.spawn(async move { tokio::time::timeout_at(end, api.ping()).await });
        tried += 1;
    }
    let mut sent = 0;
    while let Some(done) = calls.join_next().await {
        if let Ok(Ok(result)) = done {
            result.unwrap();
            sent += 1;
        }
    }
    println!("RESULT tried={tried} sent={sent}");
}

#[test]
fn a_response_stored_by_one_process_revalidates_in_another() {
    let redis = RedisServer::start();
    let server = etag_server();
    let env = [("REDIS_URL", redis.url()), ("PREFIX", unique_prefix("shared-cache")), ("SERVER_URL", server.uri())];
    let a = worker_result(spawn_worker("cache", &env));
    let b = worker_result(spawn_worker("cache", &env));
    assert_eq!(a, r#"Miss {"served_by_request":1}"#);
    assert_eq!(b, r#"Revalidated {"served_by_request":1}"#, "B yields A's body");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].header("if-none-match"), None);
    assert_eq!(requests[1].header("if-none-match"), Some("\"v1\""), "B's first call is conditional");
}

#[test]
fn a_post_in_one_process_invalidates_the_entry_another_stored() {
    let redis = RedisServer::start();
    let server = etag_server();
    let prefix = unique_prefix("invalidate");
    let env = [("REDIS_URL", redis.url()), ("PREFIX", prefix.clone()), ("SERVER_URL", server.uri())];
    assert_eq!(worker_result(spawn_worker("cache", &env)), r#"Miss {"served_by_request":1}"#);
    let stored = redis.command(&["EVAL", "return #redis.call('KEYS', ARGV[1])", "0", &format!("{prefix}*")]);
    assert_eq!(stored, ":2", "the entry and its URL's set");
    assert_eq!(worker_result(spawn_worker("touch", &env)), "touched");
    let left = redis.command(&["EVAL", "return #redis.call('KEYS', ARGV[1])", "0", &format!("{prefix}*")]);
    assert_eq!(left, ":0", "the entry and its set are gone");
    assert_eq!(worker_result(spawn_worker("cache", &env)), r#"Miss {"served_by_request":3}"#, "not revalidated");
    let requests = server.requests();
    let seen: Vec<_> = requests.iter().map(|r| (r.method.as_str(), r.path(), r.header("if-none-match"))).collect();
    assert_eq!(seen, [("GET", "/repos/hello", None), ("POST", "/repos/hello", None), ("GET", "/repos/hello", None)]);
    assert_eq!(requests[1].header("authorization"), Some("Bearer token-2"));
}

#[test]
fn four_processes_share_one_rate_limit() {
    let redis = RedisServer::start();
    let server = TestServer::start(|_| Reply::status(200));
    let start_at = SystemTime::now().duration_since(UNIX_EPOCH).unwrap() + Duration::from_millis(1500);
    let env = [
        ("REDIS_URL", redis.url()),
        ("PREFIX", unique_prefix("limit")),
        ("SERVER_URL", server.uri()),
        ("START_AT_MS", start_at.as_millis().to_string()),
    ];
    let workers: Vec<_> = (0..4).map(|_| spawn_worker("limit", &env)).collect();
    let results: Vec<String> = workers.into_iter().map(worker_result).collect();
    let seen = server.request_count();
    eprintln!("four processes, one limit of 50/s for 3 s: the server saw {seen} requests ({results:?})");
    // 50 per second for 3 s, plus one window's slack for the edges.
    assert!(seen <= 150 + 50, "the server saw {seen} requests: {results:?}");
    assert!(seen >= 135, "only {seen} of the 150 allowed were used: {results:?}");
    let tried: u64 = results.iter().map(|r| r.split(['=', ' ']).nth(1).unwrap().parse::<u64>().unwrap()).sum();
    assert!(tried >= 4 * 500, "the workers tried {tried} calls: {results:?}");
}

fn redis_session(redis: &Redis, server: &TestServer) -> ApiClient {
    ApiClient::builder()
        .base_url(&server.uri())
        .retry(RetryPolicy::none())
        .cache(Cache::with_redis(redis))
        .shared_rate_limit(SharedRateLimit::new(redis, "token-1", 1000, Duration::from_secs(1)))
        .shared_quota(SharedQuota::new(redis, "token-1"))
        .build()
        .unwrap()
}

#[tokio::test]
async fn calls_go_on_when_redis_is_killed_and_everything_recovers_after_a_restart() {
    let mut redis_server = RedisServer::start();
    let server = etag_server();
    let redis = Redis::open(&redis_server.url()).unwrap().key_prefix(&unique_prefix("kill"));
    let api = redis_session(&redis, &server);
    assert_eq!(api.get_repo("a").await.unwrap().cache_status(), CacheStatus::Miss);
    assert_eq!(api.get_repo("a").await.unwrap().cache_status(), CacheStatus::Revalidated);

    redis_server.kill();
    for _ in 0..5 {
        let started = Instant::now();
        let repo = api.get_repo("a").await.expect("a call never fails because of Redis");
        assert_eq!(repo.cache_status(), CacheStatus::Bypass);
        assert!(started.elapsed() < Duration::from_secs(1), "took {:?}", started.elapsed());
    }
    let unconditional = server.requests().iter().skip(2).filter(|r| r.header("if-none-match").is_none()).count();
    assert_eq!(unconditional, 5, "without Redis, the cache is bypassed");

    redis_server.restart();
    let recovered = wait_until(Duration::from_secs(5), || async {
        api.get_repo("a").await.unwrap().cache_status() == CacheStatus::Miss
    })
    .await;
    assert!(recovered, "the cache did not come back after Redis restarted");
    assert_eq!(api.get_repo("a").await.unwrap().cache_status(), CacheStatus::Revalidated);
    let limiter_keys = redis_server.command(&["EVAL", "return #redis.call('KEYS', '*limit*')", "0"]);
    assert_eq!(limiter_keys, ":1", "the shared limiter writes to Redis again");
}

async fn wait_until<F, Fut>(limit: Duration, mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = Instant::now();
    while started.elapsed() < limit {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test]
async fn a_stalled_redis_delays_a_call_by_at_most_the_command_timeout() {
    let redis_server = RedisServer::start();
    let server = etag_server();
    let timeout = Duration::from_millis(200);
    let redis = Redis::open(&redis_server.url()).unwrap().key_prefix(&unique_prefix("stall")).command_timeout(timeout);
    let api = redis_session(&redis, &server);
    api.get_repo("a").await.unwrap();

    let stall = redis_server.stall(1.5);
    for _ in 0..3 {
        let started = Instant::now();
        let repo = api.get_repo("a").await.unwrap();
        let took = started.elapsed();
        assert!(took < timeout + Duration::from_millis(150), "a call took {took:?} with Redis stalled");
        assert_eq!(repo.cache_status(), CacheStatus::Bypass);
    }
    stall.join().unwrap();
    let recovered = wait_until(Duration::from_secs(3), || async {
        api.get_repo("a").await.unwrap().cache_status() == CacheStatus::Revalidated
    })
    .await;
    assert!(recovered, "the cache did not come back after the stall");
}

#[tokio::test]
async fn the_shared_limiter_falls_back_to_a_local_one_or_fails_closed() {
    let server = TestServer::start(|_| Reply::status(200));
    let redis = Redis::open(&closed_port_url().replace("http", "redis")).unwrap();
    let local = ApiClient::builder()
        .base_url(&server.uri())
        .shared_rate_limit(SharedRateLimit::new(&redis, "k", 2, Duration::from_millis(500)))
        .build()
        .unwrap();
    let started = Instant::now();
    for _ in 0..3 {
        local.ping().await.expect("the local limiter paces instead");
    }
    assert!(started.elapsed() >= Duration::from_millis(450), "the fallback still paces: {:?}", started.elapsed());
    assert_eq!(server.request_count(), 3);

    let closed = ApiClient::builder()
        .base_url(&server.uri())
        .shared_rate_limit(
            SharedRateLimit::new(&redis, "k", 2, Duration::from_secs(1)).on_redis_failure(OnRedisFailure::FailClosed),
        )
        .build()
        .unwrap();
    let err = closed.ping().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    assert_eq!(server.request_count(), 3, "nothing was sent");
}

#[tokio::test]
async fn a_used_up_quota_seen_by_one_process_makes_the_others_wait_for_the_reset() {
    let redis_server = RedisServer::start();
    let first = Arc::new(AtomicU64::new(0));
    let server = TestServer::start(move |_| {
        let reply = Reply::status(200).header("RateLimit-Limit", "100");
        if first.fetch_add(1, Ordering::SeqCst) == 0 {
            reply.header("RateLimit-Remaining", "0").header("RateLimit-Reset", "1")
        } else {
            reply.header("RateLimit-Remaining", "99").header("RateLimit-Reset", "60")
        }
    });
    let prefix = unique_prefix("quota");
    // Two handles, as two processes would have.
    let session = |redis: Redis| {
        ApiClient::builder().base_url(&server.uri()).shared_quota(SharedQuota::new(&redis, "token-1")).build().unwrap()
    };
    let a = session(Redis::open(&redis_server.url()).unwrap().key_prefix(&prefix));
    let b = session(Redis::open(&redis_server.url()).unwrap().key_prefix(&prefix));
    a.ping().await.unwrap();
    let started = Instant::now();
    b.ping().await.unwrap();
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(800), "B sent after {waited:?}, before the reset");
    assert!(waited < Duration::from_millis(1500), "B waited {waited:?}");
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn redis_keys_carry_the_prefix_and_ttl_and_no_secret() {
    let redis_server = RedisServer::start();
    let server = etag_server();
    let cache = Cache::redis(&redis_server.url()).unwrap().key_prefix("myapp:").ttl(Duration::from_secs(60));
    for token in ["hunter2", "swordfish"] {
        let api = ApiClient::builder().base_url(&server.uri()).bearer_auth(token).cache(cache.clone()).build().unwrap();
        assert_eq!(api.get_repo("a").await.unwrap().cache_status(), CacheStatus::Miss, "one entry per token");
    }
    let keys = redis_server.command(&["EVAL", "return table.concat(redis.call('KEYS', '*'), ' ')", "0"]);
    let keys: Vec<&str> = keys.split(' ').collect();
    assert_eq!(keys.len(), 3, "two entries and their URL's set: {keys:?}");
    for key in &keys {
        let hex = key.rsplit(':').next().unwrap();
        assert!(key.starts_with("myapp:cache:") || key.starts_with("myapp:cache-url:"), "{key}");
        assert_eq!(hex.len(), 64, "{key}");
        assert!(!key.contains("hunter2") && !key.contains("swordfish") && !key.contains("repos"));
        let ttl = redis_server.command(&["PTTL", key]);
        let ttl: u64 = ttl.trim_start_matches(':').parse().unwrap();
        assert!(ttl > 50_000 && ttl <= 60_000, "ttl {ttl} of {key}");
    }
    let set = keys.iter().find(|key| key.starts_with("myapp:cache-url:")).unwrap();
    assert_eq!(redis_server.command(&["SCARD", set]), ":2", "both tokens' entries are listed under the URL");
}

// A current-thread runtime keeps every task on the thread whose default
// subscriber captures the log.
#[tokio::test(flavor = "current_thread")]
async fn an_unreachable_redis_is_bypassed_with_a_warning_that_shows_no_password() {
    let captured = tests::logs::TraceCapture::start();

    let server = etag_server();
    let url = closed_port_url().replace("http://", "redis://:hunter2-redis@");
    let redis = Redis::open(&url).unwrap();
    assert!(!format!("{redis:?}").contains("hunter2"), "{redis:?}");
    let api = ApiClient::builder().base_url(&server.uri()).cache(Cache::with_redis(&redis)).build().unwrap();
    for _ in 0..2 {
        assert_eq!(api.get_repo("a").await.unwrap().cache_status(), CacheStatus::Bypass);
    }
    assert_eq!(server.request_count(), 2);
    let log = captured.text();
    assert!(log.contains("WARN") && log.contains("redis") && log.contains("cache bypassed"), "{log}");
    assert!(!log.contains("hunter2"), "{log}");
    assert_eq!(Redis::open("not a url").unwrap_err().kind(), ErrorKind::Builder);
}

#[client(base_url = "http://localhost", blocking)]
pub trait BlockingApi {
    #[get("/repos/<name>")]
    fn get_repo(&self, name: &str) -> Result<Response<serde_json::Value>>;

    #[post("/repos/<name>")]
    fn touch(&self, name: &str) -> Result<()>;
}

#[test]
fn the_blocking_flavour_shares_the_redis_cache() {
    let redis_server = RedisServer::start();
    let server = etag_server();
    let cache = Cache::redis(&redis_server.url()).unwrap().key_prefix(&unique_prefix("blocking"));
    let api = BlockingApiClient::builder().base_url(&server.uri()).cache(cache).build().unwrap();
    assert_eq!(api.get_repo("a").unwrap().cache_status(), CacheStatus::Miss);
    let again = api.get_repo("a").unwrap();
    assert_eq!(again.cache_status(), CacheStatus::Revalidated);
    assert_eq!(again.body()["served_by_request"], 1);
    assert_eq!(server.requests()[1].header("if-none-match"), Some("\"v1\""));
}

#[test]
fn the_blocking_flavour_invalidates_through_redis() {
    let redis_server = RedisServer::start();
    let server = etag_server();
    let prefix = unique_prefix("blocking-invalidate");
    // Two handles on Redis, as two processes would have.
    let client = |token: &str| {
        let cache = Cache::redis(&redis_server.url()).unwrap().key_prefix(&prefix);
        BlockingApiClient::builder().base_url(&server.uri()).bearer_auth(token).cache(cache).build().unwrap()
    };
    let (reader, writer) = (client("reader"), client("writer"));
    assert_eq!(reader.get_repo("a").unwrap().cache_status(), CacheStatus::Miss);
    assert_eq!(reader.get_repo("a").unwrap().cache_status(), CacheStatus::Revalidated);
    writer.touch("a").unwrap();
    assert_eq!(reader.get_repo("a").unwrap().cache_status(), CacheStatus::Miss);
    let requests = server.requests();
    let seen: Vec<_> = requests.iter().map(|r| (r.method.as_str(), r.header("if-none-match"))).collect();
    assert_eq!(seen, [("GET", None), ("GET", Some("\"v1\"")), ("POST", None), ("GET", None)]);
}
