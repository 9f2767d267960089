//! Event streams: `Result<EventStream<T>>` (server-sent events) and
//! `Result<JsonLines<T>>` (JSON Lines, NDJSON).
//!
//! ```no_run
//! use client_runtime::{client, EventStream, JsonLines, Result};
//! # #[derive(serde::Serialize)] pub struct ChatRequest { pub stream: bool }
//! # #[derive(serde::Deserialize)] pub struct ChatChunk {}
//! # #[derive(serde::Deserialize)] pub struct WatchEvent {}
//!
//! #[client(base_url = "https://api.example.com")]
//! pub trait Api {
//!     #[post("/v1/chat/completions")]
//!     #[sse(end = "[DONE]")]
//!     async fn chat(&self, #[body] request: &ChatRequest) -> Result<EventStream<ChatChunk>>;
//!
//!     #[get("/api/v1/namespaces/<ns>/pods")]
//!     async fn watch_pods(&self, ns: &str, #[query] watch: bool) -> Result<JsonLines<WatchEvent>>;
//!
//!     #[get("/notifications")]
//!     #[sse(reconnect)]
//!     async fn notifications(&self) -> Result<EventStream<String>>;
//! }
//! ```
//!
//! In an async client both are a `Stream`; in a blocking client,
//! [`blocking::EventStream`](crate::blocking::EventStream) and
//! [`blocking::JsonLines`](crate::blocking::JsonLines) are an `Iterator`.
//!
//! # Opening
//!
//! The request that opens a stream is an ordinary call: auth, the rate
//! limiter, redirects and retries apply, and a status outside 2xx is an
//! [`Error`](crate::Error) with its status and body. An event stream's
//! request says `Accept: text/event-stream` unless the method sets its own
//! `Accept`. A `204 No Content` is an empty stream.
//!
//! # Limits
//!
//! - **Size.** One event (its data and type) or one line larger than
//!   [`DEFAULT_MAX_EVENT_SIZE`] (1 MiB) ends the stream with
//!   [`ErrorKind::BodyTooLarge`](crate::ErrorKind::BodyTooLarge); memory
//!   never grows with the length of the stream. Change it with
//!   `#[sse(max_event_size = N)]` or `.max_event_size(n)` on the stream.
//! - **Time.** The session's total per-attempt timeout covers opening the
//!   stream, up to the response headers, not the body: a stream may run
//!   for hours. Between two chunks, the session's read timeout applies, or
//!   [`DEFAULT_STREAM_READ_TIMEOUT`] (60 s) when the session has none;
//!   `.read_timeout(d)` on the stream changes it (a session read timeout
//!   is also enforced by the connection itself, so a stream can shorten
//!   it, not lengthen it). A server that sends
//!   nothing for that long (not even a `:` comment as keep-alive) ends the
//!   stream with [`ErrorKind::Timeout`](crate::ErrorKind::Timeout).
//!
//! # Errors inside a stream
//!
//! Data that does not decode into `T` is an item of kind
//! [`ErrorKind::Decode`](crate::ErrorKind::Decode) naming the event (its
//! type and id; the data is the error's body), and the stream continues.
//! A dropped connection or an idle timeout is a last error item, unless
//! the stream reconnects.
//!
//! # Ending
//!
//! `#[sse(end = "[DONE]")]` declares the data that ends the stream
//! (OpenAI-style `data: [DONE]`): the stream ends there, without an item
//! for it, and closes the connection.
//!
//! # Resuming
//!
//! With `#[sse(reconnect)]`, a dropped, timed-out or ended connection is
//! reopened, and the consumer sees one continuous stream: an event cut off
//! by the drop is discarded (the specification's rule) and the request is
//! sent again with `Last-Event-ID` set to the id of the last complete
//! event, so the server resumes after it. The reconnection
//! - waits the server's last `retry:` delay (capped by the policy's
//!   `max_retry_after`), or the retry policy's backoff when none was given;
//! - goes through the session like any call: auth, the rate limiter, the
//!   retry budget, and the usual retries of the reopening request;
//! - is bounded by the retry policy: at most `max_attempts - 1`
//!   reconnections in a row without an event between them, and none after
//!   the policy's deadline, counted from the first drop. Then the stream
//!   ends with the error that dropped it (or cleanly, if the server had
//!   ended it cleanly).
//!
//! A `204 No Content` answer to a reconnection ends the stream, as the
//! specification asks. Reconnection needs a request that is safe to send
//! again: a GET, or a POST declared `#[idempotent]` (the macro refuses
//! `#[sse(reconnect)]` otherwise), with a body that can be replayed.

mod event_stream;
mod json_lines;
mod lines;
mod reader;
mod sse;

use std::any::Any;
use std::time::Duration;

use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

pub use self::event_stream::{Event, EventStream};
pub use self::json_lines::JsonLines;
use crate::json_path::Located;
use crate::response::Head;

/// The largest event or line accepted when no other cap is set: 1 MiB.
pub const DEFAULT_MAX_EVENT_SIZE: usize = 1024 * 1024;

/// How long a stream may stay silent between chunks when the session has
/// no read timeout: 60 s.
pub const DEFAULT_STREAM_READ_TIMEOUT: Duration = Duration::from_secs(60);

/// What `#[sse(...)]` declared on a method.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, Default)]
pub struct SseOptions {
    /// `end = "[DONE]"`: the data that ends the stream.
    pub end: Option<&'static str>,
    /// `reconnect`: resume a dropped stream with `Last-Event-ID`.
    pub reconnect: bool,
    /// `max_event_size = N`.
    pub max_event_size: Option<usize>,
}

/// Decodes data as JSON into `T`, or keeps it as text when `T` is
/// `String`. On failure, hands the text back with the error.
pub(crate) fn decode_data<T: DeserializeOwned + 'static>(text: String) -> Result<T, (String, Located)> {
    let mut slot = Some(text);
    if let Some(same) = (&mut slot as &mut dyn Any).downcast_mut::<Option<T>>() {
        if let Some(data) = same.take() {
            return Ok(data);
        }
    }
    let text = slot.unwrap_or_default();
    // From bytes, like response bodies: one decoder per type for both.
    match serde_json::from_slice(text.as_bytes()) {
        Ok(data) => Ok(data),
        Err(inner) => {
            let located = Located::new(text.as_bytes(), inner);
            Err((text, located))
        }
    }
}

/// The head of a stream made by a fake.
fn fake_head() -> Head {
    Head::fake(StatusCode::OK, HeaderMap::new(), url::Url::parse("http://localhost/").expect("a valid constant URL"))
}

/// `input` cut at `cuts`, for the parsers' property tests: whatever the
/// cuts, a parser must give what it gives for the input in one piece.
#[cfg(test)]
fn cut<'a>(input: &'a [u8], cuts: &[proptest::sample::Index]) -> Vec<&'a [u8]> {
    let mut points: Vec<usize> = cuts.iter().map(|i| i.index(input.len() + 1)).collect();
    points.sort_unstable();
    let mut chunks = Vec::with_capacity(points.len() + 1);
    let mut start = 0;
    for point in points {
        chunks.push(&input[start..point]);
        start = point;
    }
    chunks.push(&input[start..]);
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Chunk {
        token: String,
    }

    #[test]
    fn strings_keep_the_text_and_other_types_decode_json() {
        assert_eq!(decode_data::<String>("not json".to_owned()).expect("text"), "not json");
        let chunk: Chunk = decode_data(r#"{"token":"hi"}"#.to_owned()).expect("json");
        assert_eq!(chunk.token, "hi");
        let value: serde_json::Value = decode_data("[1, 2]".to_owned()).expect("json");
        assert_eq!(value, serde_json::json!([1, 2]));
    }

    #[test]
    fn a_failure_names_the_path_and_keeps_the_text() {
        let (text, err) = decode_data::<Chunk>(r#"{"token":5}"#.to_owned()).expect_err("wrong type");
        assert_eq!(text, r#"{"token":5}"#);
        assert_eq!(err.path, "token");
        assert!(decode_data::<Chunk>(r#"{"token":"a"} trailing"#.to_owned()).is_err());
    }
}
