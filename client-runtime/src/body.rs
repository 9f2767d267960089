//! Request bodies, and whether they can be sent again.
//!
//! A retry or a 307/308 redirect sends the body a second time. Bytes and
//! files are replayed (a file is opened again); a reader or a stream is
//! one-shot. A one-shot body is never sent twice: once its first bytes have
//! gone out the runtime does not retry, and the error says why. No request
//! is ever retried without its body.
//!
//! [`Body`] is what `#[body(raw)]` takes for uploads that should not be
//! held in memory; [`Part`] is one part of a `#[multipart]` request.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use http::header::HeaderValue;
use tokio::io::AsyncRead;

use crate::error::{Error, ErrorKind, Result};

type ByteChunks = Pin<Box<dyn Stream<Item = io::Result<Bytes>> + Send>>;

/// A request body for `#[body(raw)]`: bytes, a file streamed from disk, or
/// a one-shot reader or stream.
///
/// ```
/// use client_runtime::Body;
///
/// let in_memory = Body::bytes(&b"hello"[..]);
/// let from_disk = Body::file("report.csv").content_type("text/csv");
/// let piped = Body::reader(tokio::io::empty());
/// assert!(in_memory.is_replayable() && from_disk.is_replayable());
/// assert!(!piped.is_replayable());
/// ```
pub struct Body {
    source: Source,
    content_type: Option<String>,
}

enum Source {
    Bytes(Bytes),
    File(PathBuf),
    OneShot { chunks: OneShot, length: Option<u64> },
    Multipart(Multipart),
}

impl Body {
    /// Bytes in memory; replayed on retry for free.
    pub fn bytes(bytes: impl Into<Bytes>) -> Self {
        Self { source: Source::Bytes(bytes.into()), content_type: None }
    }

    /// A file, opened when the request is sent and streamed from disk.
    /// Replayable: a retry opens it again. Its content type is guessed
    /// from the extension unless set.
    pub fn file(path: impl AsRef<Path>) -> Self {
        Self { source: Source::File(path.as_ref().to_owned()), content_type: None }
    }

    /// An async reader, streamed once. Its length is unknown unless set
    /// with [`Body::length`].
    pub fn reader(reader: impl AsyncRead + Send + 'static) -> Self {
        Self::from_chunks(Box::pin(tokio_util::io::ReaderStream::new(reader)))
    }

    /// A stream of byte chunks, sent once.
    pub fn stream<S, B, E>(stream: S) -> Self
    where
        S: Stream<Item = std::result::Result<B, E>> + Send + 'static,
        B: Into<Bytes>,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        use futures_util::StreamExt as _;
        Self::from_chunks(Box::pin(stream.map(|chunk| chunk.map(Into::into).map_err(io::Error::other))))
    }

    fn from_chunks(chunks: ByteChunks) -> Self {
        Self { source: Source::OneShot { chunks: OneShot::new(chunks), length: None }, content_type: None }
    }

    /// The `Content-Type` to send (`#[body(raw, content_type = ...)]` wins).
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The length of a reader or stream, when known, so that it is sent
    /// with `Content-Length` instead of chunked.
    pub fn length(mut self, bytes: u64) -> Self {
        if let Source::OneShot { length, .. } = &mut self.source {
            *length = Some(bytes);
        }
        self
    }

    /// Whether the body can be sent more than once.
    pub fn is_replayable(&self) -> bool {
        match &self.source {
            Source::Bytes(_) | Source::File(_) => true,
            Source::OneShot { .. } => false,
            Source::Multipart(form) => form.parts.iter().all(|(_, part)| part.body.is_replayable()),
        }
    }

    /// Whether sending it again would send the whole body: replayable, or
    /// a one-shot body none of whose bytes went out yet.
    pub(crate) fn can_send_again(&self) -> bool {
        match &self.source {
            Source::Bytes(_) | Source::File(_) => true,
            Source::OneShot { chunks, .. } => !chunks.started(),
            Source::Multipart(form) => form.parts.iter().all(|(_, part)| part.body.can_send_again()),
        }
    }

    pub(crate) fn multipart(form: Multipart) -> Self {
        Self { source: Source::Multipart(form), content_type: None }
    }

    /// The content type to declare, if this body has one of its own.
    pub(crate) fn declared_content_type(&self) -> Option<HeaderValue> {
        let guessed = match &self.source {
            Source::File(path) => mime_guess::from_path(path).first_raw(),
            _ => None,
        };
        let text = self.content_type.as_deref().or(guessed)?;
        HeaderValue::from_str(text).ok()
    }

    /// The bytes of a body held in memory, which an attempt sends without
    /// waiting for anything.
    pub(crate) fn in_memory(&self) -> Option<&Bytes> {
        match &self.source {
            Source::Bytes(bytes) => Some(bytes),
            _ => None,
        }
    }

    /// The body for one attempt, with its length when known.
    pub(crate) async fn for_attempt(&self) -> Result<AttemptBody> {
        match &self.source {
            Source::Multipart(form) => Ok(AttemptBody::Form(form.to_reqwest().await?)),
            _ => self.plain().await.map(|(body, length)| AttemptBody::Plain(body, length)),
        }
    }

    /// A body that is not a form, with its length when known: what a raw
    /// request body and a multipart part are sent as.
    async fn plain(&self) -> Result<(reqwest::Body, Option<u64>)> {
        match &self.source {
            Source::Bytes(bytes) => Ok((reqwest::Body::from(bytes.clone()), Some(bytes.len() as u64))),
            Source::File(path) => open_file(path).await.map(|(body, length)| (body, Some(length))),
            Source::OneShot { chunks, length } => Ok((chunks.body()?, *length)),
            Source::Multipart(_) => Err(Error::invalid_request("a multipart part cannot itself be multipart")),
        }
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Source::Bytes(bytes) => write!(f, "Body::bytes({} bytes)", bytes.len()),
            Source::File(path) => write!(f, "Body::file({path:?})"),
            Source::OneShot { length, .. } => write!(f, "Body::stream(length: {length:?})"),
            Source::Multipart(form) => write!(f, "Body::multipart({} parts)", form.parts.len()),
        }
    }
}

/// What one attempt sends.
pub(crate) enum AttemptBody {
    /// A body and its length, when known.
    Plain(reqwest::Body, Option<u64>),
    Form(reqwest::multipart::Form),
}

async fn open_file(path: &Path) -> Result<(reqwest::Body, u64)> {
    let file = tokio::fs::File::open(path).await.map_err(|err| io_error(path, err))?;
    let length = file.metadata().await.map_err(|err| io_error(path, err))?.len();
    Ok((reqwest::Body::wrap_stream(tokio_util::io::ReaderStream::new(file)), length))
}

fn io_error(path: &Path, err: io::Error) -> Error {
    Error::new(ErrorKind::Io, format!("could not read {}", path.display())).with_source(err)
}

/// A one-shot stream that a retry can still use if none of it was sent.
#[derive(Clone)]
struct OneShot {
    chunks: Arc<Mutex<Option<ByteChunks>>>,
    started: Arc<AtomicBool>,
}

impl OneShot {
    fn new(chunks: ByteChunks) -> Self {
        Self { chunks: Arc::new(Mutex::new(Some(chunks))), started: Arc::new(AtomicBool::new(false)) }
    }

    fn started(&self) -> bool {
        self.started.load(Ordering::Acquire)
    }

    fn body(&self) -> Result<reqwest::Body> {
        if self.started() {
            return Err(Error::new(
                ErrorKind::InvalidRequest,
                "the request body is a one-shot stream that was already sent, so it cannot be sent again",
            ));
        }
        Ok(reqwest::Body::wrap_stream(self.clone()))
    }
}

impl Stream for OneShot {
    type Item = io::Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let mut guard = self.chunks.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let Some(chunks) = guard.as_mut() else { return Poll::Ready(None) };
        let polled = chunks.as_mut().poll_next(cx);
        if matches!(polled, Poll::Ready(Some(Ok(_)))) {
            self.started.store(true, Ordering::Release);
        }
        polled
    }
}

/// One part of a `#[multipart]` request: bytes, a file, or a one-shot
/// reader or stream, with an optional file name and content type.
///
/// ```
/// use client_runtime::Part;
///
/// let photo = Part::file("photo.jpg");               // image/jpeg, "photo.jpg"
/// let report = Part::bytes(b"a,b\n1,2\n".to_vec())
///     .file_name("report.csv")
///     .content_type("text/csv");
/// let upload = Part::reader(tokio::io::empty()).file_name("data.bin");
/// ```
#[derive(Debug)]
pub struct Part {
    body: Body,
    file_name: Option<String>,
}

impl Part {
    /// Bytes in memory.
    pub fn bytes(bytes: impl Into<Bytes>) -> Self {
        Self { body: Body::bytes(bytes), file_name: None }
    }

    /// A text field, as a form input would send it.
    pub fn text(text: impl Into<String>) -> Self {
        Self { body: Body::bytes(text.into()), file_name: None }
    }

    /// A file, opened when the request is sent (so a retry sends it
    /// again). Its file name comes from the path and its content type from
    /// the extension, unless set.
    pub fn file(path: impl AsRef<Path>) -> Self {
        let path = path.as_ref();
        let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned());
        Self { body: Body::file(path), file_name }
    }

    /// An async reader, sent once.
    pub fn reader(reader: impl AsyncRead + Send + 'static) -> Self {
        Self { body: Body::reader(reader), file_name: None }
    }

    /// A stream of byte chunks, sent once.
    pub fn stream<S, B, E>(stream: S) -> Self
    where
        S: Stream<Item = std::result::Result<B, E>> + Send + 'static,
        B: Into<Bytes>,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        Self { body: Body::stream(stream), file_name: None }
    }

    /// The file name sent in `Content-Disposition`.
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The part's `Content-Type`.
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.body = self.body.content_type(content_type);
        self
    }

    /// The length of a reader or stream, when known.
    pub fn length(mut self, bytes: u64) -> Self {
        self.body = self.body.length(bytes);
        self
    }

    async fn to_reqwest(&self) -> Result<reqwest::multipart::Part> {
        let (body, length) = self.body.plain().await?;
        let mut part = match length {
            Some(length) => reqwest::multipart::Part::stream_with_length(body, length),
            None => reqwest::multipart::Part::stream(body),
        };
        if let Some(name) = &self.file_name {
            part = part.file_name(name.clone());
        }
        let content_type = self.body.declared_content_type().and_then(|v| v.to_str().ok().map(str::to_owned));
        match content_type {
            Some(content_type) => part.mime_str(&content_type).map_err(|err| {
                Error::invalid_request(format!("invalid part content type {content_type:?}")).with_source(err)
            }),
            None => Ok(part),
        }
    }
}

/// The parts of a `#[multipart]` request, in declaration order.
#[doc(hidden)]
#[derive(Debug, Default)]
pub struct Multipart {
    parts: Vec<(&'static str, Part)>,
}

impl Multipart {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, name: &'static str, part: Part) {
        self.parts.push((name, part));
    }

    async fn to_reqwest(&self) -> Result<reqwest::multipart::Form> {
        let mut form = reqwest::multipart::Form::new();
        for (name, part) in &self.parts {
            form = form.part(*name, part.to_reqwest().await?);
        }
        Ok(form)
    }
}

/// What `#[part("name")]` accepts: a [`Part`], or any `Display` value as a
/// text field.
#[doc(hidden)]
pub trait IntoPart {
    fn add_to(self, form: &mut Multipart, name: &'static str);
}

impl IntoPart for Part {
    fn add_to(self, form: &mut Multipart, name: &'static str) {
        form.add(name, self);
    }
}

impl<T: fmt::Display> IntoPart for T {
    fn add_to(self, form: &mut Multipart, name: &'static str) {
        form.add(name, Part::text(self.to_string()));
    }
}

/// What `#[body(raw)]` accepts: bytes in any owned or borrowed form, or a
/// [`Body`] for files and streams.
#[doc(hidden)]
pub trait IntoRawBody {
    fn into_raw_body(self) -> Body;
}

impl IntoRawBody for Body {
    fn into_raw_body(self) -> Body {
        self
    }
}

macro_rules! owned_raw_body {
    ($($ty:ty),*) => {$(
        impl IntoRawBody for $ty {
            fn into_raw_body(self) -> Body {
                Body::bytes(self)
            }
        }
    )*};
}

owned_raw_body!(Bytes, Vec<u8>, String);

macro_rules! borrowed_raw_body {
    ($($ty:ty),*) => {$(
        impl IntoRawBody for &$ty {
            fn into_raw_body(self) -> Body {
                let bytes: &[u8] = self.as_ref();
                Body::bytes(Bytes::copy_from_slice(bytes))
            }
        }
    )*};
}

borrowed_raw_body!([u8], str, Vec<u8>, Bytes, String);
