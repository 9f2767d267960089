//! Cache keys: a SHA-256 digest of the method, the URL and the identity of
//! the credentials the request carries; and [`Resource`], the digest of
//! the URL alone, under which an invalidation finds every key of a URL.
//!
//! The digest is what a store sees, so neither a token nor a secret query
//! value ever reaches it (a Redis key listing shows only hex), and one
//! token's response is never served to another: a different credential is
//! a different key.

use std::fmt;

use aws_lc_rs::digest::{Context, SHA256, SHA256_OUTPUT_LEN};
use http::header::{AUTHORIZATION, COOKIE, HeaderName, PROXY_AUTHORIZATION};
use http::{HeaderMap, Method};
use url::Url;

/// The key of one cached response.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Key([u8; SHA256_OUTPUT_LEN]);

impl Key {
    /// The key of a request. `credential_names` are the headers the session
    /// treats as credentials besides `Authorization`, `Proxy-Authorization`
    /// and `Cookie`.
    pub(crate) fn new(method: &Method, url: &Url, headers: &HeaderMap, credential_names: &[HeaderName]) -> Self {
        let mut hash = Context::new(&SHA256);
        hash.update(b"client-runtime cache key v1\0");
        hash.update(method.as_str().as_bytes());
        hash.update(&[0]);
        hash.update(url.as_str().as_bytes());
        hash.update(&[0]);
        let builtin = [AUTHORIZATION, PROXY_AUTHORIZATION, COOKIE];
        let names = builtin.iter().chain(credential_names.iter().filter(|n| !builtin.contains(n)));
        for name in names {
            for value in headers.get_all(name) {
                // Lengths first, so that no two different lists of
                // credentials hash the same bytes.
                hash.update(&(name.as_str().len() as u64).to_be_bytes());
                hash.update(name.as_str().as_bytes());
                hash.update(&(value.len() as u64).to_be_bytes());
                hash.update(value.as_bytes());
            }
        }
        let mut key = [0; SHA256_OUTPUT_LEN];
        key.copy_from_slice(hash.finish().as_ref());
        Self(key)
    }

    /// Lower-case hex, for stores keyed by strings.
    pub(crate) fn hex(&self) -> String {
        hex(&self.0)
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key({})", &self.hex()[..12])
    }
}

/// The URL an entry was stored for, as a digest: an invalidation of the
/// URL reaches every entry stored under it, whatever the method or the
/// credentials, and no secret query value reaches a store.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Resource([u8; SHA256_OUTPUT_LEN]);

impl Resource {
    /// The resource of `url`, without its fragment (never sent).
    pub(crate) fn new(url: &Url) -> Self {
        let mut hash = Context::new(&SHA256);
        hash.update(b"client-runtime cache resource v1\0");
        let without_fragment = url.as_str().split_once('#').map_or(url.as_str(), |(before, _)| before);
        hash.update(without_fragment.as_bytes());
        let mut digest = [0; SHA256_OUTPUT_LEN];
        digest.copy_from_slice(hash.finish().as_ref());
        Self(digest)
    }

    /// Lower-case hex, for stores keyed by strings.
    pub(crate) fn hex(&self) -> String {
        hex(&self.0)
    }
}

impl fmt::Debug for Resource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Resource({})", &self.hex()[..12])
    }
}

fn hex(bytes: &[u8]) -> String {
    use fmt::Write as _;
    bytes.iter().fold(String::with_capacity(2 * bytes.len()), |mut out, byte| {
        let _ = write!(out, "{byte:02x}");
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn key(method: Method, url: &str, pairs: &[(&'static str, &'static str)], extra: &[HeaderName]) -> Key {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(*name, HeaderValue::from_static(value));
        }
        Key::new(&method, &Url::parse(url).expect("url"), &headers, extra)
    }

    #[test]
    fn method_and_url_are_part_of_the_key() {
        let base = key(Method::GET, "https://a.example/x?page=1", &[], &[]);
        assert_eq!(base, key(Method::GET, "https://a.example/x?page=1", &[], &[]));
        assert_ne!(base, key(Method::HEAD, "https://a.example/x?page=1", &[], &[]));
        assert_ne!(base, key(Method::GET, "https://a.example/x?page=2", &[], &[]), "pages are cached apart");
    }

    #[test]
    fn each_credential_has_its_own_key() {
        let url = "https://a.example/user";
        let alice = key(Method::GET, url, &[("authorization", "Bearer alice")], &[]);
        let bob = key(Method::GET, url, &[("authorization", "Bearer bob")], &[]);
        let anonymous = key(Method::GET, url, &[], &[]);
        assert_ne!(alice, bob);
        assert_ne!(alice, anonymous);
        let gitlab = HeaderName::from_static("private-token");
        let one = key(Method::GET, url, &[("private-token", "glpat-1")], std::slice::from_ref(&gitlab));
        let two = key(Method::GET, url, &[("private-token", "glpat-2")], &[gitlab]);
        assert_ne!(one, two, "a custom credential header counts too");
        assert_eq!(
            key(Method::GET, url, &[("accept", "a")], &[]),
            key(Method::GET, url, &[("accept", "b")], &[]),
            "other headers are matched through Vary, not the key"
        );
    }

    #[test]
    fn a_resource_is_the_url_alone() {
        let url = Url::parse("https://a.example/x?token=hunter2").expect("url");
        let with_fragment = Url::parse("https://a.example/x?token=hunter2#part").expect("url");
        assert_eq!(Resource::new(&url), Resource::new(&with_fragment));
        assert_ne!(Resource::new(&url), Resource::new(&Url::parse("https://a.example/y").expect("url")));
        assert!(!Resource::new(&url).hex().contains("hunter2"));
        assert!(!format!("{:?}", Resource::new(&url)).contains("hunter2"));
    }

    #[test]
    fn the_key_shows_no_secret() {
        let k = key(Method::GET, "https://a.example/?token=hunter2", &[("authorization", "Bearer hunter2")], &[]);
        assert_eq!(k.hex().len(), 64);
        assert!(!k.hex().contains("hunter2"));
        assert!(!format!("{k:?}").contains("hunter2"));
    }
}
