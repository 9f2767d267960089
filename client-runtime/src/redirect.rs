//! Redirect rules the runtime applies itself (reqwest's own policy is off):
//! which responses redirect, where to, and how the method changes.

use http::header::LOCATION;
use http::{Method, StatusCode};
use url::Url;

use crate::error::{Error, ErrorKind, Result};

/// The URL a redirect points to, or `None` when the response is final.
pub(crate) fn redirect_target(
    response: &reqwest::Response,
    current: &Url,
    max_redirects: usize,
) -> Result<Option<Url>> {
    let status = response.status();
    let is_redirect = matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308);
    if !is_redirect || max_redirects == 0 {
        return Ok(None);
    }
    let Some(location) = response.headers().get(LOCATION) else { return Ok(None) };
    let location = location.to_str().ok().and_then(|l| current.join(l).ok()).ok_or_else(|| {
        Error::new(ErrorKind::Redirect, "the redirect Location is not a valid URL").with_status(status)
    })?;
    if !matches!(location.scheme(), "http" | "https") {
        return Err(Error::new(ErrorKind::Redirect, "refused a redirect to a non-HTTP URL").with_status(status));
    }
    Ok(Some(location))
}

/// 303 always, and 301/302 after a POST, become a GET without a body,
/// as every browser and requests do.
pub(crate) fn switches_to_get(status: StatusCode, method: &Method) -> bool {
    match status.as_u16() {
        303 => *method != Method::HEAD,
        301 | 302 => *method == Method::POST,
        _ => false,
    }
}

/// Refuses a hop past the limit, or from https down to http.
pub(crate) fn check_hop(current: &Url, location: &Url, hops: usize, max: usize, status: StatusCode) -> Result<()> {
    if hops >= max {
        return Err(Error::new(ErrorKind::Redirect, "too many redirects").with_status(status));
    }
    if current.scheme() == "https" && location.scheme() == "http" {
        return Err(Error::new(ErrorKind::Redirect, "refused a redirect from https to http").with_status(status));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("test URL")
    }

    #[test]
    fn downgrades_and_excess_hops_are_refused() {
        let found = StatusCode::FOUND;
        let https = url("https://api.example.com/a");
        assert!(check_hop(&https, &url("https://cdn.example.com/b"), 0, 10, found).is_ok());
        let downgrade = check_hop(&https, &url("http://api.example.com/a"), 0, 10, found).expect_err("downgrade");
        assert_eq!(downgrade.kind(), ErrorKind::Redirect);
        assert!(check_hop(&url("http://a.example/"), &url("https://a.example/"), 0, 10, found).is_ok(), "upgrade");
        let excess = check_hop(&https, &url("https://api.example.com/c"), 10, 10, found).expect_err("11th hop");
        assert_eq!(excess.kind(), ErrorKind::Redirect);
    }

    #[test]
    fn which_redirects_become_a_get() {
        assert!(switches_to_get(StatusCode::SEE_OTHER, &Method::POST));
        assert!(switches_to_get(StatusCode::SEE_OTHER, &Method::PUT));
        assert!(!switches_to_get(StatusCode::SEE_OTHER, &Method::HEAD));
        assert!(switches_to_get(StatusCode::FOUND, &Method::POST));
        assert!(!switches_to_get(StatusCode::FOUND, &Method::PUT));
        assert!(!switches_to_get(StatusCode::TEMPORARY_REDIRECT, &Method::POST));
        assert!(!switches_to_get(StatusCode::PERMANENT_REDIRECT, &Method::POST));
    }
}
