//! Shared helpers for the end-to-end tests of `client-runtime` and
//! `client-macros`.
//!
//! - [`TestServer`]: a tiny HTTP/1.1 server on `127.0.0.1`, written on raw
//!   TCP with std threads, that records exactly what it received (the raw
//!   request target with its percent-encoding, every header, the body
//!   bytes), counts accepted TCP connections, and can misbehave on purpose
//!   ([`Reply::hang`], [`Reply::endless`], [`Reply::raw`], ...).
//! - [`BlockingMockServer`]: a `wiremock` server usable from plain `#[test]`
//!   functions, driven by a runtime of its own.
//! - [`drip::DripServer`]: answers each request with a script of writes
//!   and pauses (one byte at a time, a CRLF cut between writes, a drop in
//!   the middle of an event), for streamed bodies.
//! - [`closed_port_url`] and [`FullBacklog`]: addresses that refuse
//!   connections, or never complete them.
//!
//! Everything here listens on, and connects to, loopback only.

pub mod drip;

use std::io::{ErrorKind as IoErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

/// How long a [`Reply::hang`] connection is held at most, so that a test
/// that forgets its timeout does not leak a thread forever.
const HANG_LIMIT: Duration = Duration::from_secs(30);

/// Chunk size of an endless body.
const STREAM_CHUNK: usize = 16 * 1024;

/// One request as the [`TestServer`] received it, byte for byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The method, e.g. `GET`.
    pub method: String,
    /// The raw request target, e.g. `/users/a%2Fb?x=1`: exactly the bytes
    /// that were on the wire, nothing decoded or normalized.
    pub target: String,
    /// Every header line, in order, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body bytes (read by `Content-Length`, or de-chunked).
    pub body: Vec<u8>,
    /// Which accepted TCP connection carried it, counting from 1.
    pub connection: usize,
}

impl RecordedRequest {
    /// The raw path: the target up to `?`.
    pub fn path(&self) -> &str {
        self.target.split_once('?').map_or(self.target.as_str(), |(path, _)| path)
    }

    /// The raw query string after `?`, if there was a `?`.
    pub fn query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, query)| query)
    }

    /// The first value of a header, the name compared case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers_named(name).into_iter().next()
    }

    /// Every value of a header, the name compared case-insensitively.
    pub fn headers_named(&self, name: &str) -> Vec<&str> {
        self.headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str()).collect()
    }

    /// The body as (lossy) UTF-8 text.
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

#[derive(Debug, Clone)]
enum ReplyKind {
    /// A complete response with `Content-Length`; the connection is kept
    /// alive for further requests.
    Full { status: u16, headers: Vec<(String, String)>, body: Vec<u8>, content_length: bool },
    /// Never answer; hold the connection open.
    Hang,
    /// A status line and headers, then body bytes forever.
    Endless { status: u16, chunked: bool },
    /// Write these bytes, then close (or hang).
    Raw { bytes: Vec<u8>, hang: bool },
}

/// What a [`TestServer`] answers to one request.
#[derive(Debug, Clone)]
pub struct Reply {
    kind: ReplyKind,
    delay: Duration,
}

impl Reply {
    /// A response with this status, no body, and `Content-Length: 0`.
    pub fn status(status: u16) -> Self {
        Self {
            kind: ReplyKind::Full { status, headers: Vec::new(), body: Vec::new(), content_length: true },
            delay: Duration::ZERO,
        }
    }

    /// `200 OK` with a JSON body.
    pub fn json(body: &str) -> Self {
        Self::status(200).header("Content-Type", "application/json").body(body)
    }

    /// A redirect with this status and `Location`.
    pub fn redirect(status: u16, location: &str) -> Self {
        Self::status(status).header("Location", location)
    }

    /// Adds a response header.
    ///
    /// # Panics
    ///
    /// On a reply that is not a complete response.
    #[must_use]
    pub fn header(mut self, name: &str, value: &str) -> Self {
        match &mut self.kind {
            ReplyKind::Full { headers, .. } => headers.push((name.to_owned(), value.to_owned())),
            _ => panic!("only a complete response takes headers"),
        }
        self
    }

    /// Sets the body.
    ///
    /// # Panics
    ///
    /// On a reply that is not a complete response.
    #[must_use]
    pub fn body(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        match &mut self.kind {
            ReplyKind::Full { body, .. } => *body = bytes.into(),
            _ => panic!("only a complete response takes a body"),
        }
        self
    }

    /// Sends the body without `Content-Length`, delimited by closing the
    /// connection (HTTP/1.0 style).
    ///
    /// # Panics
    ///
    /// On a reply that is not a complete response.
    #[must_use]
    pub fn without_content_length(mut self) -> Self {
        match &mut self.kind {
            ReplyKind::Full { content_length, .. } => *content_length = false,
            _ => panic!("only a complete response has a Content-Length"),
        }
        self
    }

    /// Waits this long before answering.
    #[must_use]
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Reads the request and never answers, holding the connection open
    /// until the client closes it (or 30 s pass).
    pub fn hang() -> Self {
        Self { kind: ReplyKind::Hang, delay: Duration::ZERO }
    }

    /// A status line and headers, then a body that never ends: chunked
    /// (`chunked = true`) or delimited by the connection (no length at
    /// all). Stops when the client goes away.
    pub fn endless(status: u16, chunked: bool) -> Self {
        Self { kind: ReplyKind::Endless { status, chunked }, delay: Duration::ZERO }
    }

    /// Writes these bytes as they are, then closes the connection.
    pub fn raw(bytes: impl Into<Vec<u8>>) -> Self {
        Self { kind: ReplyKind::Raw { bytes: bytes.into(), hang: false }, delay: Duration::ZERO }
    }

    /// Writes these bytes as they are, then holds the connection open
    /// without writing more (for a stalled body or stalled headers).
    pub fn raw_then_hang(bytes: impl Into<Vec<u8>>) -> Self {
        Self { kind: ReplyKind::Raw { bytes: bytes.into(), hang: true }, delay: Duration::ZERO }
    }
}

type Handler = dyn Fn(&RecordedRequest) -> Reply + Send + Sync;

struct State {
    handler: Box<Handler>,
    connections: AtomicUsize,
    requests: Mutex<Vec<RecordedRequest>>,
    shutdown: AtomicBool,
    streamed: AtomicU64,
    open_streams: AtomicUsize,
}

impl State {
    fn requests(&self) -> MutexGuard<'_, Vec<RecordedRequest>> {
        self.requests.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn stopped(&self) -> bool {
        self.shutdown.load(Ordering::SeqCst)
    }
}

/// A raw HTTP/1.1 server on `127.0.0.1` for tests. See the crate docs.
///
/// Connections are kept alive between complete responses, so a client
/// that pools connections is seen reusing them ([`TestServer::connections`]).
pub struct TestServer {
    addr: SocketAddr,
    state: Arc<State>,
}

impl std::fmt::Debug for TestServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestServer").field("addr", &self.addr).finish_non_exhaustive()
    }
}

/// How long to pause between calls whose connection count a test asserts.
///
/// hyper hands a finished connection back to its pool from a task on the
/// runtime; a call made before that task has run opens a new connection.
/// Pausing this long between calls makes the counts deterministic.
pub const POOL_SETTLE: Duration = Duration::from_millis(20);

impl TestServer {
    /// Starts a server answering every request with `handler`.
    ///
    /// # Panics
    ///
    /// If it cannot listen on `127.0.0.1`.
    pub fn start(handler: impl Fn(&RecordedRequest) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local address");
        let state = Arc::new(State {
            handler: Box::new(handler),
            connections: AtomicUsize::new(0),
            requests: Mutex::new(Vec::new()),
            shutdown: AtomicBool::new(false),
            streamed: AtomicU64::new(0),
            open_streams: AtomicUsize::new(0),
        });
        let accept_state = Arc::clone(&state);
        thread::spawn(move || {
            for stream in listener.incoming() {
                if accept_state.stopped() {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let id = accept_state.connections.fetch_add(1, Ordering::SeqCst) + 1;
                let conn_state = Arc::clone(&accept_state);
                thread::spawn(move || serve_connection(&conn_state, stream, id));
            }
        });
        Self { addr, state }
    }

    /// A server answering every request with `200 OK` and an empty body.
    pub fn ok() -> Self {
        Self::start(|_| Reply::status(200))
    }

    /// The socket address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn uri(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `http://127.0.0.1:<port><path>`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// How many TCP connections were accepted so far.
    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::SeqCst)
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state.requests().clone()
    }

    /// How many requests were received so far.
    pub fn request_count(&self) -> usize {
        self.state.requests().len()
    }

    /// The only request received.
    ///
    /// # Panics
    ///
    /// Unless exactly one request was received.
    pub fn single_request(&self) -> RecordedRequest {
        let requests = self.requests();
        assert_eq!(requests.len(), 1, "expected exactly one request, got {requests:#?}");
        requests.into_iter().next().expect("one request")
    }

    /// Body bytes written by [`Reply::endless`] responses so far.
    pub fn bytes_streamed(&self) -> u64 {
        self.state.streamed.load(Ordering::SeqCst)
    }

    /// How many [`Reply::endless`] responses are still being written.
    pub fn open_streams(&self) -> usize {
        self.state.open_streams.load(Ordering::SeqCst)
    }

    /// Waits until no endless response is being written any more (the
    /// client closed the connection), or `limit` passes. Returns whether
    /// they all stopped.
    ///
    /// This blocks the thread: inside an async test, where the client's
    /// connection tasks need the runtime to run, use
    /// [`TestServer::streams_closed`].
    pub fn wait_streams_closed(&self, limit: Duration) -> bool {
        let start = Instant::now();
        while self.open_streams() > 0 {
            if start.elapsed() > limit {
                return false;
            }
            thread::sleep(Duration::from_millis(5));
        }
        true
    }

    /// [`TestServer::wait_streams_closed`] for async tests: sleeps on the
    /// tokio timer, so the runtime keeps driving the client meanwhile.
    pub async fn streams_closed(&self, limit: Duration) -> bool {
        let start = Instant::now();
        while self.open_streams() > 0 {
            if start.elapsed() > limit {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        true
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.state.shutdown.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

fn serve_connection(state: &State, mut stream: TcpStream, id: usize) {
    let _ = stream.set_nodelay(true);
    let mut buf = Vec::new();
    loop {
        let Some(request) = read_request(state, &mut stream, &mut buf, id) else { return };
        state.requests().push(request.clone());
        let reply = (state.handler)(&request);
        if !reply.delay.is_zero() {
            thread::sleep(reply.delay);
        }
        let keep_alive = match reply.kind {
            ReplyKind::Full { status, headers, body, content_length } => {
                let mut out = status_line(status);
                for (name, value) in &headers {
                    out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
                }
                if content_length {
                    out.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
                } else {
                    out.extend_from_slice(b"Connection: close\r\n");
                }
                out.extend_from_slice(b"\r\n");
                // A HEAD response announces a length but carries no body.
                if request.method != "HEAD" {
                    out.extend_from_slice(&body);
                }
                if stream.write_all(&out).is_err() {
                    return;
                }
                content_length
            }
            ReplyKind::Hang => {
                hold_open(state, &mut stream);
                return;
            }
            ReplyKind::Endless { status, chunked } => {
                stream_forever(state, &mut stream, status, chunked);
                return;
            }
            ReplyKind::Raw { bytes, hang } => {
                if stream.write_all(&bytes).is_err() {
                    return;
                }
                if hang {
                    hold_open(state, &mut stream);
                }
                false
            }
        };
        if !keep_alive {
            let _ = stream.flush();
            let _ = stream.shutdown(Shutdown::Write);
            // Drain until the client closes, so the close is orderly.
            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
            let mut sink = [0_u8; 1024];
            while matches!(stream.read(&mut sink), Ok(n) if n > 0) {}
            return;
        }
    }
}

fn status_line(status: u16) -> Vec<u8> {
    let reason = match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    };
    format!("HTTP/1.1 {status} {reason}\r\n").into_bytes()
}

/// Holds the connection without writing until the client closes it, the
/// server is dropped, or [`HANG_LIMIT`] passes.
fn hold_open(state: &State, stream: &mut TcpStream) {
    let start = Instant::now();
    let _ = stream.set_read_timeout(Some(Duration::from_millis(20)));
    let mut sink = [0_u8; 1024];
    while !state.stopped() && start.elapsed() < HANG_LIMIT {
        match stream.read(&mut sink) {
            Ok(0) => return,
            Ok(_) => {}
            Err(err) if matches!(err.kind(), IoErrorKind::WouldBlock | IoErrorKind::TimedOut) => {}
            Err(_) => return,
        }
    }
}

fn stream_forever(state: &State, stream: &mut TcpStream, status: u16, chunked: bool) {
    state.open_streams.fetch_add(1, Ordering::SeqCst);
    let mut head = status_line(status);
    head.extend_from_slice(b"Content-Type: application/octet-stream\r\n");
    if chunked {
        head.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
    } else {
        head.extend_from_slice(b"Connection: close\r\n");
    }
    head.extend_from_slice(b"\r\n");
    let data = vec![b'x'; STREAM_CHUNK];
    let mut chunk = Vec::with_capacity(STREAM_CHUNK + 16);
    if chunked {
        chunk.extend_from_slice(format!("{STREAM_CHUNK:x}\r\n").as_bytes());
        chunk.extend_from_slice(&data);
        chunk.extend_from_slice(b"\r\n");
    } else {
        chunk.extend_from_slice(&data);
    }
    let start = Instant::now();
    let _ = stream.set_write_timeout(Some(Duration::from_millis(100)));
    if stream.write_all(&head).is_ok() {
        while !state.stopped() && start.elapsed() < HANG_LIMIT {
            match stream.write(&chunk) {
                Ok(0) => break,
                Ok(_) => {
                    state.streamed.fetch_add(STREAM_CHUNK as u64, Ordering::SeqCst);
                }
                Err(err) if matches!(err.kind(), IoErrorKind::WouldBlock | IoErrorKind::TimedOut) => {}
                Err(_) => break,
            }
        }
    }
    state.open_streams.fetch_sub(1, Ordering::SeqCst);
}

/// Reads one request off the connection, or `None` when it is closed.
fn read_request(state: &State, stream: &mut TcpStream, buf: &mut Vec<u8>, id: usize) -> Option<RecordedRequest> {
    let head_end = loop {
        if let Some(pos) = find(buf, b"\r\n\r\n") {
            break pos;
        }
        if !fill(state, stream, buf) {
            return None;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    buf.drain(..head_end + 4);
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.splitn(3, ' ');
    let method = request_line.next()?.to_owned();
    let target = request_line.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let header = |name: &str| headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone());
    let body = if header("transfer-encoding").is_some_and(|te| te.eq_ignore_ascii_case("chunked")) {
        read_chunked(state, stream, buf)?
    } else {
        let length: usize = header("content-length").and_then(|l| l.parse().ok()).unwrap_or(0);
        while buf.len() < length {
            if !fill(state, stream, buf) {
                return None;
            }
        }
        buf.drain(..length).collect()
    };
    Some(RecordedRequest { method, target, headers, body, connection: id })
}

fn read_chunked(state: &State, stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = loop {
            if let Some(pos) = find(buf, b"\r\n") {
                break pos;
            }
            if !fill(state, stream, buf) {
                return None;
            }
        };
        let size_text = String::from_utf8_lossy(&buf[..line_end]).into_owned();
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        buf.drain(..line_end + 2);
        while buf.len() < size + 2 {
            if !fill(state, stream, buf) {
                return None;
            }
        }
        body.extend(buf.drain(..size));
        buf.drain(..2);
        if size == 0 {
            return Some(body);
        }
    }
}

/// Reads more bytes; `false` when the connection is closed or the server
/// stopped.
fn fill(state: &State, stream: &mut TcpStream, buf: &mut Vec<u8>) -> bool {
    let _ = stream.set_read_timeout(Some(Duration::from_millis(100)));
    let mut chunk = [0_u8; 8192];
    loop {
        if state.stopped() {
            return false;
        }
        match stream.read(&mut chunk) {
            Ok(0) => return false,
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                return true;
            }
            Err(err) if matches!(err.kind(), IoErrorKind::WouldBlock | IoErrorKind::TimedOut) => {}
            Err(_) => return false,
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// `http://127.0.0.1:<port>` for a port nothing listens on: connecting
/// is refused at once.
///
/// # Panics
///
/// If it cannot bind a port to find a free one.
pub fn closed_port_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local address");
    drop(listener);
    format!("http://{addr}")
}

/// A listener on `127.0.0.1` whose accept queue is full, so that a new
/// connection attempt is never completed: its SYN is dropped and connect
/// hangs until the client's connect timeout.
///
/// Linux-specific in its details (the queue of a `listen(0)` socket holds
/// one connection); [`FullBacklog::is_full`] says whether it worked.
pub struct FullBacklog {
    addr: SocketAddr,
    full: bool,
    _fillers: Vec<TcpStream>,
    listener: Option<tokio::net::TcpListener>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl std::fmt::Debug for FullBacklog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FullBacklog").field("addr", &self.addr).field("full", &self.full).finish_non_exhaustive()
    }
}

impl FullBacklog {
    /// Listens with a backlog of 0 and fills the queue.
    ///
    /// # Panics
    ///
    /// If it cannot listen on `127.0.0.1`.
    pub fn new() -> Self {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let listener = {
            let _guard = runtime.enter();
            let socket = tokio::net::TcpSocket::new_v4().expect("socket");
            socket.bind("127.0.0.1:0".parse().expect("address")).expect("bind");
            socket.listen(0).expect("listen")
        };
        let addr = listener.local_addr().expect("local address");
        let mut fillers = Vec::new();
        let mut full = false;
        for _ in 0..64 {
            match TcpStream::connect_timeout(&addr, Duration::from_millis(150)) {
                Ok(stream) => fillers.push(stream),
                Err(_) => {
                    full = true;
                    break;
                }
            }
        }
        Self { addr, full, _fillers: fillers, listener: Some(listener), runtime: Some(runtime) }
    }

    /// Whether a connection attempt was seen to hang.
    pub fn is_full(&self) -> bool {
        self.full
    }

    /// `http://127.0.0.1:<port>`.
    pub fn uri(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for FullBacklog {
    fn drop(&mut self) {
        // Drop the listener while its runtime is alive, then the runtime in
        // a way that is allowed inside another runtime (an async test).
        if let Some(runtime) = self.runtime.take() {
            {
                let _guard = runtime.enter();
                drop(self.listener.take());
            }
            runtime.shutdown_background();
        }
    }
}

impl Default for FullBacklog {
    fn default() -> Self {
        Self::new()
    }
}

/// A `wiremock` server for plain (non-async) tests: it owns a runtime on
/// which mocks are mounted and requests are read back.
pub struct BlockingMockServer {
    server: wiremock::MockServer,
    runtime: Option<tokio::runtime::Runtime>,
}

impl std::fmt::Debug for BlockingMockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlockingMockServer").field("uri", &self.server.uri()).finish_non_exhaustive()
    }
}

impl BlockingMockServer {
    /// Starts a server.
    ///
    /// # Panics
    ///
    /// If the runtime cannot start.
    pub fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let server = runtime.block_on(wiremock::MockServer::start());
        Self { server, runtime: Some(runtime) }
    }

    fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        match &self.runtime {
            Some(runtime) => runtime.block_on(future),
            None => unreachable!("the runtime is only taken in Drop"),
        }
    }

    /// Mounts a mock.
    pub fn mount(&self, mock: wiremock::Mock) {
        self.block_on(mock.mount(&self.server));
    }

    /// `http://127.0.0.1:<port>`.
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// Every request received so far.
    ///
    /// # Panics
    ///
    /// If request recording is off (it is on by default).
    pub fn received_requests(&self) -> Vec<wiremock::Request> {
        self.block_on(self.server.received_requests()).expect("request recording is on")
    }
}

impl Drop for BlockingMockServer {
    fn drop(&mut self) {
        // Allowed even when dropped inside an async test.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// Types and documents shared by the async and blocking end-to-end suites.
pub mod fixtures {
    use serde::Deserialize;

    /// A GitHub user, as far as the suites read it.
    #[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
    pub struct User {
        /// The login name.
        pub login: String,
        /// The numeric id.
        pub id: u64,
    }

    /// A repository's owner.
    #[derive(Debug, Deserialize, PartialEq, Eq)]
    pub struct Owner {
        /// The login name.
        pub login: String,
    }

    /// A repository.
    #[derive(Debug, Deserialize, PartialEq, Eq)]
    pub struct Repo {
        /// The repository name.
        pub name: String,
        /// Who owns it.
        pub owner: Owner,
    }

    /// The user document every user endpoint of the suites serves.
    pub const USER_JSON: &str = r#"{"login":"octocat","id":1}"#;

    /// What [`USER_JSON`] decodes to.
    pub fn octocat() -> User {
        User { login: "octocat".to_owned(), id: 1 }
    }
}

/// Runs `serve` for every connection accepted on a fresh `127.0.0.1` port,
/// on an OS thread with its own current-thread runtime, and returns the
/// address. A benchmark's server then never competes with the client for a
/// runtime worker; the two only share the CPUs.
///
/// # Panics
///
/// If it cannot listen on `127.0.0.1` or start the thread.
pub fn serve_on_own_thread<F, Fut>(serve: F) -> SocketAddr
where
    F: Fn(tokio::net::TcpStream) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    listener.set_nonblocking(true).expect("set_nonblocking");
    let addr = listener.local_addr().expect("local_addr");
    thread::Builder::new()
        .name("bench-server".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("server runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
                loop {
                    match listener.accept().await {
                        Ok((socket, _)) => {
                            tokio::spawn(serve(socket));
                        }
                        Err(err) => eprintln!("bench server: accept failed: {err}"),
                    }
                }
            });
        })
        .expect("spawn the server thread");
    addr
}

/// The length of [`pattern_at`]'s repeating period: a prime, so that chunk
/// boundaries never line up with it.
pub const PATTERN_PERIOD: usize = 65_521;

/// One period of pseudo-random bytes (xorshift), built once.
fn pattern() -> &'static [u8] {
    static PATTERN: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    PATTERN.get_or_init(|| {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        (0..PATTERN_PERIOD)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect()
    })
}

/// Generated test data from `offset` on: at most `max` bytes and never past
/// the end of a period, so it is a slice of one static buffer. Servers
/// stream large bodies from it without holding them in memory.
pub fn pattern_at(offset: u64, max: u64) -> &'static [u8] {
    let start = (offset % PATTERN_PERIOD as u64) as usize;
    let len = usize::try_from(max).unwrap_or(usize::MAX).min(PATTERN_PERIOD - start);
    &pattern()[start..start + len]
}
