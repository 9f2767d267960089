//! The `#[client]` attribute. Use it through `client_runtime::client`,
//! whose documentation describes the declaration language.

mod attr;
mod ctxt;
mod expand;
mod model;
mod parse;
mod ret;
mod template;
mod validate;

use proc_macro::TokenStream;

/// Turns an annotated trait into a client struct. See `client_runtime`.
#[proc_macro_attribute]
pub fn client(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::client(args.into(), input.into()).into()
}
