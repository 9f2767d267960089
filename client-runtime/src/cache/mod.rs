//! A response cache with conditional requests: unchanged data for free.
//!
//! GitHub does not count a `304 Not Modified` against its rate limit. With
//! a cache, a GET or HEAD response that carries an `ETag` or a
//! `Last-Modified` is stored; the next identical call sends
//! `If-None-Match` / `If-Modified-Since`, and a 304 yields the stored body,
//! decoded exactly as a 200 would be, with the 304's headers (its
//! rate-limit headers, for instance) merged in.
//!
//! ```no_run
//! use client_runtime::cache::{Cache, CacheStatus};
//! use client_runtime::{Response, Result, client};
//!
//! #[client(base_url = "https://api.github.com")]
//! pub trait GitHub {
//!     #[get("/repos/<owner>/<repo>")]
//!     async fn get_repo(&self, owner: &str, repo: &str) -> Result<Response<serde_json::Value>>;
//! }
//!
//! # async fn run() -> Result<()> {
//! let github = GitHubClient::builder().cache(Cache::memory(64 * 1024 * 1024)).build()?;
//! let first = github.get_repo("octocat", "Hello-World").await?;
//! assert_eq!(first.cache_status(), CacheStatus::Miss);
//! let again = github.get_repo("octocat", "Hello-World").await?;
//! // `Revalidated` when the server answered 304: the body is the stored one.
//! println!("{:?}", again.cache_status());
//! # Ok(()) }
//! ```
//!
//! # The rules
//! They follow RFC 9111 for a private cache; the freshness rules are those
//! of the `http-cache-semantics` crate, given `Cache-Control` as this
//! module parses it (quoted strings, names in any case, malformed
//! directives skipped; values past 2^31 seconds saturate).
//! - **Stored**: a `200` to a GET or HEAD with an `ETag` or `Last-Modified`.
//!   Never a response with `Cache-Control: no-store` or `Vary: *`, nor the
//!   answer to a request whose own `Cache-Control` says `no-store`; never
//!   a [`ByteStream`](crate::ByteStream) download, never a method declared
//!   `#[cache(none)]`.
//! - **Keys**: method, URL (so a listing is cached page by page) and a
//!   SHA-256 digest of the credentials the request carries: one token's
//!   response is never served to another, and no secret is ever part of a
//!   key. The request headers a response names in `Vary` must match too;
//!   one variant per URL is kept, and a response that varies on `*` is
//!   never served.
//! - **Freshness**: by default every call revalidates.
//!   [`Cache::serve_fresh(true)`](Cache::serve_fresh) answers without a
//!   request ([`CacheStatus::Hit`], with the entry's current `Age`) while
//!   `Cache-Control: max-age` (or else `Expires`) says the entry is fresh.
//!   Its age counts the `Age` it arrived with, how old its `Date` says it
//!   was on arrival, and the time the request took (RFC 9111 §4.2.3).
//!   `no-cache` in the response always revalidates.
//! - **A method's own `Cache-Control`** (`#[header("Cache-Control",
//!   "...")]` or an argument) is honoured: `no-store` stores nothing of
//!   its answer; `no-cache` (or `Pragma: no-cache`) and `max-age=N`
//!   revalidate what is older; `min-fresh=N` wants N more seconds of
//!   freshness; `max-stale[=N]` accepts an entry that much past its
//!   freshness (never one marked `no-cache` or `must-revalidate`). The
//!   last three only matter with `serve_fresh(true)`: otherwise every
//!   call revalidates anyway.
//! - **304s**: a 304 refreshes the stored entry only if its `ETag` (or else
//!   its `Last-Modified`) matches the entry's; a 304 with no validator
//!   confirms the ones the cache sent. Any other 304 forgets the entry,
//!   and the call is sent once more without conditions.
//! - **Invalidation**: a successful (2xx or 3xx) request with an unsafe
//!   method (POST, PUT, PATCH, DELETE...) forgets every entry of its URL,
//!   and of the URLs its `Location` and `Content-Location` name on the
//!   same origin, whatever their credentials. `#[cache(none)]` methods and
//!   streamed bodies invalidate too. In Redis this reaches every process
//!   sharing the store.
//! - **Your own conditional headers**: a call whose arguments set
//!   `If-None-Match` (or another conditional header) bypasses the cache and
//!   sees the server's answer as it is. On a method returning
//!   `Result<Option<T>>` (or `Result<Option<Response<T>>>`) a 304 is
//!   `None`; on `Result<Response<T>>` it is a response with status 304
//!   whose empty body decodes as JSON `null` (so declare
//!   `Response<serde_json::Value>`, `Response<()>`, or a `T` that accepts
//!   `null`). It is not an error.
//! - **Sharing**: a `Cache` is cheap to clone and clones share entries, so
//!   several sessions (with different credentials, say) can use one cache.
//!
//! [`Cache::memory`] keeps entries in the process, bounded by bytes, least
//! recently used first out. With the `redis` feature, `Cache::redis` keeps
//! them in Redis, shared by every process that uses the same key prefix;
//! if Redis fails, calls go on without the cache and a warning is logged
//! (an invalidation Redis did not get is lost: with `serve_fresh(true)`,
//! other processes may serve that entry until it is no longer fresh).

mod age;
mod directives;
mod entry;
mod freshness;
mod invalidation;
mod key;
pub(crate) mod layer;
mod memory;
mod policy;
#[cfg(feature = "redis")]
mod redis;

use std::fmt;
use std::sync::Arc;

pub(crate) use self::age::{Exchanged, current_age};
pub(crate) use self::entry::Entry;
pub(crate) use self::invalidation::is_unsafe;
pub(crate) use self::key::{Key, Resource};
pub(crate) use self::layer::{Exchange, Lookup, Outcome};
use self::memory::MemoryStore;
pub(crate) use self::policy::{NotStored, response_is_storable};

/// How a response relates to the cache. See
/// [`Response::cache_status`](crate::Response::cache_status).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum CacheStatus {
    /// Served from the cache without a request: the entry was fresh and
    /// the cache was set to [`serve_fresh`](Cache::serve_fresh).
    Hit,
    /// The server answered `304 Not Modified` to a conditional request;
    /// the body is the stored one, the headers the merged ones.
    Revalidated,
    /// The cache had nothing usable; the server sent a full response (which
    /// was stored if it could be).
    Miss,
    /// The cache was not used: none configured, `#[cache(none)]`, a method
    /// other than GET or HEAD, a streamed download, the caller's own
    /// conditional headers, or a store that could not be reached.
    #[default]
    Bypass,
}

/// A response cache for a session: `Builder::cache(Cache::memory(..))`.
/// See the [module docs](self).
///
/// ```
/// use client_runtime::Session;
/// use client_runtime::cache::Cache;
///
/// let cache = Cache::memory(16 * 1024 * 1024).serve_fresh(true);
/// // Two sessions, two tokens, one cache: entries are keyed per credential.
/// let alice = Session::builder().base_url("https://api.github.com").bearer_auth("a").cache(cache.clone()).build()?;
/// let bob = Session::builder().base_url("https://api.github.com").bearer_auth("b").cache(cache).build()?;
/// # Ok::<(), client_runtime::Error>(())
/// ```
#[derive(Clone)]
pub struct Cache {
    store: Store,
    serve_fresh: bool,
}

#[derive(Clone)]
enum Store {
    Memory(Arc<MemoryStore>),
    #[cfg(feature = "redis")]
    Redis(Arc<self::redis::RedisStore>),
}

impl Cache {
    /// A cache in this process holding at most `max_bytes` (bodies, headers
    /// and a fixed allowance per entry), evicting the least recently used
    /// entries first. A response larger than the bound is not stored.
    pub fn memory(max_bytes: usize) -> Self {
        Self { store: Store::Memory(Arc::new(MemoryStore::new(max_bytes))), serve_fresh: false }
    }

    /// A cache in Redis at `url`, shared by every process that uses the
    /// same key prefix ([`redis`](crate::redis) module docs). Entries live
    /// 24 hours unless [`ttl`](Self::ttl) says otherwise. If Redis fails,
    /// calls go on without the cache and a warning is logged.
    #[cfg(feature = "redis")]
    pub fn redis(url: &str) -> crate::error::Result<Self> {
        Ok(Self::with_redis(&crate::redis::Redis::open(url)?))
    }

    /// A cache on an existing [`Redis`](crate::redis::Redis) handle (its
    /// key prefix and command timeout), shared with a limiter or quota.
    #[cfg(feature = "redis")]
    pub fn with_redis(redis: &crate::redis::Redis) -> Self {
        let store = self::redis::RedisStore { redis: redis.clone(), ttl: self::redis::DEFAULT_TTL };
        Self { store: Store::Redis(Arc::new(store)), serve_fresh: false }
    }

    /// The prefix of the keys of a Redis cache (default
    /// `client-runtime:`); processes share entries when they share it. No
    /// effect on a memory cache.
    #[cfg(feature = "redis")]
    pub fn key_prefix(mut self, prefix: &str) -> Self {
        if let Store::Redis(store) = &self.store {
            let redis = store.redis.clone().key_prefix(prefix);
            self.store = Store::Redis(Arc::new(self::redis::RedisStore { redis, ttl: store.ttl }));
        }
        self
    }

    /// How long a Redis cache keeps an entry (default 24 hours). No effect
    /// on a memory cache, which is bounded by bytes.
    #[cfg(feature = "redis")]
    pub fn ttl(mut self, ttl: std::time::Duration) -> Self {
        if let Store::Redis(store) = &self.store {
            let store = self::redis::RedisStore { redis: store.redis.clone(), ttl };
            self.store = Store::Redis(Arc::new(store));
        }
        self
    }

    /// Whether a fresh entry (`Cache-Control: max-age` or `Expires` not run
    /// out, as the request's own `Cache-Control` allows) is served without
    /// a request. Off by default: every call revalidates, which costs no
    /// GitHub quota when nothing changed and never serves stale data.
    pub fn serve_fresh(mut self, serve_fresh: bool) -> Self {
        self.serve_fresh = serve_fresh;
        self
    }

    /// The bytes the entries of a memory cache hold, as counted against
    /// its bound; `None` for a store outside the process.
    pub fn memory_usage(&self) -> Option<usize> {
        match &self.store {
            Store::Memory(store) => Some(store.bytes()),
            #[cfg(feature = "redis")]
            Store::Redis(_) => None,
        }
    }

    /// The stored entry; `Err` when the store could not be reached (a
    /// warning is already logged).
    async fn get(&self, key: &Key) -> Result<Option<Arc<Entry>>, Unavailable> {
        match &self.store {
            Store::Memory(store) => Ok(store.get(key)),
            #[cfg(feature = "redis")]
            Store::Redis(store) => Ok(store.get(key).await?.map(Arc::new)),
        }
    }

    /// Stores the entry for `resource`, or says why it could not.
    async fn put(&self, key: Key, resource: Resource, entry: Entry) -> Result<(), NotStored> {
        match &self.store {
            Store::Memory(store) => store.put(key, resource, entry).then_some(()).ok_or(NotStored::TooLarge),
            #[cfg(feature = "redis")]
            Store::Redis(store) => store.put(&key, &resource, &entry).await.then_some(()).ok_or(NotStored::Unavailable),
        }
    }

    async fn remove(&self, key: &Key) {
        match &self.store {
            Store::Memory(store) => store.remove(key),
            #[cfg(feature = "redis")]
            Store::Redis(store) => store.remove(key).await,
        }
    }

    /// Forgets every entry stored for these resources; in Redis, for
    /// every process that shares the store.
    async fn invalidate(&self, resources: &[Resource]) {
        match &self.store {
            Store::Memory(store) => store.invalidate(resources),
            #[cfg(feature = "redis")]
            Store::Redis(store) => store.invalidate(resources).await,
        }
    }
}

/// The store could not be reached; the call goes on without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unavailable;

impl fmt::Debug for Cache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("Cache");
        match &self.store {
            Store::Memory(store) => out.field("memory_max_bytes", &store.max_bytes()),
            #[cfg(feature = "redis")]
            Store::Redis(store) => out.field("redis", store),
        };
        out.field("serve_fresh", &self.serve_fresh).finish()
    }
}
