//! Checks that need the whole method or the whole trait.

use std::collections::HashSet;

use quote::quote;
use syn::Signature;

use crate::ctxt::Ctxt;
use crate::model::{Client, Flavor, Method, Role};
use crate::ret::Ret;

pub(crate) fn client(cx: &Ctxt, client: &Client) -> Flavor {
    for method in &client.methods {
        bindings(cx, method);
        bodies(cx, method);
        pagination(cx, method);
    }
    flavor(cx, client)
}

/// Every placeholder has exactly one argument, every argument one use.
fn bindings(cx: &Ctxt, method: &Method) {
    let Some(template) = &method.template else { return };
    let mut seen: HashSet<&str> = HashSet::new();
    let mut missing = Vec::new();
    for (name, _) in template.params() {
        if !seen.insert(name) {
            cx.error_spanned_by(&template.lit, format!("placeholder <{name}> is used twice"));
        }
        match method.args.iter().find(|arg| ident_name(&arg.ident) == name) {
            None => missing.push(name),
            Some(arg) => {
                if let Some((_, span)) = &arg.role {
                    cx.error_at(
                        *span,
                        format!("`{name}` fills the placeholder <{name}>; it cannot also have an attribute"),
                    );
                }
            }
        }
    }
    let unused: Vec<_> = method
        .args
        .iter()
        .filter(|arg| arg.role.is_none() && !seen.contains(ident_name(&arg.ident).as_str()))
        .filter(|arg| !cx.is_broken_arg(&method.sig.ident, &arg.ident))
        .collect();
    // One placeholder without an argument and one argument without a use:
    // most likely one of the two names is misspelt, so say so once.
    if let ([name], [arg]) = (missing.as_slice(), unused.as_slice()) {
        cx.error_spanned_by(
            &arg.ident,
            format!(
                "`{}` is not used and placeholder <{name}> has no argument: rename the argument `{name}` or the placeholder <{}>",
                arg.ident,
                ident_name(&arg.ident)
            ),
        );
        return;
    }
    for name in missing {
        cx.error_spanned_by(&template.lit, format!("placeholder <{name}> has no argument named `{name}`"));
    }
    for arg in unused {
        cx.error_spanned_by(
            &arg.ident,
            format!(
                "`{}` is not used: name a placeholder <{}> in the path, or mark it #[query], #[header(\"...\")], #[body], #[form] or #[part(\"...\")]",
                arg.ident,
                ident_name(&arg.ident)
            ),
        );
    }
}

/// `r#type` fills `<type>`.
pub(crate) fn ident_name(ident: &syn::Ident) -> String {
    let text = ident.to_string();
    text.strip_prefix("r#").map_or(text.clone(), str::to_owned)
}

fn bodies(cx: &Ctxt, method: &Method) {
    let verb = method.verb();
    let mut body_seen = false;
    let mut parts: HashSet<&str> = HashSet::new();
    for arg in &method.args {
        let Some((role, span)) = &arg.role else { continue };
        if role.is_body() {
            if body_seen {
                cx.error_at(*span, "a request has one body: this is the second #[body] or #[form]");
            }
            body_seen = true;
            if let Some(verb) = verb.filter(|v| !v.kind.allows_body()) {
                cx.error_at(*span, format!("a {} request has no body", verb.kind.http_name()));
            }
            if method.multipart.is_some() {
                cx.error_at(
                    *span,
                    "a #[multipart] request takes its body from #[part] arguments, not #[body] or #[form]",
                );
            }
        }
        if let Role::Part(name) = role {
            if method.multipart.is_none() {
                cx.error_at(*span, "#[part] needs #[multipart] on the method");
            }
            if !parts.insert(name.as_str()) {
                cx.error_at(*span, format!("two parts are named {name:?}"));
            }
        }
    }
    if let (Some(span), Some(verb)) = (method.multipart, verb) {
        if !verb.kind.allows_body() {
            cx.error_at(span, format!("a {} request has no body", verb.kind.http_name()));
        }
    }
}

fn pagination(cx: &Ctxt, method: &Method) {
    match (&method.paginate, &method.ret) {
        (Some(paginate), ret) if !matches!(ret, Ret::Paginated | Ret::Invalid) => {
            cx.error_at(paginate.span, "#[paginate] goes on a method returning `Paginated<T>`");
        }
        (None, Ret::Paginated) => {
            cx.error_spanned_by(
                &method.sig.output,
                "a method returning `Paginated<T>` needs #[paginate(...)] to say how pages link",
            );
        }
        _ => {}
    }
    if method.is_paginated() {
        if let Some(asyncness) = method.sig.asyncness {
            cx.error_spanned_by(asyncness, "a paginated method is a plain `fn`: the stream it returns is lazy");
        }
    }
    if let Ret::Stream = method.ret {
        if method.verb().is_some_and(|v| v.kind == crate::model::VerbKind::Head) {
            cx.error_spanned_by(&method.sig.output, "a HEAD response has no body to stream");
        }
    }
}

/// Async or blocking: declared, or agreed by every request method.
fn flavor(cx: &Ctxt, client: &Client) -> Flavor {
    let requests = || client.methods.iter().filter(|m| !m.is_paginated());
    if client.blocking.is_some() {
        for method in requests().filter(|m| m.is_async()) {
            cx.error_spanned_by(method.sig.asyncness, "#[client(blocking)] declares a blocking client: remove `async`");
        }
        return Flavor::Blocking;
    }
    let Some(first) = requests().next() else { return Flavor::Async };
    let flavor = if first.is_async() { Flavor::Async } else { Flavor::Blocking };
    for method in requests().filter(|m| m.is_async() != first.is_async()) {
        let (this, that) = if method.is_async() { ("async", "blocking") } else { ("blocking", "async") };
        let Signature { asyncness, fn_token, ident, .. } = &method.sig;
        cx.error_spanned_by(
            quote!(#asyncness #fn_token #ident),
            format!(
                "`{}` is {this} but `{}` is {that}: a client is either async (every method `async fn`) or blocking (every method `fn`)",
                method.sig.ident, first.sig.ident
            ),
        );
    }
    flavor
}
