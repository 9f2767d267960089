//! The generated async client with 50 calls in flight, against hand-written
//! reqwest at the same concurrency and against the server's ceiling.
//!
//! # Running
//!
//! ```text
//! cargo bench -p tests --bench concurrency
//! cargo bench -p tests --bench concurrency -- --quick
//! ```
//!
//! Options as in the `overhead` bench: `--requests N` per variant per round
//! (default 30000; 10000 with `--quick`), `--rounds R` (default 11; 7),
//! `--block N` calls per variant before the next one's turn (default
//! about 2000), `--warmup N` (default 3000; 1000), and `--diagnose`, which
//! adds `generated/again`: a second generated client with its own pool,
//! the same code measured twice.
//!
//! # What it measures
//!
//! Three variants drive the same in-process server (`support/server.rs`, on
//! its own thread and current-thread runtime) from one 2-worker
//! multi-thread tokio runtime, in interleaved rounds (`support/rounds.rs`).
//! Each block of `N` calls is split over 50 spawned tasks, each making its
//! share of the calls one after another, so 50 calls are in flight:
//!
//! - **generated**: `BenchClient::get_user(name)`, every runtime default on;
//! - **hand-written**: reqwest with a 30 s timeout, a 10 s connect timeout
//!   and a `User-Agent`, `send()`, `error_for_status()`, `bytes()`,
//!   `serde_json::from_slice` (as in the `overhead` bench);
//! - **ceiling**: a load generator like wrk: 50 keep-alive connections, each
//!   task writing a fixed request and reading until it has the response's
//!   known length, with no parsing and no decoding. It bounds what any
//!   client can reach against this server on this machine.
//!
//! Both clients open 50 keep-alive connections, as their pools grow to the
//! number of calls in flight.
//!
//! Figures: generated/hand-written (target at least 0.97), and
//! generated/ceiling and hand-written/ceiling.
//!
//! # Order
//!
//! What runs just before a variant changes its figure. In a plain
//! rotation of the blocks (generated, hand-written, ceiling; then
//! hand-written, ceiling, generated; ...) the generated client always ran
//! right after the raw load generator, and three full runs gave 0.957,
//! 0.958 and 0.964; the same binary with the two clients' places swapped,
//! so that hand-written reqwest ran after the load generator, gave 0.991,
//! 0.979 and 0.987 in three runs alternating with those (by CPU time
//! 0.963 to 0.972 against 0.965 to 0.983): the variant after the load
//! generator loses about 1.3% by rate. Each round therefore runs whole
//! cycles of a balanced order (`support/rounds.rs`), in which every
//! variant follows every other one equally often. So ordered, eleven
//! full runs gave 0.952 to 0.993, median 0.976 (by CPU time 0.949 to
//! 0.987, median 0.976). `--diagnose`'s second generated client measured
//! 0.991 of the first (0.985 by CPU time): two identical clients land
//! about 1% apart on this machine, which bounds what one run can tell.
//!
//! # What separates the clients from the ceiling
//!
//! Measured on the 2-core machine this bench was written on, shared with
//! other builds (load average about 12), so the rates swung by 30% from
//! round to round; the instruction counts below do not depend on load.
//!
//! - **Rates.** In two runs with `--quick`, generated/ceiling was 0.26 and
//!   0.23, hand-written/ceiling 0.36 and 0.29 (medians of 7 rounds): both
//!   clients reach a quarter to a third of what the server can answer.
//! - **Where the CPU goes** (`--only <variant> --requests 20000`, which
//!   prints each thread's user+system time from `/proc/self/task/*/stat`):
//!   with either client the two runtime workers use about 30 us of CPU per
//!   call between them and the server thread about 7 us; with the raw load
//!   generator, the workers use about 3 us per call and the server about 3.
//!   Both cores are busy in all three runs, so the rate is set by CPU time
//!   per call, and the clients spend about ten times what the raw
//!   generator does. The server is not the limit: it is idle most of the
//!   time while a client drives it.
//! - **Instructions per call** (user space, client and server together,
//!   `valgrind --tool=callgrind <bench> --only <variant> --requests N` at
//!   N = 2000 and 6000, the difference divided by 4000): ceiling about
//!   4,100 (the server's part of it about 3,300: tokio's I/O driver and the
//!   read/write loop); hand-written reqwest about 92,100; generated about
//!   92,900. The hand-written client's 88,000 on top of the server break
//!   down as: building and parsing the URL 17,400 (`url`, `idna` for the
//!   host even when it is an IP address, `percent-encoding`; 19%: reqwest
//!   0.13 itself parses each request's URL from text three times, in its
//!   cookie layer, its redirect policy and for the response's URL, about
//!   6,400 instructions each, whether or not cookies or redirects are in
//!   use; the generated client parses only its path under the already
//!   parsed base URL, where the hand-written one parses the whole text), malloc
//!   and free 11,700 (13%), `memcpy` 8,200 (9%, moves of reqwest's and
//!   hyper's large futures and request structs), formatting, hashing and
//!   string handling in `core` 13,800 (15%), hyper and hyper-util 8,000
//!   (the HTTP/1 codec, the pool checkout and the dispatch channels between
//!   the caller's task and the connection task), `serde_json` 5,700 (the
//!   decode every real client does too), `http` header maps 5,200, tokio
//!   5,900 (two tasks per request: the caller's and hyper's connection
//!   task, each woken by the other through a channel), reqwest 2,900.
//! - **Scheduling.** A reqwest call is two tasks talking through hyper's
//!   dispatch channel: the caller's task hands the request to the
//!   connection's task, which writes it, reads the response and hands it
//!   back. With 50 calls in flight on 2 workers, each request costs at
//!   least two task wake-ups and polls, often across the two workers (work
//!   stealing), against one for the raw generator.
//! - **Generated against hand-written.** The generated client used to
//!   execute more instructions per call than hand-written reqwest, most
//!   of them copies of the call's large futures, and to make two more
//!   allocations per call (a 1,640-byte boxed call future and a
//!   3,464-byte boxed attempt). Its futures now hold each value once: the
//!   request is handed to the pool before the wire future is polled, the
//!   follower borrows the prepared request until a redirect, layers that
//!   are not configured (cache, auth refresh, file and form bodies) get
//!   boxes of their own only when used, and the one boxed future of a
//!   call is 1,032 bytes, which glibc serves from its per-thread cache
//!   (larger blocks take the arena's slower path and its lock). Not
//!   boxing it, so that each task holds its call's future in place,
//!   measured worse: about 125 more first-level write misses per call
//!   (cachegrind, as below), because the box reuses the block the
//!   thread's previous call freed, still in cache, while the memory of 50
//!   tasks is cold again by the time each starts its next call. Counted
//!   with `valgrind --tool=callgrind <bench> --only <variant> --requests N`
//!   at N = 2000 and 6000 (difference / 4000), client and server
//!   together: generated about 91,600 instructions per call, hand-written
//!   about 91,700; both wake tasks 5 times per call (4 `wake_by_val`, 1
//!   `wake_by_ref`) and arm one timer; `valgrind --tool=dhat` on the
//!   `overhead` bench counts 64 allocations per call for either client.
//!   The same system calls per request (`strace -f -c` on the `overhead`
//!   bench's `--only` runs: per call, client and server together, one
//!   `writev`, one `sendto`, two `recvfrom` and three `epoll_wait` for
//!   either client). What is left is not in these counts: two workers
//!   sharing 50 tasks add work stealing and cross-core wake-ups that a
//!   profile under valgrind (which runs one thread at a time) does not
//!   show, and this machine has no hardware counters for cache misses.
//!   Cachegrind's simulated caches (`valgrind --tool=cachegrind
//!   --cache-sim=yes` on the `overhead` bench's `--only` runs) show the
//!   generated client's larger memory traffic: about 320 more first-level
//!   write misses per call, mostly copies of large values between the
//!   pipeline's layers. Owning the prepared request in the call's future,
//!   boxing the received head and building the rarely used futures out of
//!   line took about 190 of them away.
//! - **The gap is CPU time, in user space.** (Measured in the plain
//!   rotation of the blocks, which put the generated client after the load
//!   generator: see "Order" above for the part of the gap that was.) Each
//!   round prints the process's CPU time per call beside the rates, and
//!   the two agree (in one run, hand-written relative to generated: 1.042
//!   by rate, 1.047 by CPU time), so the generated client costs more CPU
//!   per call; it does not wait more. `/usr/bin/time` on `--only generated|hand-written
//!   --requests 60000` puts all of it in user time, about 4 us more per
//!   call, with the same system time. With one runtime worker instead of
//!   two the gap stays (0.946 in one run): it is not work stealing.
//! - **Fewer instructions, more cache misses.** Cachegrind on this bench's
//!   `--only` runs (`--cache-sim=yes`, N = 2000 and 6000, difference /
//!   4000), per call, generated against hand-written: 88,200 against 90,900
//!   instructions, but 3,820 against 3,690 first-level instruction-cache
//!   misses, 540 against 490 data read misses, 450 against 440 write
//!   misses, and 520 against 480 indirect-branch mispredictions. These
//!   counts move by tens of misses between runs of the same binary
//!   (generated 3,820 to 3,920, hand-written 3,700 to 3,780 instruction
//!   misses over several runs), as the two workers share the calls out
//!   differently each time: a change worth fewer than about 50 misses per
//!   call does not show. The extra instruction misses are the code of the
//!   call's own layers, about 2,800 instructions per call over about 340
//!   missed cache lines in some 40 functions, polled twice per call; no one
//!   line stands out. At this machine's low rate of instructions per cycle,
//!   those misses cost more than the 2,700 instructions saved. Inlining the
//!   small wrapper futures' `poll` into the layer around them (see
//!   `client_runtime`'s `send` module) took 50 instruction misses, 25 data
//!   read misses and 75 write misses per call away; inlining more (the
//!   hop's request building, the body reading) changed nothing measurable.
//!   Built with `CARGO_PROFILE_BENCH_LTO=fat
//!   CARGO_PROFILE_BENCH_CODEGEN_UNITS=1`, two runs gave 0.986 and 0.963
//!   (by CPU time 0.971 and 0.967), and cachegrind counts the same gap:
//!   81,500 to 82,100 against 83,400 to 83,800 instructions, 3,370 to 3,410
//!   against 3,220 instruction misses, 490 against 390 data read misses and
//!   560 to 580 against 390 write misses. Cross-crate inlining does not
//!   close it.
//! - **Where the layers' own misses sit.** Built with
//!   `CARGO_PROFILE_BENCH_DEBUG=line-tables-only` and counted per
//!   instruction (`valgrind --tool=callgrind --cache-sim=yes
//!   --branch-sim=yes --dump-instr=yes`), the pipeline compiled into
//!   `Sent::poll` (17 KB of code) touches 133 instruction cache lines per
//!   call, and 1,052 of the 1,437 instructions in those lines run: a
//!   perfect split of hot from cold code would save at most about 35 lines
//!   a call, within the run-to-run spread above. Of its 32 indirect-branch
//!   mispredictions per call, 5 are the dispatch of the three `async`
//!   state machines (`run`, `attempt`, `send_hop`); the rest are calls
//!   through the GOT into other crates and `memcpy`, each made once per
//!   call, which the simulated predictor misses whenever 50 calls
//!   interleave, as it does for the hand-written client's calls.
//!
//! So what separates both clients from the ceiling is client CPU per
//! request, spread over URL handling, allocation, future moves, hyper's
//! two-task design and JSON decoding, not the server and not the network:
//! on 2 cores the client and the server share the CPUs, and the client
//! spends about ten times more of them per request than a raw generator.

#[path = "support/mod.rs"]
mod support;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tokio::runtime::Runtime;
use tokio::sync::Mutex;

use support::baseline::{BenchClient, configured_reqwest, hand_get_user};
use support::rounds::{Options, Report, Size, Variant, interleave, print_summary, ratio};
use support::server::{NAME, USER_ID, expected_user, request_bytes, response_bytes, start_server};

/// Calls in flight.
const IN_FLIGHT: usize = 50;

/// Splits `n` calls over the tasks, then runs task `i`'s share with
/// `task(state, i, share)`, all tasks at once; each returns the sum of the
/// ids it got.
fn in_flight<T, Fut>(runtime: &Runtime, n: usize, state: &T, task: fn(T, usize, usize) -> Fut) -> Duration
where
    T: Clone + Send + 'static,
    Fut: Future<Output = u64> + Send + 'static,
{
    runtime.block_on(async {
        let started = Instant::now();
        let tasks: Vec<_> = (0..IN_FLIGHT)
            .map(|i| {
                let share = n / IN_FLIGHT + usize::from(i < n % IN_FLIGHT);
                tokio::spawn(task(state.clone(), i, share))
            })
            .collect();
        let mut checksum = 0u64;
        for handle in tasks {
            checksum += handle.await.expect("a task panicked");
        }
        let elapsed = started.elapsed();
        assert_eq!(checksum, USER_ID * n as u64);
        elapsed
    })
}

async fn generated_task(client: BenchClient, _: usize, share: usize) -> u64 {
    let mut sum = 0;
    for _ in 0..share {
        sum += client.get_user(NAME).await.expect("generated client request failed").id;
    }
    sum
}

async fn hand_task((http, base): (reqwest::Client, Arc<str>), _: usize, share: usize) -> u64 {
    let mut sum = 0;
    for _ in 0..share {
        sum += hand_get_user(&http, &base, NAME).await.expect("hand-written request failed").id;
    }
    sum
}

/// The raw load generator's connections and what it writes and expects.
#[derive(Clone)]
struct Raw {
    connections: Arc<[Mutex<TcpStream>]>,
    request: Arc<[u8]>,
    response_len: usize,
}

impl Raw {
    async fn connect(addr: SocketAddr) -> Self {
        let mut connections = Vec::with_capacity(IN_FLIGHT);
        for _ in 0..IN_FLIGHT {
            let stream = TcpStream::connect(addr).await.expect("connect the load generator");
            stream.set_nodelay(true).expect("set_nodelay");
            connections.push(Mutex::new(stream));
        }
        Self {
            connections: connections.into(),
            request: request_bytes(addr).into(),
            response_len: response_bytes().len(),
        }
    }
}

/// Writes the request and reads the response's known length, `share` times
/// on connection `i`.
async fn raw_task(raw: Raw, i: usize, share: usize) -> u64 {
    let mut stream = raw.connections[i].lock().await;
    let mut buf = vec![0u8; raw.response_len];
    for _ in 0..share {
        stream.write_all(&raw.request).await.expect("write a raw request");
        stream.read_exact(&mut buf).await.expect("read a raw response");
    }
    assert!(buf.ends_with(b"}"), "a raw response ended wrongly");
    USER_ID * share as u64
}

fn main() {
    let full = Size { requests: 30_000, rounds: 11, warmup: 3000, block: 2000 };
    let quick = Size { requests: 10_000, rounds: 7, warmup: 1000, block: 2000 };
    let options = Options::parse("concurrency", full, quick);
    let addr = start_server();
    let base = format!("http://{addr}");
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");

    let generated = BenchClient::builder().base_url(&base).build().expect("build the generated client");
    let configured_like_runtime = configured_reqwest();
    let hand = (configured_like_runtime, Arc::<str>::from(base.as_str()));
    let raw = runtime.block_on(Raw::connect(addr));

    let expected = expected_user();
    assert_eq!(runtime.block_on(generated.get_user(NAME)).expect("generated request failed"), expected);
    assert_eq!(runtime.block_on(hand_get_user(&hand.0, &base, NAME)).expect("hand-written request failed"), expected);

    // Set only with `--diagnose`; declared here to outlive the variants.
    let again;
    let mut variants = vec![
        Variant::new("generated", |n| in_flight(&runtime, n, &generated, generated_task)),
        Variant::new("hand-written", |n| in_flight(&runtime, n, &hand, hand_task)),
        Variant::new("ceiling", |n| in_flight(&runtime, n, &raw, raw_task)),
    ];
    if options.diagnose {
        // A second generated client, its own pool and connections: the
        // same code measured twice, which shows how far apart this machine
        // puts two identical clients.
        again = BenchClient::builder().base_url(&base).build().expect("build the second generated client");
        variants.push(Variant::new("generated/again", |n| in_flight(&runtime, n, &again, generated_task)));
    }
    println!(
        "concurrency: {} rounds x {} GETs per variant, {IN_FLIGHT} in flight (alternating in blocks of about {}), {} warm-up, 2-worker client runtime, server on its own thread at {base}",
        options.rounds, options.requests, options.block, options.warmup,
    );
    interleave(&mut variants, &options);
    print_summary(&variants);

    let mut report = Report::default();
    let (against_hand, how) = options.against(&variants, "generated", "hand-written", "GETs, 50 in flight");
    report.ratio("async, 50 in flight, vs hand-written reqwest", &against_hand, ">= 0.97", &how);
    let generated_ceiling = ratio(&variants, "generated", "ceiling");
    let how = options.how("GETs, 50 in flight; ceiling: 50 raw keep-alive connections", &generated_ceiling);
    report.ratio("async, 50 in flight, vs the server's ceiling", &generated_ceiling, "-", &how);
    let hand_ceiling = ratio(&variants, "hand-written", "ceiling");
    let how = options.how("GETs, 50 in flight; ceiling: 50 raw keep-alive connections", &hand_ceiling);
    report.ratio("hand-written reqwest, 50 in flight, vs the server's ceiling", &hand_ceiling, "-", &how);
    report.print();
}
