//! The clients one trait gives: a client of the trait's own flavour, which
//! implements the trait, and for an async trait a blocking twin with the
//! same methods, each returning when its response is read.

use proc_macro2::Ident;
use syn::{GenericArgument, PathArguments, ReturnType, Signature, Type, parse_quote_spanned};

use super::send_future_sig;
use crate::internals::ast::{self, Flavor};

/// One client the expansion writes.
pub(super) struct Target {
    pub(super) ident: Ident,
    pub(super) flavor: Flavor,
    /// The trait's own flavour implements the trait; the blocking twin of
    /// an async trait cannot, since its methods block.
    pub(super) implements_trait: bool,
}

impl Target {
    /// The clients of a trait of this flavour.
    pub(super) fn all(client: &ast::Client, flavor: Flavor) -> Vec<Target> {
        let own = Target { ident: client.struct_ident(), flavor, implements_trait: true };
        match flavor {
            Flavor::Async => {
                let twin =
                    Target { ident: client.blocking_struct_ident(), flavor: Flavor::Blocking, implements_trait: false };
                vec![own, twin]
            }
            Flavor::Blocking => vec![own],
        }
    }

    /// Whether this is the blocking twin of an async trait's client.
    fn is_twin(&self) -> bool {
        self.flavor == Flavor::Blocking && !self.implements_trait
    }

    /// A request method's signature in this client: as declared, with an
    /// async method's future declared `Send`, or in blocking form.
    pub(super) fn signature(&self, method: &ast::Method) -> Signature {
        match method.is_async() {
            _ if self.is_twin() => blocking_form(method),
            true => send_future_sig(&method.sig),
            false => method.sig.clone(),
        }
    }

    /// What a request method returns in this client (for an async method,
    /// what its future gives).
    pub(super) fn output(&self, method: &ast::Method) -> ReturnType {
        match self.is_twin() {
            true => blocking_form(method).output,
            false => method.sig.output.clone(),
        }
    }
}

/// The types an async method returns that have a blocking counterpart of
/// the same name in `client_runtime::blocking`.
const ASYNC_TYPES: [&str; 4] = ["Paginated", "ByteStream", "EventStream", "JsonLines"];

/// A request method in the blocking twin. A return type that was reported
/// stays as written, so that its error is not reported again in another
/// form.
fn blocking_form(method: &ast::Method) -> Signature {
    match method.ret {
        Some(_) => blocking_sig(&method.sig),
        None => Signature { asyncness: None, ..method.sig.clone() },
    }
}

/// An async method as its blocking twin: no `async`, and `Paginated<T>`,
/// `ByteStream`, `EventStream<T>` and `JsonLines<T>`, alone or in
/// `Result<..>`, become those of `client_runtime::blocking`; `Result<T>`
/// is `client_runtime::Result<T>`.
pub(super) fn blocking_sig(sig: &Signature) -> Signature {
    let mut sig = sig.clone();
    sig.asyncness = None;
    if let ReturnType::Type(_, ty) = &mut sig.output {
        to_blocking(ty);
    }
    sig
}

fn to_blocking(ty: &mut Type) {
    let ty = match ty {
        Type::Group(group) => &mut *group.elem,
        other => other,
    };
    let Type::Path(path) = ty else { return };
    if path.qself.is_some() {
        return;
    }
    let Some(last) = path.path.segments.last_mut() else { return };
    let name = last.ident.to_string();
    if name == "Result" {
        let PathArguments::AngleBracketed(args) = &mut last.arguments else { return };
        let Some(GenericArgument::Type(ok)) = args.args.first_mut() else { return };
        to_blocking(ok);
        // Written as this crate's `Result`: a `Result` of another crate is
        // reported at the async client's method, and once is enough.
        let span = last.ident.span();
        *ty = parse_quote_spanned!(span=> ::client_runtime::Result<#ok>);
    } else if ASYNC_TYPES.contains(&name.as_str()) {
        // Spanned at the user's type name, where a problem with it shows.
        let ident = last.ident.clone();
        let args = last.arguments.clone();
        *ty = parse_quote_spanned!(ident.span()=> ::client_runtime::blocking::#ident #args);
    }
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;
    use syn::parse_quote;

    use super::*;

    fn blocking(sig: Signature) -> String {
        blocking_sig(&sig).to_token_stream().to_string()
    }

    #[test]
    fn async_types_become_their_blocking_counterparts() {
        assert_eq!(
            blocking(parse_quote!(fn list(&self) -> Paginated<Issue>)),
            "fn list (& self) -> :: client_runtime :: blocking :: Paginated < Issue >"
        );
        assert_eq!(
            blocking(parse_quote!(async fn file(&self) -> Result<ByteStream>)),
            "fn file (& self) -> :: client_runtime :: Result < :: client_runtime :: blocking :: ByteStream >"
        );
        assert_eq!(
            blocking(parse_quote!(async fn chat(&self) -> client_runtime::Result<client_runtime::EventStream<Chunk>>))
                .trim_start_matches("fn chat (& self) -> "),
            ":: client_runtime :: Result < :: client_runtime :: blocking :: EventStream < Chunk > >"
        );
    }

    #[test]
    fn other_types_stay_as_written_inside_this_crate_s_result() {
        assert_eq!(
            blocking(parse_quote!(async fn user(&self, name: &str) -> Result<Response<User>>)),
            "fn user (& self , name : & str) -> :: client_runtime :: Result < Response < User > >"
        );
        assert_eq!(
            blocking(parse_quote!(async fn gone(&self) -> std::io::Result<()>)),
            "fn gone (& self) -> :: client_runtime :: Result < () >"
        );
    }
}
