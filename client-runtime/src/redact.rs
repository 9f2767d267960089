//! What the runtime shows of URLs and server text in every output.
//!
//! Every `Debug`, `Display`, error and log line goes through this module:
//!
//! - a URL loses its user-info and fragment, and the value of every secret
//!   query parameter becomes `REDACTED`. Secret keys are the built-in list
//!   ([`BUILTIN_SECRET_QUERY_KEYS`]), the keys a method declares with
//!   `#[query(secret)]`, and the keys added with
//!   [`Builder::secret_query_keys`](crate::Builder::secret_query_keys),
//!   all compared case-insensitively;
//! - text that came from a server (body excerpts, header values, messages)
//!   has its control characters escaped (`\u{1b}`, `\r`, `\n`, `\0`...),
//!   so a hostile server cannot forge log lines or terminal sequences.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::sync::Arc;

use http::HeaderMap;
use http::header::{AUTHORIZATION, COOKIE, HeaderName, HeaderValue, PROXY_AUTHORIZATION, SET_COOKIE};
use percent_encoding::percent_decode_str;
use url::Url;

/// Query keys whose values are never shown, whatever the method declares.
pub const BUILTIN_SECRET_QUERY_KEYS: &[&str] = &[
    "access_token",
    "api_key",
    "apikey",
    "key",
    "token",
    "private_token",
    "client_secret",
    "sig",
    "signature",
    "X-Amz-Signature",
    "X-Goog-Signature",
    // Listed by OpenTelemetry's semantic conventions for `url.full`
    // ("HTTP spans", 1.27.0 and later) with `Signature`, `sig` and
    // `X-Goog-Signature`.
    "AWSAccessKeyId",
];

/// What replaces a secret value.
pub(crate) const REDACTED: &str = "REDACTED";

/// The secret query keys that apply to one call: the session's extra keys
/// and the endpoint's `#[query(secret)]` keys, besides the built-in list.
/// Cloning is one reference count at most.
#[derive(Clone, Default)]
pub(crate) struct Secrets {
    session: Option<Arc<[Box<str>]>>,
    endpoint: &'static [&'static str],
}

impl Secrets {
    pub(crate) fn new(session: Option<Arc<[Box<str>]>>, endpoint: &'static [&'static str]) -> Self {
        Self { session, endpoint }
    }

    /// Whether the value of this (decoded) query key is secret.
    pub(crate) fn is_secret(&self, key: &str) -> bool {
        let key = key.trim();
        BUILTIN_SECRET_QUERY_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key))
            || self.endpoint.iter().any(|k| k.eq_ignore_ascii_case(key))
            || self.session.iter().flat_map(|keys| keys.iter()).any(|k| k.eq_ignore_ascii_case(key))
    }

    /// The URL as it may be shown: no user-info, no fragment, secret query
    /// values replaced by `REDACTED`; other parameters keep their encoding.
    pub(crate) fn url(&self, url: &Url) -> Url {
        let mut shown = url.clone();
        drop_user_info(&mut shown);
        shown.set_fragment(None);
        if let Some(query) = url.query() {
            let redacted = self.query(query);
            if let Cow::Owned(query) = redacted {
                shown.set_query(Some(&query));
            }
        }
        shown
    }

    /// [`url`](Self::url) as text, borrowed from `url` when there is
    /// nothing to hide, as in most calls: showing it then costs no copy.
    pub(crate) fn url_text<'u>(&self, url: &'u Url) -> Cow<'u, str> {
        let nothing_to_hide = url.username().is_empty()
            && url.password().is_none()
            && url.fragment().is_none()
            && url.query().is_none_or(|query| matches!(self.query(query), Cow::Borrowed(_)));
        if nothing_to_hide { Cow::Borrowed(url.as_str()) } else { Cow::Owned(self.url(url).into()) }
    }

    /// A query string with secret values replaced.
    fn query<'a>(&self, query: &'a str) -> Cow<'a, str> {
        let secret_at = |pair: &str| {
            let key = pair.split_once('=').map_or(pair, |(key, _)| key);
            let key = if key.contains('+') { Cow::Owned(key.replace('+', " ")) } else { Cow::Borrowed(key) };
            self.is_secret(&percent_decode_str(&key).decode_utf8_lossy())
        };
        if !query.split('&').any(|pair| pair.contains('=') && secret_at(pair)) {
            return Cow::Borrowed(query);
        }
        let mut out = String::with_capacity(query.len());
        for (i, pair) in query.split('&').enumerate() {
            if i > 0 {
                out.push('&');
            }
            match pair.split_once('=') {
                Some((key, _)) if secret_at(pair) => {
                    out.push_str(key);
                    out.push('=');
                    out.push_str(REDACTED);
                }
                _ => out.push_str(pair),
            }
        }
        Cow::Owned(out)
    }

    /// Free text that may quote URLs (a `Link` or `Location` header, a
    /// message): the value after `?key=` or `&key=` is replaced for every
    /// secret key, up to the next delimiter.
    pub(crate) fn text<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let is_end = |c: char| matches!(c, '&' | '#' | '>' | '"' | '\'' | ';' | ',' | '<') || c.is_whitespace();
        let mut out = String::new();
        let mut copied = 0;
        let mut search = 0;
        while let Some(found) = text[search..].find(['?', '&']) {
            let key_start = search + found + 1;
            let rest = &text[key_start..];
            let key_len = rest.find(|c: char| c == '=' || is_end(c) || c == '?').unwrap_or(rest.len());
            search = key_start + key_len;
            if !rest[key_len..].starts_with('=') {
                continue;
            }
            let key = rest[..key_len].replace('+', " ");
            if !self.is_secret(&percent_decode_str(&key).decode_utf8_lossy()) {
                continue;
            }
            let value_start = key_start + key_len + 1;
            let value_len = text[value_start..].find(is_end).unwrap_or(text.len() - value_start);
            out.push_str(&text[copied..value_start]);
            out.push_str(REDACTED);
            copied = value_start + value_len;
            search = copied;
        }
        if copied == 0 {
            return Cow::Borrowed(text);
        }
        out.push_str(&text[copied..]);
        Cow::Owned(out)
    }

    /// A `Debug` adapter for response headers: sensitive values hidden,
    /// secret query values in URL-bearing values (`Link`, `Location`)
    /// replaced, control characters escaped.
    pub(crate) fn headers<'a>(&'a self, headers: &'a HeaderMap) -> ShownHeaders<'a> {
        ShownHeaders { secrets: self, headers }
    }

    /// A `Display`/`Debug` adapter showing the redacted URL.
    pub(crate) fn show<'a>(&'a self, url: &'a Url) -> ShownUrl<'a> {
        ShownUrl { secrets: self, url }
    }
}

impl fmt::Debug for Secrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Secrets").finish_non_exhaustive()
    }
}

/// A URL shown without its secrets.
pub(crate) struct ShownUrl<'a> {
    secrets: &'a Secrets,
    url: &'a Url,
}

impl fmt::Display for ShownUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.secrets.url_text(self.url))
    }
}

impl fmt::Debug for ShownUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.secrets.url_text(self.url))
    }
}

/// Response headers shown without their secrets.
pub(crate) struct ShownHeaders<'a> {
    secrets: &'a Secrets,
    headers: &'a HeaderMap,
}

impl fmt::Debug for ShownHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.headers {
            match value.to_str() {
                _ if value.is_sensitive() => map.entry(&name.as_str(), &"Sensitive"),
                // `Debug` of a `str` escapes control characters.
                Ok(text) => map.entry(&name.as_str(), &self.secrets.text(text)),
                Err(_) => map.entry(&name.as_str(), value),
            };
        }
        map.finish()
    }
}

/// A URL string a user configured (base URL, proxy) as it may be shown:
/// redacted when it parses, a placeholder when it does not, since an
/// unparsable string may still hold a password.
pub(crate) fn configured_url(raw: &str) -> String {
    match Url::parse(raw) {
        // Without a host, user-info is not recognised as such.
        Ok(url) if url.has_host() => Secrets::default().url(&url).into(),
        _ => "<not a valid URL>".to_owned(),
    }
}

/// Text from a server with its control characters escaped.
pub(crate) fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether a header carries a credential, whatever its value:
/// `Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie`, or one
/// of the session's own credential header names (an `api_key` header).
pub(crate) fn is_secret_header(name: &HeaderName, credentials: &[HeaderName]) -> bool {
    name == AUTHORIZATION
        || name == PROXY_AUTHORIZATION
        || name == COOKIE
        || name == SET_COOKIE
        || credentials.contains(name)
}

/// A header value as it may be recorded: `REDACTED` for a credential
/// (`secret`) or a value marked sensitive; otherwise the text, with the
/// values of secret query keys in any URL it quotes (`Location`, `Link`)
/// replaced. Bytes that are not UTF-8 are shown lossily.
pub(crate) fn header_value<'a>(value: &'a HeaderValue, secret: bool, secrets: &Secrets) -> Cow<'a, str> {
    if secret || value.is_sensitive() {
        return Cow::Borrowed(REDACTED);
    }
    match value.to_str() {
        Ok(text) => secrets.text(text),
        Err(_) => match String::from_utf8_lossy(value.as_bytes()) {
            Cow::Borrowed(text) => secrets.text(text),
            Cow::Owned(text) => Cow::Owned(secrets.text(&text).into_owned()),
        },
    }
}

/// Marks the values of response headers that carry secrets (`Set-Cookie`)
/// as sensitive, so that no `Debug` of the headers shows them.
pub(crate) fn mark_sensitive(headers: &mut HeaderMap) {
    if let http::header::Entry::Occupied(mut entry) = headers.entry(SET_COOKIE) {
        for value in entry.iter_mut() {
            value.set_sensitive(true);
        }
    }
}

/// Removes a URL's user-info. Credentials come only from the session's
/// auth, never from a URL: the base URL refuses user-info, and one that
/// arrives in a redirect's `Location`, a next link or a middleware's URL is
/// dropped before the request reaches the transport, which would not send
/// it but would key its connection pool by it and print it in its trace
/// logs. Shown URLs lose it too.
pub(crate) fn drop_user_info(url: &mut Url) {
    if url.username().is_empty() && url.password().is_none() {
        return;
    }
    // Both only fail for URLs that cannot have user-info at all.
    let _ = url.set_username("");
    let _ = url.set_password(None);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("test URL")
    }

    #[test]
    fn userinfo_fragment_and_builtin_keys_are_removed() {
        let shown = Secrets::default()
            .url(&url("https://me:pw@api.example.com/x?page=2&access_token=abc&API_KEY=k%20y&q=a+b#frag"));
        assert_eq!(shown.as_str(), "https://api.example.com/x?page=2&access_token=REDACTED&API_KEY=REDACTED&q=a+b");
    }

    #[test]
    fn the_keys_opentelemetry_lists_for_url_full_are_secret() {
        let shown = Secrets::default()
            .url(&url("https://s3.example.com/o?AWSAccessKeyId=A&Signature=B&sig=C&X-Goog-Signature=D&Expires=1"));
        assert_eq!(
            shown.as_str(),
            "https://s3.example.com/o?AWSAccessKeyId=REDACTED&Signature=REDACTED&sig=REDACTED&X-Goog-Signature=REDACTED&Expires=1"
        );
    }

    #[test]
    fn endpoint_and_session_keys_are_secret_too() {
        let secrets = Secrets::new(Some(Arc::from(vec![Box::from("session_key")])), &["otp"]);
        let shown = secrets.url(&url("http://h/p?otp=1&Session_Key=2&other=3&x-amz-signature=4"));
        assert_eq!(shown.as_str(), "http://h/p?otp=REDACTED&Session_Key=REDACTED&other=3&x-amz-signature=REDACTED");
        assert_eq!(Secrets::default().url(&url("http://h/p?otp=1")).as_str(), "http://h/p?otp=1");
    }

    #[test]
    fn encoded_keys_are_recognised() {
        let shown = Secrets::default().url(&url("http://h/?%74oken=1&a%20b=2"));
        assert_eq!(shown.query(), Some("%74oken=REDACTED&a%20b=2"));
    }

    #[test]
    fn urls_inside_text_are_redacted() {
        let secrets = Secrets::default();
        let link = r#"</items?page=2&access_token=abc>; rel="next", <http://h/?x=1&sig=s%20g&y=2>; rel="last""#;
        assert_eq!(
            secrets.text(link),
            r#"</items?page=2&access_token=REDACTED>; rel="next", <http://h/?x=1&sig=REDACTED&y=2>; rel="last""#
        );
        assert_eq!(secrets.text("no query here & there"), "no query here & there");
        assert_eq!(secrets.text("/x?token="), "/x?token=REDACTED");
        assert_eq!(secrets.text("?token"), "?token");
        assert_eq!(secrets.text("?api_key=R>"), "?api_key=REDACTED>");
    }

    #[test]
    fn url_text_borrows_only_what_needs_no_hiding() {
        let secrets = Secrets::default();
        let plain = url("http://h:8080/users/a%20b?page=2&q=a+b");
        assert!(matches!(secrets.url_text(&plain), Cow::Borrowed(text) if text == plain.as_str()));
        for hidden in ["http://u@h/", "http://u:p@h/", "http://:p@h/", "http://h/#frag", "http://h/?token=1"] {
            let hidden = url(hidden);
            let text = secrets.url_text(&hidden);
            assert!(matches!(text, Cow::Owned(_)), "{hidden} borrowed");
            assert_eq!(text, secrets.url(&hidden).as_str());
        }
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_controls("plain"), "plain");
        assert_eq!(escape_controls("a\u{1b}[31mb\r\nc\0\u{7f}"), "a\\u{1b}[31mb\\r\\nc\\0\\u{7f}");
    }

    #[test]
    fn configured_urls_never_echo_a_password() {
        assert_eq!(configured_url("http://u:secret@proxy:3128"), "http://proxy:3128/");
        assert_eq!(configured_url("u:secret@@not a url"), "<not a valid URL>");
    }

    proptest! {
        #[test]
        fn redaction_never_panics_and_hides_secret_values(
            key in "(token|Key|SIG|[a-z_%0-9]{1,8})",
            value in "[a-zA-Z0-9%+._~-]{1,12}",
            other in "[a-z=&%]{0,12}",
        ) {
            let text = format!("http://u:p@h/?{other}&{key}={value}&{other}");
            if let Ok(parsed) = Url::parse(&text) {
                let shown = Secrets::default().url(&parsed);
                prop_assert!(!shown.as_str().contains("u:p@"));
                for (k, v) in shown.query_pairs() {
                    if BUILTIN_SECRET_QUERY_KEYS.iter().any(|s| s.eq_ignore_ascii_case(k.trim())) {
                        prop_assert!(v.is_empty() || v == REDACTED, "{} shown", v);
                    }
                }
            }
        }

        /// The borrowed fast path shows exactly what the full redaction does.
        #[test]
        fn url_text_agrees_with_the_redacted_url(
            userinfo in "(|u@|u:p@|:p@|@)",
            path in "[a-z/%0-9]{0,8}",
            query in "(|\\?[a-z=&%+_0-9]{0,16})",
            fragment in "(|#[a-z]{0,4})",
        ) {
            let text = format!("http://{userinfo}h/{path}{query}{fragment}");
            if let Ok(parsed) = Url::parse(&text) {
                let secrets = Secrets::new(None, &["otp"]);
                let full = secrets.url(&parsed);
                prop_assert_eq!(secrets.url_text(&parsed), full.as_str());
            }
        }

        #[test]
        fn text_redaction_never_panics_and_hides_values(prefix in ".{0,20}", value in "[a-zA-Z0-9]{1,12}", suffix in ".{0,20}") {
            let text = format!("{prefix}?api_key={value}>{suffix}");
            let shown = Secrets::default().text(&text);
            let needle = format!("api_key={value}>");
            prop_assert!(!shown.contains(&needle));
            let _ = Secrets::default().text(&prefix);
        }

        #[test]
        fn escaped_text_has_no_control_characters(text in any::<String>()) {
            prop_assert!(!escape_controls(&text).chars().any(char::is_control));
        }
    }
}
