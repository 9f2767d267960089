//! Whether a stored response may answer a request without the server:
//! RFC 9111 §4.2 (and §5.2.1's request directives) as
//! `http-cache-semantics` implements them for a private cache.
//!
//! The crate (2.1.0) is given a view of the exchange it reads correctly.
//! Measured against it on its own, in a scratch program (3.0 behaves the
//! same on each point):
//!
//! - it splits `Cache-Control` on every comma and matches names with
//!   their case: `private="x, max-age=600"` came out fresh for ten
//!   minutes, `No-Store` was storable, `Max-Age=60` was ignored;
//! - `Age: 18446744073709551615` panicked ("overflow when adding
//!   durations") on the first freshness check;
//! - its age counts `Age` and the time stored only: a response dated 100
//!   seconds back with `max-age=60` was still fresh;
//! - a request's `max-stale` served a `no-cache` response without
//!   revalidating it, which RFC 9111 §5.2.2.4 forbids.
//!
//! So it sees `Cache-Control` as [`super::directives`] parsed it,
//! re-written in the plain form it reads (names in lower case, numbers
//! only, at most 2^31; an invalid `max-age` as 0, i.e. stale, as §4.2.1
//! advises; `no-cache` with `must-revalidate`), the stored response's age
//! as [`super::age`] counted it, and never the `Vary` it cannot key (the
//! store matches `Vary` itself).
//!
//! What a 304 does is not the crate's, measured too: its `after_response`
//! kept one of two `Link` fields and dropped the fields only the 304
//! carried (`X-RateLimit-Remaining`), and in 2.1.0 a 304 with another
//! `Last-Modified` than the stored one confirmed it (it compares the
//! 304's date with itself). 2.1.1 and 3.0 fix that, but need `time`
//! 0.3.46, which needs Rust 1.88, past this workspace's 1.85. Which entry
//! a 304 confirms (§4.3.4) and how it refreshes it (§3.2) are
//! [`super::policy`]'s.
//!
//! Options: private (`private` responses are stored, `s-maxage` ignored),
//! and no heuristic freshness: only `max-age` or `Expires` make an entry
//! fresh, so an API response is never served on a guess.

use std::time::{Duration, SystemTime};

use http::header::{AGE, CACHE_CONTROL, DATE, EXPIRES, HeaderMap, HeaderName, HeaderValue, PRAGMA};
use http::{Method, StatusCode, Uri};
use http_cache_semantics::{BeforeRequest, CacheOptions, CachePolicy};

use super::age;
use super::directives::{Directives, delta_seconds};
use super::entry::Entry;

/// Whether `entry` may answer `request` without asking the server: fresh
/// (`max-age` or `Expires`, its age as §4.2.3 counts it), and acceptable
/// to the request's own `Cache-Control` (`no-cache`, `max-age`,
/// `min-fresh`, `max-stale`) or, without one, its `Pragma: no-cache`.
pub(crate) fn is_fresh(entry: &Entry, request: &HeaderMap, now: SystemTime) -> bool {
    if !datable(now) {
        return false;
    }
    let new_request = request_view(request_cache_control(request));
    matches!(policy(entry).before_request(&new_request, now), BeforeRequest::Fresh(_))
}

/// The crate's policy for a stored entry, as if it had just been
/// received (at `stored_at`) for a plain GET of the same key.
fn policy(entry: &Entry) -> CachePolicy {
    let mut headers = copied(&entry.headers, &[DATE, EXPIRES]);
    headers.insert(AGE, age::header(age::age_value(&entry.headers)));
    if let Some(value) = response_cache_control(&entry.headers) {
        headers.insert(CACHE_CONTROL, value);
    }
    let response = response_view(entry.status, headers);
    CachePolicy::new_options(&request_view(None), &response, entry.stored_at, options())
}

/// Whether the crate can date `now`: it writes it as an RFC 2822 date,
/// which panics outside the years 1900 to 9999. A clock outside them
/// (1970 to 9999 are kept) only costs a request to the server.
fn datable(now: SystemTime) -> bool {
    const YEAR_10000: Duration = Duration::from_secs(253_402_300_800);
    now.duration_since(SystemTime::UNIX_EPOCH).is_ok_and(|since| since < YEAR_10000)
}

fn options() -> CacheOptions {
    CacheOptions {
        shared: false,
        cache_heuristic: 0.0,
        immutable_min_time_to_live: Duration::ZERO,
        ignore_cargo_cult: false,
    }
}

/// The response directives the private-cache rules read, re-written.
fn response_cache_control(headers: &HeaderMap) -> Option<HeaderValue> {
    let parsed = Directives::of(headers, &CACHE_CONTROL);
    let mut out = Vec::new();
    if parsed.has("no-store") {
        out.push("no-store".to_owned());
    }
    // A `no-cache` response is validated before each use: `max-stale`
    // must not serve it either (§5.2.2.4).
    if parsed.has("no-cache") {
        out.push("no-cache".to_owned());
    }
    if parsed.has("no-cache") || parsed.has("must-revalidate") {
        out.push("must-revalidate".to_owned());
    }
    if let Some(seconds) = strictest_max_age(&parsed) {
        out.push(format!("max-age={seconds}"));
    }
    joined(out)
}

/// The request directives the freshness rules read, re-written; a
/// `Pragma: no-cache` counts only without `Cache-Control` (§5.4).
fn request_cache_control(headers: &HeaderMap) -> Option<HeaderValue> {
    let parsed = Directives::of(headers, &CACHE_CONTROL);
    let mut out = Vec::new();
    let pragma_no_cache = || Directives::of(headers, &PRAGMA).has("no-cache");
    if parsed.has("no-cache") || (!headers.contains_key(CACHE_CONTROL) && pragma_no_cache()) {
        out.push("no-cache".to_owned());
    }
    if let Some(seconds) = strictest_max_age(&parsed) {
        out.push(format!("max-age={seconds}"));
    }
    // The largest `min-fresh` and the smallest `max-stale` are the strictest.
    if let Some(seconds) = parsed.named("min-fresh").filter_map(|a| delta_seconds(a?)).max() {
        out.push(format!("min-fresh={seconds}"));
    }
    if let Some(max_stale) = strictest_max_stale(&parsed) {
        out.push(max_stale);
    }
    joined(out)
}

/// The strictest `max-stale`: the smallest number, else a bare
/// `max-stale` (any staleness); an argument that is not a number counts
/// as none.
fn strictest_max_stale(parsed: &Directives) -> Option<String> {
    let mut bare = false;
    let mut smallest: Option<u64> = None;
    for argument in parsed.named("max-stale") {
        match argument.map(delta_seconds) {
            None => bare = true,
            Some(Some(seconds)) => smallest = Some(smallest.map_or(seconds, |s| s.min(seconds))),
            Some(None) => {}
        }
    }
    match (smallest, bare) {
        (Some(seconds), _) => Some(format!("max-stale={seconds}")),
        (None, true) => Some("max-stale".to_owned()),
        (None, false) => None,
    }
}

/// The smallest `max-age`; 0 when any is not a number, which makes the
/// response stale (§4.2.1) or the request ask for a validated one.
fn strictest_max_age(parsed: &Directives) -> Option<u64> {
    parsed.named("max-age").map(|argument| argument.and_then(delta_seconds).unwrap_or(0)).min()
}

fn joined(directives: Vec<String>) -> Option<HeaderValue> {
    if directives.is_empty() {
        return None;
    }
    // Names and digits only: always a valid field value.
    HeaderValue::from_str(&directives.join(", ")).ok()
}

fn copied(headers: &HeaderMap, names: &[HeaderName]) -> HeaderMap {
    let mut out = HeaderMap::new();
    for name in names {
        if let Some(value) = headers.get(name) {
            out.insert(name.clone(), value.clone());
        }
    }
    out
}

/// A GET of the stored key. The URL is not the crate's to compare: the
/// key already matched it.
fn request_view(cache_control: Option<HeaderValue>) -> http::request::Parts {
    let (mut parts, ()) = http::Request::new(()).into_parts();
    parts.method = Method::GET;
    parts.uri = Uri::from_static("/");
    if let Some(value) = cache_control {
        parts.headers.insert(CACHE_CONTROL, value);
    }
    parts
}

fn response_view(status: StatusCode, headers: HeaderMap) -> http::response::Parts {
    let (mut parts, ()) = http::Response::new(()).into_parts();
    parts.status = status;
    parts.headers = headers;
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::entry::tests::sample;
    use proptest::prelude::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).expect("value"));
        }
        map
    }

    fn entry_with(pairs: &[(&'static str, &str)]) -> Entry {
        Entry { headers: headers(pairs), vary: Vec::new(), ..sample() }
    }

    fn after(entry: &Entry, secs: u64) -> SystemTime {
        entry.stored_at + Duration::from_secs(secs)
    }

    #[test]
    fn max_age_counts_from_the_age_on_arrival() {
        let entry = entry_with(&[("etag", "\"a\""), ("cache-control", "private, max-age=60")]);
        let none = HeaderMap::new();
        assert!(is_fresh(&entry, &none, after(&entry, 0)));
        assert!(is_fresh(&entry, &none, after(&entry, 59)));
        assert!(!is_fresh(&entry, &none, after(&entry, 60)));
        let aged = entry_with(&[("cache-control", "max-age=60"), ("age", "50")]);
        assert!(is_fresh(&aged, &none, after(&aged, 9)));
        assert!(!is_fresh(&aged, &none, after(&aged, 10)));
        assert!(!is_fresh(&entry_with(&[("etag", "\"a\"")]), &none, after(&entry, 0)), "no max-age: revalidate");
        let modified = entry_with(&[("last-modified", "Tue, 15 Nov 1994 12:45:26 GMT")]);
        assert!(!is_fresh(&modified, &none, after(&modified, 0)), "no freshness by heuristics");
    }

    #[test]
    fn expires_counts_from_the_date() {
        let date = httpdate::fmt_http_date(sample().stored_at);
        let expires = httpdate::fmt_http_date(sample().stored_at + Duration::from_secs(100));
        let entry = entry_with(&[("date", &date), ("expires", &expires)]);
        assert!(is_fresh(&entry, &HeaderMap::new(), after(&entry, 50)));
        assert!(!is_fresh(&entry, &HeaderMap::new(), after(&entry, 100)));
        let bad = entry_with(&[("date", &date), ("expires", "0")]);
        assert!(!is_fresh(&bad, &HeaderMap::new(), after(&bad, 0)), "an invalid Expires is in the past");
    }

    #[test]
    fn cache_control_is_read_without_case_and_with_quoted_strings() {
        let none = HeaderMap::new();
        let hidden = entry_with(&[("cache-control", "private=\"x, max-age=600\"")]);
        assert!(!is_fresh(&hidden, &none, after(&hidden, 10)), "max-age inside quotes is not a directive");
        let shouting = entry_with(&[("cache-control", "MAX-AGE=60")]);
        assert!(is_fresh(&shouting, &none, after(&shouting, 10)));
        let no_cache = entry_with(&[("cache-control", "max-age=60, No-Cache=\"Set-Cookie\"")]);
        assert!(!is_fresh(&no_cache, &none, after(&no_cache, 0)));
        let invalid = entry_with(&[("cache-control", "max-age=abc")]);
        assert!(!is_fresh(&invalid, &none, after(&invalid, 0)), "invalid freshness is stale");
        let two = entry_with(&[("cache-control", "max-age=600"), ("cache-control", "max-age=5")]);
        assert!(!is_fresh(&two, &none, after(&two, 10)), "the strictest of two");
    }

    #[test]
    fn huge_values_saturate_instead_of_overflowing() {
        let huge = entry_with(&[("cache-control", "max-age=99999999999999999999999"), ("age", "18446744073709551615")]);
        assert!(!is_fresh(&huge, &HeaderMap::new(), after(&huge, 1)), "2^31 old is older than 2^31 allows");
        let long = entry_with(&[("cache-control", "max-age=99999999999999999999999")]);
        assert!(is_fresh(&long, &HeaderMap::new(), after(&long, 86_400 * 365)));
        let far = entry_with(&[("cache-control", "max-age=60")]);
        let _ = is_fresh(&far, &headers(&[("cache-control", "max-stale=99999999999999999999")]), after(&far, 1 << 40));
    }

    #[test]
    fn request_directives_narrow_or_widen_what_is_fresh() {
        let entry = entry_with(&[("cache-control", "max-age=60")]);
        let ask = |value: &str| headers(&[("cache-control", value)]);
        let now = after(&entry, 30);
        assert!(!is_fresh(&entry, &ask("no-cache"), now));
        assert!(!is_fresh(&entry, &ask("NO-CACHE"), now));
        assert!(!is_fresh(&entry, &headers(&[("pragma", "no-cache")]), now));
        assert!(is_fresh(&entry, &headers(&[("pragma", "no-cache"), ("cache-control", "max-stale")]), now));
        assert!(!is_fresh(&entry, &ask("max-age=20"), now));
        assert!(is_fresh(&entry, &ask("max-age=40"), now));
        assert!(!is_fresh(&entry, &ask("max-age=x"), now), "an invalid max-age asks for validation");
        assert!(!is_fresh(&entry, &ask("min-fresh=40"), now), "30 s left");
        assert!(is_fresh(&entry, &ask("min-fresh=20"), now));
        let stale = after(&entry, 90);
        assert!(!is_fresh(&entry, &HeaderMap::new(), stale));
        assert!(is_fresh(&entry, &ask("max-stale"), stale));
        assert!(is_fresh(&entry, &ask("max-stale=60"), stale));
        assert!(!is_fresh(&entry, &ask("max-stale=10"), stale));
        assert!(!is_fresh(&entry, &ask("max-stale=60, max-stale=10"), stale), "the strictest");
        assert!(!is_fresh(&entry, &ask("ext=\"max-stale\""), stale), "quoted text asks nothing");
    }

    #[test]
    fn max_stale_never_serves_what_must_be_revalidated() {
        let ask = headers(&[("cache-control", "max-stale")]);
        for cache_control in ["max-age=60, no-cache", "max-age=60, must-revalidate"] {
            let entry = entry_with(&[("cache-control", cache_control)]);
            assert!(!is_fresh(&entry, &ask, after(&entry, 90)), "{cache_control}");
        }
    }

    #[test]
    fn a_clock_the_rules_cannot_date_asks_the_server() {
        let year_10000 = SystemTime::UNIX_EPOCH + Duration::from_secs(253_402_300_800);
        let late = entry_with(&[("etag", "\"1\""), ("cache-control", "max-age=2147483648")]);
        let entry = Entry { stored_at: year_10000 - Duration::from_secs(100), ..late };
        assert!(is_fresh(&entry, &HeaderMap::new(), year_10000 - Duration::from_secs(1)));
        assert!(!is_fresh(&entry, &HeaderMap::new(), year_10000));
        let before_1970 = SystemTime::UNIX_EPOCH - Duration::from_secs(1);
        assert!(!is_fresh(&entry, &HeaderMap::new(), before_1970));
    }

    proptest! {
        #[test]
        fn any_cache_control_and_age_are_read_without_a_panic(
            response in "[ -~]{0,60}",
            request in "[ -~]{0,60}",
            age in "[0-9]{0,25}",
            secs in 0u64..(1 << 40),
        ) {
            let mut stored = HeaderMap::new();
            let mut asked = HeaderMap::new();
            if let Ok(value) = HeaderValue::from_str(&response) {
                stored.insert(CACHE_CONTROL, value);
            }
            if let Ok(value) = HeaderValue::from_str(&request) {
                asked.insert(CACHE_CONTROL, value);
            }
            if let Ok(value) = HeaderValue::from_str(&age) {
                stored.insert(AGE, value);
            }
            let entry = Entry { headers: stored.clone(), vary: Vec::new(), ..sample() };
            let _ = is_fresh(&entry, &asked, after(&entry, secs));
        }
    }
}
