//! Typed HTTP clients from annotated traits.
//!
//! Describe an API once as a trait; [`#[client]`](client) generates a
//! client struct that runs on this crate: sessions with shared headers and
//! credentials, timeouts, typed errors, safe retries, rate limits,
//! pagination and uploads.
//!
//! ```no_run
//! use client_runtime::{client, Result, Response};
//! use serde::Deserialize;
//!
//! #[derive(Debug, Deserialize)]
//! pub struct User { pub login: String, pub id: u64 }
//!
//! #[client(base_url = "https://api.github.com")]
//! #[header("Accept", "application/vnd.github+json")]
//! pub trait GitHub {
//!     #[get("/users/<name>")]
//!     async fn get_user(&self, name: &str) -> Result<User>;
//!
//!     #[get("/users/<name>")]
//!     async fn find_user(&self, name: &str) -> Result<Option<User>>;
//! }
//!
//! # async fn run() -> Result<()> {
//! let github = GitHubClient::builder().bearer_auth("token").build()?;
//! let user = github.get_user("octocat").await?;
//! assert!(github.find_user("no-such-user-here").await?.is_none());
//! # Ok(()) }
//! ```
//!
//! The defaults (timeouts, body cap, redirects, retries) are listed in the
//! [`session`] and [`retry`] modules.

pub mod blocking;
mod body;
mod builder;
mod decode;
mod error;
mod exec;
pub mod paginate;
mod path;
pub mod ratelimit;
mod request;
mod response;
pub mod retry;
pub mod session;
mod stream;

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

/// What generated code uses. Not a public API: it may change in any release.
#[doc(hidden)]
pub mod __private {
    use serde::de::DeserializeOwned;

    use crate::decode::Decode;
    use crate::error::Result;

    pub use core::future::Future;
    pub use core::marker::Send;
    pub use core::time::Duration;
    pub use http::Method;
    pub use http::header::{HeaderName, HeaderValue};

    pub use crate::body::{IntoPart, IntoRawBody, Multipart};
    pub use crate::builder::{Assemble, Config};
    pub use crate::decode::{Json, Optional, RawBytes, RawVec, Text, Unit, WithMeta};
    pub use crate::exec::{execute, execute_stream};
    pub use crate::paginate::{PageStyle, Pager};
    pub use crate::request::{Call, Endpoint, RetryOverride};
    pub use crate::retry::parse_retry_after;

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
