//! Names that must be unique: query keys, headers, and the client's own
//! functions beside the trait's methods.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::bindings::ident_name;
use crate::internals::ast::{Client, Method, Role};
use crate::internals::ctxt::Ctxt;
use crate::internals::slot::pretty;
use crate::internals::symbol;

/// One use of a name, as the user wrote it.
struct Use {
    name: String,
    tokens: TokenStream,
    written: String,
}

impl Use {
    fn new(name: String, tokens: TokenStream) -> Self {
        let written = pretty(&tokens);
        Self { name, tokens, written }
    }
}

/// Reports each use whose name an earlier one already has.
fn report_duplicates(cx: &Ctxt, uses: &[Use], what: &str) {
    for (index, later) in uses.iter().enumerate() {
        if let Some(first) = uses[..index].iter().find(|u| u.name == later.name) {
            cx.error_spanned_by(
                &later.tokens,
                format!("{what} {:?} is sent twice: `{}` already sends it", later.name, first.written),
            );
        }
    }
}

/// Query keys: the template's constant query, then each `#[query]`.
pub(super) fn query_keys(cx: &Ctxt, method: &Method) {
    let mut uses = Vec::new();
    if let Some((_, Some(template))) = method.attrs.verb.get() {
        let lit = &template.lit;
        for pair in template.query.iter().flat_map(|q| q.split('&')).filter(|p| !p.is_empty()) {
            let key = pair.split_once('=').map_or(pair, |(key, _)| key);
            uses.push(Use { name: key.to_owned(), written: format!("?{pair}"), tokens: lit.to_token_stream() });
        }
    }
    for arg in &method.args {
        let Some(Role::Query(query)) = arg.role.get() else { continue };
        let ident = &arg.ident;
        let name = query.key.as_ref().map_or_else(|| ident_name(ident), syn::LitStr::value);
        let tokens = match &query.key {
            Some(key) => quote!(#key),
            None => quote!(#ident),
        };
        let written = match &query.key {
            Some(key) => format!("#[query({})] {ident}", key.to_token_stream()),
            None => format!("#[query] {ident}"),
        };
        uses.push(Use { name, tokens, written });
    }
    report_duplicates(cx, &uses, "query key");
}

/// Header names, compared case-insensitively: the method's static headers
/// and its header arguments. A trait header may be overridden by either.
pub(super) fn headers(cx: &Ctxt, method: &Method) {
    let mut uses: Vec<Use> =
        method.attrs.headers.iter().map(|h| Use::new(h.name.clone(), h.lit.to_token_stream())).collect();
    for arg in &method.args {
        let Some(Role::Header(header)) = arg.role.get() else { continue };
        uses.push(Use::new(header.name.clone(), header.lit.to_token_stream()));
    }
    for u in &mut uses {
        u.written = format!("#[header({})]", u.written);
    }
    report_duplicates(cx, &uses, "header");
}

/// The trait's own static headers, compared case-insensitively.
pub(super) fn trait_headers(cx: &Ctxt, client: &Client) {
    let mut uses: Vec<Use> = client.headers.iter().map(|h| Use::new(h.name.clone(), h.lit.to_token_stream())).collect();
    for u in &mut uses {
        u.written = format!("#[header({})]", u.written);
    }
    report_duplicates(cx, &uses, "header");
}

/// A method named like one of the client's inherent functions would be
/// shadowed by it.
pub(super) fn generated_fns(cx: &Ctxt, client: &Client, method: &Method) {
    let ident = &method.sig.ident;
    let Some(generated) = symbol::generated_fn(ident) else { return };
    let strukt = client.struct_ident();
    let signature = if generated == symbol::SESSION { "(&self)" } else { "(...)" };
    cx.error_spanned_by(
        ident,
        format!(
            "`{trait_name}::{ident}` would be shadowed by the generated `{strukt}::{generated}{signature}`: rename the method and keep the path with #[{verb}(\"...\")]",
            trait_name = client.item.ident,
            verb = method.attrs.verb.get().map_or(symbol::GET, |(kind, _)| kind.attr_name()),
        ),
    );
}

/// The query keys declared `#[query(secret)]`.
pub(super) fn secret_query(method: &Method) -> Vec<String> {
    method
        .args
        .iter()
        .filter_map(|arg| match arg.role.get() {
            Some(Role::Query(query)) if query.secret => {
                Some(query.key.as_ref().map_or_else(|| ident_name(&arg.ident), syn::LitStr::value))
            }
            _ => None,
        })
        .collect()
}
