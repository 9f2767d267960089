//! `Result<EventStream<T>>`: server-sent events, decoded one by one.

use std::fmt;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use futures_core::Stream;
use serde::de::DeserializeOwned;

use super::reader::Driver;
use super::sse::{RawEvent, SseParser};
use super::{SseOptions, decode_data};
use crate::endpoint::Endpoint;
use crate::error::{Error, ErrorKind, Result};
use crate::request::Call;
use crate::response::Head;
use crate::session::Session;

/// One server-sent event: its type, the last event id, and its data
/// decoded as `T` (JSON, or the text itself when `T` is `String`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event<T> {
    event: String,
    id: Option<String>,
    retry: Option<Duration>,
    data: T,
}

impl<T> Event<T> {
    /// An event of type `"message"` without an id, for fakes that
    /// implement a client trait in tests.
    pub fn new(data: T) -> Self {
        Self { event: "message".to_owned(), id: None, retry: None, data }
    }

    /// Sets the type, for fakes.
    #[must_use]
    pub fn with_event(mut self, event: impl Into<String>) -> Self {
        self.event = event.into();
        self
    }

    /// Sets the id, for fakes.
    #[must_use]
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// The event's type: its `event:` field, `"message"` when it has none.
    pub fn event(&self) -> &str {
        &self.event
    }

    /// The last event id: set by this event's `id:` field or an earlier
    /// one, as the specification defines it; `None` when empty.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The reconnection delay this event's `retry:` field asked for.
    pub fn retry(&self) -> Option<Duration> {
        self.retry
    }

    /// The decoded data.
    pub fn data(&self) -> &T {
        &self.data
    }

    /// Takes the decoded data.
    pub fn into_data(self) -> T {
        self.data
    }
}

/// A stream of server-sent events (`text/event-stream`): a `Stream` of
/// `Result<Event<T>>` in async clients.
///
/// The body is parsed as it arrives, after the WHATWG rules (any line
/// ending, a BOM, multi-line `data:`, comments as keep-alives). Each
/// event's data is decoded as JSON into `T`, or kept as text when `T` is
/// `String`. Data that does not decode is an error item naming the event,
/// and the stream goes on after it.
///
/// No total timeout applies to a stream; the read timeout applies between
/// chunks (see the [`streams`](crate::streams) module for the defaults and
/// for reconnection with `#[sse(reconnect)]`).
///
/// ```no_run
/// use client_runtime::{client, EventStream, Result};
/// use futures_util::StreamExt as _;
/// # #[derive(serde::Serialize)] pub struct ChatRequest { pub stream: bool }
/// #[derive(serde::Deserialize)]
/// pub struct ChatChunk { pub choices: Vec<serde_json::Value> }
///
/// #[client(base_url = "https://api.example.com")]
/// pub trait Chat {
///     #[post("/v1/chat/completions")]
///     #[sse(end = "[DONE]")]
///     async fn chat(&self, #[body] request: &ChatRequest) -> Result<EventStream<ChatChunk>>;
/// }
///
/// # async fn run(chat: ChatClient) -> Result<()> {
/// let mut events = chat.chat(&ChatRequest { stream: true }).await?;
/// while let Some(event) = events.next().await {
///     let chunk = event?.into_data();
///     println!("{} choices", chunk.choices.len());
/// }
/// # Ok(()) }
/// ```
pub struct EventStream<T> {
    head: Head,
    endpoint: Option<&'static Endpoint>,
    driver: Driver<SseParser>,
    end: Option<&'static str>,
    fake: std::vec::IntoIter<Event<T>>,
    data: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned + 'static> EventStream<T> {
    pub(crate) async fn open(session: &Session, call: Call, options: &SseOptions) -> Result<Self> {
        let parser = SseParser::new(options.max_event_size.unwrap_or(super::DEFAULT_MAX_EVENT_SIZE));
        let opened = super::reader::open(session, call, parser, Some("text/event-stream"), options.reconnect).await?;
        Ok(Self {
            head: opened.head,
            endpoint: Some(opened.endpoint),
            driver: Driver::new(opened.reader),
            end: options.end,
            fake: Vec::new().into_iter(),
            data: PhantomData,
        })
    }

    /// A stream of these events, for fakes that implement a client trait in
    /// tests. It reports `200 OK` from `http://localhost/`.
    ///
    /// ```
    /// use client_runtime::{Event, EventStream};
    /// use futures_util::StreamExt as _;
    /// # async fn run() {
    /// let mut events = EventStream::from_events(vec![Event::new("hi".to_owned())]);
    /// assert_eq!(events.next().await.expect("one").expect("ok").data(), "hi");
    /// # }
    /// ```
    pub fn from_events(events: Vec<Event<T>>) -> Self {
        Self {
            head: super::fake_head(),
            endpoint: None,
            driver: Driver::gone(),
            end: None,
            fake: events.into_iter(),
            data: PhantomData,
        }
    }

    /// The largest event accepted, in bytes (its data, type and any line
    /// not yet ended). A larger one ends the stream with
    /// [`ErrorKind::BodyTooLarge`]. Defaults to 1 MiB
    /// ([`DEFAULT_MAX_EVENT_SIZE`](super::DEFAULT_MAX_EVENT_SIZE)), or what
    /// `#[sse(max_event_size = N)]` declared.
    pub fn max_event_size(mut self, bytes: usize) -> Self {
        self.driver.set_max_size(bytes);
        self
    }

    /// How long the server may send nothing, comments included, before the
    /// stream fails with [`ErrorKind::Timeout`] (or reconnects, with
    /// `#[sse(reconnect)]`). Defaults to the session's read timeout, or
    /// [`DEFAULT_STREAM_READ_TIMEOUT`](super::DEFAULT_STREAM_READ_TIMEOUT);
    /// a session read timeout still bounds it from above.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.driver.set_read_timeout(timeout);
        self
    }

    /// The id a reconnection would send as `Last-Event-ID`: the last one
    /// the server set, as of the last complete event.
    pub fn last_event_id(&self) -> Option<&str> {
        self.driver.last_event_id()
    }

    /// Stops reading and closes the connection.
    pub fn close(&mut self) {
        self.driver.close();
        self.fake = Vec::new().into_iter();
    }

    crate::response::head_accessors!();

    fn decode(&self, raw: RawEvent) -> Result<Event<T>> {
        let RawEvent { event, data, id, retry } = raw;
        match decode_data::<T>(data) {
            Ok(data) => Ok(Event { event, id, retry, data }),
            Err((data, err)) => {
                let id_part = id.as_deref().map(|id| format!(" (id {id:?})")).unwrap_or_default();
                let mut error = Error::new(
                    ErrorKind::Decode,
                    format!("the data of event {event:?}{id_part} does not match the declared type"),
                )
                .with_source(err);
                error.set_body(data.into());
                Err(match self.endpoint {
                    Some(endpoint) => endpoint.error(error),
                    None => error,
                })
            }
        }
    }
}

impl<T: DeserializeOwned + 'static> Stream for EventStream<T> {
    type Item = Result<Event<T>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if let Some(event) = this.fake.next() {
            return Poll::Ready(Some(Ok(event)));
        }
        let raw = match ready!(this.driver.poll_frame(cx)) {
            Some(Ok(raw)) => raw,
            Some(Err(err)) => return Poll::Ready(Some(Err(err))),
            None => return Poll::Ready(None),
        };
        if this.end.is_some_and(|end| raw.data == end) {
            this.driver.close();
            return Poll::Ready(None);
        }
        Poll::Ready(Some(this.decode(raw)))
    }
}

// Nothing in it is pinned structurally: the connection is boxed.
impl<T> Unpin for EventStream<T> {}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("status", &self.head.status)
            .field("state", &self.driver)
            .field("end", &self.end)
            .finish_non_exhaustive()
    }
}
