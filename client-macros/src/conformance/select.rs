//! Which methods of a checked trait get a conformance test, and what
//! each decodes: the input `#[client]` hands to `conformance_tests!`.

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::{LitStr, ReturnType, Type};

use super::input::{Entry, Input, Mode, Output};
use crate::internals::checked::{Client, Method, Output as Checked};
use crate::internals::ret::{self, Decoder};
use crate::internals::slot::pretty;
use crate::openapi::{Check, Template, url_path};

/// Checks whose skip means the description's answer cannot be trusted
/// for this method, so no payload is generated from it.
const UNTRUSTED: [Check; 3] = [Check::Operation, Check::ResponseShape, Check::Conformance];

/// `#[cfg(test)] conformance_tests! { .. }` for a trait checked against a
/// description, unless it opted out or no method decodes anything.
pub(crate) fn invocation(client: &Client<'_>) -> TokenStream {
    let options = &client.ast.options;
    let Some(file) = options.openapi.get() else { return TokenStream::new() };
    if options.conformance_tests.get() == Some(&false) {
        return TokenStream::new();
    }
    let base = options.base_url.get().map(|url| url_path(&url.value())).unwrap_or_default();
    let methods: Vec<Entry> = client.methods.iter().filter_map(|method| entry(method, &base)).collect();
    if methods.is_empty() {
        return TokenStream::new();
    }
    let input = Input { mode: Mode::Tests, trait_ident: client.ast.item.ident.clone(), file: file.clone(), methods };
    quote! {
        #[cfg(test)]
        ::client_runtime::__private::conformance_tests! { #input }
    }
}

/// The method's test, if it decodes something from a response the
/// description can be trusted about.
fn entry(method: &Method<'_>, base: &str) -> Option<Entry> {
    let skipped = |check: Check| method.ast.attrs.openapi_skips.iter().any(|lit| lit.value() == check.name());
    if UNTRUSTED.into_iter().any(skipped) || !nameable(method) {
        return None;
    }
    let template = Template::from_text(&method.template.lit.value(), Span::call_site());
    let path = LitStr::new(&format!("{base}{}", template.openapi_path()), Span::call_site());
    let verb = Ident::new(method.verb.attr_name().as_str(), Span::call_site());
    Some(Entry { name: method.ast.sig.ident.clone(), verb, path, output: output(method)? })
}

fn output(method: &Method<'_>) -> Option<Output> {
    match &method.output {
        Checked::Decoded(decoder) => {
            let declared = LitStr::new(&pretty(&json_type(decoder)?.to_token_stream()), Span::call_site());
            Some(Output::Decodes { decoder: rebased(decoder.tokens())?, declared })
        }
        Checked::Paginated { paginate, .. } => {
            let item = item_type(output_type(&method.ast.sig)?, "Paginated")?;
            let items = LitStr::new(paginate.items.as_deref().unwrap_or(""), Span::call_site());
            Some(Output::Lists { item: rebased(item.to_token_stream())?, items })
        }
        Checked::EventStream(_) => {
            let item = decoded_item(method, "EventStream")?;
            Some(Output::Events { item: rebased(item.to_token_stream())? })
        }
        Checked::JsonLines => {
            let item = decoded_item(method, "JsonLines")?;
            Some(Output::Lines { item: rebased(item.to_token_stream())? })
        }
        Checked::Stream => None,
    }
}

/// The JSON-decoded type under `Option` and `Response`, if any.
fn json_type(decoder: &Decoder) -> Option<&Type> {
    match decoder {
        Decoder::Json(ty) => Some(ty),
        Decoder::Optional(inner) | Decoder::Meta(inner) => json_type(inner),
        Decoder::Unit | Decoder::Text | Decoder::RawVec | Decoder::RawBytes => None,
    }
}

/// `T` of `Result<Wrapper<T>>`, unless it is text: a `String` item takes
/// any data.
fn decoded_item<'a>(method: &'a Method<'_>, wrapper: &str) -> Option<&'a Type> {
    let ok = ret::ok_type(&method.ast.sig)?;
    let item = item_type(ok, wrapper)?;
    let text = matches!(ret::last_segment(item), Some((name, args)) if name == "String" && args.is_empty());
    (!text).then_some(item)
}

/// `T` of `Wrapper<T>`.
fn item_type<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
    match ret::last_segment(ty) {
        Some((name, args)) if name == wrapper && args.len() == 1 => Some(args[0]),
        _ => None,
    }
}

/// Whether the return type can be named outside the trait: not through
/// `Self` or one of the method's type parameters.
fn nameable(method: &Method<'_>) -> bool {
    let ReturnType::Type(_, ty) = &method.ast.sig.output else { return true };
    let generics: Vec<String> = method.ast.sig.generics.type_params().map(|param| param.ident.to_string()).collect();
    !mentions(ty.to_token_stream(), &|ident: &Ident| ident == "Self" || generics.iter().any(|g| ident == g))
}

fn mentions(tokens: TokenStream, unnameable: &dyn Fn(&Ident) -> bool) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => unnameable(&ident),
        TokenTree::Group(group) => mentions(group.stream(), unnameable),
        _ => false,
    })
}

/// The type as written in the trait's module, named from the tests'
/// module inside it: a path that starts with `super` goes one level up.
fn rebased(tokens: TokenStream) -> Option<Type> {
    syn::parse2(one_level_down(tokens)).ok()
}

fn one_level_down(tokens: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut after_colons = false;
    for token in tokens {
        let starts_path = !after_colons;
        after_colons = matches!(&token, TokenTree::Punct(p) if p.as_char() == ':');
        match token {
            TokenTree::Ident(ident) if ident == "super" && starts_path => {
                let span = ident.span();
                out.extend(quote::quote_spanned!(span=> super::));
                out.push(TokenTree::Ident(ident));
            }
            TokenTree::Group(group) => {
                let mut inner = proc_macro2::Group::new(group.delimiter(), one_level_down(group.stream()));
                inner.set_span(group.span());
                out.push(TokenTree::Group(inner));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

/// The return type as written, `Paginated<T>` included.
fn output_type(sig: &syn::Signature) -> Option<&Type> {
    match &sig.output {
        ReturnType::Type(_, ty) => Some(ty),
        ReturnType::Default => None,
    }
}
