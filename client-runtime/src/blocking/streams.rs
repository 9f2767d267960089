//! The blocking flavour of event streams: an `Iterator` instead of a
//! `Stream`, each read driven on the blocking session's runtime.

use std::fmt;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use futures_util::StreamExt as _;
use serde::de::DeserializeOwned;

use crate::error::Result;
use crate::request::Call;
use crate::streams::{Event, SseOptions};

/// Server-sent events from a blocking client: an `Iterator` of
/// `Result<Event<T>>`, with the rules of the async
/// [`EventStream`](crate::EventStream).
///
/// ```no_run
/// use client_runtime::{blocking::EventStream, client, Result};
///
/// #[client(blocking, base_url = "https://api.example.com")]
/// pub trait Feed {
///     #[get("/events")]
///     #[sse(reconnect)]
///     fn events(&self) -> Result<EventStream<String>>;
/// }
///
/// # fn run(feed: FeedClient) -> Result<()> {
/// for event in feed.events()? {
///     println!("{}", event?.data());
/// }
/// # Ok(()) }
/// ```
pub struct EventStream<T> {
    inner: crate::streams::EventStream<T>,
    /// `None` for a fake, whose items are all ready. After `inner`: it
    /// drops last.
    session: Option<super::SettleOnDrop>,
}

impl<T: DeserializeOwned + Send + 'static> EventStream<T> {
    pub(crate) fn open(session: &super::Session, call: Call, options: &SseOptions) -> Result<Self> {
        let inner = session.block_on(crate::streams::EventStream::open(session.as_async(), call, options))?;
        Ok(Self { inner, session: Some(super::SettleOnDrop(session.clone())) })
    }

    /// An iterator over these events, for fakes that implement a blocking
    /// client trait in tests.
    ///
    /// ```
    /// use client_runtime::{Event, blocking::EventStream};
    ///
    /// let events = EventStream::from_events(vec![Event::new("hi".to_owned())]);
    /// let data: Vec<String> = events.map(|event| event.expect("ok").into_data()).collect();
    /// assert_eq!(data, ["hi"]);
    /// ```
    pub fn from_events(events: Vec<Event<T>>) -> Self {
        Self { inner: crate::streams::EventStream::from_events(events), session: None }
    }

    /// See [`EventStream::max_event_size`](crate::EventStream::max_event_size).
    pub fn max_event_size(self, bytes: usize) -> Self {
        Self { inner: self.inner.max_event_size(bytes), session: self.session }
    }

    /// See [`EventStream::read_timeout`](crate::EventStream::read_timeout).
    pub fn read_timeout(self, timeout: Duration) -> Self {
        Self { inner: self.inner.read_timeout(timeout), session: self.session }
    }

    /// The id a reconnection would send as `Last-Event-ID`.
    pub fn last_event_id(&self) -> Option<&str> {
        self.inner.last_event_id()
    }

    /// Stops reading and closes the connection.
    pub fn close(&mut self) {
        self.inner.close();
    }

    /// The status of the response that opened the stream.
    pub fn status(&self) -> http::StatusCode {
        self.inner.status()
    }

    /// The headers of the response that opened the stream.
    pub fn headers(&self) -> &http::HeaderMap {
        self.inner.headers()
    }
}

impl<T: DeserializeOwned + Send + 'static> Iterator for EventStream<T> {
    type Item = Result<Event<T>>;

    fn next(&mut self) -> Option<Self::Item> {
        next_item(self.session.as_ref().map(|s| &s.0), &mut self.inner)
    }
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::EventStream").field(&self.inner).finish()
    }
}

/// JSON Lines from a blocking client: an `Iterator` of `Result<T>`, with
/// the rules of the async [`JsonLines`](crate::JsonLines).
pub struct JsonLines<T> {
    inner: crate::streams::JsonLines<T>,
    /// `None` for a fake, whose items are all ready. After `inner`: it
    /// drops last.
    session: Option<super::SettleOnDrop>,
}

impl<T: DeserializeOwned + Send + 'static> JsonLines<T> {
    pub(crate) fn open(session: &super::Session, call: Call, max_line_size: Option<usize>) -> Result<Self> {
        let inner = session.block_on(crate::streams::JsonLines::open(session.as_async(), call, max_line_size))?;
        Ok(Self { inner, session: Some(super::SettleOnDrop(session.clone())) })
    }

    /// An iterator over these items, for fakes that implement a blocking
    /// client trait in tests.
    pub fn from_items(items: Vec<T>) -> Self {
        Self { inner: crate::streams::JsonLines::from_items(items), session: None }
    }

    /// See [`JsonLines::max_line_size`](crate::JsonLines::max_line_size).
    pub fn max_line_size(self, bytes: usize) -> Self {
        Self { inner: self.inner.max_line_size(bytes), session: self.session }
    }

    /// See [`JsonLines::read_timeout`](crate::JsonLines::read_timeout).
    pub fn read_timeout(self, timeout: Duration) -> Self {
        Self { inner: self.inner.read_timeout(timeout), session: self.session }
    }

    /// Stops reading and closes the connection.
    pub fn close(&mut self) {
        self.inner.close();
    }

    /// The status of the response that opened the stream.
    pub fn status(&self) -> http::StatusCode {
        self.inner.status()
    }

    /// The headers of the response that opened the stream.
    pub fn headers(&self) -> &http::HeaderMap {
        self.inner.headers()
    }
}

impl<T: DeserializeOwned + Send + 'static> Iterator for JsonLines<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Self::Item> {
        next_item(self.session.as_ref().map(|s| &s.0), &mut self.inner)
    }
}

/// The next item, read on the session's runtime; a fake's items are all
/// ready, so it needs no runtime.
fn next_item<S>(session: Option<&super::Session>, stream: &mut S) -> Option<S::Item>
where
    S: futures_core::Stream + Unpin + Send,
    S::Item: Send,
{
    match session {
        Some(session) => session.block_on(stream.next()),
        None => match pin!(stream.next()).poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(item) => item,
            Poll::Pending => None,
        },
    }
}

impl<T> fmt::Debug for JsonLines<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::JsonLines").field(&self.inner).finish()
    }
}
