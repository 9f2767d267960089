//! What the macro knows about a method at compile time: one `static`
//! [`Endpoint`] per method. A module of plain data, read by the request
//! builder, the session, the pipeline, middleware and telemetry alike, so
//! none of them needs another's module to name a method.

use std::time::Duration;

use http::Method;
use http::header::{HeaderName, HeaderValue};

use crate::error::Error;

/// The per-method retry setting from `#[retry(...)]`.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryOverride {
    /// Use the session's policy.
    Inherit,
    /// `#[retry(none)]`: one attempt only.
    Off,
    /// `#[retry(max_attempts = N)]`.
    MaxAttempts(u32),
}

/// Everything about a method that is known at compile time.
#[doc(hidden)]
#[derive(Debug)]
pub struct Endpoint {
    /// The trait's name (`"GitHub"`), for middleware, errors and telemetry.
    pub trait_name: &'static str,
    /// The method's name (`"get_user"`).
    pub method_name: &'static str,
    pub method: Method,
    /// The template as declared: `/repos/<owner>/<repo>`.
    pub template: &'static str,
    /// The OpenTelemetry span name, `{METHOD} {url_template}`
    /// (`GET /repos/{owner}/{repo}`; `HTTP /path` for a method outside
    /// RFC 9110 and `PATCH`), spelled by the macro.
    pub span_name: &'static str,
    /// OpenTelemetry's `url.template`: the path of the template with
    /// `{owner}` placeholders and without its query (`/repos/{owner}/{repo}`).
    pub url_template: &'static str,
    pub headers: &'static [&'static (HeaderName, HeaderValue)],
    /// Safe to send twice: an idempotent verb or `#[idempotent]`.
    pub idempotent: bool,
    pub retry: RetryOverride,
    pub timeout: Option<Duration>,
    /// Query keys declared `#[query(secret)]`: their values are redacted in
    /// every output, like the built-in secret keys.
    pub secret_query: &'static [&'static str],
    /// `false` for `#[cache(none)]`: the response cache is bypassed.
    pub cache: bool,
}

impl Endpoint {
    pub(crate) fn error(&self, err: Error) -> Error {
        err.with_endpoint(&self.method, self.template)
    }
}
