//! From the checked model to code: the trait as declared, the client
//! struct, its constructors and its implementation of the trait.
//!
//! Generated code names everything through `::client_runtime::...`, and its
//! own locals have mixed-site hygiene, so nothing clashes with user names.

mod flavour;
mod method;
mod shell;
mod telemetry;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::spanned::Spanned;
use syn::{FnArg, ItemTrait, Pat, ReturnType, Signature, TraitItem, Type, parse_quote, parse_quote_spanned};

use self::flavour::Target;

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

fn generate(client: &checked::Client<'_>) -> TokenStream {
    let item = declared_trait(client.ast);
    let clients = Target::all(client.ast, client.flavor).into_iter().map(|target| {
        let bodies = client.methods.iter().map(|m| method::body(client, m, target.flavor, &target.output(m.ast)));
        client_code(client.ast, &target, Bodies::Generated(bodies.collect()))
    });
    quote! {
        #item
        #(#clients)*
    }
}

/// The bodies of a client's request methods, in the trait's order.
enum Bodies {
    Generated(Vec<TokenStream>),
    /// After errors: bodies that do nothing and use no argument.
    Stub(Vec<TokenStream>),
}

/// One client: its shell, the trait's methods as its own (so that calls
/// need no import of the trait), and for the trait's own flavour the
/// trait's implementation, which calls them.
fn client_code(client: &ast::Client, target: &Target, bodies: Bodies) -> TokenStream {
    let shell = shell::client_shell(client, target);
    let path = shell::struct_path(client, &target.ident);
    let (bodies, stub) = match bodies {
        Bodies::Generated(bodies) => (bodies, false),
        Bodies::Stub(bodies) => (bodies, true),
    };
    // A method named like the client's own functions was reported; its
    // definition would only clash with theirs.
    let methods = client.methods.iter().zip(&bodies).filter(|(m, _)| !stub || !m.is_named_like_generated());
    // The twin's methods are compiled where they are called: a blocking
    // client nobody calls costs no code generation.
    let inline = (!target.implements_trait).then(|| quote!(#[inline]));
    let methods = methods.map(|(m, body)| {
        let method = inherent(client, &m.forwarded, &target.signature(m), body);
        quote!(#inline #method)
    });
    let helpers = client.helpers.iter().filter(|_| target.implements_trait).map(|h| helper(client, h));
    let stub_allow = stub.then(|| quote!(#[allow(unused_variables)]));
    let implementation = target.implements_trait.then(|| {
        let trait_ident = &client.item.ident;
        let methods = client.methods.iter().zip(&bodies).map(|(m, body)| {
            let sig = target.signature(m);
            let body = if stub { body.clone() } else { forward(&path, &sig) };
            quote!(#sig { #body })
        });
        quote! {
            #[allow(deprecated)]
            #stub_allow
            impl #trait_ident for #path {
                #(#methods)*
            }
        }
    });
    quote! {
        #shell

        // The methods repeat the trait's: what a lint finds in them (an
        // unused method, many arguments, missing docs) it finds in the trait.
        #[allow(dead_code, deprecated, missing_docs, clippy::too_many_arguments)]
        #stub_allow
        impl #path {
            #(#methods)*
            #(#helpers)*
        }

        #implementation
    }
}

/// A method of the client, documented as the trait's.
fn inherent(client: &ast::Client, attrs: &[syn::Attribute], sig: &Signature, body: &TokenStream) -> TokenStream {
    let vis = &client.item.vis;
    quote! {
        #(#attrs)*
        #vis #sig {
            #body
        }
    }
}

/// A method with a default body, repeated on the client: it calls the
/// trait's.
fn helper(client: &ast::Client, helper: &ast::Helper) -> TokenStream {
    let trait_ident = &client.item.ident;
    let call = forward(&quote!(<Self as #trait_ident>), &helper.sig);
    let call = match helper.sig.asyncness {
        Some(_) => quote!(#call.await),
        None => call,
    };
    inherent(client, &helper.forwarded, &helper.sig, &call)
}

/// `callee::method(self, a, b)`: the same method called with the same
/// arguments.
fn forward(callee: &TokenStream, sig: &Signature) -> TokenStream {
    let ident = &sig.ident;
    let receiver = ast::receiver(sig);
    let args = sig.inputs.iter().filter_map(|input| match input {
        FnArg::Typed(typed) => match &*typed.pat {
            Pat::Ident(pat) => Some(&pat.ident),
            _ => None,
        },
        FnArg::Receiver(_) => None,
    });
    quote!(#callee::#ident(#receiver, #(#args),*))
}

/// The trait as the user wrote it, minus this crate's attributes, with
/// `async fn` requests declared as returning `Send` futures so that calls
/// through a generic `C: Trait + Sync` can be spawned.
fn declared_trait(client: &ast::Client) -> ItemTrait {
    let mut item = client.item.clone();
    // The clients are what code calls; the trait is their declaration, and
    // a private one used through them alone is not dead code.
    item.attrs.push(parse_quote!(#[allow(dead_code)]));
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

/// After errors: the trait and clients whose methods do nothing, so that
/// code naming them does not fail a second time.
fn stub(client: &ast::Client, flavor: Flavor) -> TokenStream {
    let item = declared_trait(client);
    // A generic trait was already refused; methods naming its parameters
    // would only repeat that.
    let generic = !client.item.generics.params.is_empty();
    let clients = Target::all(client, flavor).into_iter().map(|target| {
        if generic {
            return shell::client_shell(client, &target);
        }
        let bodies = client.methods.iter().map(|m| stub_body(&target.signature(m)));
        client_code(client, &target, Bodies::Stub(bodies.collect()))
    });
    quote! {
        #item
        #(#clients)*
    }
}

fn stub_body(sig: &Signature) -> TokenStream {
    if returns_impl_future(sig) {
        quote!(async move { ::core::unimplemented!() })
    } else {
        quote!(::core::unimplemented!())
    }
}

/// `fn f(&self) -> impl Future<...>`: refused, and stubbed with a future.
fn returns_impl_future(sig: &Signature) -> bool {
    let ReturnType::Type(_, ty) = &sig.output else { return false };
    let Type::ImplTrait(bounds) = &**ty else { return false };
    bounds.bounds.iter().any(|bound| quote!(#bound).to_string().contains("Future"))
}
