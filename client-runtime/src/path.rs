//! Path values: each one becomes exactly one percent-encoded segment.
//!
//! A value can never change the shape of the URL: `/`, `?`, `#`, `%`, space
//! and every non-ASCII byte are escaped, and a value that is empty, `.` or
//! `..` is refused, because `%2E%2E` is still `..` to a URL parser.

use std::fmt::{self, Write as _};

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::error::{Error, Result};

/// Everything but RFC 3986's unreserved characters is escaped.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Appends `value` to `out` as one encoded path segment.
pub(crate) fn push_segment(out: &mut String, name: &str, value: &str) -> Result<()> {
    check_segment(name, value, value)?;
    out.extend(utf8_percent_encode(value, SEGMENT));
    Ok(())
}

/// Appends `value` as several segments: `/` separates them and each is
/// encoded on its own.
pub(crate) fn push_segments(out: &mut String, name: &str, value: &str) -> Result<()> {
    for (i, segment) in value.split('/').enumerate() {
        check_segment(name, value, segment)?;
        if i > 0 {
            out.push('/');
        }
        out.extend(utf8_percent_encode(segment, SEGMENT));
    }
    Ok(())
}

fn check_segment(name: &str, value: &str, segment: &str) -> Result<()> {
    let problem = match segment {
        "" if value.is_empty() => "is empty",
        "" => "has an empty segment",
        "." | ".." => "is a relative segment (`.` or `..`)",
        _ => return Ok(()),
    };
    Err(Error::invalid_request(format!("path value <{name}> {problem}: {value:?}")))
}

/// Formats a `Display` value into a scratch buffer, reused for every value
/// of a call. (Values the macro sees are strings skip this step.)
pub(crate) fn display_to<'a>(scratch: &'a mut String, value: &dyn fmt::Display) -> &'a str {
    scratch.clear();
    // Writing to a String cannot fail; a Display impl that reports an error
    // leaves what it wrote, which the segment checks then judge.
    let _ = write!(scratch, "{value}");
    scratch
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(value: &str) -> Result<String> {
        let mut out = String::new();
        push_segment(&mut out, "v", value).map(|()| out)
    }

    fn many(value: &str) -> Result<String> {
        let mut out = String::new();
        push_segments(&mut out, "v", value).map(|()| out)
    }

    #[test]
    fn reserved_characters_are_escaped() {
        assert_eq!(one("a/b?c#d%e f").ok().as_deref(), Some("a%2Fb%3Fc%23d%25e%20f"));
        assert_eq!(one("é").ok().as_deref(), Some("%C3%A9"));
        assert_eq!(one("a-b.c_d~e").ok().as_deref(), Some("a-b.c_d~e"));
        assert_eq!(one("%2e%2e").ok().as_deref(), Some("%252e%252e"));
    }

    #[test]
    fn relative_and_empty_values_are_refused() {
        for bad in ["", ".", ".."] {
            let err = one(bad).expect_err(bad);
            assert_eq!(err.kind(), crate::ErrorKind::InvalidRequest);
        }
        for bad in ["a/../b", "a//b", "./a", "a/", "/a", ".."] {
            assert!(many(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn rest_segments_keep_slashes() {
        assert_eq!(many("docs/read me.md").ok().as_deref(), Some("docs/read%20me.md"));
        assert_eq!(many("a?/b#").ok().as_deref(), Some("a%3F/b%23"));
    }
}
