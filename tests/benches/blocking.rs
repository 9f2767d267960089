//! The generated blocking client against the generated async client and
//! against ureq 3, calls made one after another on one keep-alive
//! connection each.
//!
//! # Running
//!
//! ```text
//! cargo bench -p tests --bench blocking
//! cargo bench -p tests --bench blocking -- --quick
//! ```
//!
//! Options as in the `overhead` bench: `--requests N` per variant per round
//! (default 20000; 8000 with `--quick`), `--rounds R` (default 11; 7),
//! `--block N` (default 200), `--warmup N` (default 2000; 1000).
//!
//! # What it measures
//!
//! Against the same in-process server (`support/server.rs`, on its own
//! thread), in interleaved rounds (`support/rounds.rs`):
//!
//! - **blocking**: `BenchSyncClient::get_user(name)` from the
//!   `#[client(blocking)] trait BenchSync` below, called on the main thread
//!   with every runtime default on;
//! - **async**: the same method of the async `#[client] trait Bench`,
//!   awaited in a loop inside one `block_on` of a current-thread runtime;
//! - **ureq**: a ureq 3 `Agent` with a `User-Agent` and timeouts like the
//!   runtime's defaults (10 s to connect; 30 s to send the request, to
//!   receive the response head and to receive the body), doing the same
//!   GET, reading the body with `read_to_vec()` and decoding it with
//!   `serde_json::from_slice`, as the generated clients do.
//!
//! Figures: blocking/async (target at least 0.95) and blocking/ureq (at
//! least 1.0), each the median of the per-round ratios.
//!
//! `--diagnose` adds **ureq/global**: ureq with `timeout_global` instead of
//! the per-phase timeouts. ureq 3 then resolves the host name on a new
//! thread for every request (its resolver bounds `getaddrinfo` by running it
//! on a thread of its own; `strace -f -c` shows one `clone3` per request),
//! which costs it most of its rate on loopback, so the figure uses the
//! per-phase timeouts instead.

#[path = "support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use client_runtime::client;
use tokio::runtime::Runtime;

use support::baseline::{BenchClient, BoxError};
use support::rounds::{Options, Report, Size, Variant, interleave, print_summary};
use support::server::{NAME, USER_ID, User, expected_user, start_server};

#[client(blocking)]
trait BenchSync {
    #[get("/users/<name>")]
    fn get_user(&self, name: &str) -> client_runtime::Result<User>;
}

/// The ureq baseline: the same GET and JSON decode.
fn ureq_get_user(agent: &ureq::Agent, base: &str, name: &str) -> Result<User, BoxError> {
    let bytes = agent.get(format!("{base}/users/{name}")).call()?.body_mut().read_to_vec()?;
    Ok(serde_json::from_slice(&bytes)?)
}

/// Times `n` calls of `call`, each returning the user's id.
fn timed(n: usize, mut call: impl FnMut() -> u64) -> Duration {
    let started = Instant::now();
    let mut checksum = 0u64;
    for _ in 0..n {
        checksum += call();
    }
    let elapsed = started.elapsed();
    assert_eq!(checksum, USER_ID * n as u64);
    elapsed
}

fn run_async(runtime: &Runtime, client: &BenchClient, n: usize) -> Duration {
    runtime.block_on(async {
        let started = Instant::now();
        let mut checksum = 0u64;
        for _ in 0..n {
            checksum += client.get_user(NAME).await.expect("async client request failed").id;
        }
        assert_eq!(checksum, USER_ID * n as u64);
        started.elapsed()
    })
}

fn main() {
    let full = Size { requests: 20_000, rounds: 11, warmup: 2000, block: 200 };
    let quick = Size { requests: 8000, rounds: 7, warmup: 1000, block: 200 };
    let options = Options::parse("blocking", full, quick);
    let addr = start_server();
    let base = format!("http://{addr}");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("client runtime");

    let blocking = BenchSyncClient::builder().base_url(&base).build().expect("build the blocking client");
    let asynchronous = BenchClient::builder().base_url(&base).build().expect("build the async client");
    let agent = ureq::Agent::new_with_config(
        ureq::Agent::config_builder()
            .timeout_connect(Some(Duration::from_secs(10)))
            .timeout_send_request(Some(Duration::from_secs(30)))
            .timeout_recv_response(Some(Duration::from_secs(30)))
            .timeout_recv_body(Some(Duration::from_secs(30)))
            .user_agent("client-runtime/0.1.0")
            .build(),
    );
    let global = ureq::Agent::new_with_config(
        ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .user_agent("client-runtime/0.1.0")
            .build(),
    );

    let expected = expected_user();
    assert_eq!(blocking.get_user(NAME).expect("blocking request failed"), expected);
    assert_eq!(runtime.block_on(asynchronous.get_user(NAME)).expect("async request failed"), expected);
    assert_eq!(ureq_get_user(&agent, &base, NAME).expect("ureq request failed"), expected);

    let mut variants = vec![
        Variant::new("blocking", |n| timed(n, || blocking.get_user(NAME).expect("blocking request failed").id)),
        Variant::new("async", |n| run_async(&runtime, &asynchronous, n)),
        Variant::new("ureq", |n| timed(n, || ureq_get_user(&agent, &base, NAME).expect("ureq request failed").id)),
    ];
    if options.diagnose {
        variants.push(Variant::new("ureq/global", |n| {
            timed(n, || ureq_get_user(&global, &base, NAME).expect("ureq request failed").id)
        }));
    }
    println!(
        "blocking: {} rounds x {} sequential keep-alive GETs per variant (alternating in blocks of about {}), {} warm-up, server on its own thread at {base}",
        options.rounds, options.requests, options.block, options.warmup,
    );
    interleave(&mut variants, &options);
    print_summary(&variants);

    let mut report = Report::default();
    let (against_async, how) = options.against(&variants, "blocking", "async", "sequential GETs");
    report.ratio("blocking, sequential, vs async client", &against_async, ">= 0.95", &how);
    let (against_ureq, how) = options.against(&variants, "blocking", "ureq", "sequential GETs");
    report.ratio("blocking, sequential, vs ureq 3", &against_ureq, ">= 1.0", &how);
    report.print();
}
