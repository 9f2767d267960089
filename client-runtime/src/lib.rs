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
//!   `#[client(openapi = "openapi.json")]` checks every method against the
//!   API's OpenAPI description (below).
//!   `#[client(name = "GitHubApi")]` names the struct instead, for when
//!   `<Trait>Client` is already taken: a type of that name in scope is
//!   one error, at the trait's name, "the name `GitHubClient` is defined
//!   multiple times" (E0255).
//! - `#[header("Name", "value")]` sends a static header with every call.
//!
//! On a method:
//! - one verb: `#[get("/path")]`, `#[post]`, `#[put]`, `#[patch]`,
//!   `#[delete]`, `#[head]` or `#[options]`. In the template, `<name>` is
//!   filled by the argument `name` as ONE percent-encoded segment (`/`,
//!   `?`, `#`, `%`, space and non-ASCII escaped; empty, `.` and `..`
//!   refused before anything is sent), and a final `<name..>` keeps `/`
//!   between segments. A segment may hold several placeholders and text
//!   between them, as in `/compare/<base>...<head>`. A placeholder's
//!   argument is any `Display` value, never an `Option`. A constant query
//!   may follow `?`. The template is a path: the host goes in `base_url`.
//! - `#[header("Name", "value")]`, `#[timeout(secs = N)]` or
//!   `#[timeout(ms = N)]`, `#[retry(max_attempts = N)]` or `#[retry(none)]`,
//!   `#[idempotent]` (a POST or PATCH that is safe to repeat; the other
//!   verbs are idempotent already), `#[paginate(...)]` (below),
//!   `#[multipart]` (with at least one `#[part]`), `#[cache(none)]` (the
//!   response cache is bypassed for this method), `#[sse(...)]` on a
//!   `Result<EventStream<T>>` method: `end = "[DONE]"` (the data that ends
//!   the stream, not empty), `reconnect` (resume a dropped stream with
//!   `Last-Event-ID`; a POST or PATCH must also be `#[idempotent]`),
//!   `max_event_size = N` (bytes; see [`streams`]).
//! - a method with a default body is left alone: a helper built from the
//!   other calls.
//! - a request method cannot be named `new`, `builder`, `from_session` or
//!   `session`: the generated client defines those.
//!
//! On an argument that is not a placeholder:
//! - `#[query]` / `#[query("key")]`: `None` is omitted, a `Vec` or slice
//!   repeats the key, a `Serialize` struct or map is flattened.
//!   `#[query(join = ",")]` sends a list as one value (`labels=bug,ui`).
//!   `#[query(secret)]`, or `#[query("key", secret)]`, marks the value as a
//!   secret: it is shown as `REDACTED` in every `Debug`, `Display`, error
//!   and log. Options combine: `#[query("ids", join = ",", secret)]`. A key
//!   is sent by one argument only, and not also by the template's query.
//! - `#[header("Name")]`: `None` omits the header; CR, LF or NUL is refused.
//!   A method sends each header name once (names compare ignoring case); a
//!   trait header is overridden by a method's.
//! - `#[body]` (JSON), `#[form]` (urlencoded), `#[body(raw)]` or
//!   `#[body(raw, content_type = "text/csv")]` (bytes, or a [`Body`] for
//!   files and streams). A method may be generic over its body, as in
//!   `fn send<E: Serialize + Sync>(&self, #[body] event: &E)`.
//! - `#[part("name")]` with `#[multipart]`: a [`Part`], or any `Display`
//!   value as a text field; `Option` parts are omitted when `None`.
//!
//! `#[paginate(style, items = "/pointer", prefetch)]` takes one style;
//! every key of a style is optional:
//!
//! | Style | Keys (default) |
//! |---|---|
//! | `link` | none: follows RFC 8288 `rel="next"` |
//! | `page(...)` | `param` (`"page"`), `per_page` (`"per_page"`), `size` (`100`) |
//! | `offset(...)` | `param` (`"offset"`), `limit` (`"limit"`), `size` (`100`) |
//! | `cursor(...)` | `from` (`"/next_cursor"`, a JSON pointer into the body), `param` (`"cursor"`) |
//! | `next_url(...)` | `from` (`"/next"`, a JSON pointer into the body) |
//!
//! Keys are named: `page(param = "_page", size = 50)`. `items` points at
//! the array in each page's body (default: the body is the array), and
//! `prefetch` requests the next page while the current one is read. See
//! [`paginate`] for how each style stops.
//!
//! Return types: `Result<T>` decodes JSON, maps included
//! (`Result<HashMap<String, u64>>`); `Result<Option<T>>` turns 404 into
//! `None`, so `Result<Option<()>>` answers a yes/no endpoint (2xx is
//! `Some(())`, 404 is `None`); `Result<()>`, `Result<String>`,
//! `Result<Vec<u8>>`, `Result<Bytes>`; `Result<Response<T>>` adds the
//! metadata ([`Response`]); `Result<ByteStream>` streams the body
//! ([`ByteStream`]); `Result<EventStream<T>>` reads server-sent events
//! ([`EventStream`]) and `Result<JsonLines<T>>` one JSON document per
//! line ([`JsonLines`]), as `Stream`s (in a blocking client,
//! `client_runtime::blocking::EventStream<T>` and `JsonLines<T>`, as
//! `Iterator`s); `Paginated<T>` lists across pages ([`Paginated`]). A
//! HEAD request returns `Result<()>`, `Result<Response<()>>` or
//! `Result<Option<()>>`. `Result` is this crate's [`Result`]: with another
//! `Result` in scope, write `client_runtime::Result<T>`. Any other status
//! outside 2xx is an [`Error`] of kind [`ErrorKind::Status`].
//!
//! ```no_run
//! use std::collections::HashMap;
//!
//! use client_runtime::{client, Result};
//! use serde::Serialize;
//!
//! #[client(base_url = "https://api.github.com", name = "GitHubApi")]
//! pub trait GitHub {
//!     /// Two placeholders in one segment.
//!     #[get("/repos/<owner>/<repo>/compare/<base>...<head>")]
//!     async fn compare(&self, owner: &str, repo: &str, base: &str, head: &str) -> Result<serde_json::Value>;
//!
//!     /// Yes or no: 204 is `Some(())`, 404 is `None`.
//!     #[get("/user/starred/<owner>/<repo>")]
//!     async fn is_starred(&self, owner: &str, repo: &str) -> Result<Option<()>>;
//!
//!     /// A JSON object as a map.
//!     #[get("/emojis")]
//!     async fn emojis(&self) -> Result<HashMap<String, String>>;
//!
//!     /// Any `Serialize` body the caller chooses.
//!     #[post("/repos/<owner>/<repo>/dispatches")]
//!     async fn dispatch<E: Serialize + Sync>(&self, owner: &str, repo: &str, #[body] event: &E) -> Result<()>;
//!
//!     /// A secret query value, and no response cache.
//!     #[get("/search/code")]
//!     #[cache(none)]
//!     async fn search_code(&self, #[query] q: &str, #[query("access_token", secret)] token: &str) -> Result<String>;
//! }
//!
//! # async fn run() -> Result<()> {
//! let github = GitHubApi::new()?;
//! if github.is_starred("rust-lang", "rust").await?.is_some() {
//!     println!("starred");
//! }
//! github.dispatch("o", "r", &serde_json::json!({ "event_type": "build" })).await?;
//! # Ok(()) }
//! ```
//!
//! # Checked against the API's OpenAPI description
//!
//! `#[client(openapi = "openapi/api.github.com.json")]` names the API's
//! own description (JSON or YAML, OpenAPI 3.0 or 3.1), relative to the
//! crate's `Cargo.toml`. Each method is then checked at compile time: the
//! verb and path are an operation (placeholders match `{param}` segments
//! by position), placeholder names are the description's, `<rest..>` only
//! where a parameter may hold slashes, every required parameter is
//! declared and every declared one documented, constant query values fit
//! their schema, the body and its content type match, `Vec<T>` and
//! `Paginated<T>` meet an array, `Option<T>` a documented 404. A mistake is
//! a compile error at the offending token, with a suggestion; a deprecated
//! operation is a warning. The crate is rebuilt when the file changes.
//!
//! ```text
//! #[client(base_url = "https://api.github.com", openapi = "openapi/api.github.com.json")]
//! pub trait GitHub {
//!     #[get("/repos/<owner>/<repo>/isues")]
//!     async fn issues(&self, owner: &str, repo: &str) -> Result<Vec<Issue>>;
//! }
//!
//! error: `GET /repos/{owner}/{repo}/isues` is not an operation of the OpenAPI description; the nearest are
//!        `GET /repos/{owner}/{repo}/issues`, ...
//!  --> src/github.rs
//!   |     #[get("/repos/<owner>/<repo>/isues")]
//!   |           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//! ```
//!
//! Two escape hatches, each meant to carry a comment saying why:
//! - `#[query(undocumented)]`, `#[query("key", undocumented)]` or
//!   `#[header("Name", undocumented)]` on an argument, and
//!   `#[openapi(undocumented = "key")]` on a method for a constant query
//!   key of the template: the API takes a parameter its description leaves
//!   out.
//! - `#[openapi(skip = "check")]` on a method: the description is wrong
//!   about this operation. The checks are named `operation`,
//!   `placeholder_names`, `rest_placeholder`, `required_params`,
//!   `declared_params`, `query_values`, `body`, `content_type`,
//!   `response_shape`, `not_found` and `deprecated`; a `skip` that silences
//!   nothing is a warning.
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
//! The defaults (timeouts, body cap, redirects, retries, compression,
//! cookies, proxies) are listed in the [`session`] and [`retry`] modules;
//! what every output hides (credentials, cookies, URL user-info, secret
//! query values) is described in [`redact`].
//!
//! `Builder::cache` adds a response cache with conditional requests
//! ([`cache`]): an unchanged resource comes back as a 304, which GitHub
//! does not count against the rate limit. With the `redis` feature, the
//! cache, a client-side rate limit and the server's quota can be shared
//! by every process through Redis (the `redis` module).

#![warn(missing_docs)]

pub mod auth;
pub mod blocking;
mod body;
mod builder;
pub mod cache;
mod checks;
mod config;
mod conformance;
mod cookies;
mod decode;
mod endpoint;
mod error;
mod exec;
mod json_path;
pub mod middleware;
pub mod paginate;
mod path;
pub mod ratelimit;
mod read;
pub mod redact;
mod redirect;
#[cfg(feature = "redis")]
pub mod redis;
mod request;
mod response;
pub mod retry;
mod send;
pub mod serde;
pub mod session;
mod stream;
pub mod streams;
pub mod telemetry;

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
    use ::serde::de::DeserializeOwned;

    use crate::error::Result;

    pub use core::time::Duration;
    pub use http::Method;
    pub use http::header::{HeaderName, HeaderValue};

    pub use crate::blocking::exec::decoded_blocking;
    pub use crate::body::{IntoPart, IntoRawBody, Multipart};
    pub use crate::builder::Assemble;
    pub use crate::checks::{ClientResult, Returning, returning, returning_async};
    pub use crate::config::Config;
    pub use crate::decode::{Json, Optional, RawBytes, RawVec, Text, Unit, WithMeta};
    pub use crate::endpoint::{Endpoint, RetryOverride};
    pub use crate::exec::{Decoded, decoded, execute, execute_stream};
    pub use crate::paginate::{PageStyle, Pager};
    pub use crate::request::Call;
    pub use crate::streams::SseOptions;
    /// `conformance_tests! { ... }`: the conformance tests of a trait
    /// checked against a description, expanded only under `cfg(test)`.
    pub use client_macros::conformance_tests;

    /// The runtime side of the conformance tests.
    pub mod conformance {
        pub use crate::conformance::{Method, Payload, Report};
    }

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

    /// Sends a streaming call from a blocking client.
    pub fn execute_stream_blocking(
        session: &crate::blocking::Session,
        call: Call,
    ) -> Result<crate::blocking::ByteStream> {
        crate::blocking::exec::execute_stream(session, call)
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
