//! Rate limits: what the server reports, and a client-side pacer.
//!
//! [`RateLimit`] is parsed from GitHub's `x-ratelimit-*` headers, GitLab's
//! and the IETF draft's `RateLimit-*` headers, and the structured
//! `RateLimit` header. [`Response::rate_limit`](crate::Response::rate_limit)
//! and each page of a paginated listing expose it.
//!
//! The session's limiter (`Builder::rate_limit(n, per)`) is a GCRA pacer:
//! bursts up to `n`, then one call every `per / n`, shared by all clones.
//! Calls wait for their slot; they never fail because of it.

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

fn reset_to_duration(reset: u64, now: SystemTime) -> Duration {
    if reset < EPOCH_THRESHOLD {
        return Duration::from_secs(reset);
    }
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(reset);
    at.duration_since(now).unwrap_or(Duration::ZERO)
}

/// Paces calls to `n` per period (generic cell rate algorithm).
pub(crate) struct RateLimiter {
    interval: Duration,
    burst: Duration,
    requests: u32,
    per: Duration,
    /// The theoretical arrival time of the next call.
    tat: Mutex<Option<Instant>>,
}

impl RateLimiter {
    pub(crate) fn new(requests: u32, per: Duration) -> Self {
        let interval = per / requests;
        Self { interval, burst: per.saturating_sub(interval), requests, per, tat: Mutex::new(None) }
    }

    /// Reserves the next slot and says how long to wait for it.
    pub(crate) fn reserve(&self, now: Instant) -> Duration {
        let mut tat = self.tat.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let next = tat.map_or(now, |t| t.max(now));
        let allowed_at = next.checked_sub(self.burst).unwrap_or(now);
        *tat = Some(next + self.interval);
        allowed_at.saturating_duration_since(now)
    }

    pub(crate) async fn acquire(&self) -> Duration {
        let wait = self.reserve(Instant::now());
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
        wait
    }
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

    #[test]
    fn limiter_allows_a_burst_then_paces() {
        let limiter = RateLimiter::new(4, Duration::from_secs(1));
        let start = Instant::now();
        let waits: Vec<_> = (0..8).map(|_| limiter.reserve(start).as_millis()).collect();
        assert_eq!(waits, [0, 0, 0, 0, 250, 500, 750, 1000]);
        let later = start + Duration::from_secs(10);
        assert_eq!(limiter.reserve(later), Duration::ZERO, "idle time refills the burst");
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
}
