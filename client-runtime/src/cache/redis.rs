//! The store shared by every process: entries in Redis under
//! `<prefix>cache:<sha256 hex>`, with a time to live, and for each URL a
//! set `<prefix>cache-url:<sha256 hex>` of the entry keys stored for it,
//! so that an invalidation in one process removes them for all.

use std::fmt;
use std::sync::LazyLock;
use std::time::Duration;

use super::key::Resource;
use super::{Entry, Key, Unavailable};
use crate::redis::Redis;

/// How long an entry is kept in Redis unless set otherwise.
pub(crate) const DEFAULT_TTL: Duration = Duration::from_secs(24 * 3600);

/// Stores the entry and adds its key to the URL's set, whose time to
/// live only ever grows: it outlives every entry it names, even when
/// processes sharing the prefix keep entries for different times.
static PUT: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SADD', KEYS[2], KEYS[1])
if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[2]) then
  redis.call('PEXPIRE', KEYS[2], ARGV[2])
end
",
    )
});

/// Deletes every entry named in the given URL sets, and the sets.
static INVALIDATE: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"
for _, set in ipairs(KEYS) do
  for _, entry in ipairs(redis.call('SMEMBERS', set)) do
    redis.call('DEL', entry)
  end
  redis.call('DEL', set)
end
",
    )
});

pub(crate) struct RedisStore {
    pub(crate) redis: Redis,
    pub(crate) ttl: Duration,
}

impl RedisStore {
    fn key(&self, key: &Key) -> String {
        self.redis.key("cache", &key.hex())
    }

    fn set(&self, resource: &Resource) -> String {
        self.redis.key("cache-url", &resource.hex())
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

    /// Stores the entry for `resource`; `false` when Redis could not be
    /// reached (a warning is already logged).
    pub(crate) async fn put(&self, key: &Key, resource: &Resource, entry: &Entry) -> bool {
        let (name, set) = (self.key(key), self.set(resource));
        let bytes = entry.encode();
        let ttl = u64::try_from(self.ttl.as_millis()).unwrap_or(u64::MAX).max(1);
        let script = &*PUT;
        self.redis
            .run("response not cached", |mut conn| async move {
                script.key(&name).key(&set).arg(bytes).arg(ttl).invoke_async::<()>(&mut conn).await
            })
            .await
            .is_ok()
    }

    /// Deletes one entry. Its URL's set may still name it: an
    /// invalidation deleting a missing key costs nothing.
    pub(crate) async fn remove(&self, key: &Key) {
        let name = self.key(key);
        let _ = self
            .redis
            .run("stale entry not removed", |mut conn| async move {
                redis::cmd("DEL").arg(&name).query_async::<()>(&mut conn).await
            })
            .await;
    }

    /// Deletes every entry stored for these resources, by any process.
    pub(crate) async fn invalidate(&self, resources: &[Resource]) {
        let sets: Vec<String> = resources.iter().map(|resource| self.set(resource)).collect();
        let script = &*INVALIDATE;
        let _ = self
            .redis
            .run("cache entries not invalidated", |mut conn| async move {
                let mut invocation = script.prepare_invoke();
                for set in &sets {
                    invocation.key(set);
                }
                invocation.invoke_async::<()>(&mut conn).await
            })
            .await;
    }
}

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisStore").field("redis", &self.redis).field("ttl", &self.ttl).finish()
    }
}
