//! The cache around a request: look up before sending, then store,
//! refresh or forget once the response is in. The call pipeline runs
//! these two steps around the wire request; everything here is
//! independent of how the request is sent.

use std::sync::Arc;
use std::time::SystemTime;

use bytes::Bytes;
use http::header::{HeaderName, HeaderValue};
use http::{HeaderMap, Method, StatusCode};
use url::Url;

use super::policy;
use super::{Cache, CacheStatus, Entry, Key, NotStored};

/// What the cache says before a request is sent.
#[derive(Debug)]
pub(crate) enum Lookup {
    /// Answer with this entry; send nothing.
    Fresh(Arc<Entry>),
    /// Send the request; with conditional headers when an entry is stored.
    Send { key: Key, stored: Option<Arc<Entry>> },
    /// Leave this call alone.
    Bypass,
}

/// What the response turned out to be for the cache.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// A 304 to the cache's conditional request: answer with this entry.
    NotModified(Entry),
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
            Some(entry) if self.serve_fresh && policy::is_fresh(&entry, request.headers, SystemTime::now()) => {
                Lookup::Fresh(entry)
            }
            stored => Lookup::Send { key, stored },
        }
    }

    /// Stores a storable response, refreshes the entry a 304 confirmed, and
    /// forgets an entry the server replaced with something not storable.
    pub(crate) async fn complete(
        &self,
        key: Key,
        stored: Option<Arc<Entry>>,
        request: &HeaderMap,
        status: StatusCode,
        response: &HeaderMap,
        body: &Bytes,
    ) -> Outcome {
        let now = SystemTime::now();
        if status == StatusCode::NOT_MODIFIED {
            let Some(stored) = stored else { return Outcome::NotStored(NotStored::Status) };
            let merged = policy::merge_not_modified(&stored, response, now);
            // Answered either way; a refresh that did not fit only costs
            // the next call a full response.
            let _ = self.put(key, merged.clone()).await;
            return Outcome::NotModified(merged);
        }
        let refused = match policy::not_storable(status, response) {
            None => {
                let names = policy::vary_names(response).unwrap_or_default();
                let entry = Entry {
                    status,
                    headers: response.clone(),
                    body: body.clone(),
                    stored_at: now,
                    vary: policy::vary_values(names, request),
                };
                match self.put(key, entry).await {
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
            (Lookup::Send { .. }, Outcome::Stored | Outcome::NotStored(_)) => CacheStatus::Miss,
            _ => CacheStatus::Bypass,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    async fn store(cache: &Cache, url: &Url, response: &HeaderMap, body: &'static [u8]) {
        let headers = HeaderMap::new();
        let Lookup::Send { key, stored } = cache.lookup(view(&Method::GET, url, &headers)).await else {
            panic!("expected a send")
        };
        cache.complete(key, stored, &headers, StatusCode::OK, response, &Bytes::from_static(body)).await;
    }

    #[tokio::test]
    async fn a_stored_response_makes_the_next_request_conditional_and_a_304_yields_it() {
        let cache = Cache::memory(1 << 20);
        let url = Url::parse("https://a.example/repo").expect("url");
        let none = HeaderMap::new();
        let first = cache.lookup(view(&Method::GET, &url, &none)).await;
        assert!(first.conditional_headers().is_empty());
        store(&cache, &url, &etagged("\"1\"", &[("x-ratelimit-remaining", "5")]), b"{\"a\":1}").await;

        let second = cache.lookup(view(&Method::GET, &url, &none)).await;
        assert_eq!(second.conditional_headers(), [(http::header::IF_NONE_MATCH, HeaderValue::from_static("\"1\""))]);
        let Lookup::Send { key, stored } = &second else { panic!("expected a send") };
        let fresh = etagged("\"1\"", &[("x-ratelimit-remaining", "4")]);
        let outcome =
            cache.complete(*key, stored.clone(), &none, StatusCode::NOT_MODIFIED, &fresh, &Bytes::new()).await;
        assert_eq!(second.status_after_sending(&outcome), CacheStatus::Revalidated);
        let Outcome::NotModified(entry) = outcome else { panic!("expected the stored entry") };
        assert_eq!(entry.body.as_ref(), b"{\"a\":1}");
        assert_eq!(entry.headers["x-ratelimit-remaining"], "4");
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
