//! From the annotated trait to the model: reads and strips every attribute
//! this crate owns, recording problems in the context.

use proc_macro2::{Span, TokenStream};
use syn::spanned::Spanned;
use syn::{Attribute, FnArg, ItemTrait, LitStr, Pat, TraitItem, TraitItemFn};

use crate::attr::{self, ARG_ATTRS, METHOD_ATTRS};
use crate::ctxt::Ctxt;
use crate::model::{Arg, Client, Method, RetrySetting, Role, Verb, VerbKind};
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
            return Err(meta.error("unknown #[client] option; expected `base_url = \"...\"` or `blocking`"));
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
    func.attrs.retain(|attr| match attr::name_of(attr) {
        Some(name) if METHOD_ATTRS.contains(&name.as_str()) => {
            cx.error_spanned_by(
                attr,
                "a method with a default body is left as written; remove the body or this attribute",
            );
            false
        }
        _ => true,
    });
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
    func.attrs.retain(|attr| method_attr(cx, &mut m, attr));
    check_receiver(cx, func);
    m.args = arguments(cx, func);
    m.sig = func.sig.clone();
    m.ret = ret::classify(cx, &func.sig.output);
    if m.verbs.is_empty() {
        cx.error_spanned_by(&func.sig.ident, "a request method needs a verb: #[get(\"/path\")], #[post], #[put], #[patch], #[delete], #[head] or #[options]");
    }
    m
}

/// Reads one method attribute; returns whether to keep it on the trait.
fn method_attr(cx: &Ctxt, m: &mut Method, attr: &Attribute) -> bool {
    if attr::is_builtin(attr) {
        return true;
    }
    let name = attr::name_of(attr).unwrap_or_default();
    let result = match name.as_str() {
        verb if attr::is_verb(verb) => verb_attr(cx, m, attr, verb),
        "header" => attr::static_header(attr).map(|h| m.headers.push(h)),
        "retry" => attr::retry(attr).map(|r| m.retry = r),
        "timeout" => attr::timeout(attr).map(|t| m.timeout_ms = Some(t)),
        "paginate" => attr::paginate(attr).map(|p| m.paginate = Some(p)),
        "idempotent" => attr.meta.require_path_only().map(|_| m.idempotent = Some(attr.span())),
        "multipart" => attr.meta.require_path_only().map(|_| m.multipart = Some(attr.span())),
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
    let lit: LitStr = attr.parse_args().map_err(|err| {
        syn::Error::new(err.span(), format!("expected a path template: #[{name}(\"/path/<param>\")]"))
    })?;
    if m.verbs.is_empty() {
        m.template = template::parse(cx, lit);
    }
    m.verbs.push(Verb { kind });
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
    for input in &mut func.sig.inputs {
        let FnArg::Typed(typed) = input else { continue };
        let mut role = None;
        typed.attrs.retain(|attr| {
            if attr::is_builtin(attr) {
                return true;
            }
            match arg_role(attr) {
                Ok(r) => match role {
                    Some(_) => cx.error_spanned_by(attr, "an argument is bound once: it already has an attribute"),
                    None => role = Some((r, attr.span())),
                },
                Err(err) => cx.syn_error(err),
            }
            false
        });
        let Pat::Ident(pat) = &*typed.pat else {
            cx.error_spanned_by(&typed.pat, "arguments of a request method must be plain names");
            continue;
        };
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
        "form" => attr.meta.require_path_only().map(|_| Role::Form),
        "part" => attr::part(attr).map(Role::Part),
        _ => Err(syn::Error::new_spanned(attr.path(), attr::unknown("argument", &name, &ARG_ATTRS))),
    }
}
