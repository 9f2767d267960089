//! Tokens the expansion adds for a checked trait: a rebuild when the
//! description changes, and warnings (stable Rust has no warning API for
//! procedural macros, so a use of a deprecated item carries the message).

use proc_macro2::{Span, TokenStream};
use quote::quote_spanned;

use super::index::Description;

/// `const _: &[u8] = include_bytes!("/abs/path");`: Cargo's dependency
/// info then lists the file, so the crate is rebuilt when it changes.
pub(crate) fn track(description: &Description) -> TokenStream {
    let path = description.path().to_string_lossy().into_owned();
    quote_spanned! {Span::call_site()=>
        const _: &[u8] = ::core::include_bytes!(#path);
    }
}

/// A compiler warning reading `use of deprecated unit struct
/// `openapi`: <message>` at `span`.
pub(crate) fn warning(span: Span, message: &str) -> TokenStream {
    quote_spanned! {span=>
        const _: () = {
            #[deprecated(note = #message)]
            #[allow(non_camel_case_types)]
            struct openapi;
            let _ = openapi;
        };
    }
}
