//! Sending a prepared request: attempts, redirects, body limits, retries.
//!
//! One attempt follows redirects itself (reqwest's own policy is off) so it
//! can record every hop, drop credentials when the origin changes and
//! refuse downgrades. The retry loop around attempts consults the
//! session's [`RetryPolicy`](crate::RetryPolicy); see the `retry` module
//! for the rules.

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, Method, StatusCode};
use tokio::time::Instant;

use crate::body::{AttemptBody, Body};
use crate::cache::layer::RequestView;
use crate::cache::{CacheStatus, Lookup, Outcome};
use crate::decode::Decode;
use crate::error::{ERROR_BODY_LIMIT, Error, ErrorKind, Result};
use crate::read::read_body;
use crate::redirect::{check_hop, redirect_target, switches_to_get};
use crate::request::{Call, Endpoint, Prepared, RetryOverride};
use crate::response::{Head, RedirectHop};
use crate::retry::{RETRY_COST, ServerWait, TIMEOUT_RETRY_COST, quota_exhausted, server_wait};
use crate::session::Session;
use crate::stream::ByteStream;

/// Sends a call and decodes its response: what every generated method runs.
pub async fn execute<D: Decode>(session: &Session, call: Call) -> Result<D::Output> {
    let prepared = call.finish(session)?;
    let received = send_cached(session, &prepared, D::accepts).await?;
    D::decode(&received.head, received.body).map_err(|err| prepared.endpoint.error(err))
}

/// Sends a call and hands back its body unread: `Result<ByteStream>`.
pub async fn execute_stream(session: &Session, call: Call) -> Result<ByteStream> {
    let prepared = call.finish(session)?;
    let received = send(session, &prepared, |status| status.is_success(), BodyMode::Stream).await?;
    match received.unread {
        Some(response) => Ok(ByteStream::new(received.head, response)),
        None => Err(prepared.endpoint.error(Error::new(ErrorKind::Transport, "the response body was already read"))),
    }
}

/// A response whose body has been read (within the cap), or is left
/// unread for streaming.
#[derive(Debug)]
pub(crate) struct Received {
    pub(crate) head: Head,
    pub(crate) body: Bytes,
    pub(crate) unread: Option<reqwest::Response>,
}

/// Whether an accepted response's body is read into memory or streamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyMode {
    Buffer,
    Stream,
}

/// Sends a buffered request through the session's response cache, when
/// there is one and the method does not opt out (`#[cache(none)]`).
pub(crate) async fn send_cached(
    session: &Session,
    req: &Prepared,
    accepts: impl Fn(StatusCode) -> bool + Copy,
) -> Result<Received> {
    let Some(cache) = session.inner.cache.as_ref().filter(|_| req.endpoint.cache) else {
        return send(session, req, accepts, BodyMode::Buffer).await;
    };
    let view = RequestView {
        method: &req.endpoint.method,
        url: &req.url,
        headers: &req.headers,
        has_body: req.body.is_some(),
        credential_names: &session.inner.credential_names,
    };
    let lookup = cache.lookup(view).await;
    match &lookup {
        Lookup::Bypass => return send(session, req, accepts, BodyMode::Buffer).await,
        Lookup::Fresh(entry) => {
            let head = Head {
                status: entry.status,
                headers: entry.headers.clone(),
                url: req.url.clone(),
                history: Vec::new(),
                elapsed: Duration::ZERO,
                cache: CacheStatus::Hit,
            };
            return Ok(Received { head, body: entry.body.clone(), unread: None });
        }
        Lookup::Send { .. } => {}
    }
    let conditional = lookup.conditional_headers();
    let mut received = if conditional.is_empty() {
        send(session, req, accepts, BodyMode::Buffer).await?
    } else {
        let mut headers = req.headers.clone();
        headers.extend(conditional);
        let revalidate = Prepared { endpoint: req.endpoint, url: req.url.clone(), headers, body: None };
        send(session, &revalidate, move |s| s == StatusCode::NOT_MODIFIED || accepts(s), BodyMode::Buffer).await?
    };
    let Lookup::Send { key, stored } = &lookup else { return Ok(received) };
    let head = &received.head;
    let outcome = cache.complete(*key, stored.clone(), &req.headers, head.status, &head.headers, &received.body).await;
    received.head.cache = lookup.status_after_sending(&outcome);
    if let Outcome::NotModified(entry) = outcome {
        received.head.status = entry.status;
        received.head.headers = entry.headers;
        received.body = entry.body;
    }
    Ok(received)
}

/// Sends with retries until a response whose status `accepts` allows.
pub(crate) async fn send(
    session: &Session,
    req: &Prepared,
    accepts: impl Fn(StatusCode) -> bool + Copy,
    mode: BodyMode,
) -> Result<Received> {
    let endpoint = req.endpoint;
    let policy = &session.inner.retry;
    let max_attempts = match endpoint.retry {
        RetryOverride::Inherit => policy.get_max_attempts(),
        RetryOverride::Off => 1,
        RetryOverride::MaxAttempts(n) => n.max(1),
    };
    let deadline = policy.get_deadline().map(|d| Instant::now() + d);
    let mut spent = 0;
    let mut attempt = 0;
    let mut last_error: Option<Error> = None;
    loop {
        if let Err(stop) = before_attempt(session, endpoint, deadline).await {
            // A retry cut short by the deadline reports what went wrong last.
            let error = last_error.unwrap_or(stop);
            return Err(endpoint.error(error.with_attempts(attempt)));
        }
        attempt += 1;
        let timeout = attempt_timeout(session, req, deadline);
        let outcome = timed_attempt(session, req, timeout, accepts, mode).await;
        #[cfg(feature = "redis")]
        if let (Some(quota), Ok(received)) = (&session.inner.shared_quota, &outcome) {
            quota.observe(&received.head.headers).await;
        }
        let failure = match outcome {
            Ok(received) if accepts(received.head.status) => {
                tracing::debug!(method = %endpoint.method, path = endpoint.template, attempt, status = received.head.status.as_u16(), "response");
                session.inner.budget.refund(spent);
                return Ok(received);
            }
            Ok(received) => Failure::Status(Box::new(received)),
            Err(err) => Failure::Transport(err),
        };
        match plan(session, req, failure, attempt, max_attempts, deadline) {
            Plan::Retry { wait, cost, error } => {
                tracing::info!(
                    method = %endpoint.method,
                    path = endpoint.template,
                    attempt,
                    status = error.status().map(|s| s.as_u16()),
                    error = %error.kind(),
                    wait_ms = wait.as_millis() as u64,
                    "retrying"
                );
                spent += cost;
                if !wait.is_zero() {
                    tokio::time::sleep(wait).await;
                }
                last_error = Some(error);
            }
            Plan::Fail(error) => {
                tracing::debug!(
                    method = %endpoint.method,
                    path = endpoint.template,
                    attempt,
                    status = error.status().map(|s| s.as_u16()),
                    error = %error.kind(),
                    "giving up"
                );
                return Err(endpoint.error(error.with_attempts(attempt)));
            }
        }
    }
}

/// Checks the deadline and waits for the client-side rate limiter, which
/// never makes a call wait past the deadline.
async fn before_attempt(session: &Session, endpoint: &Endpoint, deadline: Option<Instant>) -> Result<()> {
    if deadline.is_some_and(|d| Instant::now() >= d) {
        return Err(Error::new(ErrorKind::Timeout, "the retry deadline passed"));
    }
    if let Some(limiter) = &session.inner.limiter {
        let Some(wait) = limiter.reserve_within(Instant::now(), deadline) else {
            return Err(Error::new(
                ErrorKind::RateLimited,
                "the client-side rate limit has no slot before the deadline",
            ));
        };
        pace(endpoint, wait, "paced by the client-side rate limit").await;
    }
    #[cfg(feature = "redis")]
    before_attempt_shared(session, endpoint, deadline).await?;
    Ok(())
}

async fn pace(endpoint: &Endpoint, wait: Duration, why: &'static str) {
    if !wait.is_zero() {
        tracing::debug!(method = %endpoint.method, path = endpoint.template, wait_ms = wait.as_millis() as u64, "{why}");
        tokio::time::sleep(wait).await;
    }
}

/// Waits out a quota another process saw used up, then for a slot of the
/// shared rate limit.
#[cfg(feature = "redis")]
async fn before_attempt_shared(session: &Session, endpoint: &Endpoint, deadline: Option<Instant>) -> Result<()> {
    if let Some(quota) = &session.inner.shared_quota {
        if let Some(wait) = quota.wait().await {
            if deadline.is_some_and(|d| Instant::now() + wait >= d) {
                return Err(Error::new(ErrorKind::RateLimited, "the shared quota resets after the deadline")
                    .with_retry_after(wait));
            }
            pace(endpoint, wait, "waiting for the shared quota to reset").await;
        }
    }
    if let Some(limit) = &session.inner.shared_limit {
        let wait = limit.reserve(deadline).await?;
        pace(endpoint, wait, "paced by the shared rate limit").await;
    }
    Ok(())
}

/// The per-attempt timeout, shortened to what the deadline leaves.
fn attempt_timeout(session: &Session, req: &Prepared, deadline: Option<Instant>) -> Option<Duration> {
    let configured = req.endpoint.timeout.or(session.inner.timeout);
    let Some(deadline) = deadline else { return configured };
    let left = deadline.saturating_duration_since(Instant::now()).max(Duration::from_millis(1));
    Some(configured.map_or(left, |t| t.min(left)))
}

/// One attempt under its total timeout: one timer covers connecting,
/// redirects and reading the body. A streamed body is read after the
/// attempt, bounded by the read timeout rather than a total one, so a
/// large download is not cut off.
async fn timed_attempt(
    session: &Session,
    req: &Prepared,
    timeout: Option<Duration>,
    accepts: impl Fn(StatusCode) -> bool + Copy,
    mode: BodyMode,
) -> Result<Received> {
    let attempt = attempt_once(session, req, accepts, mode);
    match timeout {
        None => attempt.await,
        Some(limit) => tokio::time::timeout(limit, attempt).await.unwrap_or_else(|elapsed| {
            Err(Error::new(ErrorKind::Timeout, "the request timed out").with_source(elapsed))
        }),
    }
}

enum Failure {
    Status(Box<Received>),
    Transport(Error),
}

enum Plan {
    Retry { wait: Duration, cost: u32, error: Error },
    Fail(Error),
}

/// Decides what to do after a failed attempt.
fn plan(
    session: &Session,
    req: &Prepared,
    failure: Failure,
    attempt: u32,
    max_attempts: u32,
    deadline: Option<Instant>,
) -> Plan {
    let policy = &session.inner.retry;
    let idempotent = req.endpoint.idempotent;
    let (error, retryable, cost, asked) = match failure {
        Failure::Transport(error) => {
            let (retryable, cost) = match error.kind() {
                ErrorKind::Connect => (true, RETRY_COST),
                ErrorKind::Timeout => (idempotent, TIMEOUT_RETRY_COST),
                ErrorKind::Transport => (idempotent, RETRY_COST),
                _ => (false, 0),
            };
            (error, retryable, cost, ServerWait::None)
        }
        Failure::Status(received) => {
            let Received { head, body, .. } = *received;
            let status = head.status;
            let asked = server_wait(status, &head.headers, &body, SystemTime::now());
            let limited = status == StatusCode::TOO_MANY_REQUESTS
                || (status == StatusCode::FORBIDDEN && asked != ServerWait::None);
            let refused_unprocessed = quota_exhausted(status, &head.headers, &body);
            let mut error = Error::from_status(status, body);
            if limited {
                error = error.into_kind(ErrorKind::RateLimited, "rate limited").with_status(status);
            }
            if let ServerWait::Exact(wait) | ServerWait::AtLeast(wait) = asked {
                error = error.with_retry_after(wait);
            }
            let retryable = (idempotent && (policy.retries_status(status) || limited)) || refused_unprocessed;
            (error, retryable, RETRY_COST, asked)
        }
    };
    if !retryable || attempt >= max_attempts {
        return Plan::Fail(error);
    }
    if req.body.as_ref().is_some_and(|body| !body.can_send_again()) {
        return Plan::Fail(
            error.with_note("not retried: the request body was a one-shot stream and had already been sent"),
        );
    }
    let backoff = policy.next_backoff(attempt - 1);
    let (wait, server_asked) = match asked {
        ServerWait::None => (backoff, false),
        ServerWait::Exact(wait) => (wait, true),
        ServerWait::AtLeast(wait) => (wait.max(backoff), true),
    };
    let past_deadline = deadline.is_some_and(|d| Instant::now() + wait >= d);
    if server_asked && (wait > policy.get_max_retry_after() || past_deadline) {
        let status = error.status();
        let mut limited = error
            .into_kind(ErrorKind::RateLimited, "the server asked to wait longer than allowed")
            .with_retry_after(wait);
        if let Some(status) = status {
            limited = limited.with_status(status);
        }
        return Plan::Fail(limited);
    }
    if past_deadline || !session.inner.budget.try_spend(cost) {
        return Plan::Fail(error);
    }
    Plan::Retry { wait, cost, error }
}

/// One attempt: sends the request and follows redirects.
async fn attempt_once(
    session: &Session,
    req: &Prepared,
    accepts: impl Fn(StatusCode) -> bool + Copy,
    mode: BodyMode,
) -> Result<Received> {
    let inner = &*session.inner;
    let started = Instant::now();
    let mut url = req.url.clone();
    let mut method = req.endpoint.method.clone();
    // The request's own headers until a redirect needs a changed copy.
    let mut changed_headers: Option<HeaderMap> = None;
    let mut body = req.body.as_ref();
    let mut history = Vec::new();
    loop {
        let mut request = reqwest::Request::new(method.clone(), url.clone());
        *request.headers_mut() = changed_headers.as_ref().unwrap_or(&req.headers).clone();
        if let Some(body) = body {
            request = with_body(&inner.http, request, body).await?;
        }
        let mut response = inner.http.execute(request).await.map_err(Error::from_reqwest)?;
        let status = response.status();
        let Some(location) = redirect_target(&response, &url, inner.max_redirects)? else {
            let head = Head {
                status,
                headers: std::mem::take(response.headers_mut()),
                url,
                history,
                elapsed: started.elapsed(),
                cache: Default::default(),
            };
            return receive(session, head, response, accepts, mode).await;
        };
        check_hop(&url, &location, history.len(), inner.max_redirects, status)?;
        let headers = changed_headers.get_or_insert_with(|| req.headers.clone());
        if location.origin() != req.url.origin() {
            session.strip_credentials(headers);
        }
        if switches_to_get(status, &method) {
            method = Method::GET;
            body = None;
            headers.remove(CONTENT_TYPE);
            headers.remove(CONTENT_LENGTH);
        } else if body.is_some_and(|b| !b.can_send_again()) {
            return Err(Error::new(ErrorKind::Redirect, "cannot follow a 307/308 redirect with a one-shot body")
                .with_status(status));
        }
        history.push(RedirectHop { status, url: std::mem::replace(&mut url, location.clone()), location });
    }
}

/// The final response: its body read (within the cap) or left for
/// streaming. Only a 2xx body is the declared data; any other (an error,
/// or the 404 of an `Option`) is read as a capped excerpt.
async fn receive(
    session: &Session,
    head: Head,
    mut response: reqwest::Response,
    accepts: impl Fn(StatusCode) -> bool + Copy,
    mode: BodyMode,
) -> Result<Received> {
    let wanted = head.status.is_success() && accepts(head.status);
    let (body, unread) = match (wanted, mode) {
        (true, BodyMode::Stream) => (Bytes::new(), Some(response)),
        (true, BodyMode::Buffer) => (read_body(&mut response, session.inner.max_body_size, false).await?, None),
        (false, _) => (read_body(&mut response, ERROR_BODY_LIMIT, true).await?, None),
    };
    Ok(Received { head, body, unread })
}

/// Puts the body on the request: plain bodies directly, multipart forms
/// through reqwest's builder so they get their boundary and length.
async fn with_body(http: &reqwest::Client, mut request: reqwest::Request, body: &Body) -> Result<reqwest::Request> {
    match body.for_attempt().await? {
        AttemptBody::Plain(plain, length) => {
            if let Some(length) = length {
                request.headers_mut().insert(CONTENT_LENGTH, length.into());
            }
            *request.body_mut() = Some(plain);
            Ok(request)
        }
        AttemptBody::Form(form) => reqwest::RequestBuilder::from_parts(http.clone(), request)
            .multipart(form)
            .build()
            .map_err(Error::from_reqwest),
    }
}
