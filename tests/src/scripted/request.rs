//! Reading requests off a connection, and what is recorded of them.

use std::io::{ErrorKind as IoErrorKind, Read};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::checksum::{Digest, Sum};

/// Request bodies up to this size are recorded whole; of larger ones only
/// the first this many bytes, plus the length and [`Sum`] of the whole.
pub const CAPTURE_LIMIT: usize = 4 << 20;

/// One request as the [`TestServer`](crate::TestServer) received it, byte
/// for byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The method, e.g. `GET`.
    pub method: String,
    /// The raw request target, e.g. `/users/a%2Fb?x=1`: exactly the bytes
    /// that were on the wire, nothing decoded or normalized.
    pub target: String,
    /// Every header line, in order, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body bytes (read by `Content-Length`, or de-chunked), whole up
    /// to [`CAPTURE_LIMIT`] bytes.
    pub body: Vec<u8>,
    /// Length and checksum of the whole body, however large.
    pub body_sum: Sum,
    /// Whether the body was received to its end. An incomplete request is
    /// recorded, but not answered.
    pub complete: bool,
    /// Which accepted TCP connection carried it, counting from 1.
    pub connection: usize,
    /// Which request of the server it was, counting from 1.
    pub number: usize,
    /// When its head had been read.
    pub at: Instant,
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

    /// Whether the body came with `Transfer-Encoding: chunked`.
    pub fn is_chunked(&self) -> bool {
        self.header("transfer-encoding").is_some_and(|te| te.to_ascii_lowercase().contains("chunked"))
    }

    /// The declared `Content-Length`, if any (and a number).
    pub fn content_length(&self) -> Option<u64> {
        self.header("content-length").and_then(|v| v.trim().parse().ok())
    }

    /// The `Content-Type`, if any.
    pub fn content_type(&self) -> Option<&str> {
        self.header("content-type")
    }

    /// The body as (lossy) UTF-8 text.
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A connection being read, with the bytes read past the last request.
pub(crate) struct Reader<'a> {
    pub(crate) stream: &'a mut TcpStream,
    pub(crate) buf: Vec<u8>,
    pub(crate) stopped: &'a dyn Fn() -> bool,
}

/// The head of a request, before its body is read.
pub(crate) struct Head {
    pub(crate) method: String,
    pub(crate) target: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) at: Instant,
}

/// Collects a body: whole up to the capture limit, checksummed.
#[derive(Default)]
pub(crate) struct Sink {
    pub(crate) body: Vec<u8>,
    pub(crate) digest: Digest,
}

impl Sink {
    fn feed(&mut self, data: &[u8]) {
        self.digest.update(data);
        let room = CAPTURE_LIMIT.saturating_sub(self.body.len());
        self.body.extend_from_slice(&data[..room.min(data.len())]);
    }
}

impl Reader<'_> {
    /// Reads a request head, or `None` when the connection closes first.
    pub(crate) fn head(&mut self) -> Option<Head> {
        let head_end = loop {
            if let Some(pos) = find(&self.buf, b"\r\n\r\n") {
                break pos;
            }
            if !self.fill() {
                return None;
            }
        };
        let at = Instant::now();
        let head = String::from_utf8_lossy(&self.buf[..head_end]).into_owned();
        self.buf.drain(..head_end + 4);
        let mut lines = head.split("\r\n");
        let mut request_line = lines.next()?.splitn(3, ' ');
        let method = request_line.next()?.to_owned();
        let target = request_line.next()?.to_owned();
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
            .collect();
        Some(Head { method, target, headers, at })
    }

    /// Reads the body the head announces into `sink`; `false` if the
    /// connection ended first.
    pub(crate) fn body(&mut self, head: &Head, sink: &mut Sink) -> bool {
        let header = |name: &str| head.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v);
        if header("transfer-encoding").is_some_and(|te| te.to_ascii_lowercase().contains("chunked")) {
            return self.chunked(sink);
        }
        let length = header("content-length").and_then(|l| l.trim().parse().ok()).unwrap_or(0_u64);
        self.exact(length, sink)
    }

    fn exact(&mut self, length: u64, sink: &mut Sink) -> bool {
        let mut left = length;
        while left > 0 {
            if self.buf.is_empty() && !self.fill() {
                return false;
            }
            let take = usize::try_from(left).unwrap_or(usize::MAX).min(self.buf.len());
            sink.feed(&self.buf[..take]);
            self.buf.drain(..take);
            left -= take as u64;
        }
        true
    }

    fn line(&mut self) -> Option<String> {
        loop {
            if let Some(pos) = find(&self.buf, b"\r\n") {
                let line = String::from_utf8_lossy(&self.buf[..pos]).into_owned();
                self.buf.drain(..pos + 2);
                return Some(line);
            }
            if !self.fill() {
                return None;
            }
        }
    }

    fn chunked(&mut self, sink: &mut Sink) -> bool {
        loop {
            let Some(line) = self.line() else { return false };
            let size = line.split(';').next().unwrap_or_default().trim();
            let Ok(size) = u64::from_str_radix(size, 16) else { return false };
            if size == 0 {
                // Trailers, then the empty line.
                loop {
                    match self.line() {
                        Some(line) if line.is_empty() => return true,
                        Some(_) => {}
                        None => return false,
                    }
                }
            }
            if !self.exact(size, sink) {
                return false;
            }
            match self.line() {
                Some(line) if line.is_empty() => {}
                _ => return false,
            }
        }
    }

    /// Reads more bytes; `false` when the connection is closed or the server
    /// stopped.
    fn fill(&mut self) -> bool {
        let _ = self.stream.set_read_timeout(Some(Duration::from_millis(100)));
        let mut chunk = [0_u8; 64 * 1024];
        loop {
            if (self.stopped)() {
                return false;
            }
            match self.stream.read(&mut chunk) {
                Ok(0) => return false,
                Ok(n) => {
                    self.buf.extend_from_slice(&chunk[..n]);
                    return true;
                }
                Err(err) if matches!(err.kind(), IoErrorKind::WouldBlock | IoErrorKind::TimedOut) => {}
                Err(_) => return false,
            }
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}
