//! What `#[client]` hands to `conformance_tests!`, written and read in
//! one place so that both sides agree:
//!
//! ```text
//! tests GitHub "openapi/api.github.com.json";
//! fn get_user = get "/users/{username}" => decodes(::client_runtime::__private::WithMeta<..>) "User";
//! fn list_issues = get "/repos/{owner}/{repo}/issues" => lists(Issue) "";
//! fn search_issues = get "/search/issues" => lists(Issue) "/items";
//! fn chat = post "/v1/chat/completions" => events(ChatChunk);
//! fn watch = get "/api/v1/namespaces/{ns}/pods" => lines(WatchEvent);
//! ```
//!
//! The mode is `tests` (a `#[test]` per method) or `report` (a function
//! per method returning the report, for the generator's own tests). The
//! path is the description's spelling with the base URL's path in front.

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, quote};
use syn::ext::IdentExt as _;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token, Type, parenthesized};

/// A `#[test]` per method, or a function returning its report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Tests,
    Report,
}

pub(crate) struct Input {
    pub(crate) mode: Mode,
    /// The trait: the tests' module is named after it.
    pub(crate) trait_ident: Ident,
    /// `openapi = "..."`, relative to the manifest directory.
    pub(crate) file: LitStr,
    pub(crate) methods: Vec<Entry>,
}

pub(crate) struct Entry {
    pub(crate) name: Ident,
    /// `get`, `post`, ...
    pub(crate) verb: Ident,
    /// `/api/v4/projects/{id}`.
    pub(crate) path: LitStr,
    pub(crate) output: Output,
}

pub(crate) enum Output {
    /// The body through this decoder; the type's name for messages.
    Decodes { decoder: Type, declared: LitStr },
    /// A listing's items of this type, at this pointer.
    Lists { item: Type, items: LitStr },
    /// Server-sent events whose data is this type.
    Events { item: Type },
    /// JSON Lines of this type.
    Lines { item: Type },
}

mod kw {
    syn::custom_keyword!(tests);
    syn::custom_keyword!(report);
    syn::custom_keyword!(decodes);
    syn::custom_keyword!(lists);
    syn::custom_keyword!(events);
    syn::custom_keyword!(lines);
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Input> {
        let mode = if input.peek(kw::report) {
            input.parse::<kw::report>()?;
            Mode::Report
        } else {
            input.parse::<kw::tests>()?;
            Mode::Tests
        };
        let trait_ident = input.parse()?;
        let file = input.parse()?;
        input.parse::<Token![;]>()?;
        let mut methods = Vec::new();
        while !input.is_empty() {
            methods.push(input.parse()?);
        }
        Ok(Input { mode, trait_ident, file, methods })
    }
}

impl Parse for Entry {
    fn parse(input: ParseStream<'_>) -> syn::Result<Entry> {
        input.parse::<Token![fn]>()?;
        let name = input.call(Ident::parse_any)?;
        input.parse::<Token![=]>()?;
        let verb = input.parse()?;
        let path = input.parse()?;
        input.parse::<Token![=>]>()?;
        let output = input.parse()?;
        input.parse::<Token![;]>()?;
        Ok(Entry { name, verb, path, output })
    }
}

impl Parse for Output {
    fn parse(input: ParseStream<'_>) -> syn::Result<Output> {
        let lookahead = input.lookahead1();
        let content;
        if lookahead.peek(kw::decodes) {
            input.parse::<kw::decodes>()?;
            parenthesized!(content in input);
            Ok(Output::Decodes { decoder: content.parse()?, declared: input.parse()? })
        } else if lookahead.peek(kw::lists) {
            input.parse::<kw::lists>()?;
            parenthesized!(content in input);
            Ok(Output::Lists { item: content.parse()?, items: input.parse()? })
        } else if lookahead.peek(kw::events) {
            input.parse::<kw::events>()?;
            parenthesized!(content in input);
            Ok(Output::Events { item: content.parse()? })
        } else if lookahead.peek(kw::lines) {
            input.parse::<kw::lines>()?;
            parenthesized!(content in input);
            Ok(Output::Lines { item: content.parse()? })
        } else {
            Err(lookahead.error())
        }
    }
}

impl ToTokens for Input {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Input { mode, trait_ident, file, methods } = self;
        let mode = match mode {
            Mode::Tests => quote!(tests),
            Mode::Report => quote!(report),
        };
        tokens.extend(quote!(#mode #trait_ident #file; #(#methods)*));
    }
}

impl ToTokens for Entry {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Entry { name, verb, path, output } = self;
        let output = match output {
            Output::Decodes { decoder, declared } => quote!(decodes(#decoder) #declared),
            Output::Lists { item, items } => quote!(lists(#item) #items),
            Output::Events { item } => quote!(events(#item)),
            Output::Lines { item } => quote!(lines(#item)),
        };
        tokens.extend(quote!(fn #name = #verb #path => #output;));
    }
}
