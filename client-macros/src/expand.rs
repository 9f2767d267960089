//! From the model to code: the trait as declared, the client struct, its
//! constructors and its implementation of the trait.
//!
//! Generated code names everything through `::client_runtime::...`, and its
//! own locals have mixed-site hygiene, so nothing clashes with user names.

use heck::ToShoutySnakeCase;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{ItemTrait, ReturnType, Signature, TraitItem, parse_quote};

use crate::ctxt::Ctxt;
use crate::model::{Arg, Client, Flavor, Method, PageStyle, Paginate, Query, RetrySetting, Role, StaticHeader};
use crate::ret::{self, Ret};
use crate::template::Piece;
use crate::validate::ident_name;
use crate::{parse, validate};

pub(crate) fn client(args: TokenStream, input: TokenStream) -> TokenStream {
    let item: ItemTrait = match syn::parse2(input.clone()) {
        Ok(item) => item,
        Err(_) => {
            // The item is passed through so that code using it does not fail too.
            let err = syn::Error::new(Span::call_site(), "#[client] goes on a trait").to_compile_error();
            return quote!(#err #input);
        }
    };
    let cx = Ctxt::default();
    let model = parse::client(&cx, args, item);
    let flavor = validate::client(&cx, &model);
    match cx.check() {
        Ok(()) => generate(&model, flavor),
        Err(err) => {
            let errors = err.to_compile_error();
            let stub = stub(&model, flavor);
            quote!(#errors #stub)
        }
    }
}

fn client_ident(model: &Client) -> Ident {
    format_ident!("{}Client", model.item.ident)
}

fn session_type(flavor: Flavor) -> TokenStream {
    match flavor {
        Flavor::Async => quote!(::client_runtime::Session),
        Flavor::Blocking => quote!(::client_runtime::blocking::Session),
    }
}

fn generate(model: &Client, flavor: Flavor) -> TokenStream {
    let item = declared_trait(model);
    let shell = client_shell(model, flavor);
    let trait_ident = &model.item.ident;
    let client = client_ident(model);
    let methods = model.methods.iter().map(|m| method_impl(model, m, flavor));
    quote! {
        #item
        #shell
        impl #trait_ident for #client {
            #(#methods)*
        }
    }
}

/// The trait as the user wrote it, minus this crate's attributes, with
/// `async fn` requests declared as returning `Send` futures so that calls
/// through a generic `C: Trait + Sync` can be spawned.
fn declared_trait(model: &Client) -> ItemTrait {
    let mut item = model.item.clone();
    for trait_item in &mut item.items {
        if let TraitItem::Fn(func) = trait_item {
            if func.default.is_none() && func.sig.asyncness.is_some() {
                func.sig = send_future_sig(&func.sig);
            }
        }
    }
    item
}

fn send_future_sig(sig: &Signature) -> Signature {
    let mut sig = sig.clone();
    let output = match &sig.output {
        ReturnType::Default => quote!(()),
        ReturnType::Type(_, ty) => quote!(#ty),
    };
    sig.asyncness = None;
    sig.output = parse_quote! {
        -> impl ::core::future::Future<Output = #output> + ::core::marker::Send
    };
    sig
}

/// The struct, its constructors and `Assemble`.
fn client_shell(model: &Client, flavor: Flavor) -> TokenStream {
    let vis = &model.item.vis;
    let trait_ident = &model.item.ident;
    let client = client_ident(model);
    let session = session_type(flavor);
    let base_url = model.base_url.as_ref().map(|url| quote!(.base_url(#url)));
    let doc = format!("The client generated from [`{trait_ident}`]: calls go through its session.");
    let base_doc = match &model.base_url {
        Some(url) => format!("The builder starts with the base URL `{}`.", url.value()),
        None => "No base URL is declared: set one with `.base_url(...)`.".to_owned(),
    };
    quote! {
        #[doc = #doc]
        #[derive(::core::clone::Clone, ::core::fmt::Debug)]
        #vis struct #client {
            session: #session,
        }

        impl #client {
            /// A client with the declared base URL and default settings.
            #vis fn new() -> ::client_runtime::Result<Self> {
                Self::builder().build()
            }

            /// A builder for this client.
            #[doc = #base_doc]
            #vis fn builder() -> ::client_runtime::Builder<Self> {
                ::client_runtime::Builder::new() #base_url
            }

            /// A client over an existing session, sharing its pool and settings.
            #vis fn from_session(session: #session) -> Self {
                Self { session }
            }

            /// The session this client sends through.
            #vis fn session(&self) -> &#session {
                &self.session
            }
        }

        impl ::client_runtime::__private::Assemble for #client {
            fn assemble(config: ::client_runtime::__private::Config) -> ::client_runtime::Result<Self> {
                <#session as ::client_runtime::__private::Assemble>::assemble(config).map(Self::from_session)
            }
        }
    }
}

fn local(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

fn method_impl(model: &Client, m: &Method, flavor: Flavor) -> TokenStream {
    let sig = if m.is_async() { send_future_sig(&m.sig) } else { m.sig.clone() };
    let call = local("__call");
    let endpoint = endpoint(model, m);
    let endpoint_ident = local("__ENDPOINT");
    let bindings = bindings(m, &call);
    let p = quote!(::client_runtime::__private);
    let send = match (&m.ret, flavor) {
        (Ret::Decoded(decoder), Flavor::Async) => {
            let d = decoder.tokens();
            quote!(#p::execute::<#d>(&self.session, #call))
        }
        (Ret::Decoded(decoder), Flavor::Blocking) => {
            let d = decoder.tokens();
            quote!(#p::execute_blocking::<#d>(&self.session, #call))
        }
        (Ret::Stream, Flavor::Async) => quote!(#p::execute_stream(&self.session, #call)),
        (Ret::Stream, Flavor::Blocking) => quote!(#p::execute_stream_blocking(&self.session, #call)),
        (Ret::Paginated, _) => {
            let pager = pager(m.paginate.as_ref());
            // Spanned at the return type, so that the wrong flavour's
            // `Paginated` is reported there.
            let span = match &m.sig.output {
                ReturnType::Type(_, ty) => ty.span(),
                ReturnType::Default => m.sig.ident.span(),
            };
            let p = quote_spanned!(span=> ::client_runtime::__private);
            quote_spanned!(span=> #p::start_paginated(&self.session, #call, #pager))
        }
        (Ret::Invalid, _) => quote!(::core::unreachable!()),
    };
    quote! {
        #sig {
            #endpoint
            #[allow(unused_mut)]
            let mut #call = #p::Call::new(#p::AsSession::as_session(&self.session), &#endpoint_ident);
            #(#bindings)*
            #send
        }
    }
}

/// The `static` description of a method.
fn endpoint(model: &Client, m: &Method) -> TokenStream {
    let p = quote!(::client_runtime::__private);
    let endpoint_ident = local("__ENDPOINT");
    let Some(verb) = m.verb() else { return TokenStream::new() };
    let method = Ident::new(verb.kind.http_name(), Span::call_site());
    let template = m.template.as_ref().map_or_else(String::new, |t| t.lit.value());
    let headers = merged_headers(&model.headers, &m.headers);
    let header_idents: Vec<Ident> = (0..headers.len()).map(|i| local(&format!("__HEADER_{i}"))).collect();
    let header_statics = headers.iter().zip(&header_idents).map(|(h, ident)| {
        let (name, value) = (&h.name, &h.value);
        quote! {
            static #ident: (#p::HeaderName, #p::HeaderValue) =
                (#p::HeaderName::from_static(#name), #p::HeaderValue::from_static(#value));
        }
    });
    let idempotent = verb.kind.is_idempotent() || m.idempotent.is_some();
    let trait_name = model.item.ident.to_string();
    let method_name = m.sig.ident.to_string();
    let retry = match m.retry {
        RetrySetting::Inherit => quote!(#p::RetryOverride::Inherit),
        RetrySetting::Off => quote!(#p::RetryOverride::Off),
        RetrySetting::MaxAttempts(n) => quote!(#p::RetryOverride::MaxAttempts(#n)),
    };
    let timeout = match m.timeout_ms {
        Some(ms) => quote!(::core::option::Option::Some(#p::Duration::from_millis(#ms))),
        None => quote!(::core::option::Option::None),
    };
    quote! {
        #(#header_statics)*
        static #endpoint_ident: #p::Endpoint = #p::Endpoint {
            trait_name: #trait_name,
            method_name: #method_name,
            method: #p::Method::#method,
            template: #template,
            headers: &[#(&#header_idents),*],
            idempotent: #idempotent,
            retry: #retry,
            timeout: #timeout,
            secret_query: &[],
            cache: true,
        };
    }
}

/// Method headers first; trait headers unless the method sets the same name.
fn merged_headers<'a>(client: &'a [StaticHeader], method: &'a [StaticHeader]) -> Vec<&'a StaticHeader> {
    let mut merged: Vec<&StaticHeader> = method.iter().collect();
    merged.extend(client.iter().filter(|h| !method.iter().any(|m| m.name == h.name)));
    merged
}

/// The statements that put each argument into the call.
fn bindings(m: &Method, call: &Ident) -> Vec<TokenStream> {
    let p = quote!(::client_runtime::__private);
    let mut out = Vec::new();
    if let Some(template) = &m.template {
        for piece in &template.pieces {
            out.push(match piece {
                Piece::Lit(text) => quote!(#call.lit(#text);),
                Piece::Param { name, rest } => {
                    let Some(arg) = m.args.iter().find(|a| ident_name(&a.ident) == *name) else { continue };
                    let ident = &arg.ident;
                    // Strings skip the formatting step.
                    let push = match (*rest, ret::is_string_like(&arg.ty)) {
                        (false, false) => quote!(segment),
                        (true, false) => quote!(segments),
                        (false, true) => quote!(segment_str),
                        (true, true) => quote!(segments_str),
                    };
                    let value = if ret::is_string_like(&arg.ty) {
                        quote!(::core::convert::AsRef::<str>::as_ref(&#ident))
                    } else {
                        quote!(&#ident)
                    };
                    quote_spanned!(arg.ty.span()=> #call.#push(#name, #value);)
                }
            });
        }
        if let Some(query) = &template.query {
            out.push(quote!(#call.static_query(#query);));
        }
    }
    let mut parts = Vec::new();
    for arg in &m.args {
        let Some((role, _)) = &arg.role else { continue };
        let ident = &arg.ident;
        let span = arg.ty.span();
        out.push(match role {
            Role::Query(Query { key, join: Some(separator) }) => {
                let key = key.clone().unwrap_or_else(|| ident_name(ident));
                quote_spanned!(span=> #call.query_joined(#key, &#ident, #separator);)
            }
            Role::Query(Query { key: Some(key), join: None }) => quote_spanned!(span=> #call.query(#key, &#ident);),
            Role::Query(Query { key: None, join: None }) => {
                let key = ident_name(ident);
                quote_spanned!(span=> #call.query_arg(#key, &#ident);)
            }
            Role::Header(name) => header_binding(call, arg, name),
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
    if m.multipart.is_some() {
        let form = local("__form");
        out.push(quote! {
            let mut #form = #p::Multipart::new();
            #(#parts)*
            #call.multipart(#form);
        });
    }
    out
}

fn header_binding(call: &Ident, arg: &Arg, name: &str) -> TokenStream {
    let p = quote!(::client_runtime::__private);
    let ident = &arg.ident;
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
    let p = quote!(::client_runtime::__private);
    let ident = &arg.ident;
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
fn pager(paginate: Option<&Paginate>) -> TokenStream {
    let p = quote!(::client_runtime::__private);
    let Some(paginate) = paginate else { return quote!(::core::unreachable!()) };
    let style = match &paginate.style {
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

/// After errors: the trait and a client whose methods do nothing, so that
/// code naming them does not fail a second time.
fn stub(model: &Client, flavor: Flavor) -> TokenStream {
    let item = declared_trait(model);
    let shell = client_shell(model, flavor);
    let trait_ident = &model.item.ident;
    let client = client_ident(model);
    let methods = model.methods.iter().map(|m| {
        let sig = if m.is_async() { send_future_sig(&m.sig) } else { m.sig.clone() };
        let body = if m.is_async() {
            quote!(async move { ::core::unimplemented!() })
        } else {
            quote!(::core::unimplemented!())
        };
        quote!(#sig { #body })
    });
    // A generic trait was already refused; implementing it would only
    // repeat that.
    let implementation = model.item.generics.params.is_empty().then(|| {
        quote! {
            #[allow(unused_variables)]
            impl #trait_ident for #client {
                #(#methods)*
            }
        }
    });
    quote! {
        #item
        #shell
        #implementation
    }
}
