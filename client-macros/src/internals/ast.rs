//! What the trait declares, as read: every attribute in its slot, with
//! spans kept for error messages. Nothing here is checked across
//! attributes yet; see `check` for that.

use proc_macro2::{Ident, Span};
use quote::format_ident;
use syn::{Attribute, LitStr, Signature, Type};

use super::ret::Ret;
use super::slot::Attr;
use super::symbol::{self, Symbol};
use super::template::Template;

pub(crate) struct Client {
    /// The trait with this crate's attributes removed.
    pub(crate) item: syn::ItemTrait,
    pub(crate) options: ClientOptions,
    pub(crate) headers: Vec<StaticHeader>,
    pub(crate) methods: Vec<Method>,
    /// Methods with a default body that take `&self`: the clients repeat
    /// them as inherent methods that call the trait's.
    pub(crate) helpers: Vec<Helper>,
}

/// A method with a default body, left in the trait as written.
pub(crate) struct Helper {
    pub(crate) sig: Signature,
    /// Its docs and deprecation, repeated on the inherent method.
    pub(crate) forwarded: Vec<Attribute>,
}

/// `#[client(...)]`.
pub(crate) struct ClientOptions {
    pub(crate) base_url: Attr<LitStr>,
    pub(crate) blocking: Attr<()>,
    /// `name = "..."`: the struct's name, already a valid identifier.
    pub(crate) name: Attr<Ident>,
    /// `openapi = "path"`, relative to the manifest directory.
    pub(crate) openapi: Attr<LitStr>,
    /// `conformance_tests = false`: no tests generated from the description.
    pub(crate) conformance_tests: Attr<bool>,
}

impl Client {
    /// `<Trait>Client`, or the declared `name`. The default is spanned at
    /// the trait's name, so that a clash with a type of that name is
    /// reported there.
    pub(crate) fn struct_ident(&self) -> Ident {
        match self.options.name.get() {
            Some(name) => name.clone(),
            None => format_ident!("{}Client", self.item.ident, span = self.item.ident.span()),
        }
    }

    /// The blocking twin of an async trait's client: `<Trait>BlockingClient`,
    /// or `<name>Blocking` after a declared `name`. Spanned like
    /// [`struct_ident`](Self::struct_ident), for the same reason.
    pub(crate) fn blocking_struct_ident(&self) -> Ident {
        match self.options.name.get() {
            Some(name) => format_ident!("{}Blocking", name, span = name.span()),
            None => format_ident!("{}BlockingClient", self.item.ident, span = self.item.ident.span()),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    Async,
    Blocking,
}

pub(crate) struct Method {
    /// The signature with this crate's attributes removed.
    pub(crate) sig: Signature,
    /// Its docs and deprecation, repeated on the clients' inherent methods.
    pub(crate) forwarded: Vec<Attribute>,
    pub(crate) attrs: MethodAttrs,
    pub(crate) args: Vec<Arg>,
    /// `None` when the return type was reported as unusable.
    pub(crate) ret: Option<Ret>,
}

impl Method {
    pub(crate) fn is_async(&self) -> bool {
        self.sig.asyncness.is_some()
    }

    /// Whether the method has the name of one of the clients' own
    /// functions (`new`, `builder`, ...), which is an error.
    pub(crate) fn is_named_like_generated(&self) -> bool {
        symbol::generated_fn(&self.sig.ident).is_some()
    }

    pub(crate) fn is_paginated(&self) -> bool {
        matches!(self.ret, Some(Ret::Paginated))
    }

    /// The `self` of the method's `&self`: see [`receiver`].
    pub(crate) fn receiver(&self) -> Ident {
        receiver(&self.sig)
    }
}

/// The `self` of a method's `&self`, with the user's span. Generated code
/// names the receiver through this token: one made by the macro would not
/// be this `self` when a `macro_rules!` wrote the trait, and hygiene would
/// reject it (E0424).
pub(crate) fn receiver(sig: &Signature) -> Ident {
    let span = sig.receiver().map_or_else(Span::call_site, |recv| recv.self_token.span);
    Ident::new("self", span)
}

/// The attributes of a request method.
pub(crate) struct MethodAttrs {
    /// The verb and its template (`None` when the template was reported).
    pub(crate) verb: Attr<(VerbKind, Option<Template>)>,
    pub(crate) headers: Vec<StaticHeader>,
    pub(crate) retry: Attr<RetrySetting>,
    pub(crate) timeout_ms: Attr<u64>,
    pub(crate) paginate: Attr<Paginate>,
    pub(crate) idempotent: Attr<()>,
    pub(crate) multipart: Attr<()>,
    /// `#[cache(none)]`: `false`.
    pub(crate) cache: Attr<bool>,
    /// `#[openapi(skip = "check")]`: checks of the description to skip.
    pub(crate) openapi_skips: Vec<LitStr>,
    /// `#[openapi(undocumented = "name")]`: constant query keys of the
    /// template that the description leaves out.
    pub(crate) openapi_undocumented: Vec<LitStr>,
    /// Where `#[openapi]` was written, if it was.
    pub(crate) openapi: Option<Span>,
    pub(crate) sse: Attr<Sse>,
    /// An attribute that is not ours was reported, perhaps a misspelt verb.
    pub(crate) unknown: bool,
}

impl MethodAttrs {
    pub(crate) fn new() -> Self {
        Self {
            verb: Attr::custom(Symbol("verb"), |first| {
                format!("a method has one verb, and this one already has #[{first}]")
            }),
            headers: Vec::new(),
            retry: Attr::new(symbol::RETRY),
            timeout_ms: Attr::new(symbol::TIMEOUT),
            paginate: Attr::new(symbol::PAGINATE),
            idempotent: Attr::new(symbol::IDEMPOTENT),
            multipart: Attr::new(symbol::MULTIPART),
            cache: Attr::new(symbol::CACHE),
            openapi_skips: Vec::new(),
            openapi_undocumented: Vec::new(),
            openapi: None,
            sse: Attr::new(symbol::SSE),
            unknown: false,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbKind {
    Get,
    Post,
    Put,
    Patch,
    Delete,
    Head,
    Options,
}

impl VerbKind {
    pub(crate) const ALL: [(Symbol, Self); 7] = [
        (symbol::GET, Self::Get),
        (symbol::POST, Self::Post),
        (symbol::PUT, Self::Put),
        (symbol::PATCH, Self::Patch),
        (symbol::DELETE, Self::Delete),
        (symbol::HEAD, Self::Head),
        (symbol::OPTIONS, Self::Options),
    ];

    pub(crate) fn attr_name(self) -> Symbol {
        Self::ALL.iter().find(|(_, k)| *k == self).map_or(symbol::GET, |(name, _)| *name)
    }

    pub(crate) fn http_name(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
            Self::Head => "HEAD",
            Self::Options => "OPTIONS",
        }
    }

    /// RFC 9110 idempotent methods (TRACE aside).
    pub(crate) fn is_idempotent(self) -> bool {
        matches!(self, Self::Get | Self::Head | Self::Put | Self::Delete | Self::Options)
    }

    pub(crate) fn allows_body(self) -> bool {
        !matches!(self, Self::Get | Self::Head)
    }
}

/// A header whose name and value are literals, already checked.
pub(crate) struct StaticHeader {
    /// Lowercase, as `HeaderName::from_static` requires.
    pub(crate) name: String,
    pub(crate) value: String,
    /// The name as written.
    pub(crate) lit: LitStr,
}

pub(crate) struct Arg {
    pub(crate) ident: Ident,
    pub(crate) ty: Type,
    /// The argument's one attribute, if any.
    pub(crate) role: Attr<Role>,
}

impl Arg {
    pub(crate) fn role(&self) -> Option<(&Role, Span)> {
        self.role.get_with_span()
    }
}

pub(crate) enum Role {
    Query(Query),
    /// `#[header("Name")]`.
    Header(HeaderArg),
    /// `#[body]`: JSON.
    Json,
    /// `#[body(raw)]`, with the content type it declares, if any.
    Raw(Option<String>),
    /// `#[form]`.
    Form,
    /// `#[part("name")]`.
    Part(String),
}

impl Role {
    pub(crate) fn is_body(&self) -> bool {
        matches!(self, Self::Json | Self::Raw(_) | Self::Form)
    }
}

/// `#[query]`, `#[query("key")]`, with `join = ","` and `secret`.
pub(crate) struct Query {
    /// `None`: the argument's name, or flattened.
    pub(crate) key: Option<LitStr>,
    /// `join = ","`: a sequence sent as one value, joined by this.
    pub(crate) join: Option<LitStr>,
    /// `secret`: the value is redacted in every output.
    pub(crate) secret: bool,
    /// `undocumented`: the OpenAPI description leaves this key out.
    pub(crate) undocumented: bool,
}

pub(crate) struct HeaderArg {
    /// Lowercase.
    pub(crate) name: String,
    pub(crate) lit: LitStr,
    /// `undocumented`: the OpenAPI description leaves this header out.
    pub(crate) undocumented: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RetrySetting {
    Off,
    MaxAttempts(u32),
}

pub(crate) struct Paginate {
    /// `None` when the style was reported as malformed.
    pub(crate) style: Option<PageStyle>,
    pub(crate) items: Option<String>,
    pub(crate) prefetch: bool,
    pub(crate) span: Span,
}

/// `#[sse(end = "[DONE]", reconnect, max_event_size = N)]`.
pub(crate) struct Sse {
    /// The data that ends the stream.
    pub(crate) end: Option<String>,
    /// Where `reconnect` was written.
    pub(crate) reconnect: Option<Span>,
    pub(crate) max_event_size: Option<usize>,
    /// The attribute's name.
    pub(crate) span: Span,
}

pub(crate) enum PageStyle {
    Link,
    Page { param: String, per_page: String, size: u32 },
    Offset { param: String, limit: String, size: u32 },
    Cursor { from: String, param: String },
    NextUrl { from: String },
}
