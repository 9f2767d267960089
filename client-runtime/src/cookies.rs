//! The session's cookie jar (`Builder::cookie_store(true)`).
//!
//! Cookies are stored and matched by `cookie_store` (RFC 6265 domain,
//! path, expiry and `Secure` rules), but through its API that logs
//! nothing: its usual entry point writes every cookie, value included, to
//! the debug log. The `Cookie` header it produces is marked sensitive.

use std::sync::RwLock;

use http::HeaderValue;
use url::Url;

/// Cookies shared by the clones of one session.
#[derive(Default)]
pub(crate) struct Jar {
    store: RwLock<cookie_store::CookieStore>,
}

impl reqwest::cookie::CookieStore for Jar {
    fn set_cookies(&self, cookie_headers: &mut dyn Iterator<Item = &HeaderValue>, url: &Url) {
        let mut store = self.store.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        for value in cookie_headers {
            let Ok(text) = std::str::from_utf8(value.as_bytes()) else { continue };
            let Ok(cookie) = cookie::Cookie::parse(text) else { continue };
            // A cookie refused by the rules (another domain...) is dropped.
            let _ = store.insert_raw(&cookie, url);
        }
    }

    fn cookies(&self, url: &Url) -> Option<HeaderValue> {
        let store = self.store.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        let pairs: Vec<String> = store.get_request_values(url).map(|(name, value)| format!("{name}={value}")).collect();
        if pairs.is_empty() {
            return None;
        }
        let mut value = HeaderValue::from_str(&pairs.join("; ")).ok()?;
        value.set_sensitive(true);
        Some(value)
    }
}

impl std::fmt::Debug for Jar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jar").finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::cookie::CookieStore as _;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("test URL")
    }

    #[test]
    fn domain_and_path_rules_apply() {
        let jar = Jar::default();
        let set = [
            HeaderValue::from_static("sid=s3cret; Path=/api"),
            HeaderValue::from_static("foreign=1; Domain=example.org"),
            HeaderValue::from_static("wide=2; Domain=example.com"),
        ];
        jar.set_cookies(&mut set.iter(), &url("https://api.example.com/login"));
        // The jar does not promise an order among matching cookies.
        let cookies = |u: &str| {
            let mut pairs: Vec<String> = jar
                .cookies(&url(u))
                .map(|v| v.to_str().expect("ascii").split("; ").map(str::to_owned).collect())
                .unwrap_or_default();
            pairs.sort();
            pairs
        };
        assert_eq!(cookies("https://api.example.com/api/me"), ["sid=s3cret", "wide=2"]);
        assert_eq!(cookies("https://api.example.com/other"), ["wide=2"]);
        assert_eq!(cookies("https://www.example.com/api/x"), ["wide=2"]);
        assert!(cookies("https://example.org/").is_empty());
        assert!(jar.cookies(&url("https://api.example.com/api/me")).is_some_and(|v| v.is_sensitive()));
    }
}
