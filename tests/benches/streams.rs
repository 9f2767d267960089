//! Event streams through the whole client on loopback: events per second,
//! and peak memory flat in the number of events.
//!
//! # Running
//!
//! ```text
//! cargo bench -p tests --bench streams
//! cargo bench -p tests --bench streams -- --events 5000000
//! ```
//!
//! A minimal HTTP/1.1 server runs on `127.0.0.1` on its own OS thread and
//! runtime. `GET /events/<n>` answers `text/event-stream` with `n` small
//! events (`id:` and a one-line JSON `data:`, about 60 bytes each, like a
//! chat-completion chunk); `GET /lines/<n>` answers `n` JSON Lines. It
//! writes them from one pre-built block, so it holds no more than that.
//!
//! The client, a `#[client]`-generated one on a 2-worker tokio runtime,
//! reads each stream to the end, decoding every event into a struct, and
//! checks the count. For each size (100,000 events, then `--events`,
//! default 1,000,000) the program resets the peak resident set
//! (`/proc/self/clear_refs`) and reports events per second and `VmHWM`
//! after the run: with memory flat in the count, the two peaks are about
//! the same.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use client_runtime::{EventStream, JsonLines, Result, client};
use futures::StreamExt as _;
use serde::Deserialize;
use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};

#[client]
pub trait Feed {
    #[get("/events/<count>")]
    async fn events(&self, count: u64) -> Result<EventStream<Chunk>>;

    #[get("/lines/<count>")]
    async fn lines(&self, count: u64) -> Result<JsonLines<Chunk>>;
}

#[derive(Debug, Deserialize)]
pub struct Chunk {
    pub index: u64,
    pub token: String,
}

/// Events per block the server writes.
const BLOCK: u64 = 1000;

fn block(kind: &str) -> Vec<u8> {
    let mut block = String::new();
    for index in 0..BLOCK {
        let json = format!(r#"{{"index":{index},"token":"hello","finish_reason":null}}"#);
        match kind {
            "events" => block.push_str(&format!("id: {index}\ndata: {json}\n\n")),
            _ => block.push_str(&format!("{json}\n")),
        }
    }
    block.into_bytes()
}

async fn serve(stream: tokio::net::TcpStream) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    let mut line = String::new();
    read.read_line(&mut line).await?;
    let path = line.split_whitespace().nth(1).unwrap_or_default().to_owned();
    loop {
        let mut header = String::new();
        if read.read_line(&mut header).await? == 0 || header.trim_end().is_empty() {
            break;
        }
    }
    let (kind, count) = path.trim_start_matches('/').split_once('/').unwrap_or_default();
    let (Ok(count), "events" | "lines") = (count.parse::<u64>(), kind) else {
        return write.write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").await;
    };
    let content_type = if kind == "events" { "text/event-stream" } else { "application/x-ndjson" };
    let head = format!("HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\nconnection: close\r\n\r\n");
    write.write_all(head.as_bytes()).await?;
    let block = block(kind);
    let mut left = count;
    while left > 0 {
        let n = left.min(BLOCK);
        // The last block is cut after its `n`th event.
        let end = if n == BLOCK { block.len() } else { boundary(&block, kind, n as usize) };
        write.write_all(&block[..end]).await?;
        left -= n;
    }
    write.shutdown().await
}

/// The byte offset after the first `n` events of a block.
fn boundary(block: &[u8], kind: &str, n: usize) -> usize {
    let separator: &[u8] = if kind == "events" { b"\n\n" } else { b"\n" };
    let mut seen = 0;
    let mut at = 0;
    while seen < n {
        let pos = block[at..].windows(separator.len()).position(|w| w == separator).unwrap();
        at += pos + separator.len();
        seen += 1;
    }
    at
}

/// Starts the server on its own thread and runtime; returns its address.
fn start_server() -> std::net::SocketAddr {
    tests::serve_on_own_thread(|stream| async move {
        let _ = serve(stream).await;
    })
}

/// A line of `/proc/self/status`, such as `VmHWM`, in kB.
fn proc_status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Resets the peak resident set to the current one (Linux).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn kb(value: Option<u64>) -> String {
    value.map_or_else(|| "unknown".to_owned(), |kb| format!("{kb} kB ({:.1} MiB)", kb as f64 / 1024.0))
}

fn run(runtime: &tokio::runtime::Runtime, feed: &FeedClient, kind: &str, count: u64) -> (Duration, Option<u64>) {
    reset_peak();
    let started = Instant::now();
    let seen = runtime.block_on(async {
        let mut seen = 0_u64;
        let mut last = 0;
        if kind == "events" {
            let mut events = feed.events(count).await.unwrap();
            while let Some(event) = events.next().await {
                last = event.unwrap().into_data().index;
                seen += 1;
            }
        } else {
            let mut lines = feed.lines(count).await.unwrap();
            while let Some(line) = lines.next().await {
                let chunk = line.unwrap();
                assert_eq!(chunk.token, "hello");
                last = chunk.index;
                seen += 1;
            }
        }
        assert_eq!(last, (count - 1) % BLOCK);
        seen
    });
    let elapsed = started.elapsed();
    assert_eq!(seen, count, "{kind}: {seen} of {count}");
    (elapsed, proc_status_kb("VmHWM:"))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let large: u64 = args
        .iter()
        .position(|a| a == "--events")
        .and_then(|i| args.get(i + 1))
        .map_or(1_000_000, |v| v.parse().expect("--events takes a number"));

    let addr = start_server();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let feed = FeedClient::builder().base_url(&format!("http://{addr}")).build().unwrap();
    // Warm up the connection pool, the allocator and the code paths.
    run(&runtime, &feed, "events", 20_000);

    println!("event streams through a generated client on loopback (2 worker threads)");
    for kind in ["events", "lines"] {
        for count in [100_000, large] {
            let (elapsed, peak) = run(&runtime, &feed, kind, count);
            let rate = count as f64 / elapsed.as_secs_f64();
            let what = if kind == "events" { "EventStream<Chunk>" } else { "JsonLines<Chunk>" };
            println!(
                "{what:<19} {count:>9} events in {:>6.3} s: {:>9.0} events/s; peak RSS (VmHWM) {}",
                elapsed.as_secs_f64(),
                rate,
                kb(peak)
            );
        }
    }
}
