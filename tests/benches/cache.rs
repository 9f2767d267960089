//! The response cache and the shared limiter.
//!
//! # Running
//!
//! ```text
//! cargo bench -p tests --bench cache --features redis
//! cargo bench -p tests --bench cache --features redis -- --calls 2000
//! ```
//!
//! # (a) A 304 revalidation against an uncached 200
//!
//! A GitHub-like listing page of about 180 KB (100 issues), served on
//! loopback with an `ETag`. One client has no cache: each call downloads
//! and decodes the 200. The other has `Cache::memory`: each call sends
//! `If-None-Match`, gets a bodiless 304, and decodes the stored body. Both
//! decode into the same `Vec<Issue>`. Blocks of calls alternate between
//! the two; per-call latencies are reported (p50, p99).
//!
//! # (b) What the Redis limiter adds per call
//!
//! The same bodiless call to a loopback server with a local
//! `rate_limit(1_000_000, 1 s)` and with a
//! `shared_rate_limit(SharedRateLimit::new(.., 1_000_000, 1 s))` on a
//! `redis-server` this program starts on a free port (no persistence). The
//! limit never makes a call wait, so the difference is the cost of the
//! reservation itself: one Lua script round trip to Redis.
//!
//! # (c) The memory cache at its byte bound
//!
//! 200 different 180 KB pages go through a `Cache::memory(8 MiB)`; after
//! each call the bytes it holds (`Cache::memory_usage`) are checked
//! against the bound, and the largest value seen is reported.

#![allow(clippy::unwrap_used)]

// Only starting and stopping the server is used here.
#[allow(dead_code)]
#[path = "../tests/redis_support/mod.rs"]
mod redis_support;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use client_runtime::cache::Cache;
use client_runtime::redis::{Redis, SharedRateLimit};
use client_runtime::{Result, client};
use serde::Deserialize;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

#[derive(Debug, Deserialize)]
pub struct Issue {
    pub number: u64,
    pub title: String,
    pub body: String,
    pub labels: Vec<String>,
}

#[client(base_url = "http://localhost")]
pub trait Bench {
    #[get("/issues/<page>")]
    async fn page(&self, page: u32) -> Result<Vec<Issue>>;

    #[get("/empty")]
    async fn empty(&self) -> Result<()>;
}

/// About 180 KB of issues, as a GitHub listing page of 100.
fn listing(page: u32) -> Vec<u8> {
    let issues: Vec<String> = (0..100)
        .map(|n| {
            format!(
                r#"{{"number":{},"title":"Issue {n} of page {page}","body":"{}","labels":["bug","help wanted"]}}"#,
                page * 100 + n,
                "lorem ipsum dolor sit amet ".repeat(64)
            )
        })
        .collect();
    format!("[{}]", issues.join(",")).into_bytes()
}

/// A keep-alive HTTP/1.1 server: `/issues/<n>` with `ETag: "<n>"` and a
/// 304 to a matching `If-None-Match`; `/empty` with no body.
fn start_server() -> SocketAddr {
    tests::serve_on_own_thread(|mut socket| async move {
        let mut buffer = Vec::with_capacity(4096);
        let mut chunk = [0u8; 4096];
        loop {
            let end = loop {
                if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                    break end + 4;
                }
                match socket.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                }
            };
            let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
            buffer.drain(..end);
            let target = head.split(' ').nth(1).unwrap_or("/").to_owned();
            let response = match target.strip_prefix("/issues/") {
                Some(page) => {
                    let etag = format!("\"{page}\"");
                    if head.contains(&format!("if-none-match: {etag}")) {
                        format!("HTTP/1.1 304 Not Modified\r\netag: {etag}\r\ncontent-length: 0\r\n\r\n").into_bytes()
                    } else {
                        let body = listing(page.parse().unwrap_or(0));
                        let mut out = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\netag: {etag}\r\ncontent-length: {}\r\n\r\n",
                            body.len()
                        )
                        .into_bytes();
                        out.extend_from_slice(&body);
                        out
                    }
                }
                None => b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n".to_vec(),
            };
            if socket.write_all(&response).await.is_err() {
                return;
            }
        }
    })
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn report(label: &str, mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    let p50 = percentile(&samples, 0.5);
    println!(
        "  {label:<34} p50 {:>8.1} µs   p99 {:>8.1} µs   ({} calls)",
        p50.as_secs_f64() * 1e6,
        percentile(&samples, 0.99).as_secs_f64() * 1e6,
        samples.len()
    );
    p50
}

async fn timed<F: std::future::Future<Output = Result<T>>, T>(call: F) -> Duration {
    let started = Instant::now();
    call.await.unwrap();
    started.elapsed()
}

async fn revalidation(base: &str, calls: usize) {
    println!("(a) a 180 KB listing page: uncached 200 vs 304 revalidation from the cache");
    println!("    page size: {} bytes", listing(1).len());
    let plain = BenchClient::builder().base_url(base).build().unwrap();
    let cached = BenchClient::builder().base_url(base).cache(Cache::memory(64 << 20)).build().unwrap();
    cached.page(1).await.unwrap();
    let (mut uncached, mut revalidated) = (Vec::new(), Vec::new());
    for _ in 0..calls / 50 {
        for _ in 0..50 {
            uncached.push(timed(plain.page(1)).await);
        }
        for _ in 0..50 {
            revalidated.push(timed(cached.page(1)).await);
        }
    }
    let full = report("uncached 200 (download + decode)", uncached);
    let hit = report("304 revalidation (decode stored)", revalidated);
    println!("    a revalidation takes {:.2}x the time of an uncached 200", hit.as_secs_f64() / full.as_secs_f64());
}

async fn limiter(base: &str, calls: usize) {
    println!("(b) latency per call: local limiter vs Redis shared limiter (limit never reached)");
    let server = redis_support::RedisServer::start();
    let redis = Redis::open(&server.url()).unwrap().key_prefix("bench:");
    let local = BenchClient::builder().base_url(base).rate_limit(1_000_000, Duration::from_secs(1)).build().unwrap();
    let shared = BenchClient::builder()
        .base_url(base)
        .shared_rate_limit(SharedRateLimit::new(&redis, "bench", 1_000_000, Duration::from_secs(1)))
        .build()
        .unwrap();
    shared.empty().await.unwrap();
    let (mut local_samples, mut shared_samples) = (Vec::new(), Vec::new());
    for _ in 0..calls / 100 {
        for _ in 0..100 {
            local_samples.push(timed(local.empty()).await);
        }
        for _ in 0..100 {
            shared_samples.push(timed(shared.empty()).await);
        }
    }
    let local_p50 = report("local limiter", local_samples);
    let shared_p50 = report("Redis shared limiter", shared_samples);
    println!(
        "    the Redis limiter adds {:.1} µs per call at p50",
        (shared_p50.as_secs_f64() - local_p50.as_secs_f64()) * 1e6
    );
}

async fn bound(base: &str) {
    let max_bytes = 8 << 20;
    println!("(c) the memory cache at its byte bound ({max_bytes} bytes)");
    let cache = Cache::memory(max_bytes);
    let client = BenchClient::builder().base_url(base).cache(cache.clone()).build().unwrap();
    let mut peak = 0;
    for page in 0..200 {
        client.page(page).await.unwrap();
        let used = cache.memory_usage().unwrap();
        assert!(used <= max_bytes, "{used} bytes held, over the {max_bytes}-byte bound");
        peak = peak.max(used);
    }
    println!(
        "    200 pages of ~180 KB (36 MB) cached: at most {peak} bytes held ({:.1}% of the bound)",
        peak as f64 * 100.0 / max_bytes as f64
    );
}

#[tokio::main]
async fn main() {
    let mut calls = 1000;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--calls" {
            calls = args.next().and_then(|n| n.parse().ok()).unwrap_or(calls).max(100);
        }
    }
    let base = format!("http://{}", start_server());
    revalidation(&base, calls).await;
    limiter(&base, calls).await;
    bound(&base).await;
}
