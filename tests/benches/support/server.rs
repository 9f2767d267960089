//! The benchmarks' server: a minimal HTTP/1.1 keep-alive server on
//! `127.0.0.1`, on a raw `tokio::net::TcpListener`, on its own OS thread
//! with its own current-thread runtime, so it never competes with the
//! clients for a runtime worker; the two only share the CPUs.
//!
//! It reads until `\r\n\r\n`, answers every request (pipelined ones
//! included) with the same 334-byte JSON document with `Content-Length` and
//! `Content-Type: application/json`, and keeps the connection open. It
//! ignores request bodies, which GETs do not have.

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream as StdStream};
use std::time::Duration;

use serde::Deserialize;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// The document the server returns: 334 bytes, shaped like a GitHub user.
pub(crate) const USER_JSON: &str = concat!(
    r#"{"login":"octocat","id":583231,"node_id":"MDQ6VXNlcjU4MzIzMQ==","#,
    r#""avatar_url":"https://avatars.githubusercontent.com/u/583231?v=4","#,
    r#""html_url":"https://github.com/octocat","type":"User","site_admin":false,"#,
    r#""name":"The Octocat","company":"@github","blog":"https://github.blog","#,
    r#""location":"San Francisco","public_repos":8,"followers":9000}"#,
);

/// The user every request asks for.
pub(crate) const NAME: &str = "octocat";

/// The `id` of [`USER_JSON`], summed by the clients as a checksum.
pub(crate) const USER_ID: u64 = 583_231;

#[derive(Debug, Deserialize, PartialEq)]
pub(crate) struct User {
    pub(crate) login: String,
    pub(crate) id: u64,
    pub(crate) node_id: String,
    pub(crate) avatar_url: String,
    pub(crate) html_url: String,
    #[serde(rename = "type")]
    pub(crate) kind: String,
    pub(crate) site_admin: bool,
    pub(crate) name: Option<String>,
    pub(crate) company: Option<String>,
    pub(crate) blog: Option<String>,
    pub(crate) location: Option<String>,
    pub(crate) public_repos: u32,
    pub(crate) followers: u32,
}

/// The decoded document, to check that every client decodes the same.
pub(crate) fn expected_user() -> User {
    serde_json::from_str(USER_JSON).expect("USER_JSON matches User")
}

/// The whole response, head and body, as the server writes it.
pub(crate) fn response_bytes() -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{USER_JSON}",
        USER_JSON.len()
    )
    .into_bytes()
}

/// The request a raw client sends: what reqwest sends, give or take.
pub(crate) fn request_bytes(addr: SocketAddr) -> Vec<u8> {
    format!("GET /users/{NAME} HTTP/1.1\r\nhost: {addr}\r\naccept: */*\r\nuser-agent: raw\r\n\r\n").into_bytes()
}

/// Starts the server on its own thread and runtime, checks that it answers
/// correctly, and returns its address.
pub(crate) fn start_server() -> SocketAddr {
    let response: &'static [u8] = response_bytes().leak();
    let addr = tests::serve_on_own_thread(move |socket| serve_connection(socket, response));
    check_server(addr);
    addr
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
    let request = request_bytes(addr);
    stream.write_all(&[request.clone(), request].concat()).expect("write");
    let one = response_bytes();
    let mut got = vec![0u8; one.len() * 2];
    stream.set_read_timeout(Some(Duration::from_secs(5))).expect("set_read_timeout");
    stream.read_exact(&mut got).expect("two pipelined responses");
    assert_eq!(got, [one.clone(), one].concat(), "the bench server answered wrongly");
}
