//! Peak memory of a large streaming download: `Result<ByteStream>` written
//! to a file with `write_to_file` should use a few MiB whatever the size.
//!
//! # Running
//!
//! ```text
//! cargo bench -p tests --bench download --no-run
//! /usr/bin/time -v target/release/deps/download-<hash>
//! /usr/bin/time -v target/release/deps/download-<hash> --size-mb 1000
//! ```
//!
//! (`cargo bench -p tests --bench download` runs it too.) The program
//! starts a minimal HTTP/1.1 server on `127.0.0.1` on its own OS thread and
//! runtime; the server answers `GET /download/<n>` with `n` bytes and a
//! `Content-Length`, generating them while it writes: slices of one static
//! pseudo-random block of 65,521 bytes (a prime, so chunk boundaries never
//! line up with it), so the server holds no more than that. The client, a
//! `#[client]`-generated one on a 2-worker tokio runtime, downloads
//! `--size-mb` MiB (default 200) with `write_to_file` into a temporary
//! file, then the program checks the file's size and checksum against the
//! generator and prints:
//!
//! - `VmHWM` from `/proc/self/status` (peak resident set) before and after
//!   the download;
//! - the file size, the elapsed time and the throughput.
//!
//! `/usr/bin/time -v` reports the same peak as "Maximum resident set size",
//! measured from outside the process.

#![allow(clippy::unwrap_used)]

use std::io::Read as _;
use std::time::Instant;

use client_runtime::{ByteStream, Result, client};
use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};

#[client]
pub trait Downloads {
    #[get("/download/<len>")]
    async fn download(&self, len: u64) -> Result<ByteStream>;
}

/// An order-sensitive checksum, the same however the bytes are split.
#[derive(Default)]
struct Digest {
    state: u64,
    len: u64,
}

impl Digest {
    fn update(&mut self, data: &[u8]) {
        for &byte in data {
            self.state = (self.state ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.len += data.len() as u64;
    }
}

fn expected_digest(len: u64) -> Digest {
    let mut digest = Digest::default();
    let mut done = 0;
    while done < len {
        let chunk = tests::pattern_at(done, len - done);
        digest.update(chunk);
        done += chunk.len() as u64;
    }
    digest
}

fn file_digest(path: &std::path::Path) -> Digest {
    let mut file = std::fs::File::open(path).unwrap();
    let mut buf = vec![0; 1 << 20];
    let mut digest = Digest::default();
    loop {
        let n = file.read(&mut buf).unwrap();
        if n == 0 {
            return digest;
        }
        digest.update(&buf[..n]);
    }
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
    let Some(len) = path.strip_prefix("/download/").and_then(|n| n.parse::<u64>().ok()) else {
        return write.write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").await;
    };
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {len}\r\nconnection: close\r\n\r\n"
    );
    write.write_all(head.as_bytes()).await?;
    let mut done = 0;
    while done < len {
        let chunk = tests::pattern_at(done, len - done);
        write.write_all(chunk).await?;
        done += chunk.len() as u64;
    }
    write.shutdown().await
}

/// Starts the server on its own thread and runtime; returns its address.
fn start_server() -> std::net::SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream));
            }
        });
    });
    addr
}

/// A line of `/proc/self/status`, such as `VmHWM`, in kB.
fn proc_status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let size_mb: u64 = args
        .iter()
        .position(|a| a == "--size-mb")
        .and_then(|i| args.get(i + 1))
        .map_or(200, |v| v.parse().expect("--size-mb takes a number"));
    let len = size_mb * 1024 * 1024;

    let addr = start_server();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("download.bin");
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let api = DownloadsClient::builder().base_url(&format!("http://{addr}")).build().unwrap();

    let before = proc_status_kb("VmHWM:");
    let started = Instant::now();
    let written = runtime.block_on(async { api.download(len).await?.write_to_file(&path).await }).unwrap();
    let elapsed = started.elapsed();
    let after = proc_status_kb("VmHWM:");

    let size = std::fs::metadata(&path).unwrap().len();
    assert_eq!(written, len, "write_to_file reported {written} bytes");
    assert_eq!(size, len, "the file has {size} bytes");
    let (got, want) = (file_digest(&path), expected_digest(len));
    assert!(got.len == want.len && got.state == want.state, "the file's checksum does not match the generator");

    let kb = |v: Option<u64>| {
        v.map_or_else(|| "unknown".to_owned(), |kb| format!("{kb} kB ({:.1} MiB)", kb as f64 / 1024.0))
    };
    println!("downloaded {size_mb} MiB with write_to_file");
    println!("file size:            {size} bytes (checksum ok)");
    println!(
        "elapsed:              {:.2} s ({:.0} MiB/s)",
        elapsed.as_secs_f64(),
        size_mb as f64 / elapsed.as_secs_f64()
    );
    println!("VmHWM before:         {}", kb(before));
    println!("VmHWM after (peak):   {}", kb(after));
}
