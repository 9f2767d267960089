//! Parsing the contents of each attribute this crate understands.

use syn::meta::ParseNestedMeta;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, LitInt, LitStr, Token};

use crate::model::{PageStyle, Paginate, Query, RetrySetting, Role, StaticHeader, VERBS};

/// Attributes on a request method.
pub(crate) const METHOD_ATTRS: [&str; 13] = [
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "head",
    "options",
    "header",
    "retry",
    "idempotent",
    "timeout",
    "paginate",
    "multipart",
];

/// Attributes on an argument.
pub(crate) const ARG_ATTRS: [&str; 5] = ["query", "header", "body", "form", "part"];

/// Rust's own attributes, passed through untouched.
const BUILTIN_ATTRS: [&str; 12] =
    ["doc", "allow", "warn", "deny", "expect", "forbid", "cfg", "cfg_attr", "deprecated", "must_use", "inline", "cold"];

pub(crate) fn is_builtin(attr: &Attribute) -> bool {
    attr.path().get_ident().is_none_or(|ident| BUILTIN_ATTRS.iter().any(|b| ident == b))
}

pub(crate) fn name_of(attr: &Attribute) -> Option<String> {
    attr.path().get_ident().map(ToString::to_string)
}

/// "unknown attribute" with the closest known name, if one is close.
pub(crate) fn unknown(kind: &str, name: &str, known: &[&str]) -> String {
    format!("unknown {kind} attribute `#[{name}]`{}", hint(name, known))
}

/// "; did you mean `x`?" when a known name is close, else the list of them.
pub(crate) fn hint(name: &str, known: &[&str]) -> String {
    match closest(name, known) {
        Some(k) => format!("; did you mean `{k}`?"),
        None => format!("; expected one of: {}", known.join(", ")),
    }
}

/// The known name within a small edit distance of `name`, if any.
pub(crate) fn closest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let limit = if name.chars().count() <= 3 { 1 } else { 2 };
    known.iter().map(|k| (distance(name, k), *k)).filter(|(d, _)| *d <= limit).min().map(|(_, k)| k)
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // `row[j]` is the distance from the prefix of `a` read so far to `b[..j]`.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            let next = substitute.min(row[j] + 1).min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// An attribute that takes no arguments, such as `#[idempotent]`.
pub(crate) fn path_only(attr: &Attribute, usage: &str) -> syn::Result<()> {
    match &attr.meta {
        syn::Meta::Path(_) => Ok(()),
        syn::Meta::List(list) => Err(syn::Error::new(list.delimiter.span().join(), usage)),
        syn::Meta::NameValue(nv) => Err(syn::Error::new_spanned(&nv.value, usage)),
    }
}

pub(crate) fn is_verb(name: &str) -> bool {
    VERBS.iter().any(|(v, _)| *v == name)
}

/// RFC 9110 `token`.
pub(crate) fn valid_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Visible ASCII, spaces and tabs: what `HeaderValue::from_static` takes.
pub(crate) fn valid_header_value(value: &str) -> bool {
    value.bytes().all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
}

fn checked_header_name(lit: &LitStr) -> syn::Result<String> {
    let name = lit.value();
    if valid_header_name(&name) {
        Ok(name.to_ascii_lowercase())
    } else {
        Err(syn::Error::new_spanned(lit, format!("{name:?} is not a valid HTTP header name")))
    }
}

/// `#[header("Name", "value")]` on a trait or method.
pub(crate) fn static_header(attr: &Attribute) -> syn::Result<StaticHeader> {
    let lits = attr.parse_args_with(Punctuated::<LitStr, Token![,]>::parse_terminated)?;
    let [name, value] = lits.iter().collect::<Vec<_>>()[..] else {
        return Err(syn::Error::new_spanned(
            attr,
            "expected #[header(\"Name\", \"value\")] here; #[header(\"Name\")] goes on an argument",
        ));
    };
    let text = value.value();
    if !valid_header_value(&text) {
        return Err(syn::Error::new_spanned(
            value,
            "not a valid HTTP header value: only visible ASCII, spaces and tabs (no CR, LF or NUL)",
        ));
    }
    Ok(StaticHeader { name: checked_header_name(name)?, value: text })
}

/// `#[header("Name")]` on an argument.
pub(crate) fn arg_header(attr: &Attribute) -> syn::Result<String> {
    let lit: LitStr =
        attr.parse_args().map_err(|err| syn::Error::new(err.span(), "expected #[header(\"Name\")] on an argument"))?;
    checked_header_name(&lit)
}

/// `#[query]`, `#[query("key")]`, `#[query(join = ",")]` or both.
pub(crate) fn query(attr: &Attribute) -> syn::Result<Query> {
    if matches!(attr.meta, syn::Meta::Path(_)) {
        return Ok(Query { key: None, join: None });
    }
    attr.parse_args_with(|input: syn::parse::ParseStream<'_>| {
        let mut query = Query { key: None, join: None };
        if input.peek(LitStr) {
            let key: LitStr = input.parse()?;
            if key.value().is_empty() {
                return Err(syn::Error::new_spanned(key, "a query key cannot be empty"));
            }
            query.key = Some(key.value());
            if input.is_empty() {
                return Ok(query);
            }
            input.parse::<Token![,]>()?;
        }
        let option: syn::Ident = input.parse()?;
        if option != "join" {
            return Err(syn::Error::new_spanned(
                &option,
                "expected #[query(\"key\")], #[query(join = \",\")] or #[query(\"key\", join = \",\")]",
            ));
        }
        input.parse::<Token![=]>()?;
        let separator: LitStr = input.parse()?;
        if separator.value().is_empty() {
            return Err(syn::Error::new_spanned(separator, "the separator cannot be empty"));
        }
        query.join = Some(separator.value());
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the separator"));
        }
        Ok(query)
    })
}

/// `#[body]`, `#[body(raw)]` or `#[body(raw, content_type = "...")]`.
pub(crate) fn body(attr: &Attribute) -> syn::Result<Role> {
    if matches!(attr.meta, syn::Meta::Path(_)) {
        return Ok(Role::Json);
    }
    let mut raw = false;
    let mut content_type = None;
    attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("raw") {
            raw = true;
        } else if meta.path.is_ident("json") {
        } else if meta.path.is_ident("content_type") {
            let lit: LitStr = meta.value()?.parse()?;
            if !valid_header_value(&lit.value()) || lit.value().is_empty() {
                return Err(syn::Error::new_spanned(lit, "not a valid content type"));
            }
            content_type = Some(lit.value());
        } else {
            return Err(meta.error("expected `raw`, `json` or `content_type = \"...\"`"));
        }
        Ok(())
    })?;
    Ok(match (raw, content_type) {
        (true, ct) => Role::Raw(ct),
        (false, None) => Role::Json,
        (false, Some(_)) => return Err(syn::Error::new_spanned(attr, "content_type goes with #[body(raw, ...)]")),
    })
}

/// `#[part("name")]`.
pub(crate) fn part(attr: &Attribute) -> syn::Result<String> {
    let lit: LitStr = attr.parse_args()?;
    if lit.value().is_empty() {
        return Err(syn::Error::new_spanned(lit, "a part name cannot be empty"));
    }
    Ok(lit.value())
}

/// `#[retry(none)]` or `#[retry(max_attempts = N)]`.
pub(crate) fn retry(attr: &Attribute) -> syn::Result<RetrySetting> {
    let mut setting = None;
    attr.parse_nested_meta(|meta| {
        if setting.is_some() {
            return Err(meta.error("#[retry] takes one setting"));
        }
        if meta.path.is_ident("none") {
            setting = Some(RetrySetting::Off);
        } else if meta.path.is_ident("max_attempts") {
            let n: LitInt = meta.value()?.parse()?;
            let attempts: u32 = n.base10_parse()?;
            if attempts == 0 {
                return Err(syn::Error::new_spanned(n, "max_attempts counts the first attempt: at least 1"));
            }
            setting = Some(RetrySetting::MaxAttempts(attempts));
        } else {
            return Err(meta.error("expected #[retry(none)] or #[retry(max_attempts = N)]"));
        }
        Ok(())
    })?;
    setting.ok_or_else(|| syn::Error::new_spanned(attr, "expected #[retry(none)] or #[retry(max_attempts = N)]"))
}

/// `#[timeout(secs = N)]` or `#[timeout(ms = N)]`, in milliseconds.
pub(crate) fn timeout(attr: &Attribute) -> syn::Result<u64> {
    let mut millis = None;
    attr.parse_nested_meta(|meta| {
        let scale = if meta.path.is_ident("secs") {
            1000
        } else if meta.path.is_ident("ms") {
            1
        } else {
            return Err(meta.error("expected #[timeout(secs = N)] or #[timeout(ms = N)]"));
        };
        let n: LitInt = meta.value()?.parse()?;
        let value: u64 = n.base10_parse()?;
        if value == 0 {
            return Err(syn::Error::new_spanned(n, "a timeout must be greater than zero"));
        }
        millis = value.checked_mul(scale);
        if millis.is_none() {
            return Err(syn::Error::new_spanned(n, "timeout too large"));
        }
        Ok(())
    })?;
    millis.ok_or_else(|| syn::Error::new_spanned(attr, "expected #[timeout(secs = N)] or #[timeout(ms = N)]"))
}

/// `#[paginate(style(...), items = "/ptr", prefetch)]`.
pub(crate) fn paginate(attr: &Attribute) -> syn::Result<Paginate> {
    let mut style = None;
    let mut items = None;
    let mut prefetch = false;
    attr.parse_nested_meta(|meta| {
        let name = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
        match name.as_str() {
            "items" => items = Some(json_pointer(&meta)?),
            "prefetch" => prefetch = true,
            "link" | "page" | "offset" | "cursor" | "next_url" => {
                if style.is_some() {
                    return Err(meta.error("#[paginate] takes one paging style"));
                }
                style = Some(page_style(&name, &meta)?);
            }
            _ => {
                return Err(meta.error(format!(
                    "unknown paging option `{name}`; expected a style (link, page, offset, cursor, next_url), `items = \"/pointer\"` or `prefetch`"
                )));
            }
        }
        Ok(())
    })?;
    let style = style.ok_or_else(|| {
        syn::Error::new_spanned(
            attr,
            "#[paginate] needs a style: link, page(...), offset(...), cursor(...) or next_url(...)",
        )
    })?;
    Ok(Paginate { style, items, prefetch, span: attr.path().span() })
}

fn page_style(name: &str, meta: &ParseNestedMeta<'_>) -> syn::Result<PageStyle> {
    let mut strings: Vec<(String, String)> = Vec::new();
    let mut size = None;
    if meta.input.peek(syn::token::Paren) {
        meta.parse_nested_meta(|option| {
            let key = option.path.get_ident().map(ToString::to_string).unwrap_or_default();
            let allowed: &[&str] = match name {
                "page" => &["param", "per_page", "size"],
                "offset" => &["param", "limit", "size"],
                "cursor" => &["from", "param"],
                "next_url" => &["from"],
                _ => &[],
            };
            if !allowed.contains(&key.as_str()) {
                return Err(option.error(format!("`{name}` takes: {}", allowed.join(", "))));
            }
            if key == "size" {
                let n: LitInt = option.value()?.parse()?;
                size = Some(n.base10_parse::<u32>()?).filter(|s| *s > 0);
                if size.is_none() {
                    return Err(syn::Error::new_spanned(n, "size must be at least 1"));
                }
            } else if key == "from" {
                strings.push((key, json_pointer(&option)?));
            } else {
                let lit: LitStr = option.value()?.parse()?;
                strings.push((key, lit.value()));
            }
            Ok(())
        })?;
    }
    let get = |key: &str, default: &str| {
        strings.iter().find(|(k, _)| k == key).map_or_else(|| default.to_owned(), |(_, v)| v.clone())
    };
    Ok(match name {
        "link" => PageStyle::Link,
        "page" => PageStyle::Page {
            param: get("param", "page"),
            per_page: get("per_page", "per_page"),
            size: size.unwrap_or(100),
        },
        "offset" => {
            PageStyle::Offset { param: get("param", "offset"), limit: get("limit", "limit"), size: size.unwrap_or(100) }
        }
        "cursor" => PageStyle::Cursor { from: get("from", "/next_cursor"), param: get("param", "cursor") },
        _ => PageStyle::NextUrl { from: get("from", "/next") },
    })
}

fn json_pointer(meta: &ParseNestedMeta<'_>) -> syn::Result<String> {
    let lit: LitStr = meta.value()?.parse()?;
    let value = lit.value();
    if !value.is_empty() && !value.starts_with('/') {
        return Err(syn::Error::new_spanned(lit, "a JSON pointer starts with `/`, as in \"/items\""));
    }
    Ok(value)
}
