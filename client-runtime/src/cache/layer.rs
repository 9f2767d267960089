//! The cache around a request: look up before sending, then store,
//! refresh or forget once the response is in, and invalidate what a
//! successful unsafe request made stale. The call pipeline runs these
//! steps around the wire request; everything here is independent of how
//! the request is sent.

use std::sync::Arc;
use std::time::SystemTime;

use bytes::Bytes;
use http::header::{HeaderName, HeaderValue};
use http::{HeaderMap, Method, StatusCode};
use url::Url;

use super::age::{self, Exchanged};
use super::key::Resource;
use super::{Cache, CacheStatus, Entry, Key, NotStored};
use super::{freshness, invalidation, policy};

/// What the cache says before a request is sent.
#[derive(Debug)]
pub(crate) enum Lookup {
    /// Answer with this entry; send nothing.
    Fresh(Arc<Entry>),
    /// Send the request; with conditional headers when an entry is stored.
    Send { key: Key, resource: Resource, stored: Option<Arc<Entry>> },
    /// Leave this call alone.
    Bypass,
}

/// What the response turned out to be for the cache.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// A 304 that confirmed the stored entry: answer with it, refreshed.
    NotModified(Entry),
    /// A 304 that does not confirm the stored entry (another validator,
    /// or `Vary: *`): the entry is forgotten, and the request must go out
    /// again without conditions.
    Unconfirmed,
    /// Any other response, passed on as it is, and stored.
    Stored,
    /// Any other response, passed on as it is, not stored (and a stored
    /// entry it replaces forgotten).
    NotStored(NotStored),
}

/// What a request looks like to the cache.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RequestView<'a> {
    pub(crate) method: &'a Method,
    pub(crate) url: &'a Url,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) has_body: bool,
    /// Extra header names the session treats as credentials.
    pub(crate) credential_names: &'a [HeaderName],
}

/// One exchange with the server, as the cache sees it once the response
/// is in.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Exchange<'a> {
    /// The request's headers as the caller made them, without the
    /// cache's conditional headers.
    pub(crate) request: &'a HeaderMap,
    pub(crate) status: StatusCode,
    pub(crate) response: &'a HeaderMap,
    /// The body, when the response may be stored; empty otherwise.
    pub(crate) body: &'a Bytes,
    pub(crate) at: Exchanged,
}

impl Cache {
    /// Looks the request up.
    pub(crate) async fn lookup(&self, request: RequestView<'_>) -> Lookup {
        if !policy::request_is_cacheable(request.method, request.headers, request.has_body) {
            return Lookup::Bypass;
        }
        let key = Key::new(request.method, request.url, request.headers, request.credential_names);
        let stored = match self.get(&key).await {
            Ok(stored) => stored.filter(|entry| policy::vary_matches(entry, request.headers)),
            Err(_) => return Lookup::Bypass,
        };
        match stored {
            Some(entry) if self.serve_fresh && freshness::is_fresh(&entry, request.headers, SystemTime::now()) => {
                Lookup::Fresh(entry)
            }
            stored => Lookup::Send { key, resource: Resource::new(request.url), stored },
        }
    }

    /// Stores a storable response, refreshes the entry a 304 confirmed,
    /// and forgets an entry the server replaced with something not
    /// storable, or that a 304 did not confirm. A request that says
    /// `no-store` writes nothing.
    pub(crate) async fn complete(
        &self,
        key: Key,
        resource: Resource,
        stored: Option<Arc<Entry>>,
        exchange: Exchange<'_>,
    ) -> Outcome {
        let writes = !policy::request_forbids_storing(exchange.request);
        let initial_age = age::initial_age(exchange.response, exchange.at);
        if exchange.status == StatusCode::NOT_MODIFIED {
            let Some(stored) = stored else { return Outcome::NotStored(NotStored::Status) };
            return self.refresh(key, resource, &stored, exchange, initial_age, writes).await;
        }
        let refused = match policy::not_storable(exchange.status, exchange.response) {
            None if !writes => NotStored::NoStore,
            None => {
                let names = policy::vary_names(exchange.response).unwrap_or_default();
                let entry = Entry {
                    status: exchange.status,
                    headers: policy::with_initial_age(exchange.response.clone(), initial_age),
                    body: exchange.body.clone(),
                    stored_at: exchange.at.received,
                    vary: policy::vary_values(names, exchange.request),
                };
                match self.put(key, resource, entry).await {
                    Ok(()) => return Outcome::Stored,
                    Err(why) => why,
                }
            }
            Some(why) => why,
        };
        if stored.is_some() {
            self.remove(&key).await;
        }
        Outcome::NotStored(refused)
    }

    /// A 304 to the cache's conditional request: the stored entry,
    /// refreshed, if the 304 confirms it (§4.3.4).
    async fn refresh(
        &self,
        key: Key,
        resource: Resource,
        stored: &Entry,
        exchange: Exchange<'_>,
        initial_age: u64,
        writes: bool,
    ) -> Outcome {
        let merged = policy::merge_not_modified(stored, exchange.response, initial_age, exchange.at.received);
        let confirmed = policy::confirms(stored, exchange.response);
        // `Vary: *` matches no request: such a response is never served.
        if !confirmed || policy::vary_names(&merged.headers).is_none() {
            self.remove(&key).await;
            return Outcome::Unconfirmed;
        }
        if writes {
            // Answered either way; a refresh that did not fit only costs
            // the next call a full response.
            let _ = self.put(key, resource, merged.clone()).await;
        }
        Outcome::NotModified(merged)
    }

    /// Forgets every entry a successful unsafe request made stale
    /// (§4.4): its URL's, and those of its same-origin `Location` and
    /// `Content-Location`. Returns how many URLs were invalidated.
    pub(crate) async fn invalidate_after(
        &self,
        method: &Method,
        url: &Url,
        status: StatusCode,
        response: &HeaderMap,
    ) -> usize {
        let resources = invalidation::invalidated(method, url, status, response);
        if !resources.is_empty() {
            self.invalidate(&resources).await;
        }
        resources.len()
    }
}

impl Lookup {
    /// The conditional headers to add to the request.
    pub(crate) fn conditional_headers(&self) -> Vec<(HeaderName, HeaderValue)> {
        match self {
            Lookup::Send { stored: Some(entry), .. } => policy::conditional_headers(entry),
            _ => Vec::new(),
        }
    }

    /// The status a response that went to the server gets.
    pub(crate) fn status_after_sending(&self, outcome: &Outcome) -> CacheStatus {
        match (self, outcome) {
            (_, Outcome::NotModified(_)) => CacheStatus::Revalidated,
            (Lookup::Send { .. }, Outcome::Stored | Outcome::NotStored(_) | Outcome::Unconfirmed) => CacheStatus::Miss,
            _ => CacheStatus::Bypass,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn view<'a>(method: &'a Method, url: &'a Url, headers: &'a HeaderMap) -> RequestView<'a> {
        RequestView { method, url, headers, has_body: false, credential_names: &[] }
    }

    fn etagged(etag: &'static str, extra: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("etag", HeaderValue::from_static(etag));
        for (name, value) in extra {
            headers.append(*name, HeaderValue::from_static(value));
        }
        headers
    }

    fn now() -> Exchanged {
        let now = SystemTime::now();
        Exchanged { sent: now, received: now }
    }

    fn exchange<'a>(
        request: &'a HeaderMap,
        status: StatusCode,
        response: &'a HeaderMap,
        body: &'a Bytes,
    ) -> Exchange<'a> {
        Exchange { request, status, response, body, at: now() }
    }

    async fn store_with(
        cache: &Cache,
        url: &Url,
        request: &HeaderMap,
        response: &HeaderMap,
        body: &'static [u8],
    ) -> Outcome {
        let Lookup::Send { key, resource, stored } = cache.lookup(view(&Method::GET, url, request)).await else {
            panic!("expected a send")
        };
        let body = Bytes::from_static(body);
        cache.complete(key, resource, stored, exchange(request, StatusCode::OK, response, &body)).await
    }

    async fn store(cache: &Cache, url: &Url, response: &HeaderMap, body: &'static [u8]) {
        store_with(cache, url, &HeaderMap::new(), response, body).await;
    }

    async fn revalidate(cache: &Cache, url: &Url, not_modified: &HeaderMap) -> (Lookup, Outcome) {
        let none = HeaderMap::new();
        let lookup = cache.lookup(view(&Method::GET, url, &none)).await;
        let Lookup::Send { key, resource, stored } = &lookup else { panic!("expected a send") };
        let empty = Bytes::new();
        let at_304 = exchange(&none, StatusCode::NOT_MODIFIED, not_modified, &empty);
        let outcome = cache.complete(*key, *resource, stored.clone(), at_304).await;
        (lookup, outcome)
    }

    #[tokio::test]
    async fn a_stored_response_makes_the_next_request_conditional_and_a_304_yields_it() {
        let cache = Cache::memory(1 << 20);
        let url = Url::parse("https://a.example/repo").expect("url");
        let none = HeaderMap::new();
        let first = cache.lookup(view(&Method::GET, &url, &none)).await;
        assert!(first.conditional_headers().is_empty());
        store(&cache, &url, &etagged("\"1\"", &[("x-ratelimit-remaining", "5")]), b"{\"a\":1}").await;

        let (second, outcome) = revalidate(&cache, &url, &etagged("\"1\"", &[("x-ratelimit-remaining", "4")])).await;
        assert_eq!(second.conditional_headers(), [(http::header::IF_NONE_MATCH, HeaderValue::from_static("\"1\""))]);
        assert_eq!(second.status_after_sending(&outcome), CacheStatus::Revalidated);
        let Outcome::NotModified(entry) = outcome else { panic!("expected the stored entry") };
        assert_eq!(entry.body.as_ref(), b"{\"a\":1}");
        assert_eq!(entry.headers["x-ratelimit-remaining"], "4");
    }

    #[tokio::test]
    async fn a_304_with_another_validator_forgets_the_entry() {
        let cache = Cache::memory(1 << 20);
        let url = Url::parse("https://a.example/repo").expect("url");
        store(&cache, &url, &etagged("\"1\"", &[]), b"1").await;
        let (lookup, outcome) = revalidate(&cache, &url, &etagged("\"2\"", &[])).await;
        assert!(matches!(outcome, Outcome::Unconfirmed));
        assert_eq!(lookup.status_after_sending(&outcome), CacheStatus::Miss);
        assert_eq!(cache.memory_usage(), Some(0));
    }

    #[tokio::test]
    async fn a_304_that_says_vary_star_is_never_served() {
        let cache = Cache::memory(1 << 20);
        let url = Url::parse("https://a.example/repo").expect("url");
        store(&cache, &url, &etagged("\"1\"", &[]), b"1").await;
        let (_, outcome) = revalidate(&cache, &url, &etagged("\"1\"", &[("vary", "*")])).await;
        assert!(matches!(outcome, Outcome::Unconfirmed));
        assert_eq!(cache.memory_usage(), Some(0));
    }

    #[tokio::test]
    async fn serve_fresh_answers_without_a_request_only_when_enabled() {
        let url = Url::parse("https://a.example/repo").expect("url");
        let none = HeaderMap::new();
        let response = etagged("\"1\"", &[("cache-control", "max-age=60")]);
        let revalidating = Cache::memory(1 << 20);
        store(&revalidating, &url, &response, b"1").await;
        assert!(matches!(revalidating.lookup(view(&Method::GET, &url, &none)).await, Lookup::Send { .. }));
        let fresh = Cache::memory(1 << 20).serve_fresh(true);
        store(&fresh, &url, &response, b"1").await;
        assert!(matches!(fresh.lookup(view(&Method::GET, &url, &none)).await, Lookup::Fresh(_)));
    }

    #[tokio::test]
    async fn the_age_on_arrival_is_stored() {
        let cache = Cache::memory(1 << 20).serve_fresh(true);
        let url = Url::parse("https://a.example/repo").expect("url");
        let none = HeaderMap::new();
        let Lookup::Send { key, resource, stored } = cache.lookup(view(&Method::GET, &url, &none)).await else {
            panic!("expected a send")
        };
        let response = etagged("\"1\"", &[("cache-control", "max-age=60"), ("age", "50")]);
        let received = SystemTime::now();
        let at = Exchanged { sent: received - Duration::from_secs(12), received };
        let body = Bytes::from_static(b"1");
        let exchange = Exchange { request: &none, status: StatusCode::OK, response: &response, body: &body, at };
        cache.complete(key, resource, stored, exchange).await;
        let Lookup::Send { stored: Some(entry), .. } = cache.lookup(view(&Method::GET, &url, &none)).await else {
            panic!("50 s of Age and 12 s on the way leave nothing of 60 s")
        };
        assert_eq!(entry.headers["age"], "62");
    }

    #[tokio::test]
    async fn a_request_saying_no_store_writes_nothing() {
        let cache = Cache::memory(1 << 20);
        let url = Url::parse("https://a.example/repo").expect("url");
        let mut no_store = HeaderMap::new();
        no_store.insert(http::header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        let outcome = store_with(&cache, &url, &no_store, &etagged("\"1\"", &[]), b"1").await;
        assert!(matches!(outcome, Outcome::NotStored(NotStored::NoStore)));
        assert_eq!(cache.memory_usage(), Some(0));
    }

    #[tokio::test]
    async fn a_response_that_became_unstorable_is_forgotten() {
        let cache = Cache::memory(1 << 20);
        let url = Url::parse("https://a.example/repo").expect("url");
        let none = HeaderMap::new();
        store(&cache, &url, &etagged("\"1\"", &[]), b"1").await;
        store(&cache, &url, &etagged("\"2\"", &[("cache-control", "no-store")]), b"2").await;
        assert!(cache.lookup(view(&Method::GET, &url, &none)).await.conditional_headers().is_empty());
        assert_eq!(cache.memory_usage(), Some(0));
    }

    #[tokio::test]
    async fn an_unsafe_success_invalidates_the_url_and_its_location() {
        let cache = Cache::memory(1 << 20);
        let list = Url::parse("https://a.example/repos").expect("url");
        let item = Url::parse("https://a.example/repos/1").expect("url");
        let other = Url::parse("https://a.example/users").expect("url");
        for url in [&list, &item, &other] {
            store(&cache, url, &etagged("\"1\"", &[]), b"1").await;
        }
        let failed = cache.invalidate_after(&Method::POST, &list, StatusCode::CONFLICT, &HeaderMap::new()).await;
        assert_eq!(failed, 0);
        let created = etagged("\"x\"", &[("location", "/repos/1")]);
        assert_eq!(cache.invalidate_after(&Method::POST, &list, StatusCode::CREATED, &created).await, 2);
        let none = HeaderMap::new();
        for (url, kept) in [(&list, false), (&item, false), (&other, true)] {
            let lookup = cache.lookup(view(&Method::GET, url, &none)).await;
            assert_eq!(!lookup.conditional_headers().is_empty(), kept, "{url}");
        }
    }

    #[tokio::test]
    async fn clones_share_entries() {
        let cache = Cache::memory(1 << 20);
        let clone = cache.clone();
        let url = Url::parse("https://a.example/repo").expect("url");
        store(&cache, &url, &etagged("\"1\"", &[]), b"1").await;
        let none = HeaderMap::new();
        assert_eq!(clone.lookup(view(&Method::GET, &url, &none)).await.conditional_headers().len(), 1);
    }

    #[tokio::test]
    async fn posts_and_caller_conditionals_bypass() {
        let cache = Cache::memory(1 << 20);
        let url = Url::parse("https://a.example/repo").expect("url");
        let none = HeaderMap::new();
        assert!(matches!(cache.lookup(view(&Method::POST, &url, &none)).await, Lookup::Bypass));
        let own = etagged("\"x\"", &[]).into_iter().map(|(_, v)| (http::header::IF_NONE_MATCH, v)).collect();
        assert!(matches!(cache.lookup(view(&Method::GET, &url, &own)).await, Lookup::Bypass));
    }
}
