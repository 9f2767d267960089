//! `Cache-Control` read as RFC 9111 §5.2 and RFC 9110 §5.6 write it: a
//! comma-separated list of `name[=argument]` directives, the argument a
//! token or a quoted string (which may hold commas, `=` and escaped
//! quotes).
//!
//! - Names are compared without case: they are kept in lower case.
//! - A directive inside a quoted string is text, never a directive:
//!   `private="x, no-store"` is `private` with the argument `x, no-store`.
//! - A malformed element (no name, an argument that is neither token nor
//!   quoted string, text after the argument) is skipped up to the next
//!   comma outside quotes; an unterminated quoted string runs to the end
//!   of its field line. The rest of the list still counts.
//! - Any bytes parse, in linear time; nothing panics.
//!
//! The same grammar serves `Pragma` (RFC 9111 §5.4).

use http::HeaderMap;
use http::header::HeaderName;

/// The largest number of seconds kept: RFC 9111 §1.2.2 has a cache take
/// any larger `delta-seconds` (or one that overflows) as 2^31.
pub(crate) const MAX_DELTA_SECONDS: u64 = 1 << 31;

/// One directive: its name in lower case, its argument unquoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Directive {
    pub(crate) name: String,
    pub(crate) argument: Option<String>,
}

/// The directives of every field line of one header, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Directives(Vec<Directive>);

impl Directives {
    /// The directives of every `name` field line in `headers`.
    pub(crate) fn of(headers: &HeaderMap, name: &HeaderName) -> Self {
        let mut directives = Vec::new();
        for line in headers.get_all(name) {
            parse_line(line.as_bytes(), &mut directives);
        }
        Self(directives)
    }

    /// Whether the directive `name` (lower case) is present.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.named(name).next().is_some()
    }

    /// The arguments of every occurrence of `name` (lower case).
    pub(crate) fn named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = Option<&'a str>> + 'a {
        self.0.iter().filter(move |d| d.name == name).map(|d| d.argument.as_deref())
    }
}

/// `delta-seconds` (digits only), at most [`MAX_DELTA_SECONDS`]; `None`
/// when it is not a number.
pub(crate) fn delta_seconds(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Only overflow can fail now; it saturates, as the RFC asks.
    Some(text.parse::<u64>().unwrap_or(u64::MAX).min(MAX_DELTA_SECONDS))
}

fn parse_line(line: &[u8], out: &mut Vec<Directive>) {
    let mut rest = line;
    loop {
        rest = skip_while(rest, |b| b == b',' || is_ows(b));
        if rest.is_empty() {
            return;
        }
        let (directive, after) = element(rest);
        out.extend(directive);
        rest = after;
    }
}

/// The element at the start of `input`, if well formed, and what follows
/// it: the next comma outside quotes, or the end.
fn element(input: &[u8]) -> (Option<Directive>, &[u8]) {
    let name_len = input.iter().take_while(|b| is_tchar(**b)).count();
    let (name, mut rest) = input.split_at(name_len);
    let mut argument = None;
    if !name.is_empty() {
        rest = skip_while(rest, is_ows);
        if let Some(after_equals) = rest.strip_prefix(b"=") {
            match value(skip_while(after_equals, is_ows)) {
                Some((text, after)) => {
                    argument = Some(text);
                    rest = after;
                }
                None => return (None, to_next_comma(after_equals)),
            }
        }
        rest = skip_while(rest, is_ows);
    }
    if name.is_empty() || rest.first().is_some_and(|b| *b != b',') {
        return (None, to_next_comma(rest));
    }
    let name = String::from_utf8_lossy(name).to_ascii_lowercase();
    (Some(Directive { name, argument }), rest)
}

/// A token or a quoted string, unquoted, and what follows it.
fn value(input: &[u8]) -> Option<(String, &[u8])> {
    if let Some(quoted) = input.strip_prefix(b"\"") {
        return quoted_string(quoted);
    }
    let len = input.iter().take_while(|b| is_tchar(**b)).count();
    let (token, rest) = input.split_at(len);
    (len > 0).then(|| (String::from_utf8_lossy(token).into_owned(), rest))
}

/// The text of a quoted string whose opening quote is already read, with
/// its escapes undone, and what follows the closing quote; `None` when it
/// is not closed.
fn quoted_string(input: &[u8]) -> Option<(String, &[u8])> {
    let mut text = Vec::new();
    let mut i = 0;
    while let Some(&byte) = input.get(i) {
        match byte {
            b'"' => return Some((String::from_utf8_lossy(&text).into_owned(), &input[i + 1..])),
            b'\\' => {
                text.push(*input.get(i + 1)?);
                i += 2;
            }
            _ => {
                text.push(byte);
                i += 1;
            }
        }
    }
    None
}

/// `input` from the next comma that is not inside a quoted string; empty
/// when there is none.
fn to_next_comma(input: &[u8]) -> &[u8] {
    let mut i = 0;
    while let Some(&byte) = input.get(i) {
        match byte {
            b',' => return &input[i..],
            b'"' => match quoted_string(&input[i + 1..]) {
                Some((_, after)) => i = input.len() - after.len(),
                None => return &[],
            },
            _ => i += 1,
        }
    }
    &[]
}

fn skip_while(input: &[u8], skip: impl Fn(u8) -> bool) -> &[u8] {
    let len = input.iter().take_while(|b| skip(**b)).count();
    &input[len..]
}

fn is_ows(byte: u8) -> bool {
    byte == b' ' || byte == b'\t'
}

/// A `tchar` of RFC 9110 §5.6.2.
fn is_tchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(line: &[u8]) -> Vec<Directive> {
        let mut directives = Vec::new();
        parse_line(line, &mut directives);
        directives
    }

    fn parsed(line: &str) -> Vec<(String, Option<String>)> {
        parse(line.as_bytes()).into_iter().map(|d| (d.name, d.argument)).collect()
    }

    fn d(name: &str, argument: Option<&str>) -> (String, Option<String>) {
        (name.to_owned(), argument.map(str::to_owned))
    }

    #[test]
    fn names_are_lower_case_and_arguments_unquoted() {
        assert_eq!(
            parsed("Max-Age=60, No-Store ,private=\"Set-Cookie\""),
            [d("max-age", Some("60")), d("no-store", None), d("private", Some("Set-Cookie"))]
        );
        assert_eq!(parsed(" max-age = 5 "), [d("max-age", Some("5"))], "spaces around `=` are tolerated");
        assert_eq!(parsed(",,, ,"), []);
        assert_eq!(parsed(""), []);
    }

    #[test]
    fn a_quoted_string_keeps_commas_and_escapes() {
        assert_eq!(
            parsed(r#"private="x, no-store, max-age=600", max-age=5"#),
            [d("private", Some("x, no-store, max-age=600")), d("max-age", Some("5"))]
        );
        assert_eq!(
            parsed(r#"ext="a \"quoted\", b\\", no-cache"#),
            [d("ext", Some(r#"a "quoted", b\"#)), d("no-cache", None)]
        );
    }

    #[test]
    fn malformed_elements_are_skipped_and_the_rest_counts() {
        assert_eq!(parsed("=5, no-store"), [d("no-store", None)], "no name");
        assert_eq!(parsed("max-age=, no-cache"), [d("no-cache", None)], "no argument");
        assert_eq!(parsed("max-age=60 junk, no-cache"), [d("no-cache", None)], "text after the argument");
        assert_eq!(parsed("a=b\"c, no-store\", public"), [d("public", None)], "a quote after a token still quotes");
        assert_eq!(parsed("no-cache, ext=\"never closed, no-store"), [d("no-cache", None)], "runs to the end");
        assert_eq!(parsed("{}, max-age=1"), [d("max-age", Some("1"))]);
        assert_eq!(parsed("caf\u{e9}, public"), [d("public", None)]);
    }

    #[test]
    fn every_field_line_counts() {
        let mut headers = HeaderMap::new();
        headers.append("cache-control", "no-cache".parse().expect("value"));
        headers.append("cache-control", "MAX-AGE=1".parse().expect("value"));
        let all = Directives::of(&headers, &http::header::CACHE_CONTROL);
        assert!(all.has("no-cache") && all.has("max-age"));
        assert_eq!(all.named("max-age").collect::<Vec<_>>(), [Some("1")]);
    }

    #[test]
    fn delta_seconds_saturate_at_two_to_the_31() {
        assert_eq!(delta_seconds("60"), Some(60));
        assert_eq!(delta_seconds("2147483649"), Some(MAX_DELTA_SECONDS));
        assert_eq!(delta_seconds("99999999999999999999999999"), Some(MAX_DELTA_SECONDS));
        assert_eq!(delta_seconds(""), None);
        assert_eq!(delta_seconds("-1"), None);
        assert_eq!(delta_seconds("+1"), None);
        assert_eq!(delta_seconds("1.5"), None);
    }

    /// A directive as a sender writes it, its argument as a token or a
    /// quoted string.
    fn directive() -> impl Strategy<Value = (String, Option<String>, bool)> {
        let name = "[a-zA-Z][a-zA-Z0-9!#$%&'*+.^_`|~-]{0,12}";
        let argument = proptest::option::of(prop_oneof!["[a-zA-Z0-9-]{1,8}", "[ -~]{0,16}"]);
        (name, argument, any::<bool>())
    }

    fn written((name, argument, quoted): &(String, Option<String>, bool)) -> String {
        let quote = |text: &str| format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""));
        let is_token = |text: &str| !text.is_empty() && text.bytes().all(is_tchar);
        match argument {
            Some(text) if *quoted || !is_token(text) => format!("{name}={}", quote(text)),
            Some(text) => format!("{name}={text}"),
            None => name.clone(),
        }
    }

    proptest! {
        #[test]
        fn any_bytes_parse_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn any_printable_value_parses_without_a_panic(line in "[ -~\t]{0,120}") {
            for directive in parse(line.as_bytes()) {
                prop_assert!(!directive.name.is_empty());
                prop_assert_eq!(directive.name.to_ascii_lowercase(), directive.name);
            }
        }

        /// Whatever a quoted string holds (commas, `no-store`, `max-age=`,
        /// escaped quotes), it is one argument: the list reads back as
        /// written, and no directive comes out of the quotes.
        #[test]
        fn a_directive_inside_a_quoted_string_is_never_a_directive(
            before in proptest::collection::vec(directive(), 0..4),
            inside in proptest::collection::vec(directive(), 1..4),
            after in proptest::collection::vec(directive(), 0..4),
            separator in prop_oneof![Just(","), Just(", "), Just(" ,\t"), Just(",,")],
        ) {
            let hidden: Vec<String> = inside.iter().map(written).collect();
            let hidden = hidden.join(", ");
            let ext = ("ext".to_owned(), Some(hidden), true);
            let all: Vec<_> = before.iter().chain(std::iter::once(&ext)).chain(&after).collect();
            let line = all.iter().map(|d| written(d)).collect::<Vec<_>>().join(separator);
            let expected: Vec<_> = all.iter().map(|(n, a, _)| (n.to_ascii_lowercase(), a.clone())).collect();
            prop_assert_eq!(parsed(&line), expected, "{}", line);
        }
    }
}
