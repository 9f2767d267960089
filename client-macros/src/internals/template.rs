//! Path templates: `/repos/<owner>/<repo>/contents/<path..>`.

use syn::LitStr;

use super::ctxt::Ctxt;

pub(crate) struct Template {
    pub(crate) lit: LitStr,
    pub(crate) pieces: Vec<Piece>,
    /// A constant query written after `?`, as in `/projects?pagination=keyset`.
    pub(crate) query: Option<String>,
}

pub(crate) enum Piece {
    Lit(String),
    Param { name: String, rest: bool },
}

impl Template {
    pub(crate) fn params(&self) -> impl Iterator<Item = (&str, bool)> {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Param { name, rest } => Some((name.as_str(), *rest)),
            Piece::Lit(_) => None,
        })
    }
}

/// Characters a literal part of a path may hold as they are: RFC 3986
/// `pchar` and `/`, and `%` for escapes the author wrote.
fn is_path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/%".contains(c)
}

pub(crate) fn parse(cx: &Ctxt, lit: LitStr) -> Option<Template> {
    let full = lit.value();
    let mut errors = Vec::new();
    if let Some(message) = absolute_url(&full) {
        cx.error_spanned_by(&lit, message);
        return None;
    }
    if !full.starts_with('/') {
        errors.push(format!("the path template must start with `/`, as in \"/{full}\""));
    }
    let (text, query) = match full.split_once('?') {
        Some((path, query)) => (path.to_owned(), Some(query.to_owned())),
        None => (full.clone(), None),
    };
    if let Some(query) = &query {
        if query.contains(['<', '>']) {
            errors.push("placeholders go in the path; pass query values with #[query]".to_owned());
        } else if let Some(bad) = query.chars().find(|c| !is_path_char(*c) && *c != '?') {
            errors.push(format!("{bad:?} is not allowed in the query of a path template{}", char_hint(bad)));
        }
    }
    let mut pieces = Vec::new();
    let mut rest = text.as_str();
    let mut seen_rest_param = false;
    while !rest.is_empty() {
        if seen_rest_param {
            errors.push("a `<name..>` placeholder must be the last thing in the path".to_owned());
            break;
        }
        if let Some(after) = rest.strip_prefix('<') {
            let Some(end) = after.find('>') else {
                errors.push("unclosed `<` in the path template".to_owned());
                break;
            };
            let inner = &after[..end];
            let (name, is_rest) = match inner.strip_suffix("..") {
                Some(name) => (name, true),
                None => (inner, false),
            };
            if !is_identifier(name) {
                errors.push(format!("`<{inner}>` is not a placeholder: expected `<name>` or `<name..>`"));
            }
            seen_rest_param |= is_rest;
            pieces.push(Piece::Param { name: name.to_owned(), rest: is_rest });
            rest = &after[end + 1..];
            continue;
        }
        let end = rest.find('<').unwrap_or(rest.len());
        let literal = &rest[..end];
        if literal.contains('>') {
            errors.push("`>` without a matching `<` in the path template".to_owned());
        } else if literal.contains(['{', '}']) {
            errors.push("placeholders are written `<name>`, not `{name}`".to_owned());
        } else if let Some(bad) = literal.chars().find(|c| !is_path_char(*c)) {
            errors.push(format!("{bad:?} is not allowed in a path template{}", char_hint(bad)));
        }
        pieces.push(Piece::Lit(literal.to_owned()));
        rest = &rest[end..];
    }
    if errors.is_empty() {
        let query = query.filter(|q| !q.is_empty());
        return Some(Template { lit, pieces, query });
    }
    for message in errors {
        cx.error_spanned_by(&lit, message);
    }
    None
}

/// A full URL written as the template: the origin belongs in `base_url`.
fn absolute_url(full: &str) -> Option<String> {
    let (scheme, rest) = full.split_once("://")?;
    if !scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) || scheme.is_empty() {
        return None;
    }
    let path_start = rest.find('/').unwrap_or(rest.len());
    let (origin, path) = (&full[..scheme.len() + 3 + path_start], &rest[path_start..]);
    let path = if path.is_empty() { "/" } else { path };
    Some(format!(
        "the template is a path, not a URL: write #[client(base_url = \"{origin}\")] on the trait and \"{path}\" here"
    ))
}

/// What to write instead of a character a template cannot hold.
fn char_hint(bad: char) -> &'static str {
    match bad {
        '#' => ": a fragment is never sent to the server",
        ' ' => ": write a space as `%20`",
        c if c.is_ascii() => ": percent-encode it, or pass the value as an argument",
        _ => ": percent-encode it as UTF-8 bytes, or pass the value as an argument",
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use proc_macro2::Span;
    use proptest::prelude::*;

    use super::*;

    fn parsed(text: &str) -> (Option<Template>, syn::Result<()>) {
        let cx = Ctxt::default();
        let template = parse(&cx, LitStr::new(text, Span::call_site()));
        (template, cx.check())
    }

    #[test]
    fn a_good_template_is_split_into_literals_and_placeholders() {
        let (template, errors) = parsed("/repos/<owner>/<repo>/contents/<path..>?ref=main");
        assert!(errors.is_ok());
        let template = template.expect("a template");
        let params: Vec<_> = template.params().collect();
        assert_eq!(params, [("owner", false), ("repo", false), ("path", true)]);
        assert_eq!(template.query.as_deref(), Some("ref=main"));
    }

    proptest! {
        /// Whatever a user writes, the parser answers with a template or
        /// with errors, never a panic; and a template comes with no error.
        #[test]
        fn any_text_parses_or_errs_without_panicking(text in "\\PC{0,64}") {
            let (template, errors) = parsed(&text);
            if errors.is_err() {
                // Reported errors are enough; a partial template may come along.
            } else {
                prop_assert!(template.is_some());
            }
        }

        #[test]
        fn template_vocabulary_never_panics(text in "[/<>.a-z_?=&%{}: ]{0,48}") {
            let _ = parsed(&text);
        }
    }
}
