//! How old a response is (RFC 9111 §4.2.3).
//!
//! A response may have aged before it arrived: in caches on the way (its
//! `Age`), and on the way itself. Its age on arrival, the "corrected
//! initial age", is the larger of
//!
//! - the apparent age, how long before its arrival the origin dated it
//!   (`Date`), and
//! - its `Age` plus the response delay, the time from sending the request
//!   to receiving the response.
//!
//! The cache keeps that age as the stored response's `Age` field; the
//! current age adds the time the entry has been stored. Every figure
//! saturates at 2^31 seconds, however large or malformed the headers.

use std::time::SystemTime;

use http::HeaderMap;
use http::header::{AGE, DATE, HeaderValue};

use super::directives::{MAX_DELTA_SECONDS, delta_seconds};

/// When a request went out and its response came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Exchanged {
    /// Just before the request was sent.
    pub(crate) sent: SystemTime,
    /// When the response's head had arrived.
    pub(crate) received: SystemTime,
}

/// The response's age on arrival, in whole seconds: the corrected initial
/// age of RFC 9111 §4.2.3.
pub(crate) fn initial_age(response: &HeaderMap, at: Exchanged) -> u64 {
    let apparent = date(response).map_or(0, |date| at.received.duration_since(date).unwrap_or_default().as_secs());
    let delay = at.received.duration_since(at.sent).unwrap_or_default().as_secs();
    let corrected = age_value(response).saturating_add(delay);
    apparent.max(corrected).min(MAX_DELTA_SECONDS)
}

/// The `Age` a stored response carries: its initial age, as
/// [`initial_age`] counted it when it was stored.
pub(crate) fn age_value(headers: &HeaderMap) -> u64 {
    // An `Age` that is not a number is not available: 0 (§4.2.3).
    headers.get(AGE).and_then(|value| delta_seconds(value.to_str().ok()?.trim())).unwrap_or(0)
}

/// A stored response's age now: its initial age plus the time since it
/// was stored (or refreshed by a 304).
pub(crate) fn current_age(headers: &HeaderMap, stored_at: SystemTime, now: SystemTime) -> u64 {
    let resident = now.duration_since(stored_at).unwrap_or_default().as_secs();
    age_value(headers).saturating_add(resident).min(MAX_DELTA_SECONDS)
}

/// The `Age` field for an age in seconds.
pub(crate) fn header(age: u64) -> HeaderValue {
    HeaderValue::from(age)
}

fn date(headers: &HeaderMap) -> Option<SystemTime> {
    httpdate::parse_http_date(headers.get(DATE)?.to_str().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::time::Duration;

    const T: u64 = 1_700_000_000;

    fn at(secs: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(secs)
    }

    fn headers(pairs: &[(&'static str, String)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).expect("value"));
        }
        map
    }

    fn dated(secs: u64) -> String {
        httpdate::fmt_http_date(at(secs))
    }

    #[test]
    fn the_age_header_counts_with_the_response_delay() {
        let exchanged = Exchanged { sent: at(T), received: at(T + 3) };
        assert_eq!(initial_age(&headers(&[("age", "10".into())]), exchanged), 13);
        assert_eq!(initial_age(&HeaderMap::new(), exchanged), 3, "the delay alone");
    }

    #[test]
    fn an_old_date_makes_the_response_older() {
        let exchanged = Exchanged { sent: at(T), received: at(T + 1) };
        assert_eq!(initial_age(&headers(&[("date", dated(T - 100))]), exchanged), 101);
        let both = headers(&[("date", dated(T - 100)), ("age", "500".into())]);
        assert_eq!(initial_age(&both, exchanged), 501, "the larger of the two");
        let future = headers(&[("date", dated(T + 1000))]);
        assert_eq!(initial_age(&future, exchanged), 1, "a date ahead of the clock counts as none");
    }

    #[test]
    fn malformed_or_huge_values_never_overflow() {
        let exchanged = Exchanged { sent: at(T), received: at(T) };
        let huge = headers(&[("age", "18446744073709551616".into())]);
        assert_eq!(initial_age(&huge, exchanged), MAX_DELTA_SECONDS);
        assert_eq!(initial_age(&headers(&[("age", "-5".into()), ("date", "yesterday".into())]), exchanged), 0);
        let backwards = Exchanged { sent: at(T + 10), received: at(T) };
        assert_eq!(initial_age(&HeaderMap::new(), backwards), 0, "a clock that went back");
        let epoch = Exchanged { sent: SystemTime::UNIX_EPOCH, received: at(u64::from(u32::MAX) * 4) };
        assert_eq!(initial_age(&HeaderMap::new(), epoch), MAX_DELTA_SECONDS);
    }

    #[test]
    fn the_current_age_adds_the_time_stored() {
        let stored = headers(&[("age", "7".into())]);
        assert_eq!(current_age(&stored, at(T), at(T + 5)), 12);
        assert_eq!(current_age(&stored, at(T), at(T - 5)), 7, "a clock that went back");
        let old = headers(&[("age", MAX_DELTA_SECONDS.to_string())]);
        assert_eq!(current_age(&old, at(0), at(u64::from(u32::MAX) * 8)), MAX_DELTA_SECONDS);
    }

    proptest! {
        #[test]
        fn any_age_and_date_give_an_age_within_bounds(age in "[ -~]{0,25}", date in "[ -~]{0,40}", delay in 0u64..1_000_000) {
            let mut map = HeaderMap::new();
            for (name, value) in [(AGE, &age), (DATE, &date)] {
                if let Ok(value) = HeaderValue::from_str(value) {
                    map.insert(name, value);
                }
            }
            let exchanged = Exchanged { sent: at(T), received: at(T + delay) };
            let age = initial_age(&map, exchanged);
            prop_assert!(age >= delay.min(MAX_DELTA_SECONDS) && age <= MAX_DELTA_SECONDS);
        }
    }
}
