//! Overhead of a `#[client]`-generated client over a hand-written reqwest
//! client, measured as sequential keep-alive GET throughput on loopback.
//!
//! # Running
//!
//! ```text
//! cargo bench -p tests --bench overhead
//! cargo bench -p tests --bench overhead -- --requests 5000 --rounds 20
//! cargo bench -p tests --bench overhead -- --diagnose
//! ```
//!
//! `cargo bench` builds with the `bench` profile (release optimisations).
//! Options: `--requests N` per client per round (default 10000), `--rounds R`
//! (default 10), `--block N` requests run back to back before switching to
//! the other client (default 200), `--warmup N` requests per client before
//! measuring (default 2000), `--multi-thread` to drive the clients from a
//! multi-thread tokio runtime instead of a current-thread one, and
//! `--diagnose` to add variants that switch single features off on either
//! side (see below). The defaults take about 10-30 s on a 2-core machine
//! (about three times that with `--diagnose`).
//!
//! # What it measures
//!
//! The same call made two ways, against the same in-process server (the
//! per-variant "median req/s" lines are medians of each column; the ratio
//! is taken round by round, so the two need not agree):
//!
//! - **generated**: `BenchClient::get_user(name)` from the `#[client] trait
//!   Bench` below, built with `BenchClient::builder().base_url(..).build()`,
//!   so every runtime default is on: the 3-attempt retry policy with its
//!   deadline and budget, the 30 s per-attempt timeout, redirect handling,
//!   the body cap, the `User-Agent` header.
//! - **hand-written**: what a careful programmer writes with plain reqwest,
//!   with the safety settings the runtime has by default (the seed
//!   tutorial's "always set a timeout"): a client built with a 30 s total
//!   timeout, a 10 s connect timeout and a `User-Agent`, then
//!   `get(format!(..)).send()`, `error_for_status()`, `bytes()` and
//!   `serde_json::from_slice`.
//! - **hand/bare**: the same with `reqwest::Client::new()`, no timeout at
//!   all. Every timeout arms a timer per request (about 2,800 instructions
//!   in tokio's timer wheel, counted with callgrind), so this bounds what
//!   any client with a timeout can reach; it is printed as a second ratio.
//!
//! Each client has its own connection pool and so its own keep-alive
//! connection. Both are warmed up (which also checks that both decode the
//! same `User`), then measured in interleaved rounds: each round runs `N`
//! sequential requests through each client, in blocks of `--block` requests
//! that alternate between the clients (the order alternating too), so that
//! drift and bursts in machine load hit both sides alike. Each round yields
//! requests/s for both and the ratio generated/hand-written; the result is
//! the median ratio over the rounds.
//! A ratio of 1.00 means no measurable overhead; 0.95 means the generated
//! client completes 5% fewer requests per second, that is, spends about 5%
//! more wall time per request (client CPU plus loopback round trip).
//!
//! Because the server answers in microseconds, the ratio is a worst case: on
//! a real network the round trip dwarfs the client-side cost.
//!
//! # The server
//!
//! A minimal HTTP/1.1 server on `127.0.0.1`, written on a raw
//! `tokio::net::TcpListener`: it reads until `\r\n\r\n`, answers every
//! request (pipelined ones included) with the same ~300-byte JSON document
//! with `Content-Length` and `Content-Type: application/json`, and keeps the
//! connection open. It ignores request bodies, which GETs do not have.
//!
//! It runs on its own OS thread with its own current-thread tokio runtime,
//! so it never competes with the clients for a runtime worker or a place in
//! the client runtime's task queue; the two only share the CPUs. The clients
//! run on a current-thread runtime on the main thread by default, which
//! keeps each request's work (the caller's future and hyper's connection
//! task) on one thread and the measurement steady; `--multi-thread` runs
//! them on a 2-worker multi-thread runtime instead.
//!
//! # `--diagnose`
//!
//! Adds variants to the same interleaved rounds, each reported against the
//! hand-written client, to attribute any overhead:
//!
//! - `gen/no-timer`: generated with `.no_timeout()` and a retry policy
//!   without a deadline, so no request arms a timer (`.no_timeout()` alone
//!   does not do that: the retry deadline still bounds each attempt);
//! - `gen/no-retry`: generated with `RetryPolicy::none()` (timeout kept);
//! - `gen/bare`: no timer and no retries.

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream as StdStream};
use std::time::{Duration, Instant};

use client_runtime::{RetryPolicy, client};
use serde::Deserialize;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// The document the server returns: 334 bytes, shaped like a GitHub user.
const USER_JSON: &str = concat!(
    r#"{"login":"octocat","id":583231,"node_id":"MDQ6VXNlcjU4MzIzMQ==","#,
    r#""avatar_url":"https://avatars.githubusercontent.com/u/583231?v=4","#,
    r#""html_url":"https://github.com/octocat","type":"User","site_admin":false,"#,
    r#""name":"The Octocat","company":"@github","blog":"https://github.blog","#,
    r#""location":"San Francisco","public_repos":8,"followers":9000}"#,
);

/// The user every request asks for.
const NAME: &str = "octocat";

#[derive(Debug, Deserialize, PartialEq)]
pub struct User {
    login: String,
    id: u64,
    node_id: String,
    avatar_url: String,
    html_url: String,
    #[serde(rename = "type")]
    kind: String,
    site_admin: bool,
    name: Option<String>,
    company: Option<String>,
    blog: Option<String>,
    location: Option<String>,
    public_repos: u32,
    followers: u32,
}

#[client]
trait Bench {
    #[get("/users/<name>")]
    async fn get_user(&self, name: &str) -> client_runtime::Result<User>;
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The hand-written baseline.
async fn hand_get_user(http: &reqwest::Client, base: &str, name: &str) -> Result<User, BoxError> {
    let bytes = http.get(format!("{base}/users/{name}")).send().await?.error_for_status()?.bytes().await?;
    Ok(serde_json::from_slice(&bytes)?)
}

// ---------------------------------------------------------------------------
// Server

/// Starts the server on its own thread and runtime; returns its address.
fn start_server() -> SocketAddr {
    let response: &'static [u8] = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{USER_JSON}",
        USER_JSON.len()
    )
    .into_bytes()
    .leak();
    tests::serve_on_own_thread(move |socket| serve_connection(socket, response))
}

/// Answers every request on one keep-alive connection until the peer closes.
async fn serve_connection(mut socket: TcpStream, response: &'static [u8]) {
    // Small writes go out at once; the responses are written in one call.
    let _ = socket.set_nodelay(true);
    let mut pending: Vec<u8> = Vec::with_capacity(8192);
    let mut chunk = [0u8; 8192];
    let mut out: Vec<u8> = Vec::with_capacity(4096);
    loop {
        let n = match socket.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        pending.extend_from_slice(&chunk[..n]);
        // Every complete request head gets one response, in order.
        let mut consumed = 0;
        while let Some(end) = find_head_end(&pending[consumed..]) {
            consumed += end;
            out.extend_from_slice(response);
        }
        pending.drain(..consumed);
        if pending.len() > 64 * 1024 {
            return; // Not HTTP, or an absurd head: give up on the connection.
        }
        if !out.is_empty() {
            if socket.write_all(&out).await.is_err() {
                return;
            }
            out.clear();
        }
    }
}

/// The length of the request head at the start of `buf`, `\r\n\r\n` included.
fn find_head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}

/// Sends two pipelined requests on one connection and checks both answers,
/// so that a broken server fails loudly rather than skewing the numbers.
fn check_server(addr: SocketAddr) {
    let mut stream = StdStream::connect(addr).expect("connect to the bench server");
    let request = format!("GET /users/{NAME} HTTP/1.1\r\nHost: {addr}\r\n\r\n");
    stream.write_all(format!("{request}{request}").as_bytes()).expect("write");
    let one = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{USER_JSON}",
        USER_JSON.len()
    );
    let mut got = vec![0u8; one.len() * 2];
    stream.set_read_timeout(Some(Duration::from_secs(5))).expect("set_read_timeout");
    stream.read_exact(&mut got).expect("two pipelined responses");
    assert_eq!(got, format!("{one}{one}").as_bytes(), "the bench server answered wrongly");
}

// ---------------------------------------------------------------------------
// Clients and measurement

enum Target {
    Generated(BenchClient),
    Hand(reqwest::Client),
}

struct Variant {
    label: &'static str,
    target: Target,
    /// Requests per second, one entry per round.
    rates: Vec<f64>,
}

impl Variant {
    fn new(label: &'static str, target: Target) -> Self {
        Self { label, target, rates: Vec::new() }
    }

    /// Sends `n` sequential requests; returns how long they took.
    async fn run(&self, base: &str, n: usize) -> Duration {
        let started = Instant::now();
        let mut checksum = 0u64;
        match &self.target {
            Target::Generated(client) => {
                for _ in 0..n {
                    let user = client.get_user(NAME).await.expect("generated client request failed");
                    checksum = checksum.wrapping_add(user.id);
                }
            }
            Target::Hand(http) => {
                for _ in 0..n {
                    let user = hand_get_user(http, base, NAME).await.expect("hand-written request failed");
                    checksum = checksum.wrapping_add(user.id);
                }
            }
        }
        let elapsed = started.elapsed();
        assert_eq!(checksum, 583_231u64.wrapping_mul(n as u64));
        elapsed
    }

    async fn fetch_once(&self, base: &str) -> User {
        match &self.target {
            Target::Generated(client) => client.get_user(NAME).await.expect("generated client request failed"),
            Target::Hand(http) => hand_get_user(http, base, NAME).await.expect("hand-written request failed"),
        }
    }
}

/// A generated client; `timer: false` removes the per-attempt timeout and
/// the retry deadline, the two things that make each attempt arm a timer.
fn generated(base: &str, timer: bool, retries: bool) -> BenchClient {
    let mut builder = BenchClient::builder().base_url(base);
    let policy = if retries { RetryPolicy::default() } else { RetryPolicy::none() };
    if timer {
        if !retries {
            builder = builder.retry(policy);
        }
    } else {
        builder = builder.no_timeout().retry(policy.no_deadline());
    }
    builder.build().expect("build the generated client")
}

/// The generated client first, then the baseline: reqwest written by hand
/// with the same safety settings the runtime has by default (the 30 s total
/// and 10 s connect timeouts and a `User-Agent`), as a careful hand-written
/// client has them. Bare `reqwest::Client::new()`, with no timeout at all,
/// is always measured too.
fn variants(base: &str, diagnose: bool) -> Vec<Variant> {
    let configured_like_runtime = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(10))
        .user_agent("client-runtime/0.1.0")
        .build()
        .expect("build the configured reqwest client");
    let mut all = vec![
        Variant::new("generated", Target::Generated(generated(base, true, true))),
        Variant::new("hand-written", Target::Hand(configured_like_runtime)),
        Variant::new("hand/bare", Target::Hand(reqwest::Client::new())),
    ];
    if diagnose {
        all.extend([
            Variant::new("gen/no-timer", Target::Generated(generated(base, false, true))),
            Variant::new("gen/no-retry", Target::Generated(generated(base, true, false))),
            Variant::new("gen/bare", Target::Generated(generated(base, false, false))),
        ]);
    }
    all
}

struct Options {
    requests: usize,
    rounds: usize,
    warmup: usize,
    block: usize,
    multi_thread: bool,
    diagnose: bool,
}

const USAGE: &str =
    "usage: overhead [--requests N] [--rounds R] [--warmup N] [--block N] [--multi-thread] [--diagnose]";

fn parse_args() -> Options {
    let mut options =
        Options { requests: 10_000, rounds: 10, warmup: 2000, block: 200, multi_thread: false, diagnose: false };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        let mut number = |name: &str| -> usize {
            let value =
                inline.clone().or_else(|| args.next()).unwrap_or_else(|| fail(&format!("{name} needs a value")));
            match value.parse::<usize>() {
                Ok(n) if n > 0 => n,
                _ => fail(&format!("{name} needs a positive integer, got {value:?}")),
            }
        };
        match flag.as_str() {
            "--requests" | "-n" => options.requests = number("--requests"),
            "--rounds" | "-r" => options.rounds = number("--rounds"),
            "--warmup" => options.warmup = number("--warmup"),
            "--block" => options.block = number("--block"),
            "--multi-thread" => options.multi_thread = true,
            "--diagnose" => options.diagnose = true,
            // `cargo bench` passes `--bench` to every bench target.
            "--bench" => {}
            "--help" | "-h" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => fail(&format!("unknown argument {other:?}")),
        }
    }
    options
}

fn fail(message: &str) -> ! {
    eprintln!("overhead: {message}\n{USAGE}");
    std::process::exit(2);
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 { sorted[mid] } else { (sorted[mid - 1] + sorted[mid]) / 2.0 }
}

fn main() {
    let options = parse_args();
    let addr = start_server();
    check_server(addr);
    let base = format!("http://{addr}");

    let runtime = if options.multi_thread {
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()
    } else {
        tokio::runtime::Builder::new_current_thread().enable_all().build()
    }
    .expect("client runtime");

    let mut variants = variants(&base, options.diagnose);
    println!(
        "overhead: {} rounds x {} sequential keep-alive GETs per client (alternating in blocks of {}), {} warm-up, {} client runtime, server on its own thread at {base}",
        options.rounds,
        options.requests,
        options.block,
        options.warmup,
        if options.multi_thread { "multi-thread (2 workers)" } else { "current-thread" },
    );

    runtime.block_on(async {
        // Both sides must decode the same document the same way.
        let expected: User = serde_json::from_str(USER_JSON).expect("USER_JSON matches User");
        for variant in &variants {
            assert_eq!(variant.fetch_once(&base).await, expected, "{} decoded a different user", variant.label);
            variant.run(&base, options.warmup).await;
        }

        let count = variants.len();
        for round in 0..options.rounds {
            // Each variant's requests are split into blocks, and the blocks
            // of all variants alternate, so that a burst of load from
            // elsewhere on the machine lands on every variant alike. The
            // order rotates from block to block and from round to round.
            let mut elapsed = vec![Duration::ZERO; count];
            let mut left = options.requests;
            let mut block_index = 0;
            while left > 0 {
                let n = left.min(options.block);
                for k in 0..count {
                    let i = (round + block_index + k) % count;
                    elapsed[i] += variants[i].run(&base, n).await;
                }
                left -= n;
                block_index += 1;
            }
            for (variant, elapsed) in variants.iter_mut().zip(elapsed) {
                variant.rates.push(options.requests as f64 / elapsed.as_secs_f64());
            }
            let (generated, hand) = (variants[0].rates[round], variants[1].rates[round]);
            let mut line = format!(
                "round {:>2}: generated {generated:>9.0} req/s  hand-written {hand:>9.0} req/s  ratio {:.3}",
                round + 1,
                generated / hand,
            );
            for extra in &variants[2..] {
                let rate = extra.rates[round];
                line.push_str(&format!("  {} {:.3}", extra.label, rate / hand));
            }
            println!("{line}");
        }
    });

    let hand = &variants[1].rates;
    let ratios_against_hand = |rates: &[f64]| -> Vec<f64> { rates.iter().zip(hand).map(|(r, h)| r / h).collect() };
    println!();
    for variant in &variants {
        let ratios = ratios_against_hand(&variant.rates);
        println!(
            "{:<14} median {:>9.0} req/s  ({:>6.1} us/request)  ratio to hand-written: median {:.3}, min {:.3}, max {:.3}",
            variant.label,
            median(&variant.rates),
            1e6 / median(&variant.rates),
            median(&ratios),
            ratios.iter().copied().fold(f64::INFINITY, f64::min),
            ratios.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        );
    }
    let ratio = median(&ratios_against_hand(&variants[0].rates));
    let bare = &variants[2].rates;
    let against_bare = median(&variants[0].rates.iter().zip(bare).map(|(g, b)| g / b).collect::<Vec<_>>());
    println!(
        "overhead: generated/hand-written throughput ratio = {ratio:.3} (median of {} rounds; both with a 30 s timeout)",
        options.rounds
    );
    println!("overhead: generated/bare reqwest (no timeout at all) throughput ratio = {against_bare:.3}");
}
