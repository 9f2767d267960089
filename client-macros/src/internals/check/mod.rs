//! Checks across attributes, methods and the whole trait, turning the
//! `ast` into the `checked` model.

mod bindings;
mod names;
mod shape;

use quote::quote;
use syn::Signature;

use super::ast::{Client, Flavor, Method, Role, StaticHeader};
use super::checked;
use super::ctxt::Ctxt;
use super::ret::Ret;

pub(crate) use self::bindings::ident_name;

/// Every check; the checked model when the trait has no error.
pub(crate) fn client<'a>(cx: &Ctxt, client: &'a Client, flavor: Flavor) -> Option<checked::Client<'a>> {
    names::trait_headers(cx, client);
    conformance_option(cx, client);
    let mut methods = Vec::new();
    for method in &client.methods {
        bindings::check(cx, method);
        shape::bodies(cx, method);
        shape::pagination(cx, method);
        shape::streams(cx, method);
        shape::verb_and_output(cx, method);
        shape::query_options(cx, method);
        names::query_keys(cx, method);
        names::headers(cx, method);
        names::generated_fns(cx, client, method);
        openapi_hatches(cx, client, method);
        methods.push(checked_method(client, method));
    }
    let methods: Option<Vec<_>> = methods.into_iter().collect();
    Some(checked::Client { ast: client, ident: client.struct_ident(), flavor, methods: methods? })
}

/// The method's checked form, or `None` when something it needs was reported.
fn checked_method<'a>(client: &'a Client, method: &'a Method) -> Option<checked::Method<'a>> {
    let (verb, template) = method.attrs.verb.get()?;
    let template = template.as_ref()?;
    let output = match method.ret.as_ref()? {
        Ret::Decoded(decoder) => checked::Output::Decoded(decoder),
        Ret::Stream => checked::Output::Stream,
        Ret::EventStream => checked::Output::EventStream(method.attrs.sse.get()),
        Ret::JsonLines => checked::Output::JsonLines,
        Ret::Paginated => {
            let paginate = method.attrs.paginate.get()?;
            checked::Output::Paginated { style: paginate.style.as_ref()?, paginate }
        }
    };
    let path = bindings::path(method, template)?;
    let inputs = method.args.iter().filter_map(|arg| arg.role.get().map(|role| checked::Input { arg, role })).collect();
    Some(checked::Method {
        ast: method,
        verb: *verb,
        template,
        path,
        output,
        headers: merged_headers(&client.headers, &method.attrs.headers),
        inputs,
        idempotent: verb.is_idempotent() || method.attrs.idempotent.is_set(),
        retry: method.attrs.retry.get().copied(),
        timeout_ms: method.attrs.timeout_ms.get().copied(),
        multipart: method.attrs.multipart.is_set(),
        cache: method.attrs.cache.get().copied().unwrap_or(true),
        secret_query: names::secret_query(method),
    })
}

/// Method headers first; trait headers unless the method sets the same name.
fn merged_headers<'a>(client: &'a [StaticHeader], method: &'a [StaticHeader]) -> Vec<&'a StaticHeader> {
    let mut merged: Vec<&StaticHeader> = method.iter().collect();
    merged.extend(client.iter().filter(|h| !method.iter().any(|m| m.name == h.name)));
    merged
}

/// Async or blocking: declared, or agreed by every request method.
pub(crate) fn flavor(cx: &Ctxt, client: &Client) -> Flavor {
    let requests = || client.methods.iter().filter(|m| !m.is_paginated());
    if client.options.blocking.is_set() {
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

/// `#[openapi(...)]` and `undocumented` only mean something when the trait
/// names a description.
fn openapi_hatches(cx: &Ctxt, client: &Client, method: &Method) {
    if client.options.openapi.is_set() {
        return;
    }
    const NEEDS: &str = "needs an OpenAPI description to check against: #[client(openapi = \"path/to/openapi.json\")]";
    if let Some(span) = method.attrs.openapi {
        cx.error_at(span, format!("#[openapi] {NEEDS}"));
    }
    for arg in &method.args {
        let undocumented = match arg.role.get() {
            Some(Role::Query(query)) => query.undocumented,
            Some(Role::Header(header)) => header.undocumented,
            _ => false,
        };
        if let (true, Some(span)) = (undocumented, arg.role.span()) {
            cx.error_at(span, format!("`undocumented` {NEEDS}"));
        }
    }
}

/// `conformance_tests` turns off what `openapi = "..."` generates.
fn conformance_option(cx: &Ctxt, client: &Client) {
    let options = &client.options;
    if let (Some(span), false) = (options.conformance_tests.span(), options.openapi.is_set()) {
        cx.error_at(
            span,
            "`conformance_tests` turns off the tests generated from an OpenAPI description, and this trait names \
             none: remove it, or add `openapi = \"path/to/openapi.json\"`",
        );
    }
}
