//! Pagination: memory stays flat while streaming, and prefetching hides
//! page latency.
//!
//! # Running
//!
//! ```text
//! cargo bench -p tests --bench pagination
//! cargo bench -p tests --bench pagination -- --rounds 3 --delay-ms 50
//! cargo bench -p tests --bench pagination -- --quick
//! ```
//!
//! `--quick` measures the memory part with 5,000 and 50,000 items (still
//! a tenfold difference) and the prefetch part over 2 rounds. The run ends
//! with one `REPORT` line per figure (tab-separated: figure, value,
//! target, how): the streamed peak's growth ratio, the streamed peak
//! itself, and the time with prefetch over the time without.
//!
//! # (a) Memory
//!
//! A `#[paginate(page(size = 100))]` listing of 10,000 and then 100,000
//! items is consumed one item at a time with `StreamExt::next`, never
//! collected. Each size runs in a child process (this program re-executed
//! with `--child N`), because a process's peak RSS (`VmHWM` in
//! `/proc/self/status`) only grows: measuring both sizes in one process
//! would hide the second. The child prints its `VmHWM` at the end; the
//! parent reports both and their ratio. A ratio close to 1 means the
//! memory a listing takes does not depend on its length.
//!
//! For contrast, the same sizes are also gathered with `collect_all()`
//! (`--child N --collect`), whose peak must grow with the item count; that
//! shows the measurement is sensitive enough to see growth when there is
//! some.
//!
//! # (b) Prefetch
//!
//! A listing of 20 pages of 100 items from a server that waits a fixed
//! delay (50 ms by default) before answering each page, consumed by a loop
//! that spends 0.5 ms per item (`tokio::time::sleep` of 5 ms every 10
//! items, since tokio's timer has millisecond resolution), so about 50 ms
//! per page. Without prefetch, fetching and consuming alternate (about
//! 20 x (50 + 50) ms); with `.prefetch(true)` the next page is fetched
//! while the current one is consumed (about 50 + 20 x 50 ms). Each variant
//! runs `--rounds` times (default 3), interleaved; the medians are reported.
//!
//! # The server
//!
//! A minimal HTTP/1.1 keep-alive server on `127.0.0.1` on a raw
//! `tokio::net::TcpListener`, on its own thread and current-thread
//! runtime. It computes each page from the request target
//! (`/items/<total>?page=P&per_page=S`) when asked, so it never holds more
//! than one page, and sends `x-total-pages` so the listing ends on its last
//! page without an extra empty request. `/slow/<total>` is the same after
//! the delay given by `--delay-ms`.

#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::process::Command;
use std::time::{Duration, Instant};

use client_runtime::{Paginated, client};
use futures::StreamExt as _;
use serde::Deserialize;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// Items per page in both parts.
const PAGE_SIZE: u64 = 100;

/// One listed item: about 110 bytes of JSON.
#[derive(Debug, Deserialize)]
pub struct Row {
    id: u64,
    name: String,
    tags: Vec<String>,
    score: f64,
}

#[client]
trait Bench {
    #[get("/items/<total>")]
    #[paginate(page(size = 100))]
    fn items(&self, total: u64) -> Paginated<Row>;

    #[get("/slow/<total>")]
    #[paginate(page(size = 100))]
    fn slow(&self, total: u64) -> Paginated<Row>;
}

// ---------------------------------------------------------------------------
// Server

/// Starts the server on its own thread and runtime; returns its address.
fn start_server(delay: Duration) -> SocketAddr {
    tests::serve_on_own_thread(move |socket| serve_connection(socket, delay))
}

/// Answers requests on one keep-alive connection until the peer closes.
async fn serve_connection(mut socket: TcpStream, delay: Duration) {
    let _ = socket.set_nodelay(true);
    let mut pending: Vec<u8> = Vec::with_capacity(8192);
    let mut chunk = [0u8; 8192];
    loop {
        let n = match socket.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        pending.extend_from_slice(&chunk[..n]);
        while let Some(end) = pending.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4) {
            let head = String::from_utf8_lossy(&pending[..end]).into_owned();
            pending.drain(..end);
            let target = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
            if target.starts_with("/slow/") {
                tokio::time::sleep(delay).await;
            }
            if socket.write_all(&respond(&target)).await.is_err() {
                return;
            }
        }
        if pending.len() > 64 * 1024 {
            return;
        }
    }
}

/// The response to `/<kind>/<total>?page=P&per_page=S`, computed now.
fn respond(target: &str) -> Vec<u8> {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let total: u64 = path.rsplit('/').next().and_then(|t| t.parse().ok()).unwrap_or(0);
    let param = |key: &str| {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.parse().ok())
    };
    let page: u64 = param("page").unwrap_or(1).max(1);
    let size: u64 = param("per_page").unwrap_or(PAGE_SIZE).max(1);
    let pages = total.div_ceil(size);
    let first = (page - 1) * size + 1;
    let last = (page * size).min(total);
    let mut body = String::with_capacity(128 * size as usize);
    body.push('[');
    for id in first..=last {
        if id > first {
            body.push(',');
        }
        let _ = write!(
            body,
            r#"{{"id":{id},"name":"item number {id}","tags":["bench","page-{page}"],"score":{}.5}}"#,
            id % 1000
        );
    }
    body.push(']');
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nx-page: {page}\r\nx-total-pages: {pages}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

// ---------------------------------------------------------------------------
// (a) Memory

/// What a child measured.
struct ChildReport {
    items: u64,
    peak_kib: u64,
    elapsed: Duration,
}

/// The child: streams (or collects) `total` items, prints its peak RSS.
fn child(total: u64, collect: bool) {
    let addr = start_server(Duration::ZERO);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("client runtime");
    let started = Instant::now();
    let (items, checksum) = runtime.block_on(async move {
        let api = BenchClient::builder().base_url(&format!("http://{addr}")).build().unwrap();
        let mut items = 0u64;
        let mut checksum = 0u64;
        let mut take = |row: &Row| {
            items += 1;
            checksum = checksum
                .wrapping_add(row.id)
                .wrapping_add(row.name.len() as u64)
                .wrapping_add(row.tags.len() as u64)
                .wrapping_add(row.score as u64);
        };
        if collect {
            let rows = api.items(total).collect_all().await.expect("listing");
            rows.iter().for_each(&mut take);
        } else {
            let mut list = api.items(total);
            while let Some(row) = list.next().await {
                take(&row.expect("listing"));
            }
        }
        (items, checksum)
    });
    let elapsed = started.elapsed();
    assert_eq!(items, total, "every item arrives");
    std::hint::black_box(checksum);
    let peak = proc_status_kib("VmHWM").expect("VmHWM in /proc/self/status");
    println!("RESULT items={items} peak_kib={peak} elapsed_ms={}", elapsed.as_millis());
}

/// A `kB` field of `/proc/self/status`.
fn proc_status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field) && l[field.len()..].starts_with(':'))?;
    line[field.len() + 1..].trim().trim_end_matches("kB").trim().parse().ok()
}

/// Runs one child and reads its report.
fn run_child(total: u64, collect: bool) -> ChildReport {
    let exe = std::env::current_exe().expect("current_exe");
    let mut command = Command::new(exe);
    command.args(["--child", &total.to_string()]);
    if collect {
        command.arg("--collect");
    }
    let output = command.output().expect("run the child");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "child failed: {}\n{stdout}{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let line = stdout.lines().find(|l| l.starts_with("RESULT ")).expect("a RESULT line");
    let field = |key: &str| -> u64 {
        line.split_whitespace()
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.parse().ok())
            .expect("a numeric field")
    };
    ChildReport {
        items: field("items"),
        peak_kib: field("peak_kib"),
        elapsed: Duration::from_millis(field("elapsed_ms")),
    }
}

/// What the memory part reports: the streamed peaks' ratio and the larger
/// streamed peak in KiB.
struct MemoryFigures {
    ratio: f64,
    large_peak_kib: u64,
}

fn memory(small_items: u64) -> MemoryFigures {
    println!("== (a) memory: peak RSS (VmHWM) of a child process per run, {PAGE_SIZE} items per page");
    let mut figures = MemoryFigures { ratio: 0.0, large_peak_kib: 0 };
    for (collect, label) in [(false, "streamed one by one"), (true, "collect_all() (contrast)")] {
        let small = run_child(small_items, collect);
        let large = run_child(small_items * 10, collect);
        for report in [&small, &large] {
            println!(
                "memory: {label:<26} {:>7} items ({:>4} pages): peak RSS {:>7} KiB ({:.1} MiB), {:>5} ms",
                report.items,
                report.items / PAGE_SIZE,
                report.peak_kib,
                report.peak_kib as f64 / 1024.0,
                report.elapsed.as_millis()
            );
        }
        let ratio = large.peak_kib as f64 / small.peak_kib as f64;
        let growth = large.peak_kib as i64 - small.peak_kib as i64;
        if !collect {
            figures = MemoryFigures { ratio, large_peak_kib: large.peak_kib };
        }
        println!(
            "memory: {label:<26} ratio 100k/10k = {ratio:.2} ({growth:+} KiB for 10x the items){}",
            if collect {
                ""
            } else if ratio < 1.2 {
                ": flat"
            } else {
                ": NOT flat"
            }
        );
    }
    figures
}

// ---------------------------------------------------------------------------
// (b) Prefetch

const PREFETCH_PAGES: u64 = 20;

/// The consumer's work for one item: 0.5 ms on average (5 ms every 10
/// items, as tokio's timer has millisecond resolution).
async fn work(items: u64) {
    if items % 10 == 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Consumes the slow listing, spending 0.5 ms per item.
async fn consume_slow(api: &BenchClient, prefetch: bool) -> (Duration, u64) {
    let started = Instant::now();
    let mut list = api.slow(PREFETCH_PAGES * PAGE_SIZE).prefetch(prefetch);
    let mut items = 0u64;
    while let Some(row) = list.next().await {
        std::hint::black_box(row.expect("listing").id);
        items += 1;
        work(items).await;
    }
    (started.elapsed(), items)
}

/// The consumer's work alone, without any listing.
async fn consumer_alone() -> Duration {
    let started = Instant::now();
    for items in 1..=PREFETCH_PAGES * PAGE_SIZE {
        work(items).await;
    }
    started.elapsed()
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

/// Runs the prefetch part; returns the medians without and with prefetch.
fn prefetch(rounds: usize, delay: Duration) -> (Duration, Duration) {
    println!(
        "== (b) prefetch: {PREFETCH_PAGES} pages x {PAGE_SIZE} items, server delay {} ms/page, consumer 0.5 ms/item (~{} ms/page), {rounds} rounds",
        delay.as_millis(),
        PAGE_SIZE / 2
    );
    let addr = start_server(delay);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let (off, on, consumer) = runtime.block_on(async move {
        let api = BenchClient::builder().base_url(&format!("http://{addr}")).build().unwrap();
        // Warm the connection pool so that neither variant pays the connect.
        let _ = api.items(1).collect_all().await.expect("warm-up");
        let consumer = consumer_alone().await;
        let (mut off, mut on) = (Vec::new(), Vec::new());
        for round in 0..rounds {
            for prefetch in if round % 2 == 0 { [false, true] } else { [true, false] } {
                let (elapsed, items) = consume_slow(&api, prefetch).await;
                assert_eq!(items, PREFETCH_PAGES * PAGE_SIZE);
                println!(
                    "prefetch: round {} {:<3} {:>6} ms",
                    round + 1,
                    if prefetch { "on" } else { "off" },
                    elapsed.as_millis()
                );
                if prefetch { on.push(elapsed) } else { off.push(elapsed) }
            }
        }
        (median(off), median(on), consumer)
    });
    let saving = off.saturating_sub(on);
    let server = delay * PREFETCH_PAGES as u32;
    let ideal_off = server + consumer;
    let ideal_on = delay + server.max(consumer);
    println!(
        "prefetch: consumer work alone {:>6} ms; server delays alone {:>6} ms",
        consumer.as_millis(),
        server.as_millis()
    );
    println!(
        "prefetch: without prefetch (median) {:>6} ms   (expected ~ delays + work = {} ms)",
        off.as_millis(),
        ideal_off.as_millis()
    );
    println!(
        "prefetch: with prefetch    (median) {:>6} ms   (expected ~ one delay + max(delays, work) = {} ms)",
        on.as_millis(),
        ideal_on.as_millis()
    );
    println!(
        "prefetch: saving {} ms ({:.0}% of the time without prefetch)",
        saving.as_millis(),
        100.0 * saving.as_secs_f64() / off.as_secs_f64()
    );
    (off, on)
}

// ---------------------------------------------------------------------------

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| -> Option<u64> {
        args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok())
    };
    if let Some(total) = value("--child") {
        child(total, args.iter().any(|a| a == "--collect"));
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    let rounds = usize::try_from(value("--rounds").unwrap_or(if quick { 2 } else { 3 }).max(1)).unwrap_or(1);
    let delay = Duration::from_millis(value("--delay-ms").unwrap_or(50));
    let small = if quick { 5_000 } else { 10_000 };
    let memory = memory(small);
    let (off, on) = prefetch(rounds, delay);

    let sizes = format!("{small} and {} items, {PAGE_SIZE} per page, streamed one by one", small * 10);
    println!();
    println!(
        "REPORT\tpagination memory, peak RSS at 10x the items\t{:.2}\t<= 1.2\tVmHWM of one child process per size; {sizes}",
        memory.ratio
    );
    println!(
        "REPORT\tpagination memory, peak RSS streaming {} items\t{:.1} MiB\t-\tVmHWM of a child process; {sizes}",
        small * 10,
        memory.large_peak_kib as f64 / 1024.0
    );
    println!(
        "REPORT\tpagination prefetch, time with / without\t{:.3}\t-\tmedians of {rounds} interleaved rounds; {PREFETCH_PAGES} pages, {} ms server delay and ~50 ms of work per page",
        on.as_secs_f64() / off.as_secs_f64(),
        delay.as_millis()
    );
}
