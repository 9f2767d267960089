//! The streaming download of blocking clients: an [`io::Read`].

use std::fmt;
use std::io;
use std::path::Path;

use bytes::Bytes;
use futures_util::StreamExt as _;

use super::{Session, SettleOnDrop};
use crate::error::{Error, ErrorKind, Result};
use crate::stream::file_error;

/// A response body delivered chunk by chunk to a blocking client: a
/// [`std::io::Read`]. The async [`ByteStream`](crate::ByteStream) is a
/// `Stream` instead, and not a reader: the two cannot be confused.
///
/// ```no_run
/// use std::io::Read as _;
/// use client_runtime::{client, Result};
/// use client_runtime::blocking::ByteStream;
///
/// #[client(base_url = "https://example.com")]
/// trait Files {
///     #[get("/files/<name>")]
///     fn download(&self, name: &str) -> Result<ByteStream>;
/// }
///
/// # fn run(files: FilesClient) -> Result<()> {
/// let mut head = [0u8; 512];
/// let read = files.download("big.iso")?.read(&mut head).expect("the first bytes");
/// let written = files
///     .download("big.iso")?
///     .on_progress(|done, total| eprintln!("{done} of {total:?} bytes"))
///     .write_to_file("big.iso")?;
/// # Ok(()) }
/// ```
pub struct ByteStream {
    // Fields drop in order: the body first, then the session settles.
    inner: crate::stream::ByteStream,
    pending: Bytes,
    session: SettleOnDrop,
}

impl ByteStream {
    pub(crate) fn new(inner: crate::stream::ByteStream, session: Session) -> Self {
        Self { inner, pending: Bytes::new(), session: SettleOnDrop(session) }
    }

    /// The status code.
    pub fn status(&self) -> http::StatusCode {
        self.inner.status()
    }

    /// The response headers.
    pub fn headers(&self) -> &http::HeaderMap {
        self.inner.headers()
    }

    /// The final URL, after redirects.
    pub fn url(&self) -> &url::Url {
        self.inner.url()
    }

    /// Time from sending the request to receiving the response's headers.
    pub fn elapsed(&self) -> std::time::Duration {
        self.inner.elapsed()
    }

    /// The redirects followed, oldest first.
    pub fn history(&self) -> &[crate::response::RedirectHop] {
        self.inner.history()
    }

    /// The rate-limit state the server reported, if it did.
    pub fn rate_limit(&self) -> Option<crate::ratelimit::RateLimit> {
        self.inner.rate_limit()
    }

    /// The body's length, when the server declared it.
    pub fn content_length(&self) -> Option<u64> {
        self.inner.content_length()
    }

    /// Bytes received so far (some may still wait in the reader's buffer).
    pub fn bytes_read(&self) -> u64 {
        self.inner.bytes_read()
    }

    /// Calls `progress(done, total)` after every chunk received, with
    /// monotone counts ending at the total.
    pub fn on_progress(self, progress: impl FnMut(u64, Option<u64>) + Send + 'static) -> Self {
        Self { inner: self.inner.on_progress(progress), ..self }
    }

    /// Writes the whole body to `path` and returns how many bytes were
    /// written. A partly written file is removed on error.
    pub fn write_to_file(mut self, path: impl AsRef<Path>) -> Result<u64> {
        let path = path.as_ref();
        let mut file = std::fs::File::create(path).map_err(|err| self.inner.error(file_error(path, err)))?;
        let copied = io::copy(&mut self, &mut file).and_then(|n| file.sync_all().map(|()| n));
        copied.map_err(|err| {
            let _ = std::fs::remove_file(path);
            match err.into_inner().map(|inner| inner.downcast::<Error>()) {
                Some(Ok(err)) => *err,
                Some(Err(other)) => {
                    self.inner.error(Error::new(ErrorKind::Io, "could not write the download").with_source(other))
                }
                None => self.inner.error(Error::new(ErrorKind::Io, "could not write the download")),
            }
        })
    }
}

impl io::Read for ByteStream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pending.is_empty() {
            match self.session.0.block_on(self.inner.next()) {
                Some(Ok(chunk)) => self.pending = chunk,
                Some(Err(err)) => return Err(io::Error::other(err)),
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.pending.len());
        buf[..n].copy_from_slice(&self.pending.split_to(n));
        Ok(n)
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::ByteStream").field(&self.inner).finish()
    }
}
