//! Writing a [`Reply`] the way it asks, misbehaviour included.

use std::io::{ErrorKind as IoErrorKind, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::atomic::Ordering;
use std::thread;
use std::time::{Duration, Instant};

use super::State;
use super::reply::{Body, End, Framing, Head, Reply};
use crate::pattern::pattern_at;

/// How long a hanging connection or an endless body is kept up at most,
/// so that a test that forgets its timeout does not leak a thread forever.
pub(crate) const HANG_LIMIT: Duration = Duration::from_secs(30);

/// Chunk size of an endless body.
const STREAM_CHUNK: usize = 16 * 1024;

/// Writes `reply` to a request made with `method`; returns whether the
/// connection may carry another request.
pub(crate) fn respond(state: &State, stream: &mut TcpStream, reply: &Reply, method: &str) -> bool {
    if !reply.delay.is_zero() {
        thread::sleep(reply.delay);
    }
    let mut out = Paced { stream, drip: reply.drip, state, start: Instant::now(), pending: Vec::new() };
    let written = write_reply(&mut out, reply, method) && out.flush();
    if written && reply.keeps_alive() {
        return true;
    }
    let end = if reply.end == End::KeepAlive { End::Close } else { reply.end };
    finish(state, stream, end);
    false
}

/// The writer: paced by `drip`, giving up when the client goes away.
/// Without `drip`, writes are gathered up to [`GATHER`] bytes, so that a
/// small response leaves in one segment, as real servers send it.
struct Paced<'a> {
    stream: &'a mut TcpStream,
    drip: Option<(usize, Duration)>,
    state: &'a State,
    start: Instant,
    pending: Vec<u8>,
}

/// How many bytes [`Paced`] gathers before writing.
const GATHER: usize = 64 * 1024;

impl Paced<'_> {
    /// Writes all of `bytes`, `drip` bytes at a time if set.
    fn send(&mut self, mut bytes: &[u8]) -> bool {
        let Some((size, every)) = self.drip else {
            self.pending.extend_from_slice(bytes);
            return self.pending.len() < GATHER || self.flush();
        };
        while !bytes.is_empty() {
            let (now, rest) = bytes.split_at(size.min(bytes.len()));
            if !self.write_fully(now) {
                return false;
            }
            bytes = rest;
            thread::sleep(every);
        }
        true
    }

    /// Writes what was gathered.
    fn flush(&mut self) -> bool {
        let pending = std::mem::take(&mut self.pending);
        let written = self.write_fully(&pending);
        self.pending = pending;
        self.pending.clear();
        written
    }

    /// Writes all of `bytes`, however slowly the client reads, until it
    /// goes away, the server stops, or the client reads nothing for
    /// [`HANG_LIMIT`].
    fn write_fully(&mut self, mut bytes: &[u8]) -> bool {
        let _ = self.stream.set_write_timeout(Some(Duration::from_millis(100)));
        let mut progress = Instant::now();
        while !bytes.is_empty() {
            if self.state.stopped() || progress.elapsed() > HANG_LIMIT {
                return false;
            }
            match self.stream.write(bytes) {
                Ok(0) => return false,
                Ok(n) => {
                    bytes = &bytes[n..];
                    progress = Instant::now();
                }
                Err(err) if matches!(err.kind(), IoErrorKind::WouldBlock | IoErrorKind::TimedOut) => {}
                Err(_) => return false,
            }
        }
        self.stream.flush().is_ok()
    }
}

fn write_reply(out: &mut Paced<'_>, reply: &Reply, method: &str) -> bool {
    let mut head = Vec::new();
    match &reply.head {
        Head::Silent => return true,
        Head::Raw => {}
        Head::Response { status, headers } => {
            head.extend_from_slice(status_line(*status).as_bytes());
            for (name, value) in headers {
                head.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
            }
            head.extend_from_slice(framing_header(reply).as_bytes());
            head.extend_from_slice(b"\r\n");
        }
    }
    if !out.send(&head) {
        return false;
    }
    // A HEAD response announces a length but carries no body.
    if method == "HEAD" && matches!(reply.head, Head::Response { .. }) {
        return true;
    }
    write_body(out, reply)
}

fn framing_header(reply: &Reply) -> String {
    match reply.framing {
        Framing::Length => format!("Content-Length: {}\r\n", body_len(&reply.body).unwrap_or(0)),
        Framing::Declared(len) => format!("Content-Length: {len}\r\n"),
        Framing::Chunked => "Transfer-Encoding: chunked\r\n".to_owned(),
        Framing::Close => "Connection: close\r\n".to_owned(),
    }
}

fn body_len(body: &Body) -> Option<u64> {
    match body {
        Body::Bytes(bytes) => Some(bytes.len() as u64),
        Body::Pattern(len) => Some(*len),
        Body::Endless => None,
    }
}

/// Writes the body, up to the cut; `false` if the client went away.
fn write_body(out: &mut Paced<'_>, reply: &Reply) -> bool {
    let chunked = reply.framing == Framing::Chunked;
    let mut left = reply.cut.unwrap_or(u64::MAX);
    let endless = matches!(reply.body, Body::Endless);
    if endless {
        out.state.open_streams.fetch_add(1, Ordering::SeqCst);
    }
    let piece = |out: &mut Paced<'_>, bytes: &[u8], left: &mut u64| -> bool {
        let bytes = &bytes[..usize::try_from(*left).unwrap_or(usize::MAX).min(bytes.len())];
        *left -= bytes.len() as u64;
        if bytes.is_empty() {
            return true;
        }
        let sent = if chunked {
            let mut framed = format!("{:x}\r\n", bytes.len()).into_bytes();
            framed.extend_from_slice(bytes);
            framed.extend_from_slice(b"\r\n");
            out.send(&framed)
        } else {
            out.send(bytes)
        };
        if sent && endless {
            if !out.flush() {
                return false;
            }
            out.state.streamed.fetch_add(bytes.len() as u64, Ordering::SeqCst);
        }
        sent
    };
    let sent = match &reply.body {
        Body::Bytes(bytes) => piece(out, bytes, &mut left),
        Body::Pattern(len) => {
            let mut done = 0;
            let mut ok = true;
            while ok && done < *len && left > 0 {
                let chunk = pattern_at(done, len - done);
                ok = piece(out, chunk, &mut left);
                done += chunk.len() as u64;
            }
            ok
        }
        Body::Endless => {
            let data = vec![b'x'; STREAM_CHUNK];
            while !out.state.stopped() && out.start.elapsed() < HANG_LIMIT && left > 0 {
                if !piece(out, &data, &mut left) {
                    break;
                }
            }
            false
        }
    };
    if endless {
        out.state.open_streams.fetch_sub(1, Ordering::SeqCst);
    }
    if sent && chunked && reply.cut.is_none() {
        return out.send(b"0\r\n\r\n");
    }
    sent
}

fn finish(state: &State, stream: &mut TcpStream, end: End) {
    match end {
        End::KeepAlive | End::Close => {
            let _ = stream.flush();
            let _ = stream.shutdown(Shutdown::Write);
            // Drain until the client closes, so the close is orderly.
            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
            let mut sink = [0_u8; 1024];
            while matches!(stream.read(&mut sink), Ok(n) if n > 0) {}
        }
        End::Reset => reset(stream),
        End::Hang => hold_open(state, stream),
    }
}

/// Arms an RST: with `SO_LINGER` of zero, closing the socket (when the
/// connection's thread drops it, right after) resets the connection.
fn reset(stream: &TcpStream) {
    if let Ok(clone) = stream.try_clone() {
        // The option belongs to the socket, shared by both descriptors.
        let _ = tokio::net::TcpSocket::from_std_stream(clone).set_zero_linger();
    }
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

fn status_line(status: u16) -> String {
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
        408 => "Request Timeout",
        413 => "Content Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    };
    format!("HTTP/1.1 {status} {reason}\r\n")
}
