//! A small raw HTTP server for streamed answers: wiremock sends a body in
//! one piece, while a token stream or a watch must arrive piece by piece,
//! with pauses, for the client to show it as it comes.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// One request as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamedRequest {
    /// `GET`, `POST`...
    pub method: String,
    /// The raw request target, such as `/api/v1/namespaces/default/pods?watch=true`.
    pub target: String,
    /// Every header, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl StreamedRequest {
    /// The first value of a header.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The path, without the query.
    pub fn path(&self) -> &str {
        self.target.split_once('?').map_or(self.target.as_str(), |(path, _)| path)
    }

    /// The value of a query parameter (not decoded).
    pub fn query(&self, key: &str) -> Option<&str> {
        let (_, query) = self.target.split_once('?')?;
        query.split('&').filter_map(|pair| pair.split_once('=')).find(|(k, _)| *k == key).map(|(_, v)| v)
    }
}

/// What the server answers: a status, a content type, and the body in
/// pieces, each written after its pause.
#[derive(Debug, Clone)]
pub struct StreamedReply {
    status: u16,
    content_type: &'static str,
    pieces: Vec<(Duration, Vec<u8>)>,
}

impl StreamedReply {
    /// A reply with this status and content type and no body yet.
    pub fn new(status: u16, content_type: &'static str) -> Self {
        Self { status, content_type, pieces: Vec::new() }
    }

    /// Adds a piece of the body, written after `pause`.
    #[must_use]
    pub fn piece(mut self, pause: Duration, bytes: impl Into<Vec<u8>>) -> Self {
        self.pieces.push((pause, bytes.into()));
        self
    }
}

type Handler = dyn Fn(&StreamedRequest) -> StreamedReply + Send + Sync;

/// A server on `127.0.0.1` answering every request with a handler's
/// streamed reply. It stops when dropped.
#[derive(Debug)]
pub struct StreamingMock {
    uri: String,
    requests: Arc<Mutex<Vec<StreamedRequest>>>,
    task: JoinHandle<()>,
}

impl StreamingMock {
    /// Starts a server; `handler` decides each reply.
    ///
    /// # Panics
    ///
    /// If it cannot listen on `127.0.0.1`.
    pub async fn start(handler: impl Fn(&StreamedRequest) -> StreamedReply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("listen on 127.0.0.1");
        let uri = format!("http://{}", listener.local_addr().expect("local address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let recorded = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let handler = Arc::clone(&handler);
                let recorded = Arc::clone(&recorded);
                tokio::spawn(async move { serve(socket, &*handler, &recorded).await });
            }
        });
        Self { uri, requests, task }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn uri(&self) -> String {
        self.uri.clone()
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<StreamedRequest> {
        self.requests.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl Drop for StreamingMock {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(mut socket: TcpStream, handler: &Handler, recorded: &Mutex<Vec<StreamedRequest>>) {
    let _ = socket.set_nodelay(true);
    let Some(request) = read_request(&mut socket).await else { return };
    recorded.lock().unwrap_or_else(PoisonError::into_inner).push(request.clone());
    let reply = handler(&request);
    let head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        reply.status,
        if reply.status < 400 { "OK" } else { "Error" },
        reply.content_type
    );
    if socket.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    for (pause, bytes) in reply.pieces {
        if !pause.is_zero() {
            tokio::time::sleep(pause).await;
        }
        if socket.write_all(&bytes).await.is_err() {
            return;
        }
    }
    let _ = socket.shutdown().await;
}

async fn read_request(socket: &mut TcpStream) -> Option<StreamedRequest> {
    let mut buf = Vec::new();
    let mut chunk = [0_u8; 4096];
    let head_end = loop {
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
        let n = socket.read(&mut chunk).await.ok().filter(|&n| n > 0)?;
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.splitn(3, ' ');
    let method = first.next()?.to_owned();
    let target = first.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let length: usize =
        headers.iter().find(|(name, _)| name == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = buf.split_off(head_end + 4);
    while body.len() < length {
        let n = socket.read(&mut chunk).await.ok().filter(|&n| n > 0)?;
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    Some(StreamedRequest { method, target, headers, body })
}
