//! The retry decision: a pure function from what happened to the current
//! hop, the policy, the budget and the clock to "retry after this wait" or
//! "fail with this error". No I/O, no clock reads, no randomness of its
//! own: everything it needs is an argument, so every rule is tested alone.
//!
//! The rules (see the [`retry`](crate::retry) module for the defaults):
//!
//! - A retry repeats the current hop only. Whether it may be repeated
//!   depends on that hop: its method is idempotent (or the call is
//!   `#[idempotent]` and the method is still the declared one), or the
//!   failure proves the server did not process it (a connect error, or a
//!   quota refusal: 403/429 with `remaining: 0` or a secondary limit).
//! - A one-shot body that already went out is never sent again.
//! - A server-requested wait over `max_retry_after`, or past the deadline,
//!   fails at once with `RateLimited`; a backoff past the deadline, an
//!   empty budget or the last attempt fails with the real error. The wait
//!   itself is the (saturating) verdict of `retry::decide_wait`.

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use tokio::time::Instant;

use crate::error::{Error, ErrorKind};
use crate::retry::{
    RETRY_COST, RetryPolicy, ServerWait, TIMEOUT_RETRY_COST, WaitVerdict, decide_wait, quota_exhausted, server_wait,
};

/// What happened to the current hop.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// No usable response: a transport error, or a refusal by the runtime.
    Failed(Error),
    /// The server answered with a status the call does not accept; the
    /// body is the capped excerpt.
    Answered { status: StatusCode, headers: HeaderMap, body: Bytes },
}

/// The facts about the attempt that failed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facts {
    /// The attempt that failed, from 1.
    pub(crate) attempt: u32,
    pub(crate) max_attempts: u32,
    /// Whether the current hop is safe to send again.
    pub(crate) idempotent: bool,
    /// Whether its body (if any) can be sent again whole.
    pub(crate) replayable: bool,
}

/// The time and chance a decision depends on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Clock {
    pub(crate) now: Instant,
    /// Wall-clock time, for `Retry-After` dates and rate-limit resets.
    pub(crate) wall: SystemTime,
    pub(crate) deadline: Option<Instant>,
    /// A uniform number in `[0, 1]` for the backoff's jitter.
    pub(crate) jitter: f64,
    /// Retry-budget tokens available.
    pub(crate) budget: u32,
}

/// What to do after a failed attempt.
#[derive(Debug)]
pub(crate) enum Decision {
    /// Wait, then repeat the current hop. `cost` is taken from the budget;
    /// `error` is reported if the call later ends without a better one.
    Retry {
        wait: Duration,
        cost: u32,
        error: Error,
    },
    Fail(Error),
}

/// Decides whether and when the current hop is sent again.
pub(crate) fn decide(outcome: Outcome, facts: Facts, policy: &RetryPolicy, clock: Clock) -> Decision {
    let Classified { error, retryable, cost, asked } = classify(outcome, facts.idempotent, policy, clock.wall);
    if !retryable || facts.attempt >= facts.max_attempts {
        return Decision::Fail(error);
    }
    if !facts.replayable {
        return Decision::Fail(
            error.with_note("not retried: the request body was a one-shot stream and had already been sent"),
        );
    }
    let backoff = policy.backoff(facts.attempt.saturating_sub(1), clock.jitter);
    let (wait, verdict) = decide_wait(asked, backoff, policy.get_max_retry_after(), clock.deadline, clock.now);
    match verdict {
        WaitVerdict::TooLong => Decision::Fail(too_long_a_wait(error, wait)),
        WaitVerdict::PastDeadline => Decision::Fail(error),
        WaitVerdict::Wait if cost > clock.budget => Decision::Fail(error),
        WaitVerdict::Wait => Decision::Retry { wait, cost, error },
    }
}

struct Classified {
    error: Error,
    retryable: bool,
    cost: u32,
    asked: ServerWait,
}

/// The error an outcome stands for, whether it may be retried, at what
/// cost, and what wait the server asked for.
fn classify(outcome: Outcome, idempotent: bool, policy: &RetryPolicy, wall: SystemTime) -> Classified {
    match outcome {
        Outcome::Failed(error) => {
            let (retryable, cost) = match error.kind() {
                // Nothing was sent: safe for every method.
                ErrorKind::Connect => (true, RETRY_COST),
                ErrorKind::Timeout => (idempotent, TIMEOUT_RETRY_COST),
                ErrorKind::Transport => (idempotent, RETRY_COST),
                _ => (false, 0),
            };
            Classified { error, retryable, cost, asked: ServerWait::None }
        }
        Outcome::Answered { status, headers, body } => {
            let asked = server_wait(status, &headers, &body, wall);
            let limited = status == StatusCode::TOO_MANY_REQUESTS
                || (status == StatusCode::FORBIDDEN && asked != ServerWait::None);
            // A quota refusal says the request was not processed.
            let unprocessed = quota_exhausted(status, &headers, &body);
            let mut error = Error::from_response(status, headers, body);
            if limited {
                error = error.into_kind(ErrorKind::RateLimited, "rate limited").with_status(status);
            }
            if let ServerWait::Exact(wait) | ServerWait::AtLeast(wait) = asked {
                error = error.with_retry_after(wait);
            }
            let retryable = (idempotent && (policy.retries_status(status) || limited)) || unprocessed;
            Classified { error, retryable, cost: RETRY_COST, asked }
        }
    }
}

fn too_long_a_wait(error: Error, wait: Duration) -> Error {
    let status = error.status();
    let limited =
        error.into_kind(ErrorKind::RateLimited, "the server asked to wait longer than allowed").with_retry_after(wait);
    match status {
        Some(status) => limited.with_status(status),
        None => limited,
    }
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    const WALL_SECS: u64 = 1_700_000_000;

    fn clock() -> Clock {
        Clock {
            now: Instant::now(),
            wall: SystemTime::UNIX_EPOCH + Duration::from_secs(WALL_SECS),
            deadline: None,
            jitter: 1.0,
            budget: 500,
        }
    }

    fn facts(attempt: u32, idempotent: bool) -> Facts {
        Facts { attempt, max_attempts: 3, idempotent, replayable: true }
    }

    fn failed(kind: ErrorKind) -> Outcome {
        Outcome::Failed(Error::new(kind, "test"))
    }

    fn answered(status: u16, headers: &[(&'static str, &str)], body: &'static str) -> Outcome {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.insert(*name, HeaderValue::from_str(value).expect("test header"));
        }
        let status = StatusCode::from_u16(status).expect("test status");
        Outcome::Answered { status, headers: map, body: Bytes::from_static(body.as_bytes()) }
    }

    fn retry_wait(decision: Decision) -> Duration {
        match decision {
            Decision::Retry { wait, .. } => wait,
            Decision::Fail(err) => panic!("expected a retry, got {err:?}"),
        }
    }

    fn failure(decision: Decision) -> Error {
        match decision {
            Decision::Fail(err) => err,
            Decision::Retry { wait, .. } => panic!("expected a failure, got a retry after {wait:?}"),
        }
    }

    #[test]
    fn connect_errors_are_retried_for_every_method() {
        let policy = RetryPolicy::default();
        let wait = retry_wait(decide(failed(ErrorKind::Connect), facts(1, false), &policy, clock()));
        assert_eq!(wait, Duration::from_millis(200), "full jitter at 1.0 is the first ceiling");
        let wait = retry_wait(decide(failed(ErrorKind::Connect), facts(2, false), &policy, clock()));
        assert_eq!(wait, Duration::from_millis(400));
    }

    #[test]
    fn timeouts_and_dropped_connections_only_for_idempotent_hops() {
        let policy = RetryPolicy::default();
        for kind in [ErrorKind::Timeout, ErrorKind::Transport] {
            retry_wait(decide(failed(kind), facts(1, true), &policy, clock()));
            assert_eq!(failure(decide(failed(kind), facts(1, false), &policy, clock())).kind(), kind);
        }
        let timeout = decide(failed(ErrorKind::Timeout), facts(1, true), &policy, clock());
        assert!(matches!(timeout, Decision::Retry { cost: TIMEOUT_RETRY_COST, .. }));
    }

    #[test]
    fn errors_that_say_nothing_about_the_server_are_final() {
        let policy = RetryPolicy::default();
        for kind in
            [ErrorKind::Redirect, ErrorKind::Middleware, ErrorKind::Auth, ErrorKind::Io, ErrorKind::InvalidRequest]
        {
            assert_eq!(failure(decide(failed(kind), facts(1, true), &policy, clock())).kind(), kind);
        }
    }

    #[test]
    fn a_503_is_retried_for_a_get_but_not_for_a_post() {
        let policy = RetryPolicy::default();
        retry_wait(decide(answered(503, &[], ""), facts(1, true), &policy, clock()));
        let err = failure(decide(answered(503, &[], "down"), facts(1, false), &policy, clock()));
        assert_eq!((err.kind(), err.status()), (ErrorKind::Status, Some(StatusCode::SERVICE_UNAVAILABLE)));
        assert_eq!(err.body_text(), Some("down"));
    }

    #[test]
    fn a_quota_refusal_is_retried_for_a_post_after_the_reset() {
        let policy = RetryPolicy::default();
        let reset = (WALL_SECS + 3).to_string();
        let refusal = answered(429, &[("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", &reset)], "");
        assert_eq!(retry_wait(decide(refusal, facts(1, false), &policy, clock())), Duration::from_secs(3));
        let secondary = answered(403, &[], r#"{"message":"You have exceeded a secondary rate limit"}"#);
        assert_eq!(retry_wait(decide(secondary, facts(1, false), &policy, clock())), Duration::from_secs(60));
    }

    #[test]
    fn retry_after_replaces_the_backoff_and_its_cap_fails_at_once() {
        let policy = RetryPolicy::default();
        let asked = answered(503, &[("retry-after", "7")], "");
        assert_eq!(retry_wait(decide(asked, facts(1, true), &policy, clock())), Duration::from_secs(7));
        let too_long = answered(503, &[("retry-after", "3600")], "");
        let err = failure(decide(too_long, facts(1, true), &policy, clock()));
        assert_eq!((err.kind(), err.status()), (ErrorKind::RateLimited, Some(StatusCode::SERVICE_UNAVAILABLE)));
        assert_eq!(err.retry_after(), Some(Duration::from_secs(3600)));
    }

    #[test]
    fn the_deadline_bounds_every_wait() {
        let policy = RetryPolicy::default();
        let mut near = clock();
        near.deadline = Some(near.now + Duration::from_secs(5));
        let asked = answered(503, &[("retry-after", "10")], "");
        assert_eq!(failure(decide(asked, facts(1, true), &policy, near)).kind(), ErrorKind::RateLimited);
        near.deadline = Some(near.now + Duration::from_millis(100));
        let err = failure(decide(failed(ErrorKind::Connect), facts(1, true), &policy, near));
        assert_eq!(err.kind(), ErrorKind::Connect, "a backoff past the deadline keeps the real error");
        near.deadline = Some(near.now + Duration::from_secs(1));
        let huge = answered(503, &[("retry-after", "18446744073709551615")], "");
        assert!(matches!(decide(huge, facts(1, true), &policy, near), Decision::Fail(_)));
    }

    #[test]
    fn the_last_attempt_the_budget_and_one_shot_bodies_end_the_call() {
        let policy = RetryPolicy::default();
        let last = Facts { attempt: 3, ..facts(3, true) };
        assert_eq!(failure(decide(failed(ErrorKind::Connect), last, &policy, clock())).kind(), ErrorKind::Connect);
        let mut empty = clock();
        empty.budget = RETRY_COST - 1;
        assert!(matches!(decide(failed(ErrorKind::Connect), facts(1, true), &policy, empty), Decision::Fail(_)));
        let one_shot = Facts { replayable: false, ..facts(1, true) };
        let err = failure(decide(failed(ErrorKind::Connect), one_shot, &policy, clock()));
        assert!(err.to_string().contains("one-shot"), "{err}");
    }

    #[test]
    fn retry_statuses_follow_the_policy() {
        let policy = RetryPolicy::default().retry_statuses([StatusCode::CONFLICT]);
        retry_wait(decide(answered(409, &[], ""), facts(1, true), &policy, clock()));
        assert!(matches!(decide(answered(503, &[], ""), facts(1, true), &policy, clock()), Decision::Fail(_)));
        let plain_forbidden = answered(403, &[], r#"{"message":"Must have admin rights"}"#);
        assert_eq!(failure(decide(plain_forbidden, facts(1, true), &policy, clock())).kind(), ErrorKind::Status);
    }
}
