//! Which stored responses a request makes stale (RFC 9111 §4.4).
//!
//! A request with an unsafe method (anything but GET, HEAD, OPTIONS and
//! TRACE: POST, PUT, PATCH, DELETE, and methods of unknown safety) that
//! succeeds (2xx or 3xx) has probably changed its target. The cache
//! forgets what it stored for the target URL, and for the URLs the
//! response's `Location` and `Content-Location` name when they have the
//! same origin (another origin's entries are not for this response to
//! judge). Every entry of such a URL goes, whatever its method or the
//! credentials it was stored under.

use http::header::{CONTENT_LOCATION, LOCATION};
use http::{HeaderMap, Method, StatusCode};
use url::Url;

use super::key::Resource;
use crate::redirect::same_origin;

/// Whether a request with this method may change what the cache holds
/// (RFC 9110 §9.2.1: only GET, HEAD, OPTIONS and TRACE are safe).
pub(crate) fn is_unsafe(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE)
}

/// The resources whose entries `method` on `url`, answered `status` with
/// `response` headers, invalidates; none for a safe method or an error.
pub(crate) fn invalidated(method: &Method, url: &Url, status: StatusCode, response: &HeaderMap) -> Vec<Resource> {
    if !is_unsafe(method) || !(status.is_success() || status.is_redirection()) {
        return Vec::new();
    }
    let mut urls = vec![url.clone()];
    for name in [LOCATION, CONTENT_LOCATION] {
        let named = response.get(name).and_then(|value| value.to_str().ok()).and_then(|text| url.join(text).ok());
        if let Some(named) = named.filter(|named| same_origin(named, url)) {
            urls.push(named);
        }
    }
    let mut resources: Vec<Resource> = urls.iter().map(Resource::new).collect();
    resources.sort_unstable();
    resources.dedup();
    resources
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("url")
    }

    fn located(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(*name, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn a_successful_unsafe_request_invalidates_its_url() {
        let target = url("https://a.example/repos/x?page=1");
        for method in
            [Method::POST, Method::PUT, Method::PATCH, Method::DELETE, Method::from_bytes(b"PURGE").expect("m")]
        {
            for status in [200, 201, 204, 301, 303, 308] {
                let status = StatusCode::from_u16(status).expect("status");
                assert_eq!(invalidated(&method, &target, status, &HeaderMap::new()), [Resource::new(&target)]);
            }
        }
    }

    #[test]
    fn safe_methods_and_errors_invalidate_nothing() {
        let target = url("https://a.example/x");
        for method in [Method::GET, Method::HEAD, Method::OPTIONS, Method::TRACE] {
            assert!(invalidated(&method, &target, StatusCode::OK, &HeaderMap::new()).is_empty());
        }
        for status in [StatusCode::BAD_REQUEST, StatusCode::NOT_FOUND, StatusCode::INTERNAL_SERVER_ERROR] {
            assert!(invalidated(&Method::POST, &target, status, &HeaderMap::new()).is_empty());
        }
    }

    #[test]
    fn location_and_content_location_count_on_the_same_origin_only() {
        let target = url("https://a.example/repos");
        let headers =
            located(&[("location", "/repos/new"), ("content-location", "https://a.example:443/repos/new#top")]);
        let resources = invalidated(&Method::POST, &target, StatusCode::CREATED, &headers);
        let mut expected = vec![Resource::new(&target), Resource::new(&url("https://a.example/repos/new"))];
        expected.sort_unstable();
        assert_eq!(resources, expected, "relative, with a default port or a fragment: the same URL");

        let elsewhere =
            located(&[("location", "https://b.example/repos/new"), ("content-location", "http://a.example/repos/new")]);
        let resources = invalidated(&Method::POST, &target, StatusCode::CREATED, &elsewhere);
        assert_eq!(resources, [Resource::new(&target)], "another host or scheme is not touched");
        let garbage = located(&[("location", "http://[::1"), ("content-location", "//")]);
        assert_eq!(invalidated(&Method::PUT, &target, StatusCode::OK, &garbage), [Resource::new(&target)]);
    }
}
