//! The code of one method's test: its payloads as literals, and the call
//! into the runtime that decodes them.

use proc_macro2::{Span, TokenStream};
use quote::quote;

use super::input::{Entry, Mode, Output};
use crate::openapi::{Payload, Payloads};

/// The test (or, in report mode, the function returning the report) of
/// one method.
pub(super) fn method(entry: &Entry, operation: &str, payloads: &Payloads, mode: Mode) -> TokenStream {
    let name = &entry.name;
    let method_name = ident_text(name);
    let declared = declared(&entry.output);
    let notes = &payloads.notes;
    let literals = payloads.payloads.iter().map(payload);
    let check = check(&entry.output);
    let doc = summary(operation, payloads);
    let method = quote! {
        ::client_runtime::__private::conformance::Method {
            name: #method_name,
            operation: #operation,
            declared: #declared,
            notes: &[#(#notes),*],
            payloads: &[#(#literals),*],
        }
    };
    match mode {
        Mode::Tests => quote! {
            #[doc = #doc]
            #[test]
            fn #name() {
                #method.#check.assert();
            }
        },
        Mode::Report => quote! {
            #[doc = #doc]
            pub(crate) fn #name() -> ::client_runtime::__private::conformance::Report {
                #method.#check
            }
        },
    }
}

fn payload(payload: &Payload) -> TokenStream {
    let kind = &payload.kind;
    let json = payload.json.to_string();
    let variants: Vec<String> = payload.variants.iter().map(|variant| variant.line()).collect();
    let variants = variants.join("\n");
    let complete = match payload.complete {
        Some(index) => quote!(::core::option::Option::Some(#index)),
        None => quote!(::core::option::Option::None),
    };
    quote! {
        ::client_runtime::__private::conformance::Payload {
            kind: #kind,
            json: #json,
            variants: #variants,
            complete: #complete,
        }
    }
}

/// The runtime call that decodes the payloads as a call of the method would.
fn check(output: &Output) -> TokenStream {
    match output {
        Output::Decodes { decoder, .. } => quote!(decodes::<#decoder>()),
        Output::Lists { item, items } => quote!(lists::<#item>(#items)),
        Output::Events { item } => quote!(streams_events::<#item>()),
        Output::Lines { item } => quote!(streams_lines::<#item>()),
    }
}

/// The declared type's name, for messages.
fn declared(output: &Output) -> String {
    match output {
        Output::Decodes { declared, .. } => declared.value(),
        Output::Lists { item, .. } | Output::Events { item } | Output::Lines { item } => {
            crate::internals::slot::pretty(&quote!(#item))
        }
    }
}

/// `` `GET /gists/{gist_id}`: 2 documented examples, 2 generated payloads, 61 variants. ``
fn summary(operation: &str, payloads: &Payloads) -> String {
    let examples = payloads.payloads.iter().filter(|p| p.kind.starts_with("the documented example")).count();
    let generated = payloads.payloads.len() - examples;
    let variants: usize = payloads.payloads.iter().map(|p| p.variants.len()).sum();
    format!(
        " `{operation}`: {examples} documented examples, {generated} generated payloads and {variants} variants, \
         decoded as a call of the method decodes a response."
    )
}

/// A method's name without `r#`.
fn ident_text(ident: &proc_macro2::Ident) -> String {
    let text = ident.to_string();
    text.strip_prefix("r#").map_or(text.clone(), str::to_owned)
}

/// The module holding a trait's tests.
pub(super) fn module_ident(trait_ident: &proc_macro2::Ident) -> proc_macro2::Ident {
    quote::format_ident!("__client_conformance_{}", trait_ident, span = Span::call_site())
}
