//! The recording server of `bodies.rs`, on the scripted [`TestServer`],
//! and the multipart parsing its tests use.
//!
//! The server sees each request exactly as it came over the wire: whether
//! the body was chunked or had a `Content-Length`, every byte of it (up to
//! [`tests::scripted::CAPTURE_LIMIT`]; beyond that only a length and a
//! running checksum), and every attempt of a retried call. It answers one
//! request per connection (`Connection: close`):
//!
//! - `GET /download/<n>`: `n` bytes of [`pattern_at`](tests::pattern_at)
//!   with `Content-Length`, generated while writing;
//! - `GET /chunked/<n>`: the same bytes, chunked, without a length;
//! - anything else: the next status of the server's script (then 200), with
//!   an empty body, sent after the whole request body was read.

#![allow(dead_code, clippy::unwrap_used)]

use std::collections::VecDeque;
use std::sync::Mutex;

use bytes::Bytes;
pub(crate) use tests::RecordedRequest;
pub(crate) use tests::checksum::{Digest, file_sum, sum_of};
pub(crate) use tests::pattern::{pattern_stream, pattern_sum, pattern_vec, write_pattern_file};
use tests::{Reply, TestServer};

/// The recording server.
#[derive(Debug)]
pub(crate) struct Server(TestServer);

impl Server {
    /// Starts on a free loopback port; `script` gives the statuses of the
    /// first requests to paths other than the download ones.
    pub(crate) fn start(script: &[u16]) -> Self {
        Self(TestServer::start(answer(script)))
    }

    /// Starts on a listener the caller bound.
    pub(crate) fn start_on(listener: std::net::TcpListener, script: &[u16]) -> Self {
        Self(TestServer::start_on(listener, answer(script)))
    }

    pub(crate) fn url(&self) -> String {
        self.0.uri()
    }

    /// Every request received so far, in order.
    pub(crate) fn seen(&self) -> Vec<RecordedRequest> {
        self.0.requests()
    }

    /// The only request received so far.
    pub(crate) fn only(&self) -> RecordedRequest {
        self.0.single_request()
    }
}

/// Generated downloads, and the script's statuses for everything else.
fn answer(script: &[u16]) -> impl Fn(&RecordedRequest) -> Reply + Send + Sync + 'static {
    let script = Mutex::new(script.iter().copied().collect::<VecDeque<_>>());
    move |request| {
        let generated = |prefix: &str| {
            let len = request.path().strip_prefix(prefix)?;
            (request.method == "GET").then(|| Reply::pattern(len.parse().unwrap()))
        };
        let reply = if let Some(reply) = generated("/download/") {
            reply
        } else if let Some(reply) = generated("/chunked/") {
            reply.chunked()
        } else {
            Reply::status(script.lock().unwrap().pop_front().unwrap_or(200))
        };
        reply.header("Connection", "close").then_close()
    }
}

/// One part of a multipart body, as `multer` parsed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PartSeen {
    pub(crate) name: String,
    pub(crate) file_name: Option<String>,
    pub(crate) content_type: Option<String>,
    pub(crate) data: Vec<u8>,
}

impl PartSeen {
    pub(crate) fn new(
        name: &str,
        file_name: Option<&str>,
        content_type: Option<&str>,
        data: impl Into<Vec<u8>>,
    ) -> Self {
        Self {
            name: name.to_owned(),
            file_name: file_name.map(str::to_owned),
            content_type: content_type.map(str::to_owned),
            data: data.into(),
        }
    }
}

/// Parses a received multipart body with `multer`, checking the request's
/// `Content-Type` on the way.
pub(crate) async fn parse_multipart(seen: &RecordedRequest) -> Vec<PartSeen> {
    assert!(seen.complete, "the multipart body was not received whole");
    assert!(seen.body.len() as u64 == seen.body_sum.len, "the multipart body is larger than the capture limit");
    let content_type = seen.content_type().expect("a multipart request has a Content-Type");
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "unexpected multipart Content-Type {content_type:?}"
    );
    let boundary = multer::parse_boundary(content_type).unwrap();
    assert!(!boundary.is_empty());
    let body = Bytes::from(seen.body.clone());
    let stream = futures::stream::once(async move { Ok::<_, std::convert::Infallible>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    while let Some(field) = multipart.next_field().await.unwrap() {
        let name = field.name().expect("every part has a name").to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(ToString::to_string);
        let data = field.bytes().await.unwrap().to_vec();
        parts.push(PartSeen { name, file_name, content_type, data });
    }
    parts
}
