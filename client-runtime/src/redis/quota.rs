//! The server's quota, shared: when one process sees the rate-limit
//! headers say the quota is used up, every process sharing the key waits
//! for the reset instead of each discovering it with a refused request.
//!
//! A key with the reset as its expiry marks the quota as exhausted, so the
//! wait is read on the Redis server's clock (`PTTL`), and the mark goes
//! away by itself at the reset.

use std::fmt;
use std::time::Duration;

use http::HeaderMap;

use super::Redis;
use crate::ratelimit::RateLimit;

/// GitHub's or GitLab's quota for one token, shared by every process that
/// uses `name` (and the key prefix). Install with `Builder::shared_quota`.
///
/// A call waits for the reset like for a server's `Retry-After`: unless
/// the wait is longer than the retry policy's `max_retry_after` or runs
/// past its deadline; then it fails at once with
/// [`ErrorKind::RateLimited`](crate::ErrorKind::RateLimited) and the wait
/// as its `retry_after`.
#[derive(Clone)]
pub struct SharedQuota {
    redis: Redis,
    key: String,
}

/// The longest wait a server's reset header can impose; a larger value is
/// taken as this, so a hostile header cannot park every worker for years.
const MAX_RESET: Duration = Duration::from_secs(3600);

impl SharedQuota {
    /// The quota shared by every session, in any process, that uses this
    /// `name` on the same Redis and key prefix: name it after the token.
    pub fn new(redis: &Redis, name: &str) -> Self {
        Self { redis: redis.clone(), key: redis.key("quota", name) }
    }

    /// How long until the quota resets, when a process marked it as used
    /// up; `None` when calls may go (or Redis could not say).
    pub(crate) async fn wait(&self) -> Option<Duration> {
        let key = &self.key;
        let left = self
            .redis
            .run("shared quota not consulted", |mut conn| async move {
                redis::cmd("PTTL").arg(key).query_async::<i64>(&mut conn).await
            })
            .await
            .ok()?;
        (left > 0).then(|| Duration::from_millis(left.unsigned_abs()))
    }

    /// Marks the quota as used up until its reset when the response says so.
    pub(crate) async fn observe(&self, headers: &HeaderMap) {
        let Some(wait) = exhausted_for(headers) else { return };
        let key = &self.key;
        let millis = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX).max(1);
        let _ = self
            .redis
            .run("shared quota not updated", |mut conn| async move {
                redis::cmd("SET").arg(key).arg(1).arg("PX").arg(millis).query_async::<()>(&mut conn).await
            })
            .await;
    }
}

/// How long the quota stays used up, when the headers say it is.
pub(crate) fn exhausted_for(headers: &HeaderMap) -> Option<Duration> {
    let state = RateLimit::from_headers(headers)?;
    let reset = state.reset_after.filter(|_| state.remaining == Some(0))?;
    (!reset.is_zero()).then(|| reset.min(MAX_RESET))
}

impl fmt::Debug for SharedQuota {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedQuota").field("key", &self.key).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;
    use std::time::SystemTime;

    fn github(remaining: &str, reset_in: u64) -> HeaderMap {
        let reset = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).expect("clock").as_secs() + reset_in;
        let mut headers = HeaderMap::new();
        headers.insert("x-ratelimit-limit", HeaderValue::from_static("5000"));
        headers.insert("x-ratelimit-remaining", HeaderValue::from_str(remaining).expect("value"));
        headers.insert("x-ratelimit-reset", HeaderValue::from_str(&reset.to_string()).expect("value"));
        headers
    }

    #[test]
    fn only_a_used_up_quota_marks_a_wait() {
        assert_eq!(exhausted_for(&github("1", 60)), None);
        let wait = exhausted_for(&github("0", 60)).expect("used up");
        assert!(wait > Duration::from_secs(58) && wait <= Duration::from_secs(60), "{wait:?}");
        assert_eq!(exhausted_for(&HeaderMap::new()), None);
    }

    #[test]
    fn gitlab_headers_count_and_a_far_reset_is_capped() {
        let mut headers = HeaderMap::new();
        headers.insert("ratelimit-remaining", HeaderValue::from_static("0"));
        headers.insert("ratelimit-reset", HeaderValue::from_static("30"));
        assert_eq!(exhausted_for(&headers), Some(Duration::from_secs(30)));
        assert_eq!(exhausted_for(&github("0", 10_000_000)), Some(MAX_RESET));
    }
}
