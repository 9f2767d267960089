//! Checking a session's base URL once, at `build()`, so that each call
//! only appends to a string; and saying what is wrong with a bad one,
//! with the fix.
//!
//! A message quotes the value the caller gave when it is safe to: never
//! user-info (it may hold a password), a query (a token) or a fragment.

use url::Url;

use crate::error::{Error, Result};

/// The longest value a message quotes, in characters.
const QUOTED_CHARS: usize = 100;

/// The base URL as text without a trailing `/`, and parsed.
pub(crate) fn parse_base_url(raw: Option<&str>) -> Result<(String, Url)> {
    let raw = raw.ok_or_else(|| Error::builder("no base URL: call `.base_url(\"https://...\")`"))?;
    let url = match Url::parse(raw) {
        Ok(url) if has_scheme_separator(raw) => url,
        // `localhost:8080` parses, as the scheme `localhost`.
        Ok(_) | Err(url::ParseError::RelativeUrlWithoutBase) => return Err(no_scheme(raw)),
        Err(err) => {
            return Err(Error::builder(format!("{} is not a valid URL: {err}", quoted(raw))).with_source(err));
        }
    };
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::builder("the base URL must not carry credentials: use basic_auth"));
    }
    if !matches!(url.scheme(), "http" | "https") {
        let scheme = crate::redact::escape_controls(url.scheme());
        return Err(Error::builder(format!("{} must be http or https, not {scheme}", quoted(raw))));
    }
    if url.host().is_none() {
        return Err(Error::builder(format!("{} has no host, as in `https://api.example.com`", quoted(raw))));
    }
    // Neither is echoed: a query may hold a token, a fragment anything.
    if url.query().is_some() {
        return Err(Error::builder("the base URL must not have a query: pass parameters with #[query]"));
    }
    if url.fragment().is_some() {
        return Err(Error::builder("the base URL must not have a fragment"));
    }
    let base = url.as_str().trim_end_matches('/').to_owned();
    let url = Url::parse(&base).map_err(|err| Error::builder("invalid base URL").with_source(err))?;
    Ok((base, url))
}

fn has_scheme_separator(raw: &str) -> bool {
    raw.trim_start().split_once("://").is_some_and(|(scheme, _)| !scheme.is_empty() && !scheme.contains(['/', '@']))
}

/// `127.0.0.1:8082` has no scheme: say which to write. Loopback and
/// private addresses are usually served over plain http.
fn no_scheme(raw: &str) -> Error {
    let trimmed = raw.trim();
    let Some(shown) = quotable(trimmed) else {
        return Error::builder("the base URL has no scheme: it starts with `https://` or `http://`");
    };
    let host = trimmed.split(['/', ':']).next().unwrap_or_default();
    let scheme = if is_local(host) { "http" } else { "https" };
    Error::builder(format!("the base URL `{shown}` has no scheme: write `{scheme}://{shown}`"))
}

fn is_local(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.eq_ignore_ascii_case("localhost") || host.ends_with(".localhost") || host.ends_with(".local") {
        return true;
    }
    match host.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(ip)) => ip.is_loopback() || ip.is_private() || ip.is_unspecified(),
        Ok(std::net::IpAddr::V6(ip)) => ip.is_loopback() || ip.is_unspecified(),
        Err(_) => false,
    }
}

/// "the base URL `value`", or "the base URL" when the value may hold a
/// secret or is too long to be worth quoting.
fn quoted(raw: &str) -> String {
    match quotable(raw.trim()) {
        Some(shown) => format!("the base URL `{shown}`"),
        None => "the base URL".to_owned(),
    }
}

fn quotable(raw: &str) -> Option<&str> {
    let secretive = raw.contains(['@', '?', '#']);
    let plain = raw.chars().all(|c| !c.is_control() && c != '`');
    (!secretive && plain && !raw.is_empty() && raw.chars().count() <= QUOTED_CHARS).then_some(raw)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::error::ErrorKind;

    fn message(raw: &str) -> String {
        let err = parse_base_url(Some(raw)).expect_err("a bad base URL");
        assert_eq!(err.kind(), ErrorKind::Builder);
        err.to_string()
    }

    #[test]
    fn a_missing_scheme_is_named_with_the_fix() {
        assert_eq!(
            message("127.0.0.1:8082"),
            "the base URL `127.0.0.1:8082` has no scheme: write `http://127.0.0.1:8082`"
        );
        assert_eq!(
            message("localhost:3000"),
            "the base URL `localhost:3000` has no scheme: write `http://localhost:3000`"
        );
        assert_eq!(
            message("api.github.com"),
            "the base URL `api.github.com` has no scheme: write `https://api.github.com`"
        );
        assert_eq!(
            message("gitlab.example.com/api/v4"),
            "the base URL `gitlab.example.com/api/v4` has no scheme: write `https://gitlab.example.com/api/v4`"
        );
    }

    #[test]
    fn other_mistakes_name_the_value_and_the_problem() {
        assert_eq!(
            message("ftp://files.example.com"),
            "the base URL `ftp://files.example.com` must be http or https, not ftp"
        );
        assert_eq!(message("http://"), "the base URL `http://` is not a valid URL: empty host");
        assert_eq!(
            message("https://api.example.com:99999"),
            "the base URL `https://api.example.com:99999` is not a valid URL: invalid port number"
        );
        assert_eq!(
            parse_base_url(None).expect_err("none").to_string(),
            "no base URL: call `.base_url(\"https://...\")`"
        );
    }

    #[test]
    fn secrets_in_a_bad_base_url_are_never_quoted() {
        for raw in [
            "user:hunter2@api.example.com",
            "api.example.com?token=hunter2",
            "https://u:hunter2@h",
            "https://h/?token=hunter2",
            "ftp://h/#hunter2",
        ] {
            let text = message(raw);
            assert!(!text.contains("hunter2"), "{raw}: {text}");
        }
    }

    #[test]
    fn a_good_base_url_loses_its_trailing_slash() {
        let (base, url) = parse_base_url(Some("https://gitlab.example.com/api/v4/")).expect("valid");
        assert_eq!(base, "https://gitlab.example.com/api/v4");
        assert_eq!(url.path(), "/api/v4");
    }

    proptest! {
        /// Any text is a base URL or a builder error, never a panic; a
        /// message never quotes what follows an `@`, `?` or `#`.
        #[test]
        fn any_text_is_checked_without_panic_or_leak(raw in "\\\\PC{0,40}", secret in "[a-z]{12}") {
            for candidate in [raw.clone(), format!("{raw}@{secret}"), format!("{raw}?k={secret}"), format!("{raw}#{secret}")] {
                if let Err(err) = parse_base_url(Some(&candidate)) {
                    prop_assert_eq!(err.kind(), ErrorKind::Builder);
                    prop_assert!(!err.to_string().contains(&secret), "{}", err);
                }
            }
        }
    }
}
