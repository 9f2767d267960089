//! The runtime side of the conformance tests that `#[client(openapi = "...")]`
//! generates: payloads built from the description when the macro expanded,
//! decoded into the declared types exactly as a call decodes a response.
//!
//! Generated code only. Each test is one [`Method`] and one call:
//!
//! ```
//! # #[derive(serde::Deserialize)] struct Gist { id: String }
//! use client_runtime::__private::conformance::{Method, Payload};
//!
//! const METHOD: Method = Method {
//!     name: "get_gist",
//!     operation: "GET /gists/{gist_id}",
//!     declared: "Gist",
//!     notes: &[],
//!     payloads: &[Payload {
//!         kind: "a maximal payload (200)",
//!         json: r#"{"id": "aa5a315d61ae9438b18d"}"#,
//!         variants: "",
//!         complete: None,
//!     }],
//! };
//! let report = METHOD.decodes::<client_runtime::__private::Json<Gist>>();
//! assert!(report.failures().is_empty());
//! report.assert();
//! ```
//!
//! A payload decodes as a whole, then with each of its variants (a value
//! changed at a JSON pointer, see [`Payload::variants`]). Variants are
//! tried together, as many as do not overlap; when such a batch fails, the
//! error's path names the variant that broke it, which is reported and
//! taken out, and the rest are tried again. A test therefore costs a few
//! decodes when the types are right, and still lists every failure.

mod message;
mod repair;
mod run;
mod variant;

#[cfg(test)]
mod tests;

use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use self::run::{Failure, Outcome};
use crate::decode::Decode;
use crate::error::Error;
use crate::json_path::{self, Located};
use crate::paginate::fetch::{ItemError, decode_page};
use crate::response::Head;
use crate::streams::decode_data;

/// One method's conformance test: what it is, and its payloads.
#[derive(Debug, Clone, Copy)]
pub struct Method {
    /// The trait method, `update_gist`.
    pub name: &'static str,
    /// The operation, `PATCH /gists/{gist_id}`.
    pub operation: &'static str,
    /// What a payload decodes into, as written: `Gist`, `Vec<Label>`, or a
    /// listing's or a stream's item type.
    pub declared: &'static str,
    /// What the generator has to say about the payloads (a limit it
    /// reached, a response it could not use): printed as notes.
    pub notes: &'static [&'static str],
    /// The payloads, documented examples first.
    pub payloads: &'static [Payload],
}

/// A payload: one JSON document, and the changes tried on it.
#[derive(Debug, Clone, Copy)]
pub struct Payload {
    /// What it is, for messages: `the documented example `default` of the
    /// 200 response`, `a maximal payload (200)`.
    pub kind: &'static str,
    /// The document.
    pub json: &'static str,
    /// Changes to try, one a line: a reason, the JSON pointer as a JSON
    /// string, and the value put there (`null "/files" null`). Reasons:
    /// `null` (nullable), `enum` (an enum value), `max:FORMAT` (the largest
    /// integer of the format, or of `maximum`), `min` (a negative
    /// `minimum`), `alt:KEYWORD:N` (the Nth alternative of `oneOf` or
    /// `anyOf`); and two probes whose failures are notes: `probe:enum` (a
    /// value the enum does not list) and `probe:negative` (a negative
    /// integer where the description gives no minimum).
    pub variants: &'static str,
    /// The index, among the method's payloads, of one with every property
    /// (the maximal payload of the same response). When this one does not
    /// decode, the value that failed is taken from it and the payload tried
    /// again, so that one run names every field that fails.
    pub complete: Option<usize>,
}

/// What a conformance test found: failures fail it, notes are printed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    failures: Vec<String>,
    notes: Vec<String>,
    /// Integers refusing a negative value the description does not rule
    /// out: their paths and errors, gathered into one note at the end.
    negatives: Vec<(String, String)>,
}

impl Method {
    /// Decodes each payload as a response body, with the decoder a call of
    /// the method uses (`Json<T>`, and `Optional`/`WithMeta` around it).
    pub fn decodes<D: Decode>(&self) -> Report {
        let head = Head::fake(StatusCode::OK, HeaderMap::new(), fake_url());
        run::method(self, |body| match D::decode(&head, Bytes::copy_from_slice(body)) {
            Ok(_) => Ok(()),
            Err(err) => Err(failure_of(&err)),
        })
    }

    /// Decodes each payload as a page of a listing: the array at `items`
    /// (a JSON pointer, empty for the body itself), item by item.
    pub fn lists<T: DeserializeOwned>(&self, items: &str) -> Report {
        let pointer = (!items.is_empty()).then_some(items);
        run::method(self, |body| match decode_page::<T>(&Bytes::copy_from_slice(body), pointer, false) {
            Ok(_) => Ok(()),
            Err(err) => Err(failure_of_page(&err, body, items)),
        })
    }

    /// Decodes each payload as the data of one server-sent event.
    pub fn streams_events<T: DeserializeOwned + 'static>(&self) -> Report {
        run::method(self, decode_item::<T>)
    }

    /// Decodes each payload as one line of a JSON Lines stream.
    pub fn streams_lines<T: DeserializeOwned + 'static>(&self) -> Report {
        run::method(self, decode_item::<T>)
    }
}

/// An event's data or a line, as the streams decode them.
fn decode_item<T: DeserializeOwned + 'static>(body: &[u8]) -> Outcome {
    let text = String::from_utf8_lossy(body).into_owned();
    match decode_data::<T>(text) {
        Ok(_) => Ok(()),
        Err((_, located)) => Err(Failure::new(located.path.clone(), json_path::without_position(&located.inner))),
    }
}

impl Report {
    /// The failures, each a complete message.
    pub fn failures(&self) -> &[String] {
        &self.failures
    }

    /// The notes, each a complete message.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// Prints the notes (shown with `cargo test -- --show-output`), and
    /// panics listing every failure.
    #[track_caller]
    pub fn assert(&self) {
        for note in &self.notes {
            println!("note: {note}");
        }
        if !self.failures.is_empty() {
            panic!("{self}");
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.failures.len();
        let noun = if count == 1 { "payload" } else { "payloads" };
        write!(f, "{count} {noun} from the OpenAPI description did not decode:")?;
        for failure in &self.failures {
            write!(f, "\n- {failure}")?;
        }
        Ok(())
    }
}

/// Where a decode failed and why, from the runtime's own error.
fn failure_of(err: &Error) -> Failure {
    let source = std::error::Error::source(err);
    if let Some(located) = source.and_then(|s| s.downcast_ref::<Located>()) {
        return Failure::new(located.path.clone(), json_path::without_position(&located.inner));
    }
    if let Some(item) = source.and_then(|s| s.downcast_ref::<ItemError>()) {
        return Failure::new(item.path.clone(), item.reason.clone());
    }
    Failure::new(".".to_owned(), err.to_string())
}

/// As [`failure_of`], with an item's path put under the items array's.
fn failure_of_page(err: &Error, body: &[u8], items: &str) -> Failure {
    let failure = failure_of(err);
    let in_item = std::error::Error::source(err).is_some_and(|s| s.is::<ItemError>());
    if in_item { failure.under(&pointer_path(body, items)) } else { failure }
}

/// The path of the value at `pointer` in a document, as `json_path`
/// spells paths; `.` for the document itself or one that does not parse.
fn pointer_path(body: &[u8], pointer: &str) -> String {
    match serde_json::from_slice(body) {
        Ok(document) => variant::display_path(&document, pointer),
        Err(_) => ".".to_owned(),
    }
}

fn fake_url() -> url::Url {
    url::Url::parse("http://localhost/").expect("a valid constant URL")
}
