//! What the cache decides, apart from any I/O: what is stored, which
//! stored variant a request selects, which conditional headers go out,
//! whether a 304 confirms the stored response and how it refreshes it
//! (RFC 9110 §13, RFC 9111). Whether an entry is fresh is
//! [`super::freshness`]'s.

use std::time::SystemTime;

use http::header::{
    AGE, CACHE_CONTROL, CONNECTION, CONTENT_ENCODING, CONTENT_LENGTH, ETAG, HeaderName, HeaderValue, IF_MATCH,
    IF_MODIFIED_SINCE, IF_NONE_MATCH, IF_RANGE, IF_UNMODIFIED_SINCE, LAST_MODIFIED, TRANSFER_ENCODING, VARY,
};
use http::{HeaderMap, Method, StatusCode};

use super::age;
use super::directives::Directives;
use super::entry::Entry;

/// Whether a request may use the cache at all: a GET or HEAD without a
/// body, whose caller did not set conditional headers themselves (they get
/// the server's answer as it is, a 304 included).
pub(crate) fn request_is_cacheable(method: &Method, request: &HeaderMap, has_body: bool) -> bool {
    (*method == Method::GET || *method == Method::HEAD) && !has_body && !has_caller_conditional(request)
}

/// Conditional headers the caller set, which the cache must not override.
pub(crate) fn has_caller_conditional(request: &HeaderMap) -> bool {
    [IF_NONE_MATCH, IF_MODIFIED_SINCE, IF_MATCH, IF_UNMODIFIED_SINCE, IF_RANGE].iter().any(|h| request.contains_key(h))
}

/// Why a response was not stored: a low-cardinality reason, reported on
/// the call span's `cache not stored` event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotStored {
    /// Not a `200`.
    Status,
    /// Neither `ETag` nor `Last-Modified`: nothing to revalidate with.
    NoValidator,
    /// `Cache-Control: no-store`, in the response or the request.
    NoStore,
    /// `Vary: *`, which matches no later request.
    VaryAll,
    /// Larger than a memory cache's bound.
    TooLarge,
    /// The store could not be reached.
    #[cfg(feature = "redis")]
    Unavailable,
}

impl NotStored {
    /// The reason as recorded: `status`, `no_validator`, `no_store`,
    /// `vary_all`, `too_large`, `unavailable`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Status => "status",
            Self::NoValidator => "no_validator",
            Self::NoStore => "no_store",
            Self::VaryAll => "vary_all",
            Self::TooLarge => "too_large",
            #[cfg(feature = "redis")]
            Self::Unavailable => "unavailable",
        }
    }
}

/// Whether a response may be stored: a 200 with a validator (`ETag` or
/// `Last-Modified`), without `no-store`, and not `Vary: *`.
pub(crate) fn response_is_storable(status: StatusCode, response: &HeaderMap) -> bool {
    not_storable(status, response).is_none()
}

/// Whether the request's own `Cache-Control` says `no-store`: nothing of
/// its answer is written to the store (RFC 9111 §5.2.1.5).
pub(crate) fn request_forbids_storing(request: &HeaderMap) -> bool {
    Directives::of(request, &CACHE_CONTROL).has("no-store")
}

/// Why a response may not be stored, if it may not; the first rule it
/// breaks, in the order of [`response_is_storable`].
pub(crate) fn not_storable(status: StatusCode, response: &HeaderMap) -> Option<NotStored> {
    if status != StatusCode::OK {
        Some(NotStored::Status)
    } else if !(response.contains_key(ETAG) || response.contains_key(LAST_MODIFIED)) {
        Some(NotStored::NoValidator)
    } else if Directives::of(response, &CACHE_CONTROL).has("no-store") {
        Some(NotStored::NoStore)
    } else if vary_names(response).is_none() {
        Some(NotStored::VaryAll)
    } else {
        None
    }
}

/// The header names the response varies on; `None` for `Vary: *`, which
/// matches no later request.
pub(crate) fn vary_names(response: &HeaderMap) -> Option<Vec<HeaderName>> {
    let mut names = Vec::new();
    for value in response.get_all(VARY) {
        for name in value.to_str().unwrap_or("*").split(',').map(str::trim).filter(|n| !n.is_empty()) {
            if name == "*" {
                return None;
            }
            let name = HeaderName::from_bytes(name.as_bytes()).ok()?;
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    Some(names)
}

/// The request's values of the headers a response varies on, as stored
/// with it.
pub(crate) fn vary_values(names: Vec<HeaderName>, request: &HeaderMap) -> Vec<(HeaderName, Option<HeaderValue>)> {
    names
        .into_iter()
        .map(|name| {
            let value = request.get(&name).cloned();
            (name, value)
        })
        .collect()
}

/// Whether a stored response was selected by the same values of the
/// `Vary` headers as this request carries. A response that varies on
/// everything (`Vary: *`, however it got into the store) matches nothing.
pub(crate) fn vary_matches(entry: &Entry, request: &HeaderMap) -> bool {
    vary_names(&entry.headers).is_some() && entry.vary.iter().all(|(name, value)| request.get(name) == value.as_ref())
}

/// The headers that revalidate a stored response.
pub(crate) fn conditional_headers(entry: &Entry) -> Vec<(HeaderName, HeaderValue)> {
    let mut headers = Vec::with_capacity(2);
    if let Some(etag) = entry.headers.get(ETAG) {
        headers.push((IF_NONE_MATCH, etag.clone()));
    }
    if let Some(modified) = entry.headers.get(LAST_MODIFIED) {
        headers.push((IF_MODIFIED_SINCE, modified.clone()));
    }
    headers
}

/// Whether a 304 confirms `entry` (RFC 9111 §4.3.4): its `ETag`, strong
/// or weak, names the entry's (compared weakly, as a GET allows), or,
/// without one, its `Last-Modified` is the entry's.
///
/// A 304 without any validator answers the condition the cache built
/// from this entry's validators and nothing else, so it confirms them:
/// RFC 9110 §15.4.5 does not oblige a server to repeat `Last-Modified`,
/// and an entry known by it alone would otherwise never be confirmed.
pub(crate) fn confirms(entry: &Entry, not_modified: &HeaderMap) -> bool {
    match (field(not_modified, &ETAG), field(not_modified, &LAST_MODIFIED)) {
        (Some(tag), _) => field(&entry.headers, &ETAG).is_some_and(|stored| opaque_tag(stored) == opaque_tag(tag)),
        (None, Some(date)) => field(&entry.headers, &LAST_MODIFIED) == Some(date),
        (None, None) => true,
    }
}

fn field<'h>(headers: &'h HeaderMap, name: &HeaderName) -> Option<&'h str> {
    headers.get(name).and_then(|value| value.to_str().ok()).map(str::trim)
}

/// An entity tag without its weakness: what a weak comparison compares.
fn opaque_tag(tag: &str) -> &str {
    tag.strip_prefix("W/").unwrap_or(tag)
}

/// The stored response refreshed by a 304 (RFC 9111 §3.2): every header
/// the 304 carries replaces the stored one of that name (rate-limit
/// headers, a new `ETag`, `Date`...), every value of it kept, except those
/// that describe the 304's own empty body. Its `Age` is the 304's age on
/// arrival, `initial_age`, counted from `now`.
pub(crate) fn merge_not_modified(entry: &Entry, fresh: &HeaderMap, initial_age: u64, now: SystemTime) -> Entry {
    let mut headers = entry.headers.clone();
    let mut replaced: Vec<&HeaderName> = Vec::new();
    for (name, value) in fresh {
        if [CONTENT_LENGTH, CONTENT_ENCODING, TRANSFER_ENCODING, CONNECTION].contains(name) {
            continue;
        }
        if !replaced.contains(&name) {
            headers.remove(name);
            replaced.push(name);
        }
        headers.append(name.clone(), value.clone());
    }
    headers.insert(AGE, age::header(initial_age));
    Entry { headers, stored_at: now, ..entry.clone() }
}

/// The response as stored: its headers, but its `Age` the age it had on
/// arrival (RFC 9111 §4.2.3), from which the current age counts.
pub(crate) fn with_initial_age(mut response: HeaderMap, initial_age: u64) -> HeaderMap {
    response.insert(AGE, age::header(initial_age));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::entry::tests::sample;
    use proptest::prelude::*;
    use std::time::Duration;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn entry_with(pairs: &[(&'static str, &'static str)]) -> Entry {
        Entry { headers: headers(pairs), vary: Vec::new(), ..sample() }
    }

    #[test]
    fn only_get_and_head_without_caller_conditionals_use_the_cache() {
        let none = HeaderMap::new();
        assert!(request_is_cacheable(&Method::GET, &none, false));
        assert!(request_is_cacheable(&Method::HEAD, &none, false));
        assert!(!request_is_cacheable(&Method::POST, &none, false));
        assert!(!request_is_cacheable(&Method::GET, &none, true));
        assert!(!request_is_cacheable(&Method::GET, &headers(&[("if-none-match", "\"x\"")]), false));
        assert!(!request_is_cacheable(&Method::GET, &headers(&[("if-modified-since", "x")]), false));
    }

    #[test]
    fn a_200_with_a_validator_is_stored() {
        assert!(response_is_storable(StatusCode::OK, &headers(&[("etag", "\"a\"")])));
        assert!(response_is_storable(StatusCode::OK, &headers(&[("last-modified", "Tue, 15 Nov 1994 12:45:26 GMT")])));
        assert!(!response_is_storable(StatusCode::OK, &HeaderMap::new()), "no validator");
        assert!(!response_is_storable(StatusCode::CREATED, &headers(&[("etag", "\"a\"")])));
        assert!(!response_is_storable(StatusCode::NOT_FOUND, &headers(&[("etag", "\"a\"")])));
    }

    #[test]
    fn no_store_and_vary_star_are_never_stored() {
        assert!(!response_is_storable(
            StatusCode::OK,
            &headers(&[("etag", "\"a\""), ("cache-control", "private, No-Store")])
        ));
        assert!(!response_is_storable(StatusCode::OK, &headers(&[("etag", "\"a\""), ("vary", "Accept, *")])));
        assert!(response_is_storable(StatusCode::OK, &headers(&[("etag", "\"a\""), ("cache-control", "no-cache")])));
        assert_eq!(not_storable(StatusCode::NOT_FOUND, &HeaderMap::new()), Some(NotStored::Status));
        assert_eq!(not_storable(StatusCode::OK, &HeaderMap::new()), Some(NotStored::NoValidator));
        let no_store = headers(&[("etag", "\"a\""), ("cache-control", "no-store")]);
        assert_eq!(not_storable(StatusCode::OK, &no_store), Some(NotStored::NoStore));
        assert_eq!(
            not_storable(StatusCode::OK, &headers(&[("etag", "\"a\""), ("vary", "*")])),
            Some(NotStored::VaryAll)
        );
    }

    #[test]
    fn vary_names_are_collected_across_values() {
        let response = headers(&[("vary", "Accept, Authorization"), ("vary", "accept-encoding, accept")]);
        let names = vary_names(&response).expect("no star");
        assert_eq!(names, ["accept", "authorization", "accept-encoding"]);
    }

    #[test]
    fn vary_matches_only_the_same_request_values() {
        let request = headers(&[("accept", "application/json")]);
        let entry = Entry { vary: vary_values(vec![HeaderName::from_static("accept")], &request), ..sample() };
        assert!(vary_matches(&entry, &request));
        assert!(!vary_matches(&entry, &headers(&[("accept", "text/html")])));
        assert!(!vary_matches(&entry, &HeaderMap::new()));
        let absent = Entry { vary: vary_values(vec![HeaderName::from_static("x-v")], &HeaderMap::new()), ..sample() };
        assert!(vary_matches(&absent, &HeaderMap::new()));
        assert!(!vary_matches(&absent, &headers(&[("x-v", "1")])));
    }

    #[test]
    fn conditional_headers_echo_the_validators() {
        let both = entry_with(&[("etag", "W/\"7\""), ("last-modified", "Tue, 15 Nov 1994 12:45:26 GMT")]);
        let sent = conditional_headers(&both);
        assert_eq!(sent[0], (IF_NONE_MATCH, HeaderValue::from_static("W/\"7\"")));
        assert_eq!(sent[1], (IF_MODIFIED_SINCE, HeaderValue::from_static("Tue, 15 Nov 1994 12:45:26 GMT")));
        assert_eq!(conditional_headers(&entry_with(&[("etag", "\"7\"")])).len(), 1);
    }

    #[test]
    fn a_304_refreshes_headers_but_keeps_the_body() {
        let entry = entry_with(&[
            ("etag", "\"1\""),
            ("x-ratelimit-remaining", "10"),
            ("content-length", "7"),
            ("link", "<a>; rel=\"next\""),
        ]);
        let fresh = headers(&[("etag", "\"2\""), ("x-ratelimit-remaining", "9"), ("content-length", "0")]);
        let now = entry.stored_at + Duration::from_secs(5);
        let merged = merge_not_modified(&entry, &fresh, 3, now);
        assert_eq!(merged.headers["etag"], "\"2\"");
        assert_eq!(merged.headers["x-ratelimit-remaining"], "9");
        assert_eq!(merged.headers["content-length"], "7", "the stored body's length stays");
        assert_eq!(merged.headers["link"], "<a>; rel=\"next\"", "headers the 304 lacks are kept");
        assert_eq!(merged.headers["age"], "3", "its age on arrival");
        assert_eq!(merged.body, entry.body);
        assert_eq!(merged.stored_at, now);
        let links = entry_with(&[("link", "<a>; rel=\"next\""), ("etag", "\"1\"")]);
        let two = headers(&[("link", "<b>; rel=\"next\""), ("link", "<c>; rel=\"last\""), ("x-new", "1")]);
        let merged = merge_not_modified(&links, &two, 0, now);
        assert_eq!(
            merged.headers.get_all("link").iter().collect::<Vec<_>>(),
            ["<b>; rel=\"next\"", "<c>; rel=\"last\""]
        );
        assert_eq!(merged.headers["x-new"], "1", "a header only the 304 carries is added");
    }

    #[test]
    fn a_304_confirms_only_the_entry_whose_validator_it_carries() {
        const DATE: &str = "Tue, 15 Nov 1994 12:45:26 GMT";
        let tagged = entry_with(&[("etag", "\"v1\""), ("last-modified", DATE)]);
        assert!(confirms(&tagged, &headers(&[("etag", "\"v1\"")])));
        assert!(confirms(&tagged, &headers(&[("etag", "W/\"v1\"")])), "a weak match does for a GET");
        assert!(!confirms(&tagged, &headers(&[("etag", "\"v2\"")])));
        assert!(!confirms(&tagged, &headers(&[("etag", "\"v2\""), ("last-modified", DATE)])), "the ETag decides");
        assert!(confirms(&tagged, &HeaderMap::new()), "no validator: the ones the cache sent");
        let dated = entry_with(&[("last-modified", DATE)]);
        assert!(confirms(&dated, &headers(&[("last-modified", DATE)])));
        assert!(!confirms(&dated, &headers(&[("last-modified", "Wed, 16 Nov 1994 12:45:26 GMT")])));
        assert!(!confirms(&dated, &headers(&[("etag", "\"v1\"")])), "an ETag the entry never had");
        assert!(confirms(&dated, &HeaderMap::new()));
    }

    #[test]
    fn a_request_saying_no_store_forbids_storing() {
        assert!(request_is_cacheable(&Method::GET, &headers(&[("cache-control", "no-store")]), false));
        assert!(request_forbids_storing(&headers(&[("cache-control", "max-age=5, No-Store")])));
        assert!(!request_forbids_storing(&headers(&[("cache-control", "ext=\"no-store\"")])));
        assert!(!request_forbids_storing(&HeaderMap::new()));
    }

    #[test]
    fn an_entry_that_varies_on_everything_matches_no_request() {
        let entry = entry_with(&[("etag", "\"1\""), ("vary", "Accept, *")]);
        assert!(!vary_matches(&entry, &HeaderMap::new()));
        assert!(vary_matches(&entry_with(&[("etag", "\"1\"")]), &HeaderMap::new()));
    }

    proptest! {
        #[test]
        fn any_cache_control_or_vary_is_read_without_a_panic(value in "[ -~]{0,60}") {
            if let Ok(value) = HeaderValue::from_str(&value) {
                let mut map = HeaderMap::new();
                map.insert(CACHE_CONTROL, value.clone());
                map.insert(VARY, value);
                let entry = Entry { headers: map.clone(), ..sample() };
                let _ = vary_matches(&entry, &map);
                let _ = request_forbids_storing(&map);
                let _ = response_is_storable(StatusCode::OK, &map);
            }
        }
    }
}
