//! A client's struct, its constructors and `Assemble`: everything but its
//! request methods.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::flavour::Target;
use crate::internals::ast::{self, Flavor};

fn session_type(flavor: Flavor) -> TokenStream {
    match flavor {
        Flavor::Async => quote!(::client_runtime::Session),
        Flavor::Blocking => quote!(::client_runtime::blocking::Session),
    }
}

/// The struct, its constructors and `Assemble`.
///
/// The struct is defined in a module of its own and imported under its
/// name, and every generated `impl` names it through that module. A type
/// of the same name in the user's scope then clashes with the import
/// alone: one error, at the trait's name, and none from the impls, which
/// still reach the generated struct.
pub(super) fn client_shell(client: &ast::Client, target: &Target) -> TokenStream {
    let vis = &client.item.vis;
    let trait_ident = &client.item.ident;
    let ident = &target.ident;
    let session = session_type(target.flavor);
    let base_url = client.options.base_url.get().map(|url| quote!(.base_url(#url)));
    let doc = match target.implements_trait {
        true => {
            format!("The client generated from [`{trait_ident}`](super::{trait_ident}): calls go through its session.")
        }
        false => format!(
            "The blocking client generated from [`{trait_ident}`](super::{trait_ident}): the same calls, each \
             returning when its response is read, for code without an async runtime."
        ),
    };
    let base_doc = match client.options.base_url.get() {
        Some(url) => format!("The builder starts with the base URL `{}`.", url.value()),
        None => "No base URL is declared: set one with `.base_url(...)`.".to_owned(),
    };
    let home = struct_home(client, ident);
    let path = struct_path(client, ident);
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

        #[allow(dead_code)]
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

/// The module that defines the struct. It is named after the trait as
/// well: two traits whose clients have one name (`GitHub`'s blocking twin
/// and a trait `GitHubBlocking`) then clash only in their imports, once.
fn struct_home(client: &ast::Client, ident: &Ident) -> Ident {
    format_ident!("__client_{}_{}", client.item.ident, ident, span = Span::call_site())
}

/// The struct, named through its module.
pub(super) fn struct_path(client: &ast::Client, ident: &Ident) -> TokenStream {
    let home = struct_home(client, ident);
    quote!(#home::#ident)
}
