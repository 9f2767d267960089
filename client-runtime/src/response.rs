//! [`Response<T>`]: a decoded body together with the response's metadata.
//!
//! Declare a method as returning `Result<Response<T>>` to see the status,
//! headers, final URL, timing, redirect history and rate-limit state along
//! with the body, as `requests.Response` shows them.

use std::fmt;
use std::time::Duration;

use http::{HeaderMap, StatusCode};
use url::Url;

use crate::redact::Secrets;

/// The metadata accessors shared by every view of a response
/// ([`Response`], [`Page`](crate::Page), [`ByteStream`](crate::ByteStream)),
/// read from its `head` field.
macro_rules! head_accessors {
    () => {
        /// The status code.
        pub fn status(&self) -> ::http::StatusCode {
            self.head.status
        }

        /// The response headers.
        pub fn headers(&self) -> &::http::HeaderMap {
            &self.head.headers
        }

        /// The final URL, after redirects.
        pub fn url(&self) -> &::url::Url {
            &self.head.url
        }

        /// Time from sending the request to receiving the final response's
        /// headers, redirects included (of the last attempt, when retried).
        pub fn elapsed(&self) -> ::std::time::Duration {
            self.head.elapsed
        }

        /// The redirects followed, oldest first. Empty when there were none.
        pub fn history(&self) -> &[$crate::RedirectHop] {
            &self.head.history
        }

        /// How the response cache took part: [`Miss`](crate::cache::CacheStatus::Miss),
        /// then [`Revalidated`](crate::cache::CacheStatus::Revalidated) when a
        /// later call got a 304 and the stored body. `Bypass` without a cache.
        pub fn cache_status(&self) -> $crate::cache::CacheStatus {
            self.head.cache
        }

        /// The rate-limit state the server reported, if it did.
        pub fn rate_limit(&self) -> Option<$crate::RateLimit> {
            $crate::RateLimit::from_headers(&self.head.headers)
        }
    };
}
pub(crate) use head_accessors;

/// A response with its body decoded as `T`.
///
/// Its `Debug` shows the URLs without user-info or secret query values,
/// and hides cookies.
#[derive(Debug, Clone)]
pub struct Response<T> {
    head: Head,
    body: T,
}

/// The metadata of a response, without its body.
#[doc(hidden)]
#[derive(Clone)]
pub struct Head {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) url: Url,
    pub(crate) history: Vec<RedirectHop>,
    pub(crate) elapsed: Duration,
    /// Which query values `Debug` hides.
    pub(crate) secrets: Secrets,
    /// How the response cache took part.
    pub(crate) cache: crate::cache::CacheStatus,
}

impl Head {
    /// The head of a response nobody sent: for fakes in tests.
    pub(crate) fn fake(status: StatusCode, headers: HeaderMap, url: Url) -> Self {
        Self {
            status,
            headers,
            url,
            history: Vec::new(),
            elapsed: Duration::ZERO,
            secrets: Secrets::default(),
            cache: Default::default(),
        }
    }
}

impl fmt::Debug for Head {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Head")
            .field("status", &self.status)
            .field("url", &self.secrets.show(&self.url))
            .field("headers", &self.secrets.headers(&self.headers))
            .field("history", &self.history)
            .field("elapsed", &self.elapsed)
            .field("cache", &self.cache)
            .finish()
    }
}

/// One redirect that was followed on the way to the final response.
///
/// Its `Debug` shows the URLs without user-info or secret query values.
#[derive(Clone)]
pub struct RedirectHop {
    pub(crate) status: StatusCode,
    pub(crate) url: Url,
    pub(crate) location: Url,
    pub(crate) secrets: Secrets,
}

impl PartialEq for RedirectHop {
    fn eq(&self, other: &Self) -> bool {
        (self.status, &self.url, &self.location) == (other.status, &other.url, &other.location)
    }
}

impl Eq for RedirectHop {}

impl fmt::Debug for RedirectHop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedirectHop")
            .field("status", &self.status)
            .field("url", &self.secrets.show(&self.url))
            .field("location", &self.secrets.show(&self.location))
            .finish()
    }
}

impl RedirectHop {
    /// The redirect status (301, 302, 303, 307 or 308).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The URL that answered with the redirect.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Where it pointed.
    pub fn location(&self) -> &Url {
        &self.location
    }
}

impl<T> Response<T> {
    pub(crate) fn new(head: Head, body: T) -> Self {
        Self { head, body }
    }

    /// A response as a fake implementation of a client trait returns it:
    /// no redirects, no time elapsed.
    ///
    /// ```
    /// use client_runtime::{Response, StatusCode, Url, header::HeaderMap};
    ///
    /// let url = Url::parse("https://api.example.com/users/octocat").expect("a valid URL");
    /// let response = Response::from_parts(StatusCode::OK, HeaderMap::new(), url, "octocat");
    /// assert_eq!(*response.body(), "octocat");
    /// assert!(response.history().is_empty());
    /// ```
    pub fn from_parts(status: StatusCode, headers: HeaderMap, url: Url, body: T) -> Self {
        let mut headers = headers;
        crate::redact::mark_sensitive(&mut headers);
        Self::new(Head::fake(status, headers, url), body)
    }

    head_accessors!();

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// Takes the decoded body.
    pub fn into_body(self) -> T {
        self.body
    }

    /// Keeps the metadata and transforms the body.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response { head: self.head, body: f(self.body) }
    }
}
