//! State shared by every process on Redis (cargo feature `redis`): the
//! response cache, a client-side rate limit, and the server's quota.
//!
//! Several workers using one token each keep their own limiter and their
//! own view of the quota; together they overrun the token's limit. With a
//! [`Redis`] handle they share them:
//!
//! ```no_run
//! use std::time::Duration;
//! use client_runtime::Session;
//! use client_runtime::cache::Cache;
//! use client_runtime::redis::{OnRedisFailure, Redis, SharedQuota, SharedRateLimit};
//!
//! let redis = Redis::open("redis://127.0.0.1:6379/")?.key_prefix("my-app:");
//! let session = Session::builder()
//!     .base_url("https://api.github.com")
//!     .bearer_auth("token")
//!     // Every process caching into one store: a 304 costs no quota.
//!     .cache(Cache::with_redis(&redis))
//!     // At most 50 requests per second across all processes for this key.
//!     .shared_rate_limit(SharedRateLimit::new(&redis, "github-bot", 50, Duration::from_secs(1)))
//!     // When one process learns the quota is used up, all wait for the reset.
//!     .shared_quota(SharedQuota::new(&redis, "github-bot"))
//!     .build()?;
//! # let _ = OnRedisFailure::FailClosed;
//! # Ok::<(), client_runtime::Error>(())
//! ```
//!
//! # When Redis fails
//! Unreachable, slow or answering errors, Redis never fails a call by
//! itself. Every command runs under its own short timeout
//! ([`DEFAULT_COMMAND_TIMEOUT`], [`Redis::command_timeout`]); after a
//! failure, Redis is left alone for [`REST_AFTER_FAILURE`], so a stalled
//! Redis delays a call by at most one command timeout. Meanwhile:
//! - the cache is bypassed: the call goes to the server, unconditional;
//! - the shared quota is not consulted;
//! - the shared rate limit falls back to a limiter local to the process,
//!   with the same numbers ([`OnRedisFailure::LocalLimit`], the default):
//!   pacing goes on, but per process, so N processes may send up to N
//!   times the limit until Redis is back. [`OnRedisFailure::FailClosed`]
//!   instead fails the call with
//!   [`ErrorKind::RateLimited`](crate::ErrorKind::RateLimited);
//! - each failure logs a `WARN` event (target `client_runtime::redis`).
//!
//! The connection is made on first use and remade after a failure, so
//! everything recovers once Redis is back.

mod limiter;
mod quota;

use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use crate::error::{Error, Result};

pub use self::limiter::{OnRedisFailure, SharedRateLimit};
pub use self::quota::SharedQuota;

/// How long one Redis command may take before it counts as failed.
pub const DEFAULT_COMMAND_TIMEOUT: Duration = Duration::from_millis(250);
/// After a failed command, how long Redis is left alone before the next
/// try: calls meanwhile go on without it at no cost.
pub const REST_AFTER_FAILURE: Duration = Duration::from_millis(500);
/// The prefix of every key this crate writes, unless set otherwise.
pub const DEFAULT_KEY_PREFIX: &str = "client-runtime:";

/// A handle on one Redis server, shared by the cache, the shared limiter
/// and the shared quota. Cheap to clone; clones share the connection.
#[derive(Clone)]
pub struct Redis {
    inner: Arc<Inner>,
}

struct Inner {
    client: redis::Client,
    /// After a failure, commands are not tried until then, so that one
    /// call pays at most one command timeout and later calls none.
    resting_until: Mutex<Option<Instant>>,
    manager: OnceLock<std::result::Result<ConnectionManager, String>>,
    timeout: Duration,
    prefix: String,
}

/// A Redis command failed or timed out; the caller goes on without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Failed;

impl Redis {
    /// A handle on the server at `url` (`redis://host:port/db`,
    /// `redis://:password@host/`). Nothing is connected until first use.
    pub fn open(url: &str) -> Result<Self> {
        // The URL may hold a password: the error does not repeat it.
        let client = redis::Client::open(url).map_err(|_| Error::builder("the Redis URL is not valid"))?;
        Ok(Self::from_parts(client, DEFAULT_COMMAND_TIMEOUT, DEFAULT_KEY_PREFIX.to_owned()))
    }

    fn from_parts(client: redis::Client, timeout: Duration, prefix: String) -> Self {
        let resting_until = Mutex::new(None);
        Self { inner: Arc::new(Inner { client, resting_until, manager: OnceLock::new(), timeout, prefix }) }
    }

    /// How long one command may take ([`DEFAULT_COMMAND_TIMEOUT`] by
    /// default). A slower answer counts as a failure.
    pub fn command_timeout(self, timeout: Duration) -> Self {
        Self::from_parts(self.inner.client.clone(), timeout, self.inner.prefix.clone())
    }

    /// The prefix of every key written ([`DEFAULT_KEY_PREFIX`] by default):
    /// processes share state when they share a prefix.
    pub fn key_prefix(self, prefix: &str) -> Self {
        Self::from_parts(self.inner.client.clone(), self.inner.timeout, prefix.to_owned())
    }

    pub(crate) fn key(&self, kind: &str, name: &str) -> String {
        format!("{}{kind}:{name}", self.inner.prefix)
    }

    /// Runs one command under the command timeout. A failure logs a
    /// warning saying what is bypassed.
    pub(crate) async fn run<T, F, Fut>(&self, bypassed: &str, command: F) -> std::result::Result<T, Failed>
    where
        F: FnOnce(ConnectionManager) -> Fut,
        Fut: Future<Output = redis::RedisResult<T>>,
    {
        if self.resting() {
            return Err(Failed);
        }
        let manager = match self.manager() {
            Ok(manager) => manager,
            Err(reason) => {
                tracing::warn!(target: "client_runtime::redis", error = %reason, "redis unavailable: {bypassed}");
                return Err(Failed);
            }
        };
        match tokio::time::timeout(self.inner.timeout, command(manager)).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(err)) => {
                tracing::warn!(target: "client_runtime::redis", error = %err, "redis command failed: {bypassed}");
                self.rest();
                Err(Failed)
            }
            Err(_) => {
                let timeout_ms = self.inner.timeout.as_millis() as u64;
                tracing::warn!(target: "client_runtime::redis", timeout_ms, "redis command timed out: {bypassed}");
                self.rest();
                Err(Failed)
            }
        }
    }

    fn resting(&self) -> bool {
        let mut until = self.inner.resting_until.lock().unwrap_or_else(PoisonError::into_inner);
        match *until {
            Some(at) if Instant::now() < at => true,
            Some(_) => {
                *until = None;
                false
            }
            None => false,
        }
    }

    fn rest(&self) {
        let mut until = self.inner.resting_until.lock().unwrap_or_else(PoisonError::into_inner);
        *until = Some(Instant::now() + REST_AFTER_FAILURE);
    }

    fn manager(&self) -> std::result::Result<ConnectionManager, String> {
        let timeout = self.inner.timeout;
        self.inner
            .manager
            .get_or_init(|| {
                let config = ConnectionManagerConfig::new()
                    .set_connection_timeout(Some(timeout))
                    .set_response_timeout(Some(timeout))
                    .set_number_of_retries(1)
                    .set_min_delay(Duration::from_millis(10))
                    .set_max_delay(Duration::from_millis(200));
                self.inner.client.get_connection_manager_lazy(config).map_err(|err| err.to_string())
            })
            .clone()
    }
}

impl fmt::Debug for Redis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The address only: never the password the URL may carry.
        let address = self.inner.client.get_connection_info().addr().to_string();
        f.debug_struct("Redis")
            .field("address", &address)
            .field("key_prefix", &self.inner.prefix)
            .field("command_timeout", &self.inner.timeout)
            .finish()
    }
}
