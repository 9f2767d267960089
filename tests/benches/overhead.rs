//! Overhead of a `#[client]`-generated async client over a hand-written
//! reqwest client, calls made one after another (concurrency 1), and the
//! cost of two layers on top of it: a do-nothing middleware, and a tracing
//! subscriber that records every span.
//!
//! # Running
//!
//! ```text
//! cargo bench -p tests --bench overhead
//! cargo bench -p tests --bench overhead -- --quick
//! cargo bench -p tests --bench overhead -- --requests 5000 --rounds 20 --diagnose
//! ```
//!
//! `cargo bench` builds with the `bench` profile (release optimisations).
//! Options: `--requests N` per variant per round (default 20000; 8000 with
//! `--quick`), `--rounds R` (default 15; 7 with `--quick`), `--block N`
//! requests run back to back before switching variant (about; default 200),
//! `--warmup N` requests per variant first (default 2000; 1000),
//! `--diagnose` to add variants that switch single features off, and
//! `--only LABEL` to run one variant alone under a profiler. The defaults
//! take about a minute on a 2-core machine, `--quick` about 15 s.
//!
//! # What it measures
//!
//! The same call made several ways against the same in-process server
//! (`support/server.rs`), in interleaved rounds (`support/rounds.rs`); each
//! figure is the median over the rounds of a per-round ratio:
//!
//! - **generated**: `BenchClient::get_user(name)` from the `#[client] trait
//!   Bench` in `support/baseline.rs`, built with `BenchClient::builder().base_url(..).build()`,
//!   so every runtime default is on: the 3-attempt retry policy with its
//!   deadline and budget, the 30 s per-attempt timeout, redirect handling,
//!   the body cap, the `User-Agent` header, the call and wire spans.
//! - **hand-written**: what a careful programmer writes with plain reqwest,
//!   with the safety settings the runtime has by default (the seed
//!   tutorial's "always set a timeout"): a client built with a 30 s total
//!   timeout, a 10 s connect timeout and a `User-Agent`, then
//!   `get(format!(..)).send()`, `error_for_status()`, `bytes()` and
//!   `serde_json::from_slice`.
//! - **hand/bare**: the same with `reqwest::Client::new()`, no timeout at
//!   all. Every timeout arms a timer per request (about 2,800 instructions
//!   in tokio's timer wheel), so this bounds what any client with a timeout
//!   can reach; it is printed, not reported.
//! - **gen+middleware**: the generated client with one middleware that only
//!   calls `next.run(request)`.
//! - **gen+subscriber**: the generated client with a `tracing` subscriber
//!   installed (`tracing::dispatcher::with_default` around its blocks): a
//!   `tracing_subscriber::registry()` with a layer that visits every field
//!   of every span, every recorded value and every event at `INFO` and
//!   above (a service's usual level), and keeps the
//!   span's fields in the span's extensions. It exports nothing, so it
//!   measures what the runtime's spans cost a program that records them.
//!
//! The clients run on a current-thread runtime on the main thread, which
//! keeps each request's work (the caller's future and hyper's connection
//! task) on one thread; each variant has its own pool and so its own
//! keep-alive connection. A ratio of 1.00 means no measurable overhead;
//! 0.95 means 5% fewer requests per second. Because the server answers in
//! microseconds, the ratio is a worst case: on a real network the round
//! trip dwarfs the client-side cost.
//!
//! # `--diagnose`
//!
//! - `gen/no-timer`: generated with `.no_timeout()` and a retry policy
//!   without a deadline, so no request arms a timer;
//! - `gen/no-retry`: generated with `RetryPolicy::none()` (timeout kept);
//! - `gen/bare`: no timer and no retries;
//! - `gen+registry`: the generated client under `gen+subscriber`'s
//!   subscriber with its layer told to visit nothing: the registry's own
//!   work for the call's two spans, the floor under any layer that records
//!   them.

#[path = "support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use client_runtime::RetryPolicy;
use client_runtime::middleware::{CallInfo, Middleware, Next, Request, Response};
use tokio::runtime::Runtime;
use tracing::Dispatch;
use tracing_subscriber::prelude::*;

use support::baseline::{BenchClient, configured_reqwest, hand_get_user};
use support::rounds::{Options, Report, Size, Variant, interleave, print_summary};
use support::server::{NAME, USER_ID, expected_user, start_server};

/// A middleware that does nothing but pass the request on.
struct Noop;

impl Middleware for Noop {
    async fn handle(&self, request: Request, _info: &CallInfo, next: Next<'_>) -> client_runtime::Result<Response> {
        next.run(request).await
    }
}

// ---------------------------------------------------------------------------
// A subscriber that records spans and exports nothing.

/// What the layer keeps of a span or an event: how many fields and how
/// many bytes their values take, every value visited.
#[derive(Default)]
struct Fields {
    count: usize,
    bytes: usize,
}

impl tracing::field::Visit for Fields {
    fn record_str(&mut self, _field: &tracing::field::Field, value: &str) {
        self.count += 1;
        self.bytes += value.len();
    }

    fn record_i64(&mut self, _field: &tracing::field::Field, value: i64) {
        self.count += 1;
        self.bytes += std::hint::black_box(value).to_ne_bytes().len();
    }

    fn record_u64(&mut self, _field: &tracing::field::Field, value: u64) {
        self.count += 1;
        self.bytes += std::hint::black_box(value).to_ne_bytes().len();
    }

    fn record_bool(&mut self, _field: &tracing::field::Field, _value: bool) {
        self.count += 1;
        self.bytes += 1;
    }

    fn record_debug(&mut self, _field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        struct Count<'a>(&'a mut usize);
        impl std::fmt::Write for Count<'_> {
            fn write_str(&mut self, s: &str) -> std::fmt::Result {
                *self.0 += s.len();
                Ok(())
            }
        }
        self.count += 1;
        let _ = std::fmt::write(&mut Count(&mut self.bytes), format_args!("{value:?}"));
    }
}

/// Visits every field of every span, recorded value and event it is
/// enabled for, and keeps each span's in the span's extensions; with
/// `visit: false`, does nothing with them, which leaves the registry's own
/// work (a slab slot and a parent link per span, entries and exits,
/// closes): the floor under any layer that records spans.
struct VisitEveryField {
    visit: bool,
}

impl<S> tracing_subscriber::Layer<S> for VisitEveryField
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    /// "Sometimes", so that tracing asks the thread's current dispatcher
    /// about each span: with "always", which tracing caches per callsite
    /// across all dispatchers, the variants without a subscriber would
    /// create (empty) spans too, and would not measure "no subscriber".
    fn register_callsite(&self, _metadata: &'static tracing::Metadata<'static>) -> tracing::subscriber::Interest {
        tracing::subscriber::Interest::sometimes()
    }

    /// Every span, and the events a service logs by default (`INFO` and
    /// above): the `DEBUG` and `TRACE` events of the connection pool
    /// underneath (hyper-util's, about 3,300 instructions per call) are
    /// what a program turns on to debug, not what it records.
    fn enabled(&self, metadata: &tracing::Metadata<'_>, _ctx: tracing_subscriber::layer::Context<'_, S>) -> bool {
        metadata.is_span() || *metadata.level() <= tracing::Level::INFO
    }

    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        id: &tracing::span::Id,
        ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if !self.visit {
            return;
        }
        let mut fields = Fields::default();
        attrs.record(&mut fields);
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(fields);
        }
    }

    fn on_record(
        &self,
        id: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if !self.visit {
            return;
        }
        if let Some(span) = ctx.span(id) {
            if let Some(fields) = span.extensions_mut().get_mut::<Fields>() {
                values.record(fields);
            }
        }
    }

    fn on_event(&self, event: &tracing::Event<'_>, _ctx: tracing_subscriber::layer::Context<'_, S>) {
        if !self.visit {
            return;
        }
        let mut fields = Fields::default();
        event.record(&mut fields);
        std::hint::black_box(fields.bytes);
    }
}

/// A registry with a [`VisitEveryField`] layer.
fn recording(visit: bool) -> Dispatch {
    Dispatch::new(tracing_subscriber::registry().with(VisitEveryField { visit }))
}

// ---------------------------------------------------------------------------
// Variants

/// A generated client; `timer: false` removes the per-attempt timeout and
/// the retry deadline, the two things that make each attempt arm a timer.
fn generated(base: &str, timer: bool, retries: bool, middleware: bool) -> BenchClient {
    let mut builder = BenchClient::builder().base_url(base);
    let policy = if retries { RetryPolicy::default() } else { RetryPolicy::none() };
    if timer {
        if !retries {
            builder = builder.retry(policy);
        }
    } else {
        builder = builder.no_timeout().retry(policy.no_deadline());
    }
    if middleware {
        builder = builder.middleware(Noop);
    }
    builder.build().expect("build the generated client")
}

/// Runs `n` sequential calls of a generated client; returns how long they took.
fn run_generated(runtime: &Runtime, client: &BenchClient, n: usize) -> Duration {
    runtime.block_on(async {
        let started = Instant::now();
        let mut checksum = 0u64;
        for _ in 0..n {
            checksum += client.get_user(NAME).await.expect("generated client request failed").id;
        }
        assert_eq!(checksum, USER_ID * n as u64);
        started.elapsed()
    })
}

fn run_hand(runtime: &Runtime, http: &reqwest::Client, base: &str, n: usize) -> Duration {
    runtime.block_on(async {
        let started = Instant::now();
        let mut checksum = 0u64;
        for _ in 0..n {
            checksum += hand_get_user(http, base, NAME).await.expect("hand-written request failed").id;
        }
        assert_eq!(checksum, USER_ID * n as u64);
        started.elapsed()
    })
}

fn generated_variant<'a>(label: &'static str, runtime: &'a Runtime, client: BenchClient) -> Variant<'a> {
    let user = runtime.block_on(client.get_user(NAME)).expect("generated client request failed");
    assert_eq!(user, expected_user(), "{label} decoded a different user");
    Variant::new(label, move |n| run_generated(runtime, &client, n))
}

fn hand_variant<'a>(label: &'static str, runtime: &'a Runtime, http: reqwest::Client, base: &'a str) -> Variant<'a> {
    let user = runtime.block_on(hand_get_user(&http, base, NAME)).expect("hand-written request failed");
    assert_eq!(user, expected_user(), "{label} decoded a different user");
    Variant::new(label, move |n| run_hand(runtime, &http, base, n))
}

fn main() {
    let full = Size { requests: 20_000, rounds: 15, warmup: 2000, block: 200 };
    let quick = Size { requests: 8000, rounds: 7, warmup: 1000, block: 200 };
    let options = Options::parse("overhead", full, quick);
    let addr = start_server();
    let base = format!("http://{addr}");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("client runtime");

    let configured_like_runtime = configured_reqwest();
    let subscribed = generated(&base, true, true, false);
    let subscriber = recording(true);
    let user = tracing::dispatcher::with_default(&subscriber, || runtime.block_on(subscribed.get_user(NAME)));
    assert_eq!(user.expect("generated client request failed"), expected_user());
    // Set only with `--diagnose`; declared here to outlive the variants.
    let registry_only;
    let on_registry;
    let mut variants = vec![
        generated_variant("generated", &runtime, generated(&base, true, true, false)),
        hand_variant("hand-written", &runtime, configured_like_runtime, &base),
        hand_variant("hand/bare", &runtime, reqwest::Client::new(), &base),
        generated_variant("gen+middleware", &runtime, generated(&base, true, true, true)),
        Variant::new("gen+subscriber", |n| {
            tracing::dispatcher::with_default(&subscriber, || run_generated(&runtime, &subscribed, n))
        }),
    ];
    if options.diagnose {
        variants.extend([
            generated_variant("gen/no-timer", &runtime, generated(&base, false, true, false)),
            generated_variant("gen/no-retry", &runtime, generated(&base, true, false, false)),
            generated_variant("gen/bare", &runtime, generated(&base, false, false, false)),
        ]);
        registry_only = recording(false);
        on_registry = generated(&base, true, true, false);
        variants.push(Variant::new("gen+registry", |n| {
            tracing::dispatcher::with_default(&registry_only, || run_generated(&runtime, &on_registry, n))
        }));
    }
    println!(
        "overhead: {} rounds x {} sequential keep-alive GETs per variant (alternating in blocks of about {}), {} warm-up, current-thread client runtime, server on its own thread at {base}",
        options.rounds, options.requests, options.block, options.warmup,
    );
    interleave(&mut variants, &options);
    print_summary(&variants);

    let mut report = Report::default();
    let (sequential, sequential_how) = options.against(&variants, "generated", "hand-written", "sequential GETs");
    report.ratio("async, sequential, vs hand-written reqwest", &sequential, ">= 0.97", &sequential_how);
    let (middleware, how) = options.against(&variants, "gen+middleware", "generated", "sequential GETs");
    report.ratio("no-op middleware, vs none", &middleware, ">= 0.98", &how);
    report.ratio(
        "telemetry, no subscriber, vs hand-written reqwest",
        &sequential,
        ">= 0.972 (0.99 of the pre-pipeline 0.982)",
        &sequential_how,
    );
    let (subscribed, how) = options.against(
        &variants,
        "gen+subscriber",
        "generated",
        "sequential GETs; a registry layer visiting every field of every span and INFO+ event",
    );
    report.ratio("telemetry, recording subscriber, vs no subscriber", &subscribed, ">= 0.95", &how);
    report.print();
}
