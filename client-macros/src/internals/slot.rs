//! Slots for attribute values: each holds one value, and reports a second
//! one at its token, quoting the first as written.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;

use super::ctxt::Ctxt;
use super::symbol::Symbol;

/// A value given at most once. The second `set` is an error at the second
/// occurrence, quoting the first.
pub(crate) struct Attr<T> {
    name: Symbol,
    kind: Kind,
    value: Option<(Span, String, T)>,
}

#[derive(Clone, Copy)]
enum Kind {
    /// `#[name]` on a method.
    Attribute,
    /// `name = ...` inside an attribute.
    Key,
    /// The message, given the first occurrence as written.
    Custom(fn(&str) -> String),
}

impl<T> Attr<T> {
    /// An attribute such as `#[timeout]`.
    pub(crate) fn new(name: Symbol) -> Self {
        Self { name, kind: Kind::Attribute, value: None }
    }

    /// A key inside an attribute, such as `secs`.
    pub(crate) fn key(name: Symbol) -> Self {
        Self { name, kind: Kind::Key, value: None }
    }

    /// A slot with its own message for the second occurrence.
    pub(crate) fn custom(name: Symbol, message: fn(&str) -> String) -> Self {
        Self { name, kind: Kind::Custom(message), value: None }
    }

    /// Fills the slot, or reports `tokens` as a second occurrence.
    pub(crate) fn set<A: ToTokens>(&mut self, cx: &Ctxt, tokens: A, value: T) {
        let tokens = tokens.into_token_stream();
        let span = tokens.clone().into_iter().next().map_or_else(Span::call_site, |t| t.span());
        self.set_at(cx, tokens, span, value);
    }

    /// Like `set`, remembering `span` as where the value was given.
    pub(crate) fn set_at<A: ToTokens>(&mut self, cx: &Ctxt, tokens: A, span: Span, value: T) {
        let tokens = tokens.into_token_stream();
        match &self.value {
            Some((_, first, _)) => cx.error_spanned_by(&tokens, self.duplicate(first)),
            None => self.value = Some((span, pretty(&tokens), value)),
        }
    }

    fn duplicate(&self, first: &str) -> String {
        match self.kind {
            Kind::Attribute => format!("#[{}] is given twice on this method; the first is `{first}`", self.name),
            Kind::Key => format!("`{}` is given twice; the first is `{first}`", self.name),
            Kind::Custom(message) => message(first),
        }
    }

    pub(crate) fn get(&self) -> Option<&T> {
        self.value.as_ref().map(|(_, _, value)| value)
    }

    pub(crate) fn get_with_span(&self) -> Option<(&T, Span)> {
        self.value.as_ref().map(|(span, _, value)| (value, *span))
    }

    pub(crate) fn span(&self) -> Option<Span> {
        self.value.as_ref().map(|(span, _, _)| *span)
    }

    pub(crate) fn is_set(&self) -> bool {
        self.value.is_some()
    }

    pub(crate) fn into_inner(self) -> Option<T> {
        self.value.map(|(_, _, value)| value)
    }
}

/// Tokens as a person writes them: `#[timeout(secs = 30)]`, `Vec<User>`.
pub(crate) fn pretty(tokens: &TokenStream) -> String {
    let mut text = tokens.to_string();
    for (from, to) in [
        (" :: ", "::"),
        (":: ", "::"),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" ,", ","),
        ("& ", "&"),
        ("# [", "#["),
        (" (", "("),
        ("( ", "("),
        (" )", ")"),
        (" ]", "]"),
    ] {
        text = text.replace(from, to);
    }
    text
}
