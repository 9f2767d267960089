//! `Result<JsonLines<T>>`: one JSON document per line (NDJSON).

use std::fmt;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use futures_core::Stream;
use serde::de::DeserializeOwned;

use super::decode_data;
use super::lines::LineSplitter;
use super::reader::Driver;
use crate::endpoint::Endpoint;
use crate::error::{Error, ErrorKind, Result};
use crate::request::Call;
use crate::response::Head;
use crate::session::Session;

/// A JSON Lines (NDJSON) body: a `Stream` of `Result<T>` in async
/// clients, one item per non-empty line (Kubernetes watches, log and
/// export endpoints, httpbin's `/stream/N`).
///
/// Each line is decoded as JSON into `T`, or kept as text when `T` is
/// `String`. A line that does not decode is an error item naming its line
/// number, and the stream goes on after it. Lines may end with LF or
/// CRLF; blank lines are skipped. The size cap and the read timeout are
/// those of the [`streams`](crate::streams) module.
///
/// ```no_run
/// use client_runtime::{client, JsonLines, Result};
/// use futures_util::TryStreamExt as _;
/// #[derive(serde::Deserialize)]
/// pub struct WatchEvent { #[serde(rename = "type")] pub kind: String }
///
/// #[client(base_url = "https://k8s.example.com")]
/// pub trait Kube {
///     #[get("/api/v1/namespaces/<ns>/pods")]
///     async fn watch_pods(&self, ns: &str, #[query] watch: bool) -> Result<JsonLines<WatchEvent>>;
/// }
///
/// # async fn run(kube: KubeClient) -> Result<()> {
/// let mut events = kube.watch_pods("default", true).await?;
/// while let Some(event) = events.try_next().await? {
///     println!("{}", event.kind);
/// }
/// # Ok(()) }
/// ```
pub struct JsonLines<T> {
    head: Head,
    endpoint: Option<&'static Endpoint>,
    driver: Driver<LineSplitter>,
    line: u64,
    fake: std::vec::IntoIter<T>,
    data: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned + 'static> JsonLines<T> {
    pub(crate) async fn open(session: &Session, call: Call, max_line_size: Option<usize>) -> Result<Self> {
        let splitter = LineSplitter::new(max_line_size.unwrap_or(super::DEFAULT_MAX_EVENT_SIZE));
        let opened = super::reader::open(session, call, splitter, None, false).await?;
        Ok(Self {
            head: opened.head,
            endpoint: Some(opened.endpoint),
            driver: Driver::new(opened.reader),
            line: 0,
            fake: Vec::new().into_iter(),
            data: PhantomData,
        })
    }

    /// A stream of these items, for fakes that implement a client trait in
    /// tests. It reports `200 OK` from `http://localhost/`.
    pub fn from_items(items: Vec<T>) -> Self {
        Self {
            head: super::fake_head(),
            endpoint: None,
            driver: Driver::gone(),
            line: 0,
            fake: items.into_iter(),
            data: PhantomData,
        }
    }

    /// The longest line accepted, in bytes. A longer one ends the stream
    /// with [`ErrorKind::BodyTooLarge`]. Defaults to 1 MiB
    /// ([`DEFAULT_MAX_EVENT_SIZE`](super::DEFAULT_MAX_EVENT_SIZE)).
    pub fn max_line_size(mut self, bytes: usize) -> Self {
        self.driver.set_max_size(bytes);
        self
    }

    /// How long the server may send nothing before the stream fails with
    /// [`ErrorKind::Timeout`]. Defaults to the session's read timeout, or
    /// [`DEFAULT_STREAM_READ_TIMEOUT`](super::DEFAULT_STREAM_READ_TIMEOUT);
    /// a session read timeout still bounds it from above.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.driver.set_read_timeout(timeout);
        self
    }

    /// Stops reading and closes the connection.
    pub fn close(&mut self) {
        self.driver.close();
        self.fake = Vec::new().into_iter();
    }

    crate::response::head_accessors!();

    fn decode(&self, line: bytes::Bytes) -> Result<T> {
        let number = self.line;
        let text = match String::from_utf8(line.into()) {
            Ok(text) => text,
            Err(err) => return Err(self.located(line_error(number, "is not valid UTF-8").with_source(err))),
        };
        decode_data::<T>(text).map_err(|(text, err)| {
            let mut error = line_error(number, "does not match the declared type").with_source(err);
            error.set_body(text.into());
            self.located(error)
        })
    }

    fn located(&self, error: Error) -> Error {
        match self.endpoint {
            Some(endpoint) => endpoint.error(error),
            None => error,
        }
    }
}

fn line_error(number: u64, what: &str) -> Error {
    Error::new(ErrorKind::Decode, format!("line {number} of the stream {what}"))
}

impl<T: DeserializeOwned + 'static> Stream for JsonLines<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if let Some(item) = this.fake.next() {
            return Poll::Ready(Some(Ok(item)));
        }
        match ready!(this.driver.poll_frame(cx)) {
            Some(Ok(line)) => {
                this.line += 1;
                Poll::Ready(Some(this.decode(line)))
            }
            Some(Err(err)) => Poll::Ready(Some(Err(err))),
            None => Poll::Ready(None),
        }
    }
}

// Nothing in it is pinned structurally: the connection is boxed.
impl<T> Unpin for JsonLines<T> {}

impl<T> fmt::Debug for JsonLines<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JsonLines")
            .field("status", &self.head.status)
            .field("state", &self.driver)
            .field("lines", &self.line)
            .finish_non_exhaustive()
    }
}
