//! Addresses that misbehave below HTTP: a port that refuses connections, a
//! listener whose accept queue is full, and a bare accept loop on a thread
//! of its own for benchmarks.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use tokio::net::TcpSocket;

/// A port on `127.0.0.1` that is bound but not listening: connecting is
/// refused at once, and no other socket can be given the port, until
/// [`ClosedPort::listen`] opens it.
///
/// A port merely found free could be given to a server another test binds
/// to port 0 meanwhile, which would then answer this one's requests.
#[derive(Debug)]
pub struct ClosedPort {
    socket: TcpSocket,
}

impl ClosedPort {
    /// Binds a port without listening on it.
    ///
    /// # Panics
    ///
    /// If it cannot bind a port.
    pub fn new() -> Self {
        let socket = TcpSocket::new_v4().expect("a TCP socket");
        socket.bind(SocketAddr::from(([127, 0, 0, 1], 0))).expect("bind 127.0.0.1");
        Self { socket }
    }

    /// The port's address.
    ///
    /// # Panics
    ///
    /// If the system cannot say which address the socket is bound to.
    pub fn addr(&self) -> SocketAddr {
        self.socket.local_addr().expect("local address")
    }

    /// Starts listening on the port: a blocking listener, as
    /// [`TcpListener::bind`] gives. Must be called within a tokio runtime.
    ///
    /// # Panics
    ///
    /// If it cannot listen, or outside a tokio runtime.
    pub fn listen(self) -> TcpListener {
        let listener = self.socket.listen(1024).expect("listen").into_std().expect("a std listener");
        // tokio leaves it non-blocking, which a std `accept` loop would not expect.
        listener.set_nonblocking(false).expect("a blocking listener");
        listener
    }
}

impl Default for ClosedPort {
    fn default() -> Self {
        Self::new()
    }
}

/// `http://127.0.0.1:<port>` for a port nothing listens on: connecting
/// is refused at once. The port is a [`ClosedPort`] held until the
/// process exits.
///
/// # Panics
///
/// If it cannot bind a port.
pub fn closed_port_url() -> String {
    static HELD: Mutex<Vec<ClosedPort>> = Mutex::new(Vec::new());
    let port = ClosedPort::new();
    let url = format!("http://{}", port.addr());
    HELD.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(port);
    url
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

/// Runs `serve` for every connection accepted on a fresh `127.0.0.1` port,
/// on an OS thread with its own current-thread runtime, and returns the
/// address. A benchmark's server then never competes with the client for a
/// runtime worker; the two only share the CPUs.
///
/// This is for the throughput benchmarks only: their servers answer
/// thousands of requests a second with as little work as possible, where
/// [`TestServer`](crate::TestServer) records every request and spends a
/// thread per connection. Tests use `TestServer`.
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
