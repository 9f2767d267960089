//! From the checked model to code: the trait as declared, the client
//! struct, its constructors and its implementation of the trait.
//!
//! Generated code names everything through `::client_runtime::...`, and its
//! own locals have mixed-site hygiene, so nothing clashes with user names.

mod method;
mod telemetry;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::spanned::Spanned;
use syn::{ItemTrait, ReturnType, Signature, TraitItem, Type, parse_quote_spanned};

use crate::internals::ast::{self, Flavor};
use crate::internals::ctxt::Ctxt;
use crate::internals::{check, checked, parse, spec};
use crate::openapi;

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
    let ast = parse::client(&cx, args, item);
    let flavor = check::flavor(&cx, &ast);
    let checked = check::client(&cx, &ast, flavor);
    // The description is read even when a check failed, so that the crate
    // is rebuilt when it changes.
    let spec = checked.as_ref().map_or_else(
        || spec::load(&cx, &ast).map(|d| openapi::track(&d)).unwrap_or_default(),
        |checked| spec::check(&cx, checked),
    );
    match (cx.check(), checked) {
        (Ok(()), Some(checked)) => {
            let code = generate(&checked);
            let conformance = crate::conformance::invocation(&checked);
            quote!(#code #spec #conformance)
        }
        (result, _) => {
            // Every `None` above comes with an error; the fallback is for
            // the unexpected, so that a stub never stands alone.
            let errors = result.err().unwrap_or_else(|| {
                syn::Error::new(Span::call_site(), "#[client] could not read this trait; please report it")
            });
            let errors = errors.to_compile_error();
            let stub = stub(&ast, flavor);
            quote!(#errors #stub #spec)
        }
    }
}

fn session_type(flavor: Flavor) -> TokenStream {
    match flavor {
        Flavor::Async => quote!(::client_runtime::Session),
        Flavor::Blocking => quote!(::client_runtime::blocking::Session),
    }
}

fn generate(client: &checked::Client<'_>) -> TokenStream {
    let item = declared_trait(client.ast);
    let shell = client_shell(client.ast, &client.ident, client.flavor);
    let trait_ident = &client.ast.item.ident;
    let methods = client.methods.iter().map(|m| method::implementation(client, m));
    let ident = struct_path(&client.ident);
    quote! {
        #item
        #shell
        impl #trait_ident for #ident {
            #(#methods)*
        }
    }
}

/// The trait as the user wrote it, minus this crate's attributes, with
/// `async fn` requests declared as returning `Send` futures so that calls
/// through a generic `C: Trait + Sync` can be spawned.
fn declared_trait(client: &ast::Client) -> ItemTrait {
    let mut item = client.item.clone();
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
    let (output, span) = match &sig.output {
        ReturnType::Default => (quote!(()), sig.ident.span()),
        ReturnType::Type(_, ty) => (quote!(#ty), ty.span()),
    };
    sig.asyncness = None;
    // Spanned at the declared return type: a problem with it is reported there.
    sig.output = parse_quote_spanned! {span=>
        -> impl ::core::future::Future<Output = #output> + ::core::marker::Send
    };
    sig
}

/// The struct, its constructors and `Assemble`.
///
/// The struct is defined in a module of its own and imported under its
/// name, and every generated `impl` names it through that module. A type
/// of the same name in the user's scope then clashes with the import
/// alone: one error, at the trait's name, and none from the impls, which
/// still reach the generated struct.
fn client_shell(client: &ast::Client, ident: &Ident, flavor: Flavor) -> TokenStream {
    let vis = &client.item.vis;
    let trait_ident = &client.item.ident;
    let session = session_type(flavor);
    let base_url = client.options.base_url.get().map(|url| quote!(.base_url(#url)));
    let doc =
        format!("The client generated from [`{trait_ident}`](super::{trait_ident}): calls go through its session.");
    let base_doc = match client.options.base_url.get() {
        Some(url) => format!("The builder starts with the base URL `{}`.", url.value()),
        None => "No base URL is declared: set one with `.base_url(...)`.".to_owned(),
    };
    let home = struct_home(ident);
    let path = struct_path(ident);
    // The path is located at the trait's name, where rustc then reports a
    // clash; the imported name has the span of the user's `trait` keyword,
    // so that rustc does not suggest writing `as` into the trait's line.
    let at_name = Span::call_site().located_at(trait_ident.span());
    let home_at_name = Ident::new(&home.to_string(), at_name);
    let imported = Ident::new(&ident.to_string(), client.item.trait_token.span);
    quote! {
        #[doc(hidden)]
        #[allow(non_snake_case, unreachable_pub)]
        mod #home {
            #[doc = #doc]
            #[derive(::core::clone::Clone, ::core::fmt::Debug)]
            pub struct #ident {
                pub(super) session: #session,
            }
        }

        #[allow(unused_imports)]
        #vis use #home_at_name::#imported;

        impl #path {
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

        impl ::client_runtime::__private::Assemble for #path {
            fn assemble(config: ::client_runtime::__private::Config) -> ::client_runtime::Result<Self> {
                <#session as ::client_runtime::__private::Assemble>::assemble(config).map(Self::from_session)
            }
        }
    }
}

/// The module that defines the struct.
fn struct_home(ident: &Ident) -> Ident {
    format_ident!("__client_{}", ident, span = Span::call_site())
}

/// The struct, named through its module.
fn struct_path(ident: &Ident) -> TokenStream {
    let home = struct_home(ident);
    quote!(#home::#ident)
}

/// After errors: the trait and a client whose methods do nothing, so that
/// code naming them does not fail a second time.
fn stub(client: &ast::Client, flavor: Flavor) -> TokenStream {
    let item = declared_trait(client);
    let ident = client.struct_ident();
    let shell = client_shell(client, &ident, flavor);
    let trait_ident = &client.item.ident;
    let path = struct_path(&ident);
    let methods = client.methods.iter().map(|m| {
        let sig = if m.is_async() { send_future_sig(&m.sig) } else { m.sig.clone() };
        let body = if m.is_async() || returns_impl_future(&m.sig) {
            quote!(async move { ::core::unimplemented!() })
        } else {
            quote!(::core::unimplemented!())
        };
        quote!(#sig { #body })
    });
    // A generic trait was already refused; implementing it would only
    // repeat that.
    let implementation = client.item.generics.params.is_empty().then(|| {
        quote! {
            #[allow(unused_variables)]
            impl #trait_ident for #path {
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

/// `fn f(&self) -> impl Future<...>`: refused, and stubbed with a future.
fn returns_impl_future(sig: &Signature) -> bool {
    let ReturnType::Type(_, ty) = &sig.output else { return false };
    let Type::ImplTrait(bounds) = &**ty else { return false };
    bounds.bounds.iter().any(|bound| quote!(#bound).to_string().contains("Future"))
}
