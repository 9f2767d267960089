//! Rate limits: what the server reports, and a client-side pacer.
//!
//! [`RateLimit`] is parsed from GitHub's `x-ratelimit-*` headers, GitLab's
//! and the IETF draft's `RateLimit-*` headers, and the structured
//! `RateLimit` header. [`Response::rate_limit`](crate::Response::rate_limit)
//! and each page of a paginated listing expose it.
//!
//! The session's limiter (`Builder::rate_limit(n, per)`) keeps a sliding
//! window: no span of `per` ever holds more than `n` sends, counted across
//! all clones of the session. Calls wait for their slot rather than fail;
//! only a slot later than the retry deadline ends a call, with
//! [`ErrorKind::RateLimited`](crate::ErrorKind::RateLimited).

use std::collections::VecDeque;
use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use http::HeaderMap;
use tokio::time::Instant;

/// The rate-limit state a server reported with a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RateLimit {
    /// Requests allowed in the current window.
    pub limit: Option<u64>,
    /// Requests left in the current window.
    pub remaining: Option<u64>,
    /// How long until the window resets, as of the response.
    pub reset_after: Option<Duration>,
}

/// Resets above this are Unix timestamps (GitHub, GitLab); below it,
/// delta-seconds (IETF draft).
const EPOCH_THRESHOLD: u64 = 1_000_000_000;

impl RateLimit {
    /// Reads the rate-limit headers, if the response has any.
    pub fn from_headers(headers: &HeaderMap) -> Option<Self> {
        Self::from_headers_at(headers, SystemTime::now())
    }

    pub(crate) fn from_headers_at(headers: &HeaderMap, now: SystemTime) -> Option<Self> {
        let number = |name: &str| headers.get(name)?.to_str().ok()?.trim().parse::<u64>().ok();
        let mut state = Self {
            limit: number("x-ratelimit-limit").or_else(|| number("ratelimit-limit")),
            remaining: number("x-ratelimit-remaining").or_else(|| number("ratelimit-remaining")),
            reset_after: number("x-ratelimit-reset")
                .or_else(|| number("ratelimit-reset"))
                .map(|reset| reset_to_duration(reset, now)),
        };
        if let Some(structured) = headers.get("ratelimit").and_then(|v| v.to_str().ok()) {
            state.fill_from_structured(structured, now);
        }
        (state != Self::default()).then_some(state)
    }

    /// `RateLimit: limit=100, remaining=50, reset=30` and the newer
    /// `"default";r=50;t=30` form.
    fn fill_from_structured(&mut self, value: &str, now: SystemTime) {
        for item in value.split([',', ';']) {
            let Some((key, number)) = item.trim().split_once('=') else { continue };
            let Ok(number) = number.trim().trim_matches('"').parse::<u64>() else { continue };
            match key.trim() {
                "limit" | "q" => self.limit = self.limit.or(Some(number)),
                "remaining" | "r" => self.remaining = self.remaining.or(Some(number)),
                "reset" | "t" => self.reset_after = self.reset_after.or(Some(reset_to_duration(number, now))),
                _ => {}
            }
        }
    }
}

/// Saturating: a reset of `u64::MAX` is a very long wait, not an overflow.
fn reset_to_duration(reset: u64, now: SystemTime) -> Duration {
    if reset < EPOCH_THRESHOLD {
        return Duration::from_secs(reset);
    }
    let now = now.duration_since(SystemTime::UNIX_EPOCH).unwrap_or(Duration::ZERO);
    Duration::from_secs(reset).saturating_sub(now)
}

/// Paces calls so that no window of `per` holds more than `requests`
/// sends: a sliding log of the last `requests` send times.
pub(crate) struct RateLimiter {
    requests: u32,
    per: Duration,
    sends: Mutex<VecDeque<Instant>>,
}

impl RateLimiter {
    pub(crate) fn new(requests: u32, per: Duration) -> Self {
        Self { requests, per, sends: Mutex::new(VecDeque::with_capacity(requests.min(1024) as usize)) }
    }

    /// Reserves the next slot and says how long to wait for it, unless the
    /// slot is after `deadline`: then nothing is reserved.
    pub(crate) fn reserve_within(&self, now: Instant, deadline: Option<Instant>) -> Option<Duration> {
        let mut sends = self.sends.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let latest = sends.back().copied().unwrap_or(now).max(now);
        let slot = match sends.front() {
            Some(oldest) if sends.len() >= self.requests as usize => latest.max(saturating_add(*oldest, self.per)),
            _ => latest,
        };
        if deadline.is_some_and(|d| slot >= d) {
            return None;
        }
        sends.push_back(slot);
        while sends.len() > self.requests as usize {
            sends.pop_front();
        }
        Some(slot.saturating_duration_since(now))
    }
}

/// About 30 years: what "never" means to a timer, as in tokio itself.
pub(crate) const FAR_FUTURE: Duration = Duration::from_secs(86_400 * 365 * 30);

/// `at + wait`, or a time decades away when that does not fit an `Instant`
/// (a period of `Duration::MAX`).
pub(crate) fn saturating_add(at: Instant, wait: Duration) -> Instant {
    at.checked_add(wait).or_else(|| at.checked_add(FAR_FUTURE)).unwrap_or(at)
}

impl fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} per {:?}", self.requests, self.per)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn waits(limiter: &RateLimiter, at: Instant, n: usize) -> Vec<u128> {
        (0..n).map(|_| limiter.reserve_within(at, None).map(|w| w.as_millis()).unwrap_or(u128::MAX)).collect()
    }

    #[test]
    fn limiter_never_allows_more_than_n_per_window() {
        let limiter = RateLimiter::new(4, Duration::from_secs(1));
        let start = Instant::now();
        assert_eq!(waits(&limiter, start, 9), [0, 0, 0, 0, 1000, 1000, 1000, 1000, 2000]);
        let later = start + Duration::from_secs(10);
        assert_eq!(waits(&limiter, later, 1), [0], "idle time frees the window");
    }

    #[test]
    fn any_window_holds_at_most_n_sends() {
        let limiter = RateLimiter::new(3, Duration::from_millis(100));
        let start = Instant::now();
        let mut sends = Vec::new();
        for i in 0..30u64 {
            let now = start + Duration::from_millis(i * 7);
            let wait = limiter.reserve_within(now, None).expect("no deadline");
            sends.push(now + wait);
        }
        for (i, first) in sends.iter().enumerate() {
            let in_window = sends[i..].iter().filter(|t| **t < *first + Duration::from_millis(100)).count();
            assert!(in_window <= 3, "{in_window} sends within one window");
        }
    }

    #[test]
    fn no_slot_is_reserved_past_the_deadline() {
        let limiter = RateLimiter::new(1, Duration::from_secs(1));
        let start = Instant::now();
        assert_eq!(limiter.reserve_within(start, None), Some(Duration::ZERO));
        let deadline = Some(start + Duration::from_millis(500));
        assert_eq!(limiter.reserve_within(start, deadline), None);
        assert_eq!(limiter.reserve_within(start, None), Some(Duration::from_secs(1)), "the refused call took no slot");
    }

    #[test]
    fn github_headers() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut h = HeaderMap::new();
        h.insert("x-ratelimit-limit", HeaderValue::from_static("5000"));
        h.insert("x-ratelimit-remaining", HeaderValue::from_static("4999"));
        h.insert("x-ratelimit-reset", HeaderValue::from_static("1700000060"));
        let state = RateLimit::from_headers_at(&h, now).expect("state");
        assert_eq!(state.limit, Some(5000));
        assert_eq!(state.remaining, Some(4999));
        assert_eq!(state.reset_after, Some(Duration::from_secs(60)));
    }

    #[test]
    fn ietf_structured_header() {
        let mut h = HeaderMap::new();
        h.insert("ratelimit", HeaderValue::from_static("limit=100, remaining=7, reset=30"));
        let state = RateLimit::from_headers(&h).expect("state");
        assert_eq!(
            (state.limit, state.remaining, state.reset_after),
            (Some(100), Some(7), Some(Duration::from_secs(30)))
        );
        assert_eq!(RateLimit::from_headers(&HeaderMap::new()), None);
    }

    #[test]
    fn huge_resets_saturate() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut h = HeaderMap::new();
        h.insert("x-ratelimit-reset", HeaderValue::from_static("18446744073709551615"));
        let state = RateLimit::from_headers_at(&h, now).expect("state");
        assert_eq!(state.reset_after, Some(Duration::from_secs(u64::MAX - 1_700_000_000)));
        let mut h = HeaderMap::new();
        h.insert("ratelimit", HeaderValue::from_static("limit=1, remaining=0, reset=18446744073709551615"));
        assert!(RateLimit::from_headers(&h).and_then(|s| s.reset_after).is_some());
    }

    #[test]
    fn a_period_of_duration_max_never_overflows() {
        let limiter = RateLimiter::new(1, Duration::MAX);
        let start = Instant::now();
        assert_eq!(limiter.reserve_within(start, None), Some(Duration::ZERO));
        let deadline = saturating_add(start, Duration::from_secs(120));
        assert_eq!(limiter.reserve_within(start, Some(deadline)), None, "the next slot is decades away");
        assert!(limiter.reserve_within(start, None).is_some_and(|wait| wait > Duration::from_secs(86_400 * 365)));
    }

    proptest::proptest! {
        #[test]
        fn limiter_never_panics(
            requests in 1u32..5,
            per_secs in proptest::prelude::any::<u64>(),
            steps in proptest::collection::vec(proptest::prelude::any::<u64>(), 1..8),
        ) {
            let limiter = RateLimiter::new(requests, Duration::from_secs(per_secs));
            let start = Instant::now();
            for step in steps {
                let at = saturating_add(start, Duration::from_secs(step));
                let _ = limiter.reserve_within(at, Some(saturating_add(at, Duration::from_secs(step))));
                let _ = limiter.reserve_within(at, None);
            }
        }
    }
}
