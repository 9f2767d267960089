//! RFC 8288 `Link` headers: `<https://api/x?page=2>; rel="next", <...>; rel="last"`.
//!
//! ```
//! use client_runtime::paginate::link;
//!
//! let header = r#"<https://api.github.com/user/repos?page=3>; rel="next", <https://api.github.com/user/repos?page=50>; rel="last""#;
//! assert_eq!(link::next_link([header]).as_deref(), Some("https://api.github.com/user/repos?page=3"));
//! ```
//!
//! The parser takes any input without panicking: a malformed link is
//! skipped and parsing resumes at the next `,` outside quotes.

/// One link: its target (a URI reference, unresolved) and its relations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The link target as written: resolve it against the response URL.
    pub target: String,
    /// The relation types of the first `rel` parameter, as written.
    pub rels: Vec<String>,
}

/// The target of the first link whose `rel` includes `next`, across all
/// `Link` header values.
pub fn next_link<'a>(values: impl IntoIterator<Item = &'a str>) -> Option<String> {
    values
        .into_iter()
        .flat_map(parse)
        .find(|link| link.rels.iter().any(|rel| rel.eq_ignore_ascii_case("next")))
        .map(|link| link.target)
}

/// Parses one `Link` header value.
pub fn parse(value: &str) -> Vec<Link> {
    let mut links = Vec::new();
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches(|c: char| c == ',' || c.is_ascii_whitespace());
        if rest.is_empty() {
            break;
        }
        let Some(after_open) = rest.strip_prefix('<') else {
            rest = skip_past_comma(rest);
            continue;
        };
        let Some(close) = after_open.find('>') else { break };
        let target = after_open[..close].trim().to_owned();
        rest = &after_open[close + 1..];
        let (rels, after_params) = params(rest);
        rest = after_params;
        links.push(Link { target, rels });
        if !rest.trim_start().starts_with(',') {
            rest = skip_past_comma(rest);
        }
    }
    links
}

/// Reads `; name=value` parameters; returns the first `rel`'s relations
/// (later ones are ignored, as RFC 8288 says) and what follows.
fn params(mut rest: &str) -> (Vec<String>, &str) {
    let mut rels: Option<Vec<String>> = None;
    loop {
        rest = rest.trim_start();
        let Some(after_semi) = rest.strip_prefix(';') else { break };
        rest = after_semi.trim_start();
        let name_end = rest.find(['=', ';', ',']).unwrap_or(rest.len());
        let name = rest[..name_end].trim();
        rest = &rest[name_end..];
        let mut value = String::new();
        if let Some(after_eq) = rest.strip_prefix('=') {
            let (parsed, after_value) = param_value(after_eq.trim_start());
            value = parsed;
            rest = after_value;
        }
        if rels.is_none() && name.eq_ignore_ascii_case("rel") {
            rels = Some(value.split_ascii_whitespace().map(str::to_owned).collect());
        }
    }
    (rels.unwrap_or_default(), rest)
}

/// A quoted string (with `\` escapes) or a token.
fn param_value(rest: &str) -> (String, &str) {
    let Some(quoted) = rest.strip_prefix('"') else {
        let end = rest.find([';', ',']).unwrap_or(rest.len());
        return (rest[..end].trim().to_owned(), &rest[end..]);
    };
    let mut value = String::new();
    let mut escaped = false;
    for (i, c) in quoted.char_indices() {
        match (escaped, c) {
            (true, _) => {
                value.push(c);
                escaped = false;
            }
            (false, '\\') => escaped = true,
            (false, '"') => return (value, &quoted[i + 1..]),
            (false, _) => value.push(c),
        }
    }
    (value, "")
}

fn skip_past_comma(rest: &str) -> &str {
    let mut in_quotes = false;
    let mut escaped = false;
    for (i, c) in rest.char_indices() {
        match (in_quotes, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (_, false, '"') => in_quotes = !in_quotes,
            (false, _, ',') => return &rest[i + 1..],
            _ => {}
        }
    }
    ""
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn github_style() {
        let value = r#"<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=5>; rel="last""#;
        assert_eq!(next_link([value]).as_deref(), Some("https://api.github.com/repositories/1/issues?page=2"));
    }

    #[test]
    fn rel_not_first_unquoted_and_multiple_values() {
        assert_eq!(next_link([r#"</a>; title="x, y"; rel=next"#]).as_deref(), Some("/a"));
        assert_eq!(next_link([r#"</b>; rel="next last""#]).as_deref(), Some("/b"));
        assert_eq!(next_link([r#"</c>; REL="Next""#]).as_deref(), Some("/c"));
        assert_eq!(next_link([r#"</first>; rel="first""#, r#"</n>; rel="next""#]).as_deref(), Some("/n"));
    }

    #[test]
    fn missing_next_and_garbage() {
        assert_eq!(next_link([r#"</p>; rel="prev", </l>; rel="last""#]), None);
        assert_eq!(next_link(["garbage, </x>; rel=next"]).as_deref(), Some("/x"));
        assert_eq!(next_link(["<unclosed; rel=next"]), None);
        assert_eq!(next_link([r#"</x>; rel="next"#]).as_deref(), Some("/x"));
        assert_eq!(next_link([""]), None);
        assert_eq!(next_link([r#"</one>; rel="prev"; rel="next""#]), None, "only the first rel counts");
    }

    #[test]
    fn commas_inside_targets_and_quotes() {
        let value = r#"</a,b>; rel="next", </c>; rel="last""#;
        assert_eq!(next_link([value]).as_deref(), Some("/a,b"));
        let value = r#"</x>; title="a \" , b"; rel="prev", </y>; rel=next"#;
        assert_eq!(next_link([value]).as_deref(), Some("/y"));
    }

    proptest! {
        #[test]
        fn never_panics(input in ".*") {
            let _ = parse(&input);
            let _ = next_link([input.as_str()]);
        }

        #[test]
        fn never_panics_on_link_like_input(input in r#"[<>;,="\\ a-z/?=&:\x{e9}]{0,64}"#) {
            let _ = parse(&input);
        }

        #[test]
        fn finds_next_among_generated_links(
            targets in proptest::collection::vec("/[a-z0-9/?=&,]{0,20}", 1..5),
            next_at in 0usize..5,
            quoted in any::<bool>(),
        ) {
            let next_at = next_at % targets.len();
            let value = targets
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let rel = if i == next_at { "next" } else { "other" };
                    if quoted { format!("<{t}>; rel=\"{rel}\"") } else { format!("<{t}>; rel={rel}") }
                })
                .collect::<Vec<_>>()
                .join(", ");
            prop_assert_eq!(next_link([value.as_str()]), Some(targets[next_at].trim().to_owned()));
        }
    }
}
