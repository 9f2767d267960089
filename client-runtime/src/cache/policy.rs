//! What the cache decides, apart from any I/O: what is stored, which
//! conditional headers go out, whether an entry is still fresh, and how a
//! 304 refreshes a stored response (RFC 9110 §13, RFC 9111).

use std::time::{Duration, SystemTime};

use http::header::{
    AGE, CACHE_CONTROL, CONNECTION, CONTENT_ENCODING, CONTENT_LENGTH, ETAG, HeaderName, HeaderValue, IF_MATCH,
    IF_MODIFIED_SINCE, IF_NONE_MATCH, IF_RANGE, IF_UNMODIFIED_SINCE, LAST_MODIFIED, PRAGMA, TRANSFER_ENCODING, VARY,
};
use http::{HeaderMap, Method, StatusCode};

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
    /// `Cache-Control: no-store`.
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

/// Why a response may not be stored, if it may not; the first rule it
/// breaks, in the order of [`response_is_storable`].
pub(crate) fn not_storable(status: StatusCode, response: &HeaderMap) -> Option<NotStored> {
    if status != StatusCode::OK {
        Some(NotStored::Status)
    } else if !(response.contains_key(ETAG) || response.contains_key(LAST_MODIFIED)) {
        Some(NotStored::NoValidator)
    } else if has_directive(response, CACHE_CONTROL, "no-store") {
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
/// `Vary` headers as this request carries.
pub(crate) fn vary_matches(entry: &Entry, request: &HeaderMap) -> bool {
    entry.vary.iter().all(|(name, value)| request.get(name) == value.as_ref())
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

/// Whether a stored response may be served without asking the server:
/// `Cache-Control: max-age` has not run out (counting the `Age` it arrived
/// with), it does not say `no-cache`, and the request does not ask for a
/// fresh answer.
pub(crate) fn is_fresh(entry: &Entry, request: &HeaderMap, now: SystemTime) -> bool {
    if has_directive(&entry.headers, CACHE_CONTROL, "no-cache")
        || has_directive(request, CACHE_CONTROL, "no-cache")
        || has_directive(request, PRAGMA, "no-cache")
        || directive_seconds(request, "max-age") == Some(0)
    {
        return false;
    }
    let Some(max_age) = directive_seconds(&entry.headers, "max-age") else { return false };
    let initial_age = entry.headers.get(AGE).and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok()).unwrap_or(0);
    let resident = now.duration_since(entry.stored_at).unwrap_or(Duration::ZERO).as_secs();
    initial_age.saturating_add(resident) < max_age
}

/// The stored response refreshed by a 304: every header the 304 carries
/// replaces the stored one of that name (rate-limit headers, a new `ETag`,
/// `Date`...), except those that describe the 304's own empty body.
pub(crate) fn merge_not_modified(entry: &Entry, fresh: &HeaderMap, now: SystemTime) -> Entry {
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
    Entry { headers, stored_at: now, ..entry.clone() }
}

/// Whether a comma-separated header (`Cache-Control`, `Pragma`) holds the
/// directive, compared without case.
fn has_directive(headers: &HeaderMap, name: HeaderName, directive: &str) -> bool {
    directives(headers, &name).any(|(key, _)| key.eq_ignore_ascii_case(directive))
}

/// A `Cache-Control` directive's number of seconds (`max-age=60`), which
/// saturates rather than overflows.
fn directive_seconds(headers: &HeaderMap, directive: &str) -> Option<u64> {
    let (_, value) = directives(headers, &CACHE_CONTROL).find(|(key, _)| key.eq_ignore_ascii_case(directive))?;
    let digits = value?.trim_matches('"');
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(digits.parse::<u64>().unwrap_or(u64::MAX))
}

fn directives<'a>(headers: &'a HeaderMap, name: &HeaderName) -> impl Iterator<Item = (&'a str, Option<&'a str>)> {
    headers.get_all(name).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).map(|item| {
        match item.split_once('=') {
            Some((key, value)) => (key.trim(), Some(value.trim())),
            None => (item.trim(), None),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::entry::tests::sample;
    use proptest::prelude::*;

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
    fn freshness_follows_max_age_and_age() {
        let entry = entry_with(&[("etag", "\"a\""), ("cache-control", "private, max-age=60")]);
        let at = |secs| entry.stored_at + Duration::from_secs(secs);
        let none = HeaderMap::new();
        assert!(is_fresh(&entry, &none, at(0)));
        assert!(is_fresh(&entry, &none, at(59)));
        assert!(!is_fresh(&entry, &none, at(60)));
        let aged = entry_with(&[("cache-control", "max-age=60"), ("age", "50")]);
        assert!(!is_fresh(&aged, &none, aged.stored_at + Duration::from_secs(10)));
        assert!(!is_fresh(&entry_with(&[("etag", "\"a\"")]), &none, at(0)), "no max-age: always revalidate");
        assert!(!is_fresh(&entry_with(&[("cache-control", "max-age=60, no-cache")]), &none, at(0)));
        assert!(!is_fresh(&entry, &headers(&[("cache-control", "no-cache")]), at(0)));
        assert!(!is_fresh(&entry, &headers(&[("cache-control", "max-age=0")]), at(0)));
        assert!(!is_fresh(&entry_with(&[("cache-control", "max-age=abc")]), &none, at(0)));
        let huge = entry_with(&[("cache-control", "max-age=99999999999999999999999"), ("age", "18446744073709551615")]);
        assert!(!is_fresh(&huge, &none, at(1)), "saturates instead of overflowing");
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
        let merged = merge_not_modified(&entry, &fresh, now);
        assert_eq!(merged.headers["etag"], "\"2\"");
        assert_eq!(merged.headers["x-ratelimit-remaining"], "9");
        assert_eq!(merged.headers["content-length"], "7", "the stored body's length stays");
        assert_eq!(merged.headers["link"], "<a>; rel=\"next\"", "headers the 304 lacks are kept");
        assert_eq!(merged.body, entry.body);
        assert_eq!(merged.stored_at, now);
    }

    proptest! {
        #[test]
        fn cache_control_parsing_never_panics(value in "[ -~]{0,60}") {
            if let Ok(value) = HeaderValue::from_str(&value) {
                let mut map = HeaderMap::new();
                map.insert(CACHE_CONTROL, value);
                let entry = Entry { headers: map.clone(), ..sample() };
                let _ = is_fresh(&entry, &map, SystemTime::now());
                let _ = response_is_storable(StatusCode::OK, &map);
            }
        }
    }
}
