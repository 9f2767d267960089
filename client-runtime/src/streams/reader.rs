//! Reading a streamed body frame by frame: the read timeout between chunks,
//! the size cap, and reopening a dropped event stream.

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use futures_util::StreamExt as _;
use http::header::{ACCEPT, HeaderName, HeaderValue};
use tokio::time::Instant;

use super::lines::LineSplitter;
use super::sse::{RawEvent, SseParser, TooLarge};
use crate::endpoint::{Endpoint, RetryOverride};
use crate::error::{Error, ErrorKind, Result};
use crate::request::{Call, Prepared};
use crate::response::Head;
use crate::retry::RETRY_COST;
use crate::send::{Streamed, send};
use crate::session::Session;

type Chunks = Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send>>;

const LAST_EVENT_ID: HeaderName = HeaderName::from_static("last-event-id");

/// How a body is cut into frames: events or lines.
pub(crate) trait Framing: Send + 'static {
    type Frame: Send + 'static;

    fn feed(&mut self, chunk: &Bytes, out: &mut VecDeque<Self::Frame>) -> Result<(), TooLarge>;

    /// The body ended cleanly.
    fn body_ended(&mut self, out: &mut VecDeque<Self::Frame>);

    /// The connection is gone and another may follow.
    fn reset(&mut self) {}

    fn set_max_size(&mut self, max_size: usize);

    /// What a reconnection sends as `Last-Event-ID`.
    fn last_event_id(&self) -> Option<&str> {
        None
    }

    /// The server's `retry:` delay.
    fn reconnection_time(&self) -> Option<Duration> {
        None
    }
}

impl Framing for SseParser {
    type Frame = RawEvent;

    fn feed(&mut self, chunk: &Bytes, out: &mut VecDeque<RawEvent>) -> Result<(), TooLarge> {
        SseParser::feed(self, chunk, out)
    }

    fn body_ended(&mut self, _: &mut VecDeque<RawEvent>) {
        // An event without its blank line is incomplete: discarded.
        self.reset_connection();
    }

    fn reset(&mut self) {
        self.reset_connection();
    }

    fn set_max_size(&mut self, max_size: usize) {
        SseParser::set_max_size(self, max_size);
    }

    fn last_event_id(&self) -> Option<&str> {
        SseParser::last_event_id(self)
    }

    fn reconnection_time(&self) -> Option<Duration> {
        SseParser::reconnection_time(self)
    }
}

impl Framing for LineSplitter {
    type Frame = Bytes;

    fn feed(&mut self, chunk: &Bytes, out: &mut VecDeque<Bytes>) -> Result<(), TooLarge> {
        LineSplitter::feed(self, chunk, out)
    }

    fn body_ended(&mut self, out: &mut VecDeque<Bytes>) {
        self.finish(out);
    }

    fn set_max_size(&mut self, max_size: usize) {
        LineSplitter::set_max_size(self, max_size);
    }
}

/// Sends the call that opens a stream and returns its first response's
/// head with a reader over the body. A status outside 2xx is an ordinary
/// error, after the usual retries.
pub(crate) async fn open<F: Framing>(
    session: &Session,
    call: Call,
    framing: F,
    accept: Option<&'static str>,
    reconnect: bool,
) -> Result<Opened<F>> {
    let mut request = call.finish(session)?;
    if let Some(accept) = accept {
        request.headers.entry(ACCEPT).or_insert(HeaderValue::from_static(accept));
    }
    let endpoint = request.endpoint;
    let received = send(session, &request, |status| status.is_success(), Streamed).await?;
    // 204: nothing to stream, and (for event streams) a request not to reconnect.
    let body = match received.head.status {
        http::StatusCode::NO_CONTENT => None,
        _ => Some(Box::pin(received.body.bytes_stream()) as Chunks),
    };
    let reconnect = reconnect && can_send_again(&request);
    let finished = body.is_none();
    let reader = Reader {
        read_timeout: read_timeout(session),
        session: session.clone(),
        request,
        reconnect,
        body,
        framing,
        ready: VecDeque::new(),
        deferred: None,
        finished,
        drops: Drops::default(),
    };
    Ok(Opened { head: *received.head, endpoint, reader })
}

/// A stream just opened.
pub(crate) struct Opened<F: Framing> {
    pub(crate) head: Head,
    pub(crate) endpoint: &'static Endpoint,
    pub(crate) reader: Reader<F>,
}

/// Whether the request may be sent again to resume: an idempotent method
/// (or `#[idempotent]`) with a body that can be replayed.
fn can_send_again(request: &Prepared) -> bool {
    request.endpoint.idempotent && request.body.as_ref().is_none_or(|body| body.can_send_again())
}

/// The session's read timeout, or the default for streams.
fn read_timeout(session: &Session) -> Duration {
    session.inner.settings.read_timeout.unwrap_or(super::DEFAULT_STREAM_READ_TIMEOUT)
}

/// Reconnections since the last frame: the retry policy bounds them.
#[derive(Debug, Default)]
struct Drops {
    count: u32,
    since: Option<Instant>,
    last_error: Option<Error>,
}

/// One streamed body (or a series of them, when an event stream is
/// resumed), cut into frames.
pub(crate) struct Reader<F: Framing> {
    session: Session,
    request: Prepared,
    reconnect: bool,
    body: Option<Chunks>,
    framing: F,
    read_timeout: Duration,
    ready: VecDeque<F::Frame>,
    /// An error to report once the frames before it are delivered.
    deferred: Option<Error>,
    /// No more reading: what is in `ready` and `deferred` is all.
    finished: bool,
    drops: Drops,
}

/// What the reader has for its consumer without waiting.
enum Next<T> {
    Frame(T),
    Failed(Error),
    End,
    NeedIo,
}

impl<F: Framing> Reader<F> {
    fn endpoint(&self) -> &'static Endpoint {
        self.request.endpoint
    }

    fn pop(&mut self) -> Next<F::Frame> {
        if let Some(frame) = self.ready.pop_front() {
            if self.drops.since.is_some() {
                // Resumed: what the reconnections spent is earned back.
                self.session.inner.budget.refund(self.drops.count.saturating_mul(RETRY_COST));
                self.drops = Drops::default();
            }
            return Next::Frame(frame);
        }
        if let Some(err) = self.deferred.take() {
            return Next::Failed(err);
        }
        if self.finished { Next::End } else { Next::NeedIo }
    }

    /// Reads until there is a frame, an error or the end.
    async fn fill(&mut self) {
        while !self.finished && self.ready.is_empty() && self.deferred.is_none() {
            let Some(body) = self.body.as_mut() else {
                if let Err(err) = self.reopen().await {
                    self.stop(err);
                }
                continue;
            };
            let dropped = match tokio::time::timeout(self.read_timeout, body.next()).await {
                Ok(Some(Ok(chunk))) => match self.framing.feed(&chunk, &mut self.ready) {
                    Ok(()) => continue,
                    Err(TooLarge) => {
                        self.stop(Error::new(ErrorKind::BodyTooLarge, "one event or line is larger than the cap"));
                        continue;
                    }
                },
                Ok(Some(Err(err))) => Some(Error::from_reqwest(err)),
                Ok(None) => {
                    self.framing.body_ended(&mut self.ready);
                    None
                }
                Err(elapsed) => Some(
                    Error::new(
                        ErrorKind::Timeout,
                        format!("the stream sent nothing for {} ms (the read timeout)", self.read_timeout.as_millis()),
                    )
                    .with_source(elapsed),
                ),
            };
            self.body = None;
            self.framing.reset();
            if !self.reconnect {
                self.finished = true;
                self.deferred = dropped.map(|err| self.endpoint().error(err));
            } else if let Some(err) = dropped {
                tracing::debug!(method = %self.endpoint().method, path = self.endpoint().template, error = %err.kind(), "the event stream dropped");
                self.drops.last_error = Some(err);
            }
        }
    }

    /// Stops reading and reports `err` after the frames already parsed.
    fn stop(&mut self, err: Error) {
        self.body = None;
        self.finished = true;
        self.deferred = Some(self.endpoint().error(err));
    }

    /// Reopens a dropped event stream through the session, with
    /// `Last-Event-ID`, after the server's `retry:` delay or the policy's
    /// backoff; bounded by the policy's attempts and deadline.
    async fn reopen(&mut self) -> Result<()> {
        let policy = self.session.retry_policy();
        let max_attempts = match self.endpoint().retry {
            RetryOverride::Inherit => policy.get_max_attempts(),
            RetryOverride::Off => 1,
            RetryOverride::MaxAttempts(n) => n.max(1),
        };
        let since = *self.drops.since.get_or_insert_with(Instant::now);
        let retry = self.drops.count;
        if retry.saturating_add(1) >= max_attempts {
            return self.give_up("the event stream dropped again and the retry policy allows no more reconnections");
        }
        let wait = match self.framing.reconnection_time() {
            Some(asked) => asked.min(policy.get_max_retry_after()),
            None => policy.backoff(retry, policy.draw_jitter()),
        };
        let past_deadline = |deadline| {
            since.checked_add(deadline).is_some_and(|end| Instant::now().checked_add(wait).is_none_or(|at| at >= end))
        };
        if policy.get_deadline().is_some_and(past_deadline) {
            return self.give_up("the retry deadline passed before the event stream could be resumed");
        }
        if !self.session.inner.budget.try_spend(RETRY_COST) {
            return self.give_up("the retry budget is spent");
        }
        self.drops.count += 1;
        tracing::debug!(
            method = %self.endpoint().method,
            path = self.endpoint().template,
            reconnection = self.drops.count,
            wait_ms = wait.as_millis() as u64,
            "reopening the event stream"
        );
        tokio::time::sleep(wait).await;
        match self.framing.last_event_id().map(HeaderValue::from_str) {
            Some(Ok(id)) => {
                self.request.headers.insert(LAST_EVENT_ID, id);
            }
            Some(Err(_)) => {
                return self.give_up("the last event id cannot be sent in a header");
            }
            None => {}
        }
        let received = send(&self.session, &self.request, |status| status.is_success(), Streamed).await?;
        match received.head.status {
            http::StatusCode::NO_CONTENT => self.finished = true,
            _ => self.body = Some(Box::pin(received.body.bytes_stream())),
        }
        Ok(())
    }

    /// Ends a stream that cannot be resumed: with the error that dropped
    /// it, or cleanly when the server had ended it cleanly.
    fn give_up(&mut self, why: &'static str) -> Result<()> {
        self.finished = true;
        match self.drops.last_error.take() {
            Some(err) => Err(err.with_note(why).with_attempts(self.drops.count.saturating_add(1))),
            None => Ok(()),
        }
    }
}

impl<F: Framing> fmt::Debug for Reader<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reader")
            .field("reconnect", &self.reconnect)
            .field("connected", &self.body.is_some())
            .field("finished", &self.finished)
            .field("read_timeout", &self.read_timeout)
            .finish_non_exhaustive()
    }
}

type Filling<F> = Pin<Box<dyn Future<Output = Box<Reader<F>>> + Send>>;

/// Drives a [`Reader`] from `poll_next`: frames already parsed are handed
/// out without a future; one boxed future per read otherwise.
pub(crate) struct Driver<F: Framing> {
    state: State<F>,
    max_size: Option<usize>,
    read_timeout: Option<Duration>,
    /// The last event id when the reader is busy or gone.
    last_event_id: Option<String>,
}

enum State<F: Framing> {
    Idle(Box<Reader<F>>),
    Busy(Filling<F>),
    Gone,
}

impl<F: Framing> Driver<F> {
    pub(crate) fn new(reader: Reader<F>) -> Self {
        Self { state: State::Idle(Box::new(reader)), max_size: None, read_timeout: None, last_event_id: None }
    }

    /// A driver with nothing to read, for fakes.
    pub(crate) fn gone() -> Self {
        Self { state: State::Gone, max_size: None, read_timeout: None, last_event_id: None }
    }

    pub(crate) fn set_max_size(&mut self, max_size: usize) {
        self.max_size = Some(max_size);
    }

    pub(crate) fn set_read_timeout(&mut self, timeout: Duration) {
        self.read_timeout = Some(timeout);
    }

    /// Drops the connection: nothing more is read or yielded.
    pub(crate) fn close(&mut self) {
        self.remember_id();
        self.state = State::Gone;
    }

    pub(crate) fn last_event_id(&self) -> Option<&str> {
        match &self.state {
            State::Idle(reader) => reader.framing.last_event_id(),
            _ => self.last_event_id.as_deref(),
        }
    }

    fn remember_id(&mut self) {
        if let State::Idle(reader) = &self.state {
            self.last_event_id = reader.framing.last_event_id().map(str::to_owned);
        }
    }

    pub(crate) fn poll_frame(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<F::Frame>>> {
        loop {
            match &mut self.state {
                State::Idle(reader) => match reader.pop() {
                    Next::Frame(frame) => return Poll::Ready(Some(Ok(frame))),
                    Next::Failed(err) => return Poll::Ready(Some(Err(err))),
                    Next::End => {
                        self.close();
                        return Poll::Ready(None);
                    }
                    Next::NeedIo => {
                        self.remember_id();
                        let State::Idle(mut reader) = std::mem::replace(&mut self.state, State::Gone) else {
                            return Poll::Ready(None);
                        };
                        if let Some(max_size) = self.max_size {
                            reader.framing.set_max_size(max_size);
                        }
                        if let Some(timeout) = self.read_timeout {
                            reader.read_timeout = timeout;
                        }
                        self.state = State::Busy(Box::pin(async move {
                            reader.fill().await;
                            reader
                        }));
                    }
                },
                State::Busy(filling) => {
                    let reader = ready!(filling.as_mut().poll(cx));
                    self.state = State::Idle(reader);
                }
                State::Gone => return Poll::Ready(None),
            }
        }
    }
}

impl<F: Framing> fmt::Debug for Driver<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &self.state {
            State::Idle(reader) if reader.finished => "finished",
            State::Idle(_) => "open",
            State::Busy(_) => "reading",
            State::Gone => "closed",
        };
        f.write_str(state)
    }
}
