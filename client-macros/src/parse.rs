//! From the annotated trait to the model: reads and strips every attribute
//! this crate owns, recording problems in the context.

use proc_macro2::{Ident, Span, TokenStream};
use syn::spanned::Spanned;
use syn::{Attribute, FnArg, ItemTrait, LitStr, Pat, TraitItem, TraitItemFn, parse_quote};

use crate::attr::{self, ARG_ATTRS, METHOD_ATTRS};
use crate::ctxt::Ctxt;
use crate::model::{Arg, Client, Method, PageStyle, Paginate, RetrySetting, Role, Verb, VerbKind};
use crate::ret;
use crate::template;

pub(crate) fn client(cx: &Ctxt, args: TokenStream, mut item: ItemTrait) -> Client {
    let (base_url, blocking) = client_args(cx, args);
    let mut headers = Vec::new();
    item.attrs.retain(|attr| match attr::name_of(attr).as_deref() {
        Some("header") => {
            match attr::static_header(attr) {
                Ok(header) => headers.push(header),
                Err(err) => cx.syn_error(err),
            }
            false
        }
        Some(name) if METHOD_ATTRS.contains(&name) || ARG_ATTRS.contains(&name) => {
            cx.error_spanned_by(attr, format!("#[{name}] goes on a method or argument, not on the trait"));
            false
        }
        _ => true,
    });
    if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
        cx.error_spanned_by(&item.generics, "a #[client] trait cannot be generic");
    }
    let mut methods = Vec::new();
    for trait_item in &mut item.items {
        match trait_item {
            TraitItem::Fn(func) if func.default.is_none() => methods.push(method(cx, func)),
            TraitItem::Fn(func) => reject_attrs_on_default(cx, func),
            TraitItem::Const(c) if c.default.is_none() => {
                cx.error_spanned_by(&c.ident, "a #[client] trait can only declare methods (constants need a value)");
            }
            TraitItem::Type(t) if t.default.is_none() => {
                cx.error_spanned_by(&t.ident, "a #[client] trait can only declare methods, not associated types");
            }
            _ => {}
        }
    }
    // Reported above; without them the stub emitted after errors still
    // implements the trait, so rustc adds no "missing item" errors.
    item.items.retain(|trait_item| match trait_item {
        TraitItem::Const(c) => c.default.is_some(),
        TraitItem::Type(t) => t.default.is_some(),
        _ => true,
    });
    Client { item, base_url, blocking, headers, methods }
}

/// `#[client(base_url = "...", blocking)]`.
fn client_args(cx: &Ctxt, args: TokenStream) -> (Option<LitStr>, Option<Span>) {
    let mut base_url = None;
    let mut blocking = None;
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("base_url") {
            let lit: LitStr = meta.value()?.parse()?;
            let value = lit.value();
            let scheme_ok = value.starts_with("http://") || value.starts_with("https://");
            let host_ok = value.split_once("://").is_some_and(|(_, rest)| !rest.is_empty() && !rest.starts_with('/'));
            if !scheme_ok || !host_ok || value.contains(['?', '#', ' ']) {
                return Err(syn::Error::new_spanned(
                    lit,
                    "base_url must be an http or https URL with a host and no query, such as \"https://api.github.com\"",
                ));
            }
            base_url = Some(lit);
        } else if meta.path.is_ident("blocking") {
            blocking = Some(meta.path.span());
        } else if meta.path.is_ident("async") {
        } else {
            let name = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            let message = match attr::closest(&name, &["base_url", "blocking"]) {
                Some(known) => format!("unknown #[client] option `{name}`; did you mean `{known}`?"),
                None => {
                    format!("unknown #[client] option `{name}`; expected `base_url = \"https://...\"` or `blocking`")
                }
            };
            return Err(meta.error(message));
        }
        Ok(())
    });
    if let Err(err) = syn::parse::Parser::parse2(parser, args) {
        cx.syn_error(err);
    }
    (base_url, blocking)
}

/// A method with a default body is the user's own helper.
fn reject_attrs_on_default(cx: &Ctxt, func: &mut TraitItemFn) {
    let reject = |attr: &Attribute, known: &[&str]| match attr::name_of(attr) {
        Some(name) if !attr::is_builtin(attr) && known.contains(&name.as_str()) => {
            cx.error_spanned_by(
                attr,
                "a method with a default body is left as written; remove the body or this attribute",
            );
            false
        }
        _ => true,
    };
    func.attrs.retain(|attr| reject(attr, &METHOD_ATTRS));
    for input in &mut func.sig.inputs {
        if let FnArg::Typed(typed) = input {
            typed.attrs.retain(|attr| reject(attr, &ARG_ATTRS));
        }
    }
}

fn method(cx: &Ctxt, func: &mut TraitItemFn) -> Method {
    let mut m = Method {
        sig: func.sig.clone(),
        verbs: Vec::new(),
        template: None,
        headers: Vec::new(),
        args: Vec::new(),
        ret: ret::Ret::Invalid,
        idempotent: None,
        retry: RetrySetting::Inherit,
        timeout_ms: None,
        paginate: None,
        multipart: None,
    };
    let mut seen = Vec::new();
    func.attrs.retain(|attr| method_attr(cx, &mut m, &mut seen, attr));
    check_receiver(cx, func);
    m.args = arguments(cx, func);
    m.sig = func.sig.clone();
    m.ret = ret::classify(cx, &func.sig);
    // An unknown attribute may well be the verb, misspelt: that error says enough.
    let misspelt = seen.iter().any(|name| !METHOD_ATTRS.contains(&name.as_str()));
    if m.verbs.is_empty() && !misspelt {
        cx.error_spanned_by(&func.sig.ident, "a request method needs a verb: #[get(\"/path\")], #[post], #[put], #[patch], #[delete], #[head] or #[options]");
    }
    m
}

/// Attributes a method takes at most once (verbs have their own message).
const ONCE: [&str; 5] = ["retry", "timeout", "paginate", "idempotent", "multipart"];

/// Reads one method attribute; returns whether to keep it on the trait.
/// `seen` collects the names read so far.
fn method_attr(cx: &Ctxt, m: &mut Method, seen: &mut Vec<String>, attr: &Attribute) -> bool {
    if attr::is_builtin(attr) {
        return true;
    }
    let name = attr::name_of(attr).unwrap_or_default();
    if ONCE.contains(&name.as_str()) && seen.contains(&name) {
        cx.error_spanned_by(attr, format!("#[{name}] is given twice on this method"));
        return false;
    }
    seen.push(name.clone());
    let span = attr.path().span();
    let result = match name.as_str() {
        verb if attr::is_verb(verb) => verb_attr(cx, m, attr, verb),
        "header" => attr::static_header(attr).map(|h| m.headers.push(h)),
        "retry" => attr::retry(attr).map(|r| m.retry = r),
        "timeout" => attr::timeout(attr).map(|t| m.timeout_ms = Some(t)),
        "paginate" => attr::paginate(attr).map(|p| m.paginate = Some(p)).inspect_err(|_| {
            // Reported; the method still counts as paginated, so that a
            // `Paginated<T>` return does not also ask for #[paginate].
            m.paginate = Some(Paginate { style: PageStyle::Link, items: None, prefetch: false, span });
        }),
        "idempotent" => {
            attr::path_only(attr, "#[idempotent] takes no arguments: it marks a POST or PATCH request as safe to retry")
                .map(|()| m.idempotent = Some(span))
        }
        "multipart" => {
            // Malformed or not, the method is multipart: its #[part]s are fine.
            m.multipart = Some(span);
            attr::path_only(attr, "#[multipart] takes no arguments: name each part with #[part(\"name\")]")
        }
        _ => Err(syn::Error::new_spanned(attr.path(), attr::unknown("method", &name, &METHOD_ATTRS))),
    };
    if let Err(err) = result {
        cx.syn_error(err);
    }
    false
}

fn verb_attr(cx: &Ctxt, m: &mut Method, attr: &Attribute, name: &str) -> syn::Result<()> {
    let Some(kind) = VerbKind::from_name(name) else { return Ok(()) };
    if let Some(first) = m.verbs.first() {
        cx.error_spanned_by(
            attr.path(),
            format!("a method has one verb, and this one already has #[{}]", first_name(first)),
        );
    }
    let first = m.verbs.is_empty();
    // The verb counts even when its template is malformed: one error, not two.
    m.verbs.push(Verb { kind });
    let lit: LitStr = attr.parse_args().map_err(|err| {
        syn::Error::new(err.span(), format!("expected a path template: #[{name}(\"/path/<param>\")]"))
    })?;
    if first {
        m.template = template::parse(cx, lit);
    }
    Ok(())
}

fn first_name(verb: &Verb) -> &'static str {
    crate::model::VERBS.iter().find(|(_, k)| *k == verb.kind).map_or("?", |(n, _)| n)
}

fn check_receiver(cx: &Ctxt, func: &TraitItemFn) {
    match func.sig.receiver() {
        Some(recv) if recv.reference.is_some() && recv.mutability.is_none() && recv.colon_token.is_none() => {}
        Some(recv) => cx.error_spanned_by(recv, "a request method takes `&self`"),
        None => cx.error_spanned_by(&func.sig.ident, "a request method takes `&self` as its first argument"),
    }
}

fn arguments(cx: &Ctxt, func: &mut TraitItemFn) -> Vec<Arg> {
    let mut args = Vec::new();
    let method = func.sig.ident.clone();
    for (index, input) in func.sig.inputs.iter_mut().enumerate() {
        let FnArg::Typed(typed) = input else { continue };
        let mut role = None;
        let mut broken = false;
        typed.attrs.retain(|attr| {
            if attr::is_builtin(attr) {
                return true;
            }
            match arg_role(attr) {
                Ok(r) => match role {
                    Some(_) => cx.error_spanned_by(attr, "an argument is bound once: it already has an attribute"),
                    None => role = Some((r, attr.path().span())),
                },
                Err(err) => {
                    cx.syn_error(err);
                    broken = true;
                }
            }
            false
        });
        let Pat::Ident(pat) = &*typed.pat else {
            cx.error_spanned_by(&typed.pat, "arguments of a request method must be plain names, not patterns");
            // Reported: a plain name keeps rustc from reporting the pattern again.
            let ident = Ident::new(&format!("__arg{index}"), typed.pat.span());
            *typed.pat = parse_quote!(#ident);
            continue;
        };
        if broken && role.is_none() {
            cx.broken_arg(&method, &pat.ident);
        }
        args.push(Arg { ident: pat.ident.clone(), ty: (*typed.ty).clone(), role });
    }
    args
}

fn arg_role(attr: &Attribute) -> syn::Result<Role> {
    let name = attr::name_of(attr).unwrap_or_default();
    match name.as_str() {
        "query" => attr::query(attr).map(Role::Query),
        "header" => attr::arg_header(attr).map(Role::Header),
        "body" => attr::body(attr),
        "form" => attr::path_only(attr, "#[form] takes no arguments: the argument is sent as a URL-encoded form")
            .map(|()| Role::Form),
        "part" => attr::part(attr).map(Role::Part),
        _ => Err(syn::Error::new_spanned(attr.path(), attr::unknown("argument", &name, &ARG_ATTRS))),
    }
}
