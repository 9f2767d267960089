//! Typed HTTP clients from annotated traits.
//!
//! Describe an API once as a trait; [`#[client]`](client) generates a
//! client struct that runs on this crate: sessions with shared headers and
//! credentials, timeouts, typed errors, safe retries, rate limits,
//! pagination and uploads. Every misuse of the attributes below is a
//! compile error pointing at the offending token.
//!
//! ```no_run
//! use client_runtime::{client, Paginated, Part, Response, Result};
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Debug, Deserialize)]
//! pub struct User { pub login: String, pub id: u64 }
//! #[derive(Debug, Deserialize)]
//! pub struct Issue { pub number: u64, pub title: String }
//! #[derive(Serialize)]
//! pub struct NewIssue<'a> { pub title: &'a str }
//!
//! #[client(base_url = "https://api.github.com")]
//! #[header("Accept", "application/vnd.github+json")]
//! pub trait GitHub {
//!     #[get("/users/<name>")]
//!     async fn get_user(&self, name: &str) -> Result<User>;
//!
//!     #[get("/users/<name>")]
//!     async fn find_user(&self, name: &str) -> Result<Option<User>>;
//!
//!     #[get("/repos/<owner>/<repo>/contents/<path..>")]
//!     async fn get_contents(&self, owner: &str, repo: &str, path: &str) -> Result<Response<serde_json::Value>>;
//!
//!     #[post("/repos/<owner>/<repo>/issues")]
//!     #[header("X-Trace", "1")]
//!     async fn create_issue(&self, owner: &str, repo: &str, #[body] issue: &NewIssue<'_>) -> Result<Issue>;
//!
//!     #[delete("/repos/<owner>/<repo>/issues/<number>/lock")]
//!     async fn unlock(&self, owner: &str, repo: &str, number: u64, #[header("X-Reason")] reason: Option<&str>) -> Result<()>;
//!
//!     #[get("/repos/<owner>/<repo>/issues")]
//!     #[paginate(link)]
//!     fn list_issues(&self, owner: &str, repo: &str, #[query] state: Option<&str>) -> Paginated<Issue>;
//!
//!     #[post("/repos/<owner>/<repo>/releases/<id>/assets")]
//!     #[multipart]
//!     async fn upload(&self, owner: &str, repo: &str, id: u64, #[part("file")] file: Part, #[part("label")] label: &str) -> Result<()>;
//! }
//!
//! # async fn run() -> Result<()> {
//! let github = GitHubClient::builder().bearer_auth("token").build()?;
//! let user = github.get_user("octocat").await?;
//! match github.find_user("no-such-user-here").await? {
//!     Some(user) => println!("{}", user.login),
//!     None => println!("no such user"),
//! }
//! # Ok(()) }
//! ```
//!
//! # The declaration language
//!
//! On the trait:
//! - `#[client(base_url = "https://...")]` generates `<Trait>Client`;
//!   `#[client(blocking)]` forces the blocking flavour. Without it, a trait
//!   of `async fn`s is async and a trait of plain `fn`s is blocking.
//! - `#[header("Name", "value")]` sends a static header with every call.
//!
//! On a method:
//! - one verb: `#[get("/path")]`, `#[post]`, `#[put]`, `#[patch]`,
//!   `#[delete]`, `#[head]` or `#[options]`. In the template, `<name>` is
//!   filled by the argument `name` as ONE percent-encoded segment (`/`,
//!   `?`, `#`, `%`, space and non-ASCII escaped; empty, `.` and `..`
//!   refused before anything is sent), and a final `<name..>` keeps `/`
//!   between segments. A constant query may follow `?`.
//! - `#[header("Name", "value")]`, `#[timeout(secs = N)]` or
//!   `#[timeout(ms = N)]`, `#[retry(max_attempts = N)]` or `#[retry(none)]`,
//!   `#[idempotent]` (a POST or PATCH that is safe to repeat),
//!   `#[paginate(...)]` (see [`paginate`]), `#[multipart]`.
//! - a method with a default body is left alone: a helper built from the
//!   other calls.
//!
//! On an argument that is not a placeholder:
//! - `#[query]` / `#[query("key")]`: `None` is omitted, a `Vec` or slice
//!   repeats the key, a `Serialize` struct or map is flattened.
//!   `#[query(join = ",")]` sends a list as one value (`labels=bug,ui`).
//! - `#[header("Name")]`: `None` omits the header; CR, LF or NUL is refused.
//! - `#[body]` (JSON), `#[form]` (urlencoded), `#[body(raw)]` or
//!   `#[body(raw, content_type = "text/csv")]` (bytes, or a [`Body`] for
//!   files and streams).
//! - `#[part("name")]` with `#[multipart]`: a [`Part`], or any `Display`
//!   value as a text field; `Option` parts are omitted when `None`.
//!
//! Return types: `Result<T>` decodes JSON; `Result<Option<T>>` turns 404
//! into `None`; `Result<()>`, `Result<String>`, `Result<Vec<u8>>`,
//! `Result<Bytes>`; `Result<Response<T>>` adds the metadata ([`Response`]);
//! `Result<ByteStream>` streams the body ([`ByteStream`]); `Paginated<T>`
//! lists across pages ([`Paginated`]). Any other status outside 2xx is an
//! [`Error`] of kind [`ErrorKind::Status`].
//!
//! # The generated client
//!
//! `<Trait>Client::new()` uses the declared base URL and defaults;
//! `<Trait>Client::builder()` returns a [`Builder`] (the same builder
//! builds a plain [`Session`]); `<Trait>Client::from_session(session)`
//! wraps an existing session and `client.session()` returns it. Clients
//! are `Clone` and `Debug`, and clones share one connection pool. Async
//! methods return `Send` futures, so calls through a generic
//! `C: Trait + Sync` can be spawned. The trait stays as declared, so tests
//! can implement it for a fake.
//!
//! The defaults (timeouts, body cap, redirects, retries) are listed in the
//! [`session`] and [`retry`] modules.

#![warn(missing_docs)]

pub mod blocking;
mod body;
mod builder;
mod decode;
mod error;
mod exec;
pub mod paginate;
mod path;
pub mod ratelimit;
mod read;
mod redirect;
mod request;
mod response;
pub mod retry;
pub mod session;
mod stream;
pub mod streams;

pub use bytes::Bytes;
pub use client_macros::client;
pub use reqwest::{Method, StatusCode, Url, header};

pub use crate::body::{Body, Part};
pub use crate::builder::Builder;
pub use crate::error::{ERROR_BODY_LIMIT, Error, ErrorKind, Result};
pub use crate::paginate::{Page, Pages, Paginated};
pub use crate::ratelimit::RateLimit;
pub use crate::response::{RedirectHop, Response};
pub use crate::retry::RetryPolicy;
pub use crate::session::Session;
pub use crate::stream::ByteStream;
pub use crate::streams::{Event, EventStream, JsonLines};

/// What generated code uses. Not a public API: it may change in any release.
#[doc(hidden)]
pub mod __private {
    use serde::de::DeserializeOwned;

    use crate::decode::Decode;
    use crate::error::Result;

    pub use core::time::Duration;
    pub use http::Method;
    pub use http::header::{HeaderName, HeaderValue};

    pub use crate::body::{IntoPart, IntoRawBody, Multipart};
    pub use crate::builder::{Assemble, Config};
    pub use crate::decode::{Json, Optional, RawBytes, RawVec, Text, Unit, WithMeta};
    pub use crate::exec::{execute, execute_stream};
    pub use crate::paginate::{PageStyle, Pager};
    pub use crate::request::{Call, Endpoint, RetryOverride};
    pub use crate::streams::SseOptions;

    /// Opens `Result<EventStream<T>>` from an async client.
    pub async fn open_event_stream<T: DeserializeOwned + 'static>(
        session: &crate::Session,
        call: Call,
        options: SseOptions,
    ) -> Result<crate::EventStream<T>> {
        crate::EventStream::open(session, call, &options).await
    }

    /// Opens `Result<EventStream<T>>` from a blocking client.
    pub fn open_event_stream_blocking<T: DeserializeOwned + Send + 'static>(
        session: &crate::blocking::Session,
        call: Call,
        options: SseOptions,
    ) -> Result<crate::blocking::EventStream<T>> {
        crate::blocking::EventStream::open(session, call, &options)
    }

    /// Opens `Result<JsonLines<T>>` from an async client.
    pub async fn open_json_lines<T: DeserializeOwned + 'static>(
        session: &crate::Session,
        call: Call,
        max_line_size: Option<usize>,
    ) -> Result<crate::JsonLines<T>> {
        crate::JsonLines::open(session, call, max_line_size).await
    }

    /// Opens `Result<JsonLines<T>>` from a blocking client.
    pub fn open_json_lines_blocking<T: DeserializeOwned + Send + 'static>(
        session: &crate::blocking::Session,
        call: Call,
        max_line_size: Option<usize>,
    ) -> Result<crate::blocking::JsonLines<T>> {
        crate::blocking::JsonLines::open(session, call, max_line_size)
    }

    /// Sends a call from a blocking client.
    pub fn execute_blocking<D>(session: &crate::blocking::Session, call: Call) -> Result<D::Output>
    where
        D: Decode,
        D::Output: Send,
    {
        crate::blocking::execute::<D>(session, call)
    }

    /// Sends a streaming call from a blocking client.
    pub fn execute_stream_blocking(session: &crate::blocking::Session, call: Call) -> Result<crate::ByteStream> {
        crate::blocking::execute_stream(session, call)
    }

    /// Starts a listing in either flavour; the session picks the type.
    pub fn start_paginated<S: StartPaginated<T>, T>(session: &S, call: Call, pager: Pager) -> S::Output {
        session.start_paginated(call, pager)
    }

    /// The listing type of each flavour.
    pub trait StartPaginated<T> {
        type Output;
        fn start_paginated(&self, call: Call, pager: Pager) -> Self::Output;
    }

    impl<T: DeserializeOwned + Send + 'static> StartPaginated<T> for crate::Session {
        type Output = crate::Paginated<T>;

        fn start_paginated(&self, call: Call, pager: Pager) -> Self::Output {
            crate::Paginated::start(self, call, pager)
        }
    }

    impl<T: DeserializeOwned + Send + 'static> StartPaginated<T> for crate::blocking::Session {
        type Output = crate::blocking::Paginated<T>;

        fn start_paginated(&self, call: Call, pager: Pager) -> Self::Output {
            crate::blocking::Paginated::new(crate::Paginated::start(self.as_async(), call, pager), self.clone())
        }
    }

    /// The async session under either flavour, for building calls.
    pub trait AsSession {
        fn as_session(&self) -> &crate::Session;
    }

    impl AsSession for crate::Session {
        fn as_session(&self) -> &crate::Session {
            self
        }
    }

    impl AsSession for crate::blocking::Session {
        fn as_session(&self) -> &crate::Session {
            self.as_async()
        }
    }
}
