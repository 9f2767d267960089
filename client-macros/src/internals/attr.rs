//! Reading the contents of each attribute and `#[client(...)]` option
//! into [`Attr`] slots.

use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, LitInt, LitStr, Token};

use super::ast::{HeaderArg, PageStyle, Paginate, Query, RetrySetting, Role, Sse, StaticHeader};
use super::ctxt::Ctxt;
use super::slot::{Attr, pretty};
use super::symbol::{self, Symbol};
use crate::similar;

/// The attribute's name, if it is a plain identifier.
pub(crate) fn name_of(attr: &Attribute) -> Option<String> {
    attr.path().get_ident().map(ToString::to_string)
}

pub(crate) fn is_builtin(attr: &Attribute) -> bool {
    attr.path().get_ident().is_none_or(|ident| symbol::BUILTIN_ATTRS.iter().any(|b| ident == b))
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
    known.iter().map(|k| (similar::distance(name, k), *k)).filter(|(d, _)| *d <= limit).min().map(|(_, k)| k)
}

/// An attribute that takes no arguments, such as `#[idempotent]`.
pub(crate) fn path_only(attr: &Attribute, usage: &str) -> syn::Result<()> {
    match &attr.meta {
        syn::Meta::Path(_) => Ok(()),
        syn::Meta::List(list) => Err(syn::Error::new(list.delimiter.span().join(), usage)),
        syn::Meta::NameValue(nv) => Err(syn::Error::new_spanned(&nv.value, usage)),
    }
}

/// The key of a nested option, as text.
fn key_of(meta: &ParseNestedMeta<'_>) -> String {
    meta.path.get_ident().map(ToString::to_string).unwrap_or_else(|| pretty(&meta.path.to_token_stream()))
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
    Ok(StaticHeader { name: checked_header_name(name)?, value: text, lit: name.clone() })
}

/// `#[header("Name")]` or `#[header("Name", undocumented)]` on an argument.
pub(crate) fn arg_header(cx: &Ctxt, attr: &Attribute) -> syn::Result<Role> {
    const USAGE: &str = "expected #[header(\"Name\")] on an argument, or #[header(\"Name\", undocumented)]";
    let mut undocumented = Attr::key(symbol::UNDOCUMENTED);
    let lit = attr
        .parse_args_with(|input: ParseStream<'_>| {
            let lit: LitStr = input.parse()?;
            while !input.is_empty() {
                input.parse::<Token![,]>()?;
                if input.is_empty() {
                    break;
                }
                let option: syn::Path = input.parse()?;
                if option != symbol::UNDOCUMENTED {
                    return Err(syn::Error::new_spanned(option, USAGE));
                }
                undocumented.set(cx, &option, ());
            }
            Ok(lit)
        })
        .map_err(|err| syn::Error::new(err.span(), USAGE))?;
    Ok(Role::Header(HeaderArg { name: checked_header_name(&lit)?, lit, undocumented: undocumented.is_set() }))
}

const QUERY_USAGE: &str = "expected #[query], #[query(\"key\")], #[query(join = \",\")], #[query(secret)], #[query(undocumented)], or a key followed by options: #[query(\"key\", join = \",\", secret)]";

/// `#[query]`, `#[query("key")]`, then `join = ","` and `secret` in any order.
pub(crate) fn query(cx: &Ctxt, attr: &Attribute) -> syn::Result<Role> {
    let mut query = Query { key: None, join: None, secret: false, undocumented: false };
    if matches!(attr.meta, syn::Meta::Path(_)) {
        return Ok(Role::Query(query));
    }
    let mut join = Attr::key(symbol::JOIN);
    let mut secret = Attr::key(symbol::SECRET);
    let mut undocumented = Attr::key(symbol::UNDOCUMENTED);
    attr.parse_args_with(|input: ParseStream<'_>| {
        if input.peek(LitStr) {
            let key: LitStr = input.parse()?;
            if key.value().is_empty() {
                return Err(syn::Error::new_spanned(key, "a query key cannot be empty"));
            }
            query.key = Some(key);
            if input.is_empty() {
                return Ok(());
            }
            input.parse::<Token![,]>()?;
        }
        let options = Punctuated::<syn::Meta, Token![,]>::parse_terminated(input)?;
        for option in options {
            match &option {
                syn::Meta::Path(path) if path == symbol::SECRET => secret.set(cx, path, ()),
                syn::Meta::Path(path) if path == symbol::UNDOCUMENTED => undocumented.set(cx, path, ()),
                syn::Meta::NameValue(nv) if nv.path == symbol::JOIN => {
                    let separator: LitStr = syn::parse2(nv.value.to_token_stream())
                        .map_err(|_| syn::Error::new_spanned(&nv.value, "expected a separator: join = \",\""))?;
                    if separator.value().is_empty() {
                        return Err(syn::Error::new_spanned(separator, "the separator cannot be empty"));
                    }
                    join.set(cx, &option, separator);
                }
                other => return Err(syn::Error::new_spanned(other, QUERY_USAGE)),
            }
        }
        Ok(())
    })
    .map_err(|err| {
        if err.to_string().starts_with("expected") { syn::Error::new(err.span(), QUERY_USAGE) } else { err }
    })?;
    query.join = join.into_inner();
    query.secret = secret.is_set();
    query.undocumented = undocumented.is_set();
    Ok(Role::Query(query))
}

/// `#[body]`, `#[body(raw)]` or `#[body(raw, content_type = "...")]`.
pub(crate) fn body(cx: &Ctxt, attr: &Attribute) -> syn::Result<Role> {
    if matches!(attr.meta, syn::Meta::Path(_)) {
        return Ok(Role::Json);
    }
    let mut raw = Attr::key(symbol::RAW);
    let mut json = Attr::key(symbol::JSON);
    let mut content_type = Attr::key(symbol::CONTENT_TYPE);
    attr.parse_nested_meta(|meta| {
        if meta.path == symbol::RAW {
            raw.set(cx, &meta.path, ());
        } else if meta.path == symbol::JSON {
            json.set(cx, &meta.path, ());
        } else if meta.path == symbol::CONTENT_TYPE {
            let lit: LitStr = meta.value()?.parse()?;
            if !valid_header_value(&lit.value()) || lit.value().is_empty() {
                return Err(syn::Error::new_spanned(lit, "not a valid content type"));
            }
            content_type.set(cx, &meta.path, lit.value());
        } else {
            return Err(meta.error("expected `raw`, `json` or `content_type = \"...\"`"));
        }
        Ok(())
    })?;
    Ok(match (raw.is_set(), content_type.into_inner()) {
        (true, ct) => Role::Raw(ct),
        (false, None) => Role::Json,
        (false, Some(_)) => return Err(syn::Error::new_spanned(attr, "content_type goes with #[body(raw, ...)]")),
    })
}

/// `#[form]`.
pub(crate) fn form(attr: &Attribute) -> syn::Result<Role> {
    path_only(attr, "#[form] takes no arguments: the argument is sent as a URL-encoded form").map(|()| Role::Form)
}

/// `#[part("name")]`.
pub(crate) fn part(attr: &Attribute) -> syn::Result<Role> {
    let lit: LitStr = attr.parse_args()?;
    if lit.value().is_empty() {
        return Err(syn::Error::new_spanned(lit, "a part name cannot be empty"));
    }
    Ok(Role::Part(lit.value()))
}

const RETRY_USAGE: &str = "expected #[retry(none)] or #[retry(max_attempts = N)]";

/// `#[retry(none)]` or `#[retry(max_attempts = N)]`.
pub(crate) fn retry(attr: &Attribute) -> syn::Result<RetrySetting> {
    let mut setting: Option<RetrySetting> = None;
    attr.parse_nested_meta(|meta| {
        let value = if meta.path == symbol::NONE {
            RetrySetting::Off
        } else if meta.path == symbol::MAX_ATTEMPTS {
            let n: LitInt = meta.value()?.parse()?;
            let attempts: u32 = n.base10_parse()?;
            if attempts == 0 {
                return Err(syn::Error::new_spanned(n, "max_attempts counts the first attempt: at least 1"));
            }
            RetrySetting::MaxAttempts(attempts)
        } else {
            let key = key_of(&meta);
            let known = symbol::names(&[symbol::NONE, symbol::MAX_ATTEMPTS]);
            return Err(meta.error(format!(
                "unknown #[retry] setting `{key}`{}; #[retry] takes `none` or `max_attempts = N` (backoff is set on the builder's RetryPolicy)",
                closest(&key, &known).map(|k| format!(" (did you mean `{k}`?)")).unwrap_or_default()
            )));
        };
        if setting.is_some() {
            return Err(meta.error("#[retry] takes one setting: `none` or `max_attempts = N`"));
        }
        setting = Some(value);
        Ok(())
    })?;
    setting.ok_or_else(|| syn::Error::new_spanned(attr, RETRY_USAGE))
}

const TIMEOUT_USAGE: &str = "expected #[timeout(secs = N)] or #[timeout(ms = N)]";

/// `#[timeout(secs = N)]` or `#[timeout(ms = N)]`, in milliseconds.
pub(crate) fn timeout(attr: &Attribute) -> syn::Result<u64> {
    if let syn::Meta::List(list) = &attr.meta {
        if let Ok(n) = syn::parse2::<LitInt>(list.tokens.clone()) {
            return Err(syn::Error::new_spanned(
                &n,
                format!("say which unit: #[timeout(secs = {n})] or #[timeout(ms = {n})]"),
            ));
        }
    }
    let mut millis = None;
    attr.parse_nested_meta(|meta| {
        let scale = if meta.path == symbol::SECS {
            1000
        } else if meta.path == symbol::MS {
            1
        } else {
            return Err(meta.error(TIMEOUT_USAGE));
        };
        if millis.is_some() {
            return Err(meta.error("#[timeout] takes one duration: `secs = N` or `ms = N`"));
        }
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
    millis.ok_or_else(|| syn::Error::new_spanned(attr, TIMEOUT_USAGE))
}

/// `#[cache(none)]`: `false`, the response cache is bypassed.
pub(crate) fn cache(attr: &Attribute) -> syn::Result<bool> {
    const USAGE: &str = "expected #[cache(none)]: the response cache is bypassed for this method";
    if matches!(attr.meta, syn::Meta::Path(_)) {
        return Err(syn::Error::new_spanned(attr, USAGE));
    }
    let mut cached = None;
    attr.parse_nested_meta(|meta| {
        if meta.path != symbol::NONE {
            return Err(meta.error(format!("unknown #[cache] setting `{}`; {USAGE}", key_of(&meta))));
        }
        if cached.is_some() {
            return Err(meta.error("`none` is given twice"));
        }
        cached = Some(false);
        Ok(())
    })?;
    cached.ok_or_else(|| syn::Error::new_spanned(attr, USAGE))
}

/// `#[sse(end = "[DONE]", reconnect, max_event_size = N)]`; `#[sse]` alone
/// declares nothing beyond the return type.
pub(crate) fn sse(cx: &Ctxt, attr: &Attribute) -> syn::Result<Sse> {
    let mut end = Attr::key(symbol::END);
    let mut reconnect = Attr::key(symbol::RECONNECT);
    let mut max_event_size = Attr::key(symbol::MAX_EVENT_SIZE);
    if !matches!(attr.meta, syn::Meta::Path(_)) {
        attr.parse_nested_meta(|meta| {
            if meta.path == symbol::END {
                let lit: LitStr = meta.value()?.parse()?;
                end.set(cx, &meta.path, checked_end(&lit)?);
            } else if meta.path == symbol::RECONNECT {
                if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
                    return Err(meta.error("`reconnect` takes no value: write #[sse(reconnect)]"));
                }
                reconnect.set(cx, &meta.path, ());
            } else if meta.path == symbol::MAX_EVENT_SIZE {
                let n: LitInt = meta.value()?.parse()?;
                match n.base10_parse::<usize>()? {
                    0 => return Err(syn::Error::new_spanned(n, "max_event_size is in bytes: at least 1")),
                    bytes => max_event_size.set(cx, &meta.path, bytes),
                }
            } else {
                let name = key_of(&meta);
                let keys = symbol::names(&symbol::SSE_KEYS);
                return Err(meta.error(format!("unknown #[sse] setting `{name}`{}", hint(&name, &keys))));
            }
            Ok(())
        })?;
    }
    Ok(Sse {
        end: end.into_inner(),
        reconnect: reconnect.span(),
        max_event_size: max_event_size.into_inner(),
        span: attr.path().span(),
    })
}

/// The data that ends a stream: it must be able to match an event.
fn checked_end(lit: &LitStr) -> syn::Result<String> {
    let end = lit.value();
    if end.is_empty() {
        return Err(syn::Error::new_spanned(
            lit,
            "the end marker cannot be empty: an event without data is never delivered, so it would never match; OpenAI-style streams end with `end = \"[DONE]\"`",
        ));
    }
    if end.contains('\r') {
        return Err(syn::Error::new_spanned(
            lit,
            "the end marker cannot contain CR: in an event stream, CR ends a line",
        ));
    }
    Ok(end)
}

/// `#[paginate(style(...), items = "/ptr", prefetch)]`.
pub(crate) fn paginate(cx: &Ctxt, attr: &Attribute) -> syn::Result<Paginate> {
    let mut style = Attr::custom(symbol::PAGINATE, |first| {
        format!("#[paginate] takes one paging style, and this one already has `{first}`")
    });
    let mut items = Attr::key(symbol::ITEMS);
    let mut prefetch = Attr::key(symbol::PREFETCH);
    let styles: Vec<&str> = symbol::PAGE_STYLES.iter().map(|(name, _)| name.as_str()).collect();
    attr.parse_nested_meta(|meta| {
        let name = key_of(&meta);
        if meta.path == symbol::ITEMS {
            items.set(cx, &meta.path, json_pointer(&meta)?);
        } else if meta.path == symbol::PREFETCH {
            prefetch.set(cx, &meta.path, ());
        } else if let Some((style_name, keys)) = symbol::PAGE_STYLES.iter().find(|(s, _)| meta.path == *s) {
            let path = meta.path.clone();
            style.set(cx, &path, page_style(cx, *style_name, keys, &meta)?);
        } else {
            return Err(meta.error(format!(
                "unknown paging option `{name}`{}; expected a style ({}), `items = \"/pointer\"` or `prefetch`",
                closest(&name, &styles).map(|k| format!(" (did you mean `{k}`?)")).unwrap_or_default(),
                styles.join(", ")
            )));
        }
        Ok(())
    })?;
    let style = style.into_inner().ok_or_else(|| {
        syn::Error::new_spanned(
            attr,
            "#[paginate] needs a style: link, page(...), offset(...), cursor(...) or next_url(...)",
        )
    })?;
    Ok(Paginate {
        style: Some(style),
        items: items.into_inner(),
        prefetch: prefetch.is_set(),
        span: attr.path().span(),
    })
}

/// `page` takes: `param` (default "page"), ...
fn style_usage(style: Symbol, keys: &[(Symbol, &str)]) -> String {
    if keys.is_empty() {
        return format!("`{style}` takes no keys");
    }
    let keys: Vec<String> = keys.iter().map(|(key, default)| format!("`{key}` (default {default})")).collect();
    format!("`{style}` takes: {}", keys.join(", "))
}

fn page_style(cx: &Ctxt, style: Symbol, keys: &[(Symbol, &str)], meta: &ParseNestedMeta<'_>) -> syn::Result<PageStyle> {
    let mut strings: Vec<Attr<String>> = keys.iter().map(|(key, _)| Attr::key(*key)).collect();
    if meta.input.peek(syn::token::Paren) {
        let fork = meta.input.fork();
        let content;
        syn::parenthesized!(content in fork);
        if content.peek(LitStr) {
            let lit: LitStr = content.parse()?;
            let first = keys.first().map_or(symbol::PARAM, |(key, _)| *key);
            return Err(syn::Error::new_spanned(
                &lit,
                format!(
                    "name the key: {style}({first} = {lit_text}); {}",
                    style_usage(style, keys),
                    lit_text = quote::quote!(#lit)
                ),
            ));
        }
        meta.parse_nested_meta(|option| {
            let Some(index) = keys.iter().position(|(key, _)| option.path == *key) else {
                return Err(option.error(style_usage(style, keys)));
            };
            let value = if option.path == symbol::SIZE {
                let n: LitInt = option.value()?.parse()?;
                match n.base10_parse::<u32>()? {
                    0 => return Err(syn::Error::new_spanned(n, "size must be at least 1")),
                    size => size.to_string(),
                }
            } else if option.path == symbol::FROM {
                json_pointer(&option)?
            } else {
                option.value()?.parse::<LitStr>()?.value()
            };
            strings[index].set(cx, &option.path, value);
            Ok(())
        })?;
    }
    let get = |key: Symbol| {
        let index = keys.iter().position(|(k, _)| *k == key);
        let given = index.and_then(|i| strings[i].get().cloned());
        let default = index.map_or("", |i| keys[i].1).trim_matches('"').to_owned();
        given.unwrap_or(default)
    };
    let size = || get(symbol::SIZE).parse::<u32>().unwrap_or(100);
    Ok(match style.as_str() {
        "link" => PageStyle::Link,
        "page" => PageStyle::Page { param: get(symbol::PARAM), per_page: get(symbol::PER_PAGE), size: size() },
        "offset" => PageStyle::Offset { param: get(symbol::PARAM), limit: get(symbol::LIMIT), size: size() },
        "cursor" => PageStyle::Cursor { from: get(symbol::FROM), param: get(symbol::PARAM) },
        _ => PageStyle::NextUrl { from: get(symbol::FROM) },
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

/// `#[openapi(skip = "check", undocumented = "key", ...)]` on a method:
/// checks of the description to skip, and constant query keys it leaves
/// out. The names of checks are read by the OpenAPI pass.
pub(crate) fn openapi(attr: &Attribute) -> syn::Result<(Vec<LitStr>, Vec<LitStr>)> {
    const USAGE: &str = "expected #[openapi(skip = \"check\")] or #[openapi(undocumented = \"query key\")]";
    if matches!(attr.meta, syn::Meta::Path(_)) {
        return Err(syn::Error::new_spanned(attr, USAGE));
    }
    let (mut skips, mut undocumented) = (Vec::new(), Vec::new());
    attr.parse_nested_meta(|meta| {
        let list = if meta.path == symbol::SKIP {
            &mut skips
        } else if meta.path == symbol::UNDOCUMENTED {
            &mut undocumented
        } else {
            return Err(meta.error(format!("unknown #[openapi] setting `{}`; {USAGE}", key_of(&meta))));
        };
        list.push(meta.value()?.parse::<LitStr>()?);
        Ok(())
    })?;
    if skips.is_empty() && undocumented.is_empty() {
        return Err(syn::Error::new_spanned(attr, USAGE));
    }
    Ok((skips, undocumented))
}
