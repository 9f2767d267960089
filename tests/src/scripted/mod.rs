//! The scripted raw HTTP/1.1 server: it records exactly what it received
//! and answers each request as a script says, misbehaving on cue.

mod reply;
mod request;
mod respond;
#[cfg(test)]
mod tests;

use std::collections::VecDeque;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

pub use reply::Reply;
pub use request::{CAPTURE_LIMIT, RecordedRequest};

use request::{Reader, Sink};

type Handler = dyn Fn(&RecordedRequest) -> Reply + Send + Sync;

pub(crate) struct State {
    handler: Box<Handler>,
    connections: AtomicUsize,
    requests: Mutex<Vec<RecordedRequest>>,
    shutdown: AtomicBool,
    pub(crate) streamed: AtomicU64,
    pub(crate) open_streams: AtomicUsize,
}

impl State {
    fn requests(&self) -> MutexGuard<'_, Vec<RecordedRequest>> {
        self.requests.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn stopped(&self) -> bool {
        self.shutdown.load(Ordering::SeqCst)
    }
}

/// A raw HTTP/1.1 server on `127.0.0.1` for tests, on std threads (one per
/// connection), so it runs the same under async and blocking tests.
///
/// It records every request exactly as received ([`RecordedRequest`]: raw
/// target, headers in order, body bytes and checksum, connection, arrival
/// time), counts accepted TCP connections, and answers each request with
/// the [`Reply`] its handler or script chooses, misbehaviours included.
/// Connections are kept alive between complete, honestly framed responses,
/// so a client that pools connections is seen reusing them
/// ([`TestServer::connections`]).
///
/// ```
/// use tests::{Reply, TestServer};
///
/// // The first request is cut short, the second answered.
/// let server = TestServer::script([Reply::json(r#"{"id":1}"#).truncate(3)], Reply::json(r#"{"id":1}"#));
/// assert!(server.uri().starts_with("http://127.0.0.1:"));
/// assert_eq!(server.request_count(), 0);
/// ```
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
    /// Starts a server answering every request with `handler`; the request
    /// tells which it is ([`RecordedRequest::number`]).
    ///
    /// # Panics
    ///
    /// If it cannot listen on `127.0.0.1`.
    pub fn start(handler: impl Fn(&RecordedRequest) -> Reply + Send + Sync + 'static) -> Self {
        Self::start_on(TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1"), handler)
    }

    /// [`TestServer::start`] on a listener the caller bound: on an address
    /// that refused connections until now, say.
    ///
    /// # Panics
    ///
    /// If the listener has no local address or cannot be made blocking.
    pub fn start_on(
        listener: TcpListener,
        handler: impl Fn(&RecordedRequest) -> Reply + Send + Sync + 'static,
    ) -> Self {
        listener.set_nonblocking(false).expect("a blocking listener");
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

    /// Starts a server whose n-th request gets the n-th reply of `script`;
    /// every request after the script gets `then`.
    pub fn script(script: impl IntoIterator<Item = Reply>, then: Reply) -> Self {
        let script = Mutex::new(script.into_iter().collect::<VecDeque<_>>());
        Self::start(move |_| script.lock().unwrap_or_else(PoisonError::into_inner).pop_front().unwrap_or(then.clone()))
    }

    /// A server answering every request with `reply`.
    pub fn always(reply: Reply) -> Self {
        Self::start(move |_| reply.clone())
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

    /// The raw targets (`/path?query`) received so far, in order.
    pub fn targets(&self) -> Vec<String> {
        self.state.requests().iter().map(|request| request.target.clone()).collect()
    }

    /// When each request arrived (its head was read), in order.
    pub fn arrivals(&self) -> Vec<Instant> {
        let mut arrivals: Vec<Instant> = self.state.requests().iter().map(|request| request.at).collect();
        arrivals.sort();
        arrivals
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

    /// How many requests were received, once at least `expected` have or
    /// `limit` passed. A request the client gave up on (a timeout) may
    /// still be on its way when the call returns; this waits for it.
    ///
    /// This blocks the thread: inside an async test, where the client's
    /// connection tasks need the runtime to run, use
    /// [`TestServer::requests_arrived`].
    pub fn wait_for_requests(&self, expected: usize, limit: Duration) -> usize {
        let start = Instant::now();
        while self.request_count() < expected && start.elapsed() <= limit {
            thread::sleep(Duration::from_millis(5));
        }
        self.request_count()
    }

    /// [`TestServer::wait_for_requests`] for async code: inside a tokio
    /// runtime it sleeps on the runtime's timer, so the runtime keeps
    /// driving the client meanwhile; elsewhere (a blocking-flavour
    /// scenario) it sleeps the thread.
    pub async fn requests_arrived(&self, expected: usize, limit: Duration) -> usize {
        let start = Instant::now();
        while self.request_count() < expected && start.elapsed() <= limit {
            nap().await;
        }
        self.request_count()
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

    /// [`TestServer::wait_streams_closed`] for async code: sleeps on the
    /// tokio timer inside a runtime, so the runtime keeps driving the client
    /// meanwhile, and sleeps the thread elsewhere.
    pub async fn streams_closed(&self, limit: Duration) -> bool {
        let start = Instant::now();
        while self.open_streams() > 0 {
            if start.elapsed() > limit {
                return false;
            }
            nap().await;
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

/// A 5 ms pause: on the tokio timer inside a runtime, of the thread
/// outside one.
async fn nap() {
    let pause = Duration::from_millis(5);
    if tokio::runtime::Handle::try_current().is_ok() {
        tokio::time::sleep(pause).await;
    } else {
        thread::sleep(pause);
    }
}

fn serve_connection(state: &State, mut stream: TcpStream, id: usize) {
    let _ = stream.set_nodelay(true);
    let stopped = || state.stopped();
    let mut leftover = Vec::new();
    loop {
        let mut reader = Reader { stream: &mut stream, buf: std::mem::take(&mut leftover), stopped: &stopped };
        let Some(head) = reader.head() else { return };
        let mut sink = Sink::default();
        let complete = reader.body(&head, &mut sink);
        leftover = std::mem::take(&mut reader.buf);
        let request = {
            let mut requests = state.requests();
            let request = RecordedRequest {
                method: head.method,
                target: head.target,
                headers: head.headers,
                body_sum: sink.digest.sum(),
                body: sink.body,
                complete,
                connection: id,
                number: requests.len() + 1,
                at: head.at,
            };
            requests.push(request.clone());
            request
        };
        if !complete {
            return;
        }
        let reply = (state.handler)(&request);
        if !respond::respond(state, &mut stream, &reply, &request.method) {
            return;
        }
    }
}
