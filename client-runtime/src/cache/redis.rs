//! The store shared by every process: entries in Redis under
//! `<prefix>cache:<sha256 hex>`, with a time to live.

use std::fmt;
use std::time::Duration;

use super::{Entry, Key, Unavailable};
use crate::redis::Redis;

/// How long an entry is kept in Redis unless set otherwise.
pub(crate) const DEFAULT_TTL: Duration = Duration::from_secs(24 * 3600);

pub(crate) struct RedisStore {
    pub(crate) redis: Redis,
    pub(crate) ttl: Duration,
}

impl RedisStore {
    fn key(&self, key: &Key) -> String {
        self.redis.key("cache", &key.hex())
    }

    pub(crate) async fn get(&self, key: &Key) -> Result<Option<Entry>, Unavailable> {
        let name = self.key(key);
        let bytes = self
            .redis
            .run("cache bypassed", |mut conn| async move {
                redis::cmd("GET").arg(&name).query_async::<Option<Vec<u8>>>(&mut conn).await
            })
            .await
            .map_err(|_| Unavailable)?;
        // A value this version cannot read is no entry: it is replaced.
        Ok(bytes.and_then(|bytes| Entry::decode(&bytes)))
    }

    /// Stores the entry; `false` when Redis could not be reached (a
    /// warning is already logged).
    pub(crate) async fn put(&self, key: &Key, entry: &Entry) -> bool {
        let name = self.key(key);
        let bytes = entry.encode();
        let ttl = u64::try_from(self.ttl.as_millis()).unwrap_or(u64::MAX).max(1);
        self.redis
            .run("response not cached", |mut conn| async move {
                redis::cmd("SET").arg(&name).arg(bytes).arg("PX").arg(ttl).query_async::<()>(&mut conn).await
            })
            .await
            .is_ok()
    }

    pub(crate) async fn remove(&self, key: &Key) {
        let name = self.key(key);
        let _ = self
            .redis
            .run("stale entry not removed", |mut conn| async move {
                redis::cmd("DEL").arg(&name).query_async::<()>(&mut conn).await
            })
            .await;
    }
}

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisStore").field("redis", &self.redis).field("ttl", &self.ttl).finish()
    }
}
