//! Streaming downloads: `Result<ByteStream>`.
//!
//! The response body is not read into memory and the body cap does not
//! apply: this is the way to download files larger than the cap. A
//! [`ByteStream`] is a `Stream` of `Bytes`; blocking clients return their
//! own [`blocking::ByteStream`](crate::blocking::ByteStream), an
//! [`std::io::Read`]. Both can write straight to a file and report progress.

use std::fmt;
use std::io;
use std::path::Path;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use futures_util::StreamExt as _;

use tokio::io::AsyncWriteExt as _;

use crate::endpoint::Endpoint;
use crate::error::{Error, ErrorKind, Result};
use crate::response::Head;

type Chunks = Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send>>;
type Progress = Box<dyn FnMut(u64, Option<u64>) + Send>;

/// A response body delivered chunk by chunk.
///
/// ```no_run
/// # use client_runtime::{client, ByteStream, Result};
/// #[client(base_url = "https://example.com")]
/// trait Files {
///     #[get("/files/<name>")]
///     async fn download(&self, name: &str) -> Result<ByteStream>;
/// }
///
/// # async fn run(files: FilesClient) -> Result<()> {
/// let written = files
///     .download("big.iso")
///     .await?
///     .on_progress(|done, total| eprintln!("{done} of {total:?} bytes"))
///     .write_to_file("big.iso")
///     .await?;
/// # Ok(()) }
/// ```
pub struct ByteStream {
    head: Head,
    chunks: Chunks,
    done: u64,
    total: Option<u64>,
    finished: bool,
    progress: Option<Progress>,
    /// The call this body answers, to name it in errors.
    endpoint: &'static Endpoint,
}

impl ByteStream {
    pub(crate) fn new(head: Head, response: reqwest::Response, endpoint: &'static Endpoint) -> Self {
        let total = response.content_length();
        Self {
            head,
            chunks: Box::pin(response.bytes_stream()),
            done: 0,
            total,
            finished: false,
            progress: None,
            endpoint,
        }
    }

    crate::response::head_accessors!();

    /// The body's length, when the server declared it.
    pub fn content_length(&self) -> Option<u64> {
        self.total
    }

    /// Bytes delivered so far.
    pub fn bytes_read(&self) -> u64 {
        self.done
    }

    /// Calls `progress(done, total)` after every chunk, with monotone
    /// counts, ending at the total. The signature fits
    /// `indicatif::ProgressBar::set_position` and `set_length`.
    pub fn on_progress(mut self, progress: impl FnMut(u64, Option<u64>) + Send + 'static) -> Self {
        self.progress = Some(Box::new(progress));
        self
    }

    /// Writes the whole body to `path` and returns how many bytes were
    /// written. A partly written file is removed on error.
    pub async fn write_to_file(self, path: impl AsRef<Path>) -> Result<u64> {
        let path = path.as_ref();
        let file = tokio::fs::File::create(path).await.map_err(|err| self.error(file_error(path, err)))?;
        let written = self.write_to(file).await;
        if written.is_err() {
            let _ = tokio::fs::remove_file(path).await;
        }
        written
    }

    /// Writes the whole body to an async writer.
    pub async fn write_to<W: tokio::io::AsyncWrite + Unpin>(mut self, mut writer: W) -> Result<u64> {
        while let Some(chunk) = self.next().await {
            writer.write_all(&chunk?).await.map_err(|err| self.error(write_error(err)))?;
        }
        writer.flush().await.map_err(|err| self.error(write_error(err)))?;
        Ok(self.done)
    }

    /// Names the call and its URL (redacted) in an error.
    pub(crate) fn error(&self, err: Error) -> Error {
        self.endpoint.error(err).with_redacted_url(self.head.secrets.url(&self.head.url))
    }

    fn report(&mut self) {
        if let Some(progress) = &mut self.progress {
            progress(self.done, self.total);
        }
    }
}

pub(crate) fn file_error(path: &Path, err: io::Error) -> Error {
    Error::new(ErrorKind::Io, format!("could not create {}", path.display())).with_source(err)
}

fn write_error(err: io::Error) -> Error {
    Error::new(ErrorKind::Io, "could not write the download").with_source(err)
}

impl Stream for ByteStream {
    type Item = Result<Bytes>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.finished {
            return Poll::Ready(None);
        }
        match self.chunks.as_mut().poll_next(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Some(Ok(chunk))) => {
                self.done += chunk.len() as u64;
                self.report();
                Poll::Ready(Some(Ok(chunk)))
            }
            Poll::Ready(Some(Err(err))) => {
                self.finished = true;
                Poll::Ready(Some(Err(self.error(Error::from_reqwest(err)))))
            }
            Poll::Ready(None) => {
                self.finished = true;
                if self.done == 0 {
                    self.report();
                }
                Poll::Ready(None)
            }
        }
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("status", &self.head.status)
            .field("url", &self.head.secrets.show(&self.head.url))
            .field("bytes_read", &self.done)
            .field("content_length", &self.total)
            .finish_non_exhaustive()
    }
}
