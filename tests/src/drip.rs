//! A raw server that answers each request with a script of writes and
//! pauses, for streamed bodies cut in awkward places: one byte at a time,
//! a CRLF split across TCP writes, a connection dropped mid-event, a
//! stream that goes silent.
//!
//! The response body is delimited by closing the connection, so the client
//! sees every write as it happens. Each request is recorded with the
//! moment it arrived, so tests can measure the delay before a reconnection.

use std::io::{ErrorKind as IoErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

/// One request as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DripRequest {
    /// The method, e.g. `GET`.
    pub method: String,
    /// The raw request target.
    pub target: String,
    /// Every header line, in order, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body bytes (by `Content-Length`).
    pub body: Vec<u8>,
    /// Which accepted TCP connection carried it, counting from 1.
    pub connection: usize,
}

impl DripRequest {
    /// The first value of a header, the name compared case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The body as (lossy) UTF-8 text.
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// The longest a script may hold a connection open without writing.
const HOLD_LIMIT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone)]
enum Step {
    Write(Vec<u8>),
    Pause(Duration),
    /// Hold the connection open, writing nothing, until the client closes.
    Hold,
}

/// What the server does for one request: writes and pauses, then it closes
/// the connection (or holds it open, after [`Script::hold`]).
#[derive(Debug, Clone, Default)]
pub struct Script {
    steps: Vec<Step>,
}

impl Script {
    /// An empty script: close at once, without a response.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts a `200 OK` response with this content type and no length.
    pub fn ok(content_type: &str) -> Self {
        Self::new().write(format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nConnection: close\r\n\r\n"))
    }

    /// Starts a `200 OK` `text/event-stream` response.
    pub fn sse() -> Self {
        Self::ok("text/event-stream")
    }

    /// A complete response with this status and body.
    pub fn status(status: u16, body: &str) -> Self {
        Self::new().write(format!(
            "HTTP/1.1 {status} Status\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ))
    }

    /// Writes these bytes in one write.
    #[must_use]
    pub fn write(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.steps.push(Step::Write(bytes.into()));
        self
    }

    /// Pauses.
    #[must_use]
    pub fn pause(mut self, pause: Duration) -> Self {
        self.steps.push(Step::Pause(pause));
        self
    }

    /// Writes these bytes one at a time, pausing between them.
    #[must_use]
    pub fn drip(mut self, bytes: impl AsRef<[u8]>, pause: Duration) -> Self {
        for byte in bytes.as_ref() {
            self.steps.push(Step::Write(vec![*byte]));
            self.steps.push(Step::Pause(pause));
        }
        self
    }

    /// Writes each piece in its own write, pausing between them.
    #[must_use]
    pub fn pieces<B: AsRef<[u8]>>(mut self, pieces: &[B], pause: Duration) -> Self {
        for piece in pieces {
            self.steps.push(Step::Write(piece.as_ref().to_vec()));
            self.steps.push(Step::Pause(pause));
        }
        self
    }

    /// Then holds the connection open without writing, until the client
    /// closes it.
    #[must_use]
    pub fn hold(mut self) -> Self {
        self.steps.push(Step::Hold);
        self
    }
}

type Handler = dyn Fn(&DripRequest, usize) -> Script + Send + Sync;

struct Shared {
    handler: Box<Handler>,
    requests: Mutex<Vec<(DripRequest, Instant)>>,
    open: AtomicUsize,
    stopped: AtomicBool,
}

/// The server. See the module docs.
pub struct DripServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
}

impl std::fmt::Debug for DripServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DripServer").field("addr", &self.addr).finish_non_exhaustive()
    }
}

impl DripServer {
    /// Answers request number `n` (from 0) with `handler(request, n)`.
    ///
    /// # Panics
    ///
    /// If it cannot listen on `127.0.0.1`.
    pub fn start(handler: impl Fn(&DripRequest, usize) -> Script + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local address");
        let shared = Arc::new(Shared {
            handler: Box::new(handler),
            requests: Mutex::new(Vec::new()),
            open: AtomicUsize::new(0),
            stopped: AtomicBool::new(false),
        });
        let accepting = Arc::clone(&shared);
        thread::spawn(move || {
            for (id, stream) in listener.incoming().enumerate() {
                if accepting.stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let shared = Arc::clone(&accepting);
                thread::spawn(move || serve(&shared, stream, id + 1));
            }
        });
        Self { addr, shared }
    }

    /// The same script for every request.
    pub fn always(script: Script) -> Self {
        Self::start(move |_, _| script.clone())
    }

    /// `http://127.0.0.1:<port>`.
    pub fn uri(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<DripRequest> {
        self.lock().iter().map(|(request, _)| request.clone()).collect()
    }

    /// When each request arrived.
    pub fn arrivals(&self) -> Vec<Instant> {
        self.lock().iter().map(|(_, at)| *at).collect()
    }

    /// How many connections are still being served.
    pub fn open_connections(&self) -> usize {
        self.shared.open.load(Ordering::SeqCst)
    }

    /// Waits (on the tokio timer) until no connection is being served, or
    /// `limit` passes; returns whether they all closed.
    pub async fn closed(&self, limit: Duration) -> bool {
        let start = Instant::now();
        while self.open_connections() > 0 {
            if start.elapsed() > limit {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        true
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(DripRequest, Instant)>> {
        self.shared.requests.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for DripServer {
    fn drop(&mut self) {
        self.shared.stopped.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

fn serve(shared: &Shared, mut stream: TcpStream, connection: usize) {
    let _ = stream.set_nodelay(true);
    let Some(mut request) = read_request(&mut stream) else { return };
    request.connection = connection;
    let number = {
        let mut requests = shared.requests.lock().unwrap_or_else(PoisonError::into_inner);
        requests.push((request.clone(), Instant::now()));
        requests.len() - 1
    };
    let script = (shared.handler)(&request, number);
    shared.open.fetch_add(1, Ordering::SeqCst);
    run(shared, &mut stream, &script);
    let _ = stream.shutdown(Shutdown::Both);
    shared.open.fetch_sub(1, Ordering::SeqCst);
}

fn run(shared: &Shared, stream: &mut TcpStream, script: &Script) {
    for step in &script.steps {
        if shared.stopped.load(Ordering::SeqCst) {
            return;
        }
        match step {
            Step::Write(bytes) => {
                if stream.write_all(bytes).and_then(|()| stream.flush()).is_err() {
                    return;
                }
            }
            Step::Pause(pause) => {
                if !pause_unless_closed(stream, *pause) {
                    return;
                }
            }
            Step::Hold => {
                pause_unless_closed(stream, HOLD_LIMIT);
                return;
            }
        }
    }
}

/// Sleeps while watching for the client closing; `false` if it did.
fn pause_unless_closed(stream: &mut TcpStream, pause: Duration) -> bool {
    let until = Instant::now() + pause;
    let _ = stream.set_read_timeout(Some(Duration::from_millis(5)));
    let mut sink = [0_u8; 256];
    while Instant::now() < until {
        match stream.read(&mut sink) {
            Ok(0) => return false,
            Ok(_) => {}
            Err(err) if matches!(err.kind(), IoErrorKind::WouldBlock | IoErrorKind::TimedOut) => {}
            Err(_) => return false,
        }
    }
    true
}

fn read_request(stream: &mut TcpStream) -> Option<DripRequest> {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut buf = Vec::new();
    let mut chunk = [0_u8; 4096];
    let head_end = loop {
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
        let n = stream.read(&mut chunk).ok().filter(|&n| n > 0)?;
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.splitn(3, ' ');
    let method = request_line.next()?.to_owned();
    let target = request_line.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0);
    let mut body = buf.split_off(head_end + 4);
    while body.len() < length {
        let n = stream.read(&mut chunk).ok().filter(|&n| n > 0)?;
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    Some(DripRequest { method, target, headers, body, connection: 0 })
}
