//! One method of the client: its `static` endpoint, the statements that
//! put each argument into the call, and the send.

use heck::ToShoutySnakeCase;
use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{ReturnType, Type};

use super::telemetry;
use crate::internals::ast::{Arg, Flavor, PageStyle, Paginate, Query, RetrySetting, Role, Sse};
use crate::internals::check::ident_name;
use crate::internals::checked::{Client, Input, Method, Output, PathPiece};
use crate::internals::ret;

fn local(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

fn private() -> TokenStream {
    quote!(::client_runtime::__private)
}

/// The user's own name for an argument, located at its type, so that a
/// type error in generated code points at the type. It keeps the name's
/// own hygiene: the type may come from another macro context than the name.
fn arg_at_type(arg: &Arg) -> Ident {
    let mut ident = arg.ident.clone();
    ident.set_span(arg.ident.span().located_at(arg.ty.span()));
    ident
}

/// The body of a method of a client of this flavour, where it returns
/// `output` (for an async method, what its future gives).
pub(super) fn body(client: &Client<'_>, m: &Method<'_>, flavor: Flavor, output: &ReturnType) -> TokenStream {
    let p = private();
    let call = local("__call");
    let endpoint = endpoint(client, m);
    let endpoint_ident = local("__ENDPOINT");
    let bindings = bindings(m, &call);
    let receiver = m.ast.receiver();
    let send = send(flavor, m, output, &receiver, &call);
    quote! {
        #endpoint
        #[allow(unused_mut)]
        let mut #call = #p::Call::new(#p::AsSession::as_session(&#receiver.session), &#endpoint_ident);
        #(#bindings)*
        #send
    }
}

/// The return type, and where to report problems with it.
fn return_type<'a>(m: &Method<'_>, output: &'a ReturnType) -> (Option<&'a Type>, Span) {
    match output {
        ReturnType::Type(_, ty) => (Some(ty), ty.span()),
        ReturnType::Default => (None, m.ast.sig.ident.span()),
    }
}

fn send(flavor: Flavor, m: &Method<'_>, output: &ReturnType, receiver: &Ident, call: &Ident) -> TokenStream {
    let (ty, span) = return_type(m, output);
    // Spanned at the return type, so that a `Result` other than
    // `client_runtime::Result`, or the wrong flavour's `Paginated`, is
    // reported there.
    let p = quote_spanned!(span=> ::client_runtime::__private);
    let ty = ty.map_or_else(|| quote!(()), |ty| quote!(#ty));
    match (&m.output, flavor) {
        (Output::Decoded(decoder), Flavor::Async) => {
            let d = respan(decoder.tokens(), span);
            quote_spanned!(span=> #p::decoded::<#d, #ty>(&#receiver.session, #call))
        }
        (Output::Decoded(decoder), Flavor::Blocking) => {
            let d = respan(decoder.tokens(), span);
            quote_spanned!(span=> #p::decoded_blocking::<#d, #ty>(&#receiver.session, #call))
        }
        (Output::Stream, Flavor::Async) => {
            quote_spanned!(span=> #p::returning_async::<#ty, _, _>(#p::execute_stream(&#receiver.session, #call)))
        }
        (Output::Stream, Flavor::Blocking) => {
            quote_spanned!(span=> #p::returning::<#ty, _>(#p::execute_stream_blocking(&#receiver.session, #call)))
        }
        (Output::Paginated { style, paginate }, Flavor::Async) => {
            let pager = pager(style, paginate);
            quote_spanned!(span=> #p::start_paginated::<#ty>(&#receiver.session, #call, #pager))
        }
        (Output::Paginated { style, paginate }, Flavor::Blocking) => {
            let pager = pager(style, paginate);
            quote_spanned!(span=> #p::start_paginated_blocking::<#ty>(&#receiver.session, #call, #pager))
        }
        (Output::EventStream(sse), Flavor::Async) => {
            let options = sse_options(*sse);
            quote_spanned!(span=> #p::open_event_stream(&#receiver.session, #call, #options))
        }
        (Output::EventStream(sse), Flavor::Blocking) => {
            let options = sse_options(*sse);
            quote_spanned!(span=> #p::open_event_stream_blocking(&#receiver.session, #call, #options))
        }
        (Output::JsonLines, Flavor::Async) => {
            quote_spanned!(span=> #p::open_json_lines(&#receiver.session, #call, ::core::option::Option::None))
        }
        (Output::JsonLines, Flavor::Blocking) => {
            quote_spanned!(span=> #p::open_json_lines_blocking(&#receiver.session, #call, ::core::option::Option::None))
        }
    }
}

/// What `#[sse(...)]` declared, for the runtime.
fn sse_options(sse: Option<&Sse>) -> TokenStream {
    let p = private();
    let option = |value: Option<TokenStream>| match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    };
    let end = option(sse.and_then(|s| s.end.as_ref()).map(|end| quote!(#end)));
    let reconnect = sse.is_some_and(|s| s.reconnect.is_some());
    let max_event_size = option(sse.and_then(|s| s.max_event_size).map(|n| quote!(#n)));
    quote!(#p::SseOptions { end: #end, reconnect: #reconnect, max_event_size: #max_event_size })
}

/// Every token at `span`: a decoder whose type argument is not
/// `Deserialize` is then reported at the return type.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut respanned = Group::new(group.delimiter(), respan(group.stream(), span));
                respanned.set_span(span);
                tree = TokenTree::Group(respanned);
            } else {
                tree.set_span(span);
            }
            tree
        })
        .collect()
}

/// The `static` description of a method.
fn endpoint(client: &Client<'_>, m: &Method<'_>) -> TokenStream {
    let p = private();
    let endpoint_ident = local("__ENDPOINT");
    let method = Ident::new(m.verb.http_name(), Span::call_site());
    let template = m.template.lit.value();
    let url_template = telemetry::url_template(m.template);
    let span_name = telemetry::span_name(m.verb.http_name(), &url_template);
    let header_idents: Vec<Ident> = (0..m.headers.len()).map(|i| local(&format!("__HEADER_{i}"))).collect();
    let header_statics = m.headers.iter().zip(&header_idents).map(|(h, ident)| {
        let (name, value) = (&h.name, &h.value);
        quote! {
            static #ident: (#p::HeaderName, #p::HeaderValue) =
                (#p::HeaderName::from_static(#name), #p::HeaderValue::from_static(#value));
        }
    });
    let idempotent = m.idempotent;
    let trait_name = client.ast.item.ident.to_string();
    let method_name = m.ast.sig.ident.to_string();
    let retry = match m.retry {
        None => quote!(#p::RetryOverride::Inherit),
        Some(RetrySetting::Off) => quote!(#p::RetryOverride::Off),
        Some(RetrySetting::MaxAttempts(n)) => quote!(#p::RetryOverride::MaxAttempts(#n)),
    };
    let timeout = match m.timeout_ms {
        Some(ms) => quote!(::core::option::Option::Some(#p::Duration::from_millis(#ms))),
        None => quote!(::core::option::Option::None),
    };
    let secret_query = &m.secret_query;
    let cache = m.cache;
    quote! {
        #(#header_statics)*
        static #endpoint_ident: #p::Endpoint = #p::Endpoint {
            trait_name: #trait_name,
            method_name: #method_name,
            method: #p::Method::#method,
            template: #template,
            span_name: #span_name,
            url_template: #url_template,
            headers: &[#(&#header_idents),*],
            idempotent: #idempotent,
            retry: #retry,
            timeout: #timeout,
            secret_query: &[#(#secret_query),*],
            cache: #cache,
        };
    }
}

/// The statements that put each argument into the call.
fn bindings(m: &Method<'_>, call: &Ident) -> Vec<TokenStream> {
    let p = private();
    let mut out = Vec::new();
    for piece in &m.path {
        out.push(match piece {
            PathPiece::Lit(text) => quote!(#call.lit(#text);),
            PathPiece::Param { name, rest, arg } => path_binding(call, name, *rest, arg),
        });
    }
    if let Some(query) = &m.template.query {
        out.push(quote!(#call.static_query(#query);));
    }
    let mut parts = Vec::new();
    for Input { arg, role } in &m.inputs {
        let ident = arg_at_type(arg);
        let span = arg.ty.span();
        out.push(match role {
            Role::Query(Query { key, join: Some(separator), .. }) => {
                let key = key.as_ref().map_or_else(|| ident_name(&arg.ident), syn::LitStr::value);
                quote_spanned!(span=> #call.query_joined(#key, &#ident, #separator);)
            }
            Role::Query(Query { key: Some(key), join: None, .. }) => {
                quote_spanned!(span=> #call.query(#key, &#ident);)
            }
            Role::Query(Query { key: None, join: None, .. }) => {
                let key = ident_name(&arg.ident);
                quote_spanned!(span=> #call.query_arg(#key, &#ident);)
            }
            Role::Header(header) => header_binding(call, arg, &header.name),
            Role::Json => quote_spanned!(span=> #call.json(&#ident);),
            Role::Form => quote_spanned!(span=> #call.form(&#ident);),
            Role::Raw(content_type) => {
                let content_type = match content_type {
                    Some(ct) => quote!(::core::option::Option::Some(#ct)),
                    None => quote!(::core::option::Option::None),
                };
                quote_spanned!(span=> #call.raw(#p::IntoRawBody::into_raw_body(#ident), #content_type);)
            }
            Role::Part(name) => {
                parts.push(part_binding(arg, name));
                continue;
            }
        });
    }
    if m.multipart {
        let form = local("__form");
        out.push(quote! {
            let mut #form = #p::Multipart::new();
            #(#parts)*
            #call.multipart(#form);
        });
    }
    out
}

fn path_binding(call: &Ident, name: &str, rest: bool, arg: &Arg) -> TokenStream {
    let ident = arg_at_type(arg);
    let string_like = ret::is_string_like(&arg.ty);
    // Strings skip the formatting step.
    let push = match (rest, string_like) {
        (false, false) => quote!(segment),
        (true, false) => quote!(segments),
        (false, true) => quote!(segment_str),
        (true, true) => quote!(segments_str),
    };
    let span = arg.ty.span();
    let value = if string_like {
        quote_spanned!(span=> ::core::convert::AsRef::<str>::as_ref(&#ident))
    } else {
        quote_spanned!(span=> &#ident)
    };
    quote_spanned!(span=> #call.#push(#name, #value);)
}

fn header_binding(call: &Ident, arg: &Arg, name: &str) -> TokenStream {
    let p = private();
    let ident = arg_at_type(arg);
    let name_ident = local(&format!("__HEADER_{}", name.to_shouty_snake_case()));
    let value = local("__value");
    let span = arg.ty.span();
    let push = if ret::is_option(&arg.ty) {
        quote_spanned! {span=>
            if let ::core::option::Option::Some(#value) = &#ident {
                #call.header(&#name_ident, #value);
            }
        }
    } else {
        quote_spanned!(span=> #call.header(&#name_ident, &#ident);)
    };
    quote! {{
        static #name_ident: #p::HeaderName = #p::HeaderName::from_static(#name);
        #push
    }}
}

fn part_binding(arg: &Arg, name: &str) -> TokenStream {
    let p = private();
    let ident = arg_at_type(arg);
    let form = local("__form");
    let value = local("__value");
    let span = arg.ty.span();
    if ret::is_option(&arg.ty) {
        quote_spanned! {span=>
            if let ::core::option::Option::Some(#value) = #ident {
                #p::IntoPart::add_to(#value, &mut #form, #name);
            }
        }
    } else {
        quote_spanned!(span=> #p::IntoPart::add_to(#ident, &mut #form, #name);)
    }
}

/// The paging description for `Paginated::start`.
fn pager(style: &PageStyle, paginate: &Paginate) -> TokenStream {
    let p = private();
    let style = match style {
        PageStyle::Link => quote!(#p::PageStyle::Link),
        PageStyle::Page { param, per_page, size } => {
            quote!(#p::PageStyle::Page { param: #param, per_page: #per_page, size: #size })
        }
        PageStyle::Offset { param, limit, size } => {
            quote!(#p::PageStyle::Offset { param: #param, limit: #limit, size: #size })
        }
        PageStyle::Cursor { from, param } => quote!(#p::PageStyle::Cursor { from: #from, param: #param }),
        PageStyle::NextUrl { from } => quote!(#p::PageStyle::NextUrl { from: #from }),
    };
    let items = match &paginate.items {
        Some(items) => quote!(::core::option::Option::Some(#items)),
        None => quote!(::core::option::Option::None),
    };
    let prefetch = paginate.prefetch;
    quote!(#p::Pager { style: #style, items: #items, prefetch: #prefetch })
}
