//! Retries that are safe by default.
//!
//! # Defaults ([`RetryPolicy::default()`])
//!
//! - **3 attempts** in total ([`DEFAULT_MAX_ATTEMPTS`]).
//! - **Backoff**: exponential with full jitter, `U(0, min(max_backoff,
//!   initial_backoff * multiplier^n))`, with `initial_backoff` 200 ms
//!   ([`DEFAULT_INITIAL_BACKOFF`]), `multiplier` 2
//!   ([`DEFAULT_BACKOFF_MULTIPLIER`]) and `max_backoff` 20 s
//!   ([`DEFAULT_MAX_BACKOFF`]).
//! - **Connect errors** (nothing was sent) are retried for every method.
//! - **Timeouts, connections dropped mid-response, and 408, 429, 500, 502,
//!   503, 504** are retried only for GET, HEAD, PUT, DELETE and OPTIONS, or
//!   for a method marked `#[idempotent]`. A POST that got a 503 is sent once.
//! - **`Retry-After`** (delta-seconds or HTTP-date) replaces the backoff. A
//!   past date means now; a malformed value falls back to the backoff.
//! - **Rate limits**: a 403 or 429 with `x-ratelimit-remaining: 0` (GitHub)
//!   or `RateLimit-Remaining: 0` (GitLab, IETF) waits until the reset. A
//!   403 or 429 whose body mentions a secondary rate limit waits at least
//!   60 s. These responses say the request was refused unprocessed, so they
//!   are retried for every method, POST included (GitHub's secondary limits
//!   mostly hit writes). A plain 403 is not retried; a plain 429 follows
//!   the idempotency rule above.
//! - **Wait cap**: if the server asks for more than `max_retry_after` (60 s,
//!   [`DEFAULT_MAX_RETRY_AFTER`])
//!   or more than the deadline leaves, the call fails at once with
//!   [`ErrorKind::RateLimited`](crate::ErrorKind::RateLimited) and
//!   [`Error::retry_after`](crate::Error::retry_after) says what was asked.
//! - **Deadline**: 120 s ([`DEFAULT_DEADLINE`]) across all attempts and waits. The runtime gives
//!   up rather than sleep past it, and shortens the last attempt's timeout
//!   to what is left.
//! - **Budget**: a token bucket shared by all clones of a session, after
//!   the AWS SDKs' retry quota: 500 tokens ([`DEFAULT_RETRY_BUDGET`]), a retry costs 5 (10 after a
//!   timeout), a success puts back what its retries took, or 1. When the
//!   bucket is empty, calls are not retried, so an outage adds at most 100
//!   requests however many calls are in flight.

use std::fmt;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use http::{HeaderMap, StatusCode};
use tokio::time::Instant;

/// The policy that decides whether and when a failed call is tried again.
///
/// ```
/// use std::time::Duration;
/// use client_runtime::RetryPolicy;
///
/// let patient = RetryPolicy::default()
///     .max_attempts(5)
///     .initial_backoff(Duration::from_millis(500))
///     .deadline(Duration::from_secs(300));
/// assert_eq!(patient.get_max_attempts(), 5);
/// assert_eq!(RetryPolicy::none().get_max_attempts(), 1);
/// ```
#[derive(Clone)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    multiplier: f64,
    max_backoff: Duration,
    deadline: Option<Duration>,
    statuses: Vec<StatusCode>,
    max_retry_after: Duration,
    budget: u32,
    jitter: fn() -> f64,
}

/// Attempts in total, the first included ([`RetryPolicy::default`]).
pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;
/// The backoff ceiling before the first retry.
pub const DEFAULT_INITIAL_BACKOFF: Duration = Duration::from_millis(200);
/// How much the backoff ceiling grows after each retry.
pub const DEFAULT_BACKOFF_MULTIPLIER: f64 = 2.0;
/// The largest backoff ceiling.
pub const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(20);
/// The time allowed across all attempts and waits of one call.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(120);
/// The longest wait a server may ask for before the call fails with
/// `RateLimited` instead.
pub const DEFAULT_MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
/// The retry budget of a session, in tokens.
pub const DEFAULT_RETRY_BUDGET: u32 = 500;

/// The statuses retried by default (for idempotent methods).
pub const DEFAULT_RETRY_STATUSES: [StatusCode; 6] = [
    StatusCode::REQUEST_TIMEOUT,
    StatusCode::TOO_MANY_REQUESTS,
    StatusCode::INTERNAL_SERVER_ERROR,
    StatusCode::BAD_GATEWAY,
    StatusCode::SERVICE_UNAVAILABLE,
    StatusCode::GATEWAY_TIMEOUT,
];

/// How long a secondary rate limit is waited out when the server says
/// nothing more precise (GitHub documents "at least one minute").
pub const SECONDARY_LIMIT_WAIT: Duration = Duration::from_secs(60);

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            initial_backoff: DEFAULT_INITIAL_BACKOFF,
            multiplier: DEFAULT_BACKOFF_MULTIPLIER,
            max_backoff: DEFAULT_MAX_BACKOFF,
            deadline: Some(DEFAULT_DEADLINE),
            statuses: DEFAULT_RETRY_STATUSES.to_vec(),
            max_retry_after: DEFAULT_MAX_RETRY_AFTER,
            budget: DEFAULT_RETRY_BUDGET,
            jitter: fastrand::f64,
        }
    }
}

impl RetryPolicy {
    /// One attempt, no retries. Timeouts and the deadline still apply.
    pub fn none() -> Self {
        Self { max_attempts: 1, ..Self::default() }
    }

    /// Attempts in total, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The backoff ceiling before the first retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// How much the backoff ceiling grows after each retry (at least 1).
    pub fn multiplier(mut self, multiplier: f64) -> Self {
        self.multiplier = if multiplier.is_finite() { multiplier.max(1.0) } else { 1.0 };
        self
    }

    /// The largest backoff ceiling.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The overall time allowed across all attempts and waits.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// No overall deadline: only per-attempt timeouts apply.
    pub fn no_deadline(mut self) -> Self {
        self.deadline = None;
        self
    }

    /// The statuses that are retried (for idempotent methods).
    pub fn retry_statuses(mut self, statuses: impl IntoIterator<Item = StatusCode>) -> Self {
        self.statuses = statuses.into_iter().collect();
        self
    }

    /// The longest wait a server may ask for (`Retry-After`, rate-limit
    /// reset). Asking for more fails the call with `RateLimited`.
    pub fn max_retry_after(mut self, cap: Duration) -> Self {
        self.max_retry_after = cap;
        self
    }

    /// The size of the retry budget shared by a session's clones, in tokens
    /// (a retry costs 5, or 10 after a timeout). 0 disables the budget.
    pub fn budget(mut self, tokens: u32) -> Self {
        self.budget = tokens;
        self
    }

    /// The random source of the full jitter: a function returning a
    /// uniform number in `[0, 1]`. Defaults to a fast thread-local
    /// generator. Tests can pin the schedule: `|| 1.0` gives the full
    /// exponential ceiling every time, `|| 0.0` retries at once.
    pub fn jitter(mut self, source: fn() -> f64) -> Self {
        self.jitter = source;
        self
    }

    /// A number in `[0, 1]` from the jitter source.
    pub(crate) fn draw_jitter(&self) -> f64 {
        (self.jitter)()
    }

    /// Attempts in total.
    pub fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The overall deadline, if any.
    pub fn get_deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// The cap on server-requested waits.
    pub fn get_max_retry_after(&self) -> Duration {
        self.max_retry_after
    }

    pub(crate) fn budget_capacity(&self) -> u32 {
        self.budget
    }

    pub(crate) fn retries_status(&self, status: StatusCode) -> bool {
        self.statuses.contains(&status)
    }

    /// The backoff before retry number `retry` (0 for the first retry),
    /// given a uniform random number in `[0, 1]`.
    ///
    /// ```
    /// use std::time::Duration;
    /// use client_runtime::RetryPolicy;
    ///
    /// let policy = RetryPolicy::default();
    /// assert_eq!(policy.backoff(0, 0.0), Duration::ZERO);
    /// assert_eq!(policy.backoff(0, 1.0), Duration::from_millis(200));
    /// assert_eq!(policy.backoff(2, 1.0), Duration::from_millis(800));
    /// assert_eq!(policy.backoff(30, 1.0), Duration::from_secs(20));
    /// ```
    pub fn backoff(&self, retry: u32, unit: f64) -> Duration {
        let ceiling = self.backoff_ceiling(retry);
        // `mul_f64` panics near `Duration::MAX`: f64 rounds it up past it.
        let unit = if unit.is_nan() { 0.0 } else { unit.clamp(0.0, 1.0) };
        Duration::try_from_secs_f64(ceiling.as_secs_f64() * unit).map_or(ceiling, |d| d.min(ceiling))
    }

    /// `min(max_backoff, initial_backoff * multiplier^retry)`.
    pub fn backoff_ceiling(&self, retry: u32) -> Duration {
        let exponent = i32::try_from(retry).unwrap_or(i32::MAX);
        let scaled = self.initial_backoff.as_secs_f64() * self.multiplier.powi(exponent);
        let max = self.max_backoff.as_secs_f64();
        if scaled.is_finite() && scaled < max {
            Duration::try_from_secs_f64(scaled).map_or(self.max_backoff, |d| d.min(self.max_backoff))
        } else {
            self.max_backoff
        }
    }
}

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_attempts", &self.max_attempts)
            .field("initial_backoff", &self.initial_backoff)
            .field("multiplier", &self.multiplier)
            .field("max_backoff", &self.max_backoff)
            .field("deadline", &self.deadline)
            .field("statuses", &self.statuses.iter().map(StatusCode::as_u16).collect::<Vec<_>>())
            .field("max_retry_after", &self.max_retry_after)
            .field("budget", &self.budget)
            .finish()
    }
}

/// What the server asked for, read from a response's headers and body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ServerWait {
    /// The server said nothing about waiting.
    None,
    /// `Retry-After`, or a rate-limit reset: wait this long.
    Exact(Duration),
    /// A secondary rate limit without a precise time: wait at least this.
    AtLeast(Duration),
}

/// Whether a retry may wait as long as it must.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WaitVerdict {
    /// Wait, then retry.
    Wait,
    /// The server asked for more than the cap or than the deadline leaves:
    /// fail at once with `RateLimited`.
    TooLong,
    /// Our own backoff would end past the deadline: fail with the error.
    PastDeadline,
}

/// How long to wait before the next attempt and whether that is allowed:
/// the server's wait replaces the backoff (or raises it, for a wait that
/// is only a minimum). Saturating: a wait too long to add to `now` is past
/// any deadline.
pub(crate) fn decide_wait(
    asked: ServerWait,
    backoff: Duration,
    max_retry_after: Duration,
    deadline: Option<Instant>,
    now: Instant,
) -> (Duration, WaitVerdict) {
    let (wait, server_asked) = match asked {
        ServerWait::None => (backoff, false),
        ServerWait::Exact(wait) => (wait, true),
        ServerWait::AtLeast(wait) => (wait.max(backoff), true),
    };
    let past_deadline = deadline.is_some_and(|d| now.checked_add(wait).is_none_or(|end| end >= d));
    let verdict = match (server_asked, past_deadline) {
        (true, _) if wait > max_retry_after || past_deadline => WaitVerdict::TooLong,
        (_, true) => WaitVerdict::PastDeadline,
        _ => WaitVerdict::Wait,
    };
    (wait, verdict)
}

/// Reads `Retry-After`, then the rate-limit headers, then a secondary
/// limit's body, in that order of precision.
pub(crate) fn server_wait(status: StatusCode, headers: &HeaderMap, body: &[u8], now: SystemTime) -> ServerWait {
    if let Some(wait) =
        headers.get(http::header::RETRY_AFTER).and_then(|v| v.to_str().ok()).and_then(|v| parse_retry_after(v, now))
    {
        return ServerWait::Exact(wait);
    }
    let limited = matches!(status, StatusCode::FORBIDDEN | StatusCode::TOO_MANY_REQUESTS);
    if !limited {
        return ServerWait::None;
    }
    let state = crate::ratelimit::RateLimit::from_headers_at(headers, now);
    if let Some(state) = state.filter(|s| s.remaining == Some(0)) {
        if let Some(reset) = state.reset_after {
            return ServerWait::Exact(reset);
        }
    }
    if mentions_secondary_limit(body) {
        return ServerWait::AtLeast(SECONDARY_LIMIT_WAIT);
    }
    ServerWait::None
}

/// Whether the server refused the request because a quota is used up:
/// a 403 or 429 with `remaining: 0`, or a secondary-limit message. Such a
/// request was not processed, so it is retried (after the wait) even when
/// the method is not idempotent: GitHub's secondary limits mostly hit
/// writes such as creating issues.
pub(crate) fn quota_exhausted(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> bool {
    if !matches!(status, StatusCode::FORBIDDEN | StatusCode::TOO_MANY_REQUESTS) {
        return false;
    }
    let remaining_zero = ["x-ratelimit-remaining", "ratelimit-remaining"]
        .iter()
        .any(|name| headers.get(*name).and_then(|v| v.to_str().ok()).is_some_and(|v| v.trim() == "0"));
    remaining_zero || mentions_secondary_limit(body)
}

/// GitHub's secondary-limit responses say so in their message.
fn mentions_secondary_limit(body: &[u8]) -> bool {
    let needle = b"secondary rate limit";
    body.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

/// Parses `Retry-After`: delta-seconds or an HTTP-date. A date in the past
/// means "now"; more seconds than fit in a `u64` mean `Duration::MAX`;
/// anything malformed is `None`.
///
/// ```
/// # use std::time::{Duration, SystemTime};
/// # use client_runtime::retry::parse_retry_after;
/// let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480);
/// assert_eq!(parse_retry_after("120", now), Some(Duration::from_secs(120)));
/// assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now), Some(Duration::from_secs(30)));
/// assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now), Some(Duration::ZERO));
/// assert_eq!(parse_retry_after("soon", now), None);
/// assert_eq!(parse_retry_after("99999999999999999999999", now), Some(Duration::MAX));
/// ```
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // More seconds than a u64 holds is still a (very long) wait, which
        // the wait cap turns into `RateLimited`, never "no wait".
        return Some(value.parse::<u64>().map_or(Duration::MAX, Duration::from_secs));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// A token bucket shared by the clones of a session: retries spend tokens,
/// successes earn them back. Lock-free, so the success path costs one load.
pub(crate) struct RetryBudget {
    capacity: u32,
    tokens: AtomicU32,
}

/// What a retry costs from the budget.
pub(crate) const RETRY_COST: u32 = 5;
/// What a retry after a timeout costs: timeouts signal a struggling server.
pub(crate) const TIMEOUT_RETRY_COST: u32 = 10;

impl RetryBudget {
    pub(crate) fn new(capacity: u32) -> Self {
        Self { capacity, tokens: AtomicU32::new(capacity) }
    }

    /// Takes `cost` tokens if there are that many.
    pub(crate) fn try_spend(&self, cost: u32) -> bool {
        if self.capacity == 0 {
            return true;
        }
        self.tokens.fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| tokens.checked_sub(cost)).is_ok()
    }

    /// A call succeeded: give back what its retries spent, or 1.
    pub(crate) fn refund(&self, spent: u32) {
        if self.capacity == 0 || self.tokens.load(Ordering::Acquire) >= self.capacity {
            return;
        }
        let capacity = self.capacity;
        let _ = self.tokens.fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
            Some(tokens.saturating_add(spent.max(1)).min(capacity))
        });
    }

    /// The tokens left; `u32::MAX` when the budget is disabled.
    pub(crate) fn available(&self) -> u32 {
        if self.capacity == 0 { u32::MAX } else { self.tokens.load(Ordering::Acquire) }
    }
}

impl fmt::Debug for RetryBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryBudget").field("capacity", &self.capacity).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;
    use proptest::prelude::{Just, Strategy, any, prop_oneof};

    const NOW_SECS: u64 = 1_700_000_000;

    fn now() -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(NOW_SECS)
    }

    #[test]
    fn backoff_at_the_random_extremes() {
        let p = RetryPolicy::default();
        for retry in 0..10 {
            assert_eq!(p.backoff(retry, 0.0), Duration::ZERO);
            assert_eq!(p.backoff(retry, 1.0), p.backoff_ceiling(retry));
        }
        let ceilings: Vec<u64> = (0..9).map(|r| p.backoff_ceiling(r).as_millis() as u64).collect();
        assert_eq!(ceilings, [200, 400, 800, 1600, 3200, 6400, 12800, 20000, 20000]);
        assert_eq!(p.backoff_ceiling(u32::MAX), Duration::from_secs(20));
    }

    #[test]
    fn every_backoff_stays_within_the_envelope() {
        let p = RetryPolicy::default().initial_backoff(Duration::from_millis(50)).multiplier(3.0);
        for retry in 0..20 {
            for i in 0..=100 {
                let unit = f64::from(i) / 100.0;
                let delay = p.backoff(retry, unit);
                assert!(delay <= p.backoff_ceiling(retry));
                assert!(delay <= Duration::from_secs(20));
            }
        }
        assert_eq!(p.backoff(0, 7.0), Duration::from_millis(50), "units are clamped");
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after("0", now()), Some(Duration::ZERO));
        assert_eq!(parse_retry_after(" 7 ", now()), Some(Duration::from_secs(7)));
        let later = httpdate::fmt_http_date(now() + Duration::from_secs(90));
        assert_eq!(parse_retry_after(&later, now()), Some(Duration::from_secs(90)));
        let earlier = httpdate::fmt_http_date(now() - Duration::from_secs(90));
        assert_eq!(parse_retry_after(&earlier, now()), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("99999999999999999999999", now()), Some(Duration::MAX));
        for bad in ["", "-1", "1.5", "tomorrow", "1e19"] {
            assert_eq!(parse_retry_after(bad, now()), None, "{bad}");
        }
    }

    fn headers(pairs: &[(&'static str, String)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).expect("test header"));
        }
        map
    }

    #[test]
    fn github_primary_limit_waits_until_reset() {
        let h = headers(&[("x-ratelimit-remaining", "0".into()), ("x-ratelimit-reset", (NOW_SECS + 42).to_string())]);
        assert_eq!(server_wait(StatusCode::FORBIDDEN, &h, b"", now()), ServerWait::Exact(Duration::from_secs(42)));
        assert_eq!(
            server_wait(StatusCode::TOO_MANY_REQUESTS, &h, b"", now()),
            ServerWait::Exact(Duration::from_secs(42))
        );
    }

    #[test]
    fn gitlab_and_ietf_resets() {
        let epoch = headers(&[("ratelimit-remaining", "0".into()), ("ratelimit-reset", (NOW_SECS + 9).to_string())]);
        assert_eq!(
            server_wait(StatusCode::TOO_MANY_REQUESTS, &epoch, b"", now()),
            ServerWait::Exact(Duration::from_secs(9))
        );
        let delta = headers(&[("ratelimit-remaining", "0".into()), ("ratelimit-reset", "12".into())]);
        assert_eq!(
            server_wait(StatusCode::TOO_MANY_REQUESTS, &delta, b"", now()),
            ServerWait::Exact(Duration::from_secs(12))
        );
    }

    #[test]
    fn secondary_limit_and_plain_forbidden() {
        let body = br#"{"message":"You have exceeded a secondary rate limit. Please wait."}"#;
        assert_eq!(
            server_wait(StatusCode::FORBIDDEN, &HeaderMap::new(), body, now()),
            ServerWait::AtLeast(SECONDARY_LIMIT_WAIT)
        );
        let plain = br#"{"message":"Must have admin rights to Repository."}"#;
        assert_eq!(server_wait(StatusCode::FORBIDDEN, &HeaderMap::new(), plain, now()), ServerWait::None);
        let remaining =
            headers(&[("x-ratelimit-remaining", "10".into()), ("x-ratelimit-reset", (NOW_SECS + 5).to_string())]);
        assert_eq!(server_wait(StatusCode::FORBIDDEN, &remaining, plain, now()), ServerWait::None);
    }

    #[test]
    fn budget_spends_and_refills() {
        let budget = RetryBudget::new(12);
        assert!(budget.try_spend(RETRY_COST));
        assert!(budget.try_spend(RETRY_COST));
        assert!(!budget.try_spend(RETRY_COST));
        budget.refund(RETRY_COST);
        assert_eq!(budget.available(), 7);
        budget.refund(0);
        assert_eq!(budget.available(), 8);
        budget.refund(100);
        assert_eq!(budget.available(), 12);
    }

    #[test]
    fn waits_too_long_for_the_clock_are_too_long() {
        let now = Instant::now();
        let deadline = now.checked_add(Duration::from_secs(120));
        for asked in [Duration::MAX, Duration::from_secs(u64::MAX), Duration::from_secs(10_000_000_000_000_000_000)] {
            let (wait, verdict) = decide_wait(ServerWait::Exact(asked), Duration::ZERO, Duration::MAX, deadline, now);
            assert_eq!((wait, verdict), (asked, WaitVerdict::TooLong));
            let (_, verdict) = decide_wait(ServerWait::Exact(asked), Duration::ZERO, Duration::MAX, None, now);
            assert_eq!(verdict, WaitVerdict::Wait, "no cap, no deadline: the caller asked to wait");
            let (_, verdict) = decide_wait(ServerWait::None, asked, Duration::ZERO, deadline, now);
            assert_eq!(verdict, WaitVerdict::PastDeadline);
        }
    }

    #[test]
    fn overflowing_waits_saturate() {
        assert_eq!(parse_retry_after(&u64::MAX.to_string(), now()), Some(Duration::from_secs(u64::MAX)));
        assert_eq!(
            parse_retry_after("10000000000000000000", now()),
            Some(Duration::from_secs(10_000_000_000_000_000_000))
        );
        let h = headers(&[("x-ratelimit-remaining", "0".into()), ("x-ratelimit-reset", u64::MAX.to_string())]);
        assert_eq!(
            server_wait(StatusCode::FORBIDDEN, &h, b"", now()),
            ServerWait::Exact(Duration::from_secs(u64::MAX - NOW_SECS))
        );
        let max = RetryPolicy::default()
            .initial_backoff(Duration::MAX)
            .max_backoff(Duration::MAX)
            .multiplier(f64::MAX)
            .deadline(Duration::MAX)
            .max_retry_after(Duration::MAX);
        for retry in [0, 1, 63, u32::MAX] {
            assert!(max.backoff(retry, 1.0) <= Duration::MAX);
            assert_eq!(max.backoff(retry, 0.0), Duration::ZERO);
            let _ = max.backoff(retry, f64::NAN);
        }
    }

    fn arbitrary_duration() -> impl Strategy<Value = Duration> {
        prop_oneof![
            Just(Duration::MAX),
            Just(Duration::ZERO),
            any::<u64>().prop_map(Duration::from_secs),
            (any::<u64>(), 0u32..1_000_000_000).prop_map(|(s, n)| Duration::new(s, n)),
        ]
    }

    proptest::proptest! {
        #[test]
        fn header_parsers_never_panic(
            retry_after in proptest::prelude::any::<String>(),
            digits in "[0-9]{1,40}",
            reset in "[0-9 ]{0,30}|18446744073709551615|-1|1e19",
            remaining in "[0-9]{0,3}",
            structured in "[a-z=,;\" 0-9]{0,40}",
            now_secs in proptest::prelude::any::<u64>(),
            status in 100u16..600,
            body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..64),
        ) {
            let now = SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(now_secs)).unwrap_or(SystemTime::UNIX_EPOCH);
            let _ = parse_retry_after(&retry_after, now);
            proptest::prop_assert!(parse_retry_after(&digits, now).is_some());
            let mut map = HeaderMap::new();
            for (name, value) in [
                ("retry-after", retry_after.as_str()),
                ("x-ratelimit-reset", reset.as_str()),
                ("ratelimit-reset", reset.as_str()),
                ("x-ratelimit-remaining", remaining.as_str()),
                ("ratelimit", structured.as_str()),
            ] {
                if let Ok(value) = HeaderValue::from_str(value) {
                    map.insert(name, value);
                }
            }
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::TOO_MANY_REQUESTS);
            let _ = server_wait(status, &map, &body, now);
            let _ = quota_exhausted(status, &map, &body);
            let _ = crate::ratelimit::RateLimit::from_headers_at(&map, now);
            let _ = crate::ratelimit::RateLimit::from_headers(&map);
        }

        #[test]
        fn the_wait_decision_never_panics(
            asked in prop_oneof![
                Just(ServerWait::None),
                arbitrary_duration().prop_map(ServerWait::Exact),
                arbitrary_duration().prop_map(ServerWait::AtLeast),
            ],
            backoff in arbitrary_duration(),
            cap in arbitrary_duration(),
            deadline in proptest::option::of(arbitrary_duration()),
        ) {
            let now = Instant::now();
            let deadline = deadline.and_then(|d| now.checked_add(d));
            let (wait, verdict) = decide_wait(asked, backoff, cap, deadline, now);
            if verdict == WaitVerdict::Wait {
                proptest::prop_assert!(wait <= cap || asked == ServerWait::None);
                proptest::prop_assert!(deadline.is_none_or(|d| now.checked_add(wait).is_some_and(|end| end < d)));
            }
            if let ServerWait::Exact(asked) = asked {
                proptest::prop_assert_eq!(wait, asked);
            }
        }

        #[test]
        fn backoff_never_panics_and_stays_under_its_ceiling(
            initial in arbitrary_duration(),
            max in arbitrary_duration(),
            multiplier in proptest::prelude::any::<f64>(),
            retry in proptest::prelude::any::<u32>(),
            unit in proptest::prelude::any::<f64>(),
        ) {
            let policy = RetryPolicy::default().initial_backoff(initial).max_backoff(max).multiplier(multiplier);
            let ceiling = policy.backoff_ceiling(retry);
            proptest::prop_assert!(ceiling <= max);
            proptest::prop_assert!(policy.backoff(retry, unit) <= ceiling);
        }
    }
}
