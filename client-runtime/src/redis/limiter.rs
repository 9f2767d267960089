//! A rate limit shared by every process: at most N sends in any window,
//! reserved atomically in Redis.
//!
//! The script keeps, per key, the times of the last N reserved slots (a
//! sliding log, on the Redis server's clock, so the processes' clocks do
//! not matter). A caller reserves the earliest slot that keeps every
//! window within N and waits until it; no process keeps a copy of the log.

use std::fmt;
use std::sync::LazyLock;
use std::time::Duration;

use tokio::time::Instant;

use super::Redis;
use crate::error::{Error, ErrorKind, Result};
use crate::ratelimit::RateLimiter;

/// What the shared limiter does when Redis cannot be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum OnRedisFailure {
    /// Pace with a limiter local to this process, with the same numbers,
    /// until Redis answers again (the default). Calls go on; N processes
    /// may together send up to N times the limit meanwhile.
    #[default]
    LocalLimit,
    /// Fail the call with [`ErrorKind::RateLimited`]: never risk
    /// exceeding the limit.
    FailClosed,
}

/// At most `requests` per `per` across every process sharing `name` (and
/// the key prefix). Install with `Builder::shared_rate_limit`.
#[derive(Clone)]
pub struct SharedRateLimit {
    redis: Redis,
    key: String,
    requests: u32,
    per: Duration,
    on_failure: OnRedisFailure,
    fallback: std::sync::Arc<RateLimiter>,
}

/// Reserves the next slot; returns the wait in microseconds, or -1 when
/// the slot is further away than the horizon (nothing is reserved).
static RESERVE: LazyLock<redis::Script> = LazyLock::new(|| redis::Script::new(RESERVE_LUA));

const RESERVE_LUA: &str = r"
local key = KEYS[1]
local n = tonumber(ARGV[1])
local per = tonumber(ARGV[2])
local horizon = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local len = redis.call('LLEN', key)
local slot = now
if len > 0 then
  local last = tonumber(redis.call('LINDEX', key, -1))
  if last > slot then slot = last end
end
if len >= n then
  local oldest = tonumber(redis.call('LINDEX', key, -n))
  if oldest + per > slot then slot = oldest + per end
end
if horizon >= 0 and slot - now > horizon then return -1 end
redis.call('RPUSH', key, string.format('%.0f', slot))
if len + 1 > n then redis.call('LTRIM', key, -n, -1) end
redis.call('PEXPIRE', key, math.floor((slot - now + per) / 1000) + 1000)
return slot - now
";

impl SharedRateLimit {
    /// At most `requests` per `per` for every session, in any process,
    /// that uses this `name` on the same Redis and key prefix.
    pub fn new(redis: &Redis, name: &str, requests: u32, per: Duration) -> Self {
        let requests = requests.max(1);
        let per = per.max(Duration::from_millis(1));
        Self {
            redis: redis.clone(),
            key: redis.key("limit", name),
            requests,
            per,
            on_failure: OnRedisFailure::default(),
            fallback: std::sync::Arc::new(RateLimiter::new(requests, per)),
        }
    }

    /// What to do when Redis cannot be reached (default:
    /// [`OnRedisFailure::LocalLimit`]).
    pub fn on_redis_failure(mut self, choice: OnRedisFailure) -> Self {
        self.on_failure = choice;
        self
    }

    /// Reserves a slot no later than `deadline` and says how long to wait
    /// for it; an error when there is none before the deadline, or when
    /// Redis failed and the limiter fails closed.
    pub(crate) async fn reserve(&self, deadline: Option<Instant>) -> Result<Duration> {
        let now = Instant::now();
        let horizon =
            deadline.map_or(-1, |d| i64::try_from(d.saturating_duration_since(now).as_micros()).unwrap_or(i64::MAX));
        let per = i64::try_from(self.per.as_micros()).unwrap_or(i64::MAX);
        let script = &*RESERVE;
        let reserved = self
            .redis
            .run("shared rate limit", |mut conn| async move {
                script.key(&self.key).arg(self.requests).arg(per).arg(horizon).invoke_async::<i64>(&mut conn).await
            })
            .await;
        match reserved {
            Ok(wait) if wait < 0 => Err(no_slot()),
            Ok(wait) => Ok(Duration::from_micros(wait.unsigned_abs())),
            Err(_) => match self.on_failure {
                OnRedisFailure::LocalLimit => self.fallback.reserve_within(now, deadline).ok_or_else(no_slot),
                OnRedisFailure::FailClosed => Err(Error::new(
                    ErrorKind::RateLimited,
                    "the shared rate limit could not be reached in Redis, and it fails closed",
                )),
            },
        }
    }
}

fn no_slot() -> Error {
    Error::new(ErrorKind::RateLimited, "the shared rate limit has no slot before the deadline")
}

impl fmt::Debug for SharedRateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedRateLimit")
            .field("key", &self.key)
            .field("requests", &self.requests)
            .field("per", &self.per)
            .field("on_redis_failure", &self.on_failure)
            .finish()
    }
}
