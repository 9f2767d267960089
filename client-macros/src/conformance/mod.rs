//! Conformance tests: with `#[client(openapi = "...")]`, every method's
//! declared return type is proven against the data the description
//! documents, by `cargo test`, with no other step.
//!
//! `#[client]` writes, next to the client,
//!
//! ```text
//! #[cfg(test)]
//! ::client_runtime::__private::conformance_tests! {
//!     tests GitHub "openapi/api.github.com.json";
//!     fn update_gist = patch "/gists/{gist_id}" => decodes(::client_runtime::__private::Json<Gist>) "Gist";
//!     ...
//! }
//! ```
//!
//! (`select` picks the methods, `input` is the grammar). Behind
//! `#[cfg(test)]` the macro is never expanded by `cargo check` or
//! `cargo build`: only test builds load the description with its examples
//! and generate payloads (`openapi::payloads`). It expands to a module
//! named after the trait, with one `#[test]` per method:
//!
//! ```text
//! #[doc(hidden)]
//! mod __client_conformance_GitHub {
//!     use super::*;
//!     /// `PATCH /gists/{gist_id}`: 3 documented examples, 2 generated payloads and 61 variants, ...
//!     #[test]
//!     fn update_gist() {
//!         ::client_runtime::__private::conformance::Method { name: "update_gist", .., payloads: &[..] }
//!             .decodes::<::client_runtime::__private::Json<Gist>>()
//!             .assert();
//!     }
//! }
//! ```
//!
//! The payloads are literals: no test reads the description. Types are
//! named as the trait names them (`use super::*`, and a path starting with
//! `super` one level further up), so a trait declared inside a function,
//! whose types a module cannot name, needs `conformance_tests = false`.
//!
//! A method gets no test when it decodes nothing (`()`, text, bytes, a
//! byte stream, events or lines of `String`), when its return type names
//! `Self` or a type parameter, or when it skips `operation`,
//! `response_shape` or `conformance` (`#[openapi(skip = "conformance")]`:
//! the description is wrong about this answer's data).

mod emit;
mod input;
mod select;

#[cfg(test)]
mod tests;

use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::quote;

use self::input::{Input, Mode, Output};
pub(crate) use self::select::invocation;
use crate::openapi::{self, Keep, Target, Verb};

/// The description with its examples: documented payloads.
const KEEP: Keep = Keep { examples: true, prose: false };

/// `conformance_tests! { .. }`: the tests' module.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let input: Input = match syn::parse2(input) {
        Ok(input) => input,
        Err(err) => return err.to_compile_error(),
    };
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_default();
    let description = match openapi::load_keeping(&manifest_dir, &input.file.value(), KEEP) {
        Ok(description) => description,
        Err(err) => return syn::Error::new(input.file.span(), err).to_compile_error(),
    };
    let tests = input.methods.iter().filter_map(|entry| {
        let verb = Verb::from_key(&entry.verb.to_string())?;
        let operation = description.find(verb, &entry.path.value())?;
        let items = match &entry.output {
            Output::Lists { items, .. } => Some(items.value()),
            _ => None,
        };
        let target = match (&entry.output, &items) {
            (Output::Decodes { .. }, _) => Target::Body,
            (Output::Lists { .. }, Some(pointer)) => Target::Items(pointer),
            _ => Target::StreamItem,
        };
        let payloads = openapi::payloads(&description, &operation, target);
        Some(emit::method(entry, &operation.display(), &payloads, input.mode))
    });
    let module = emit::module_ident(&input.trait_ident);
    let visibility = match input.mode {
        Mode::Tests => quote!(),
        Mode::Report => quote!(pub(crate)),
    };
    quote! {
        #[doc(hidden)]
        #[allow(non_snake_case, unused_imports)]
        #visibility mod #module {
            use super::*;

            #(#tests)*
        }
    }
}
