//! What the macro understood, with spans kept for error messages.

use proc_macro2::{Ident, Span};
use syn::{LitStr, Signature, Type};

use crate::ret::Ret;
use crate::template::Template;

pub(crate) struct Client {
    pub(crate) item: syn::ItemTrait,
    pub(crate) base_url: Option<LitStr>,
    pub(crate) blocking: Option<Span>,
    pub(crate) headers: Vec<StaticHeader>,
    pub(crate) methods: Vec<Method>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    Async,
    Blocking,
}

pub(crate) struct Method {
    /// The signature with this crate's attributes removed.
    pub(crate) sig: Signature,
    pub(crate) verbs: Vec<Verb>,
    pub(crate) template: Option<Template>,
    pub(crate) headers: Vec<StaticHeader>,
    pub(crate) args: Vec<Arg>,
    pub(crate) ret: Ret,
    pub(crate) idempotent: Option<Span>,
    pub(crate) retry: RetrySetting,
    pub(crate) timeout_ms: Option<u64>,
    pub(crate) paginate: Option<Paginate>,
    pub(crate) multipart: Option<Span>,
}

impl Method {
    pub(crate) fn verb(&self) -> Option<&Verb> {
        self.verbs.first()
    }

    pub(crate) fn is_async(&self) -> bool {
        self.sig.asyncness.is_some()
    }

    pub(crate) fn is_paginated(&self) -> bool {
        matches!(self.ret, Ret::Paginated)
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

pub(crate) const VERBS: [(&str, VerbKind); 7] = [
    ("get", VerbKind::Get),
    ("post", VerbKind::Post),
    ("put", VerbKind::Put),
    ("patch", VerbKind::Patch),
    ("delete", VerbKind::Delete),
    ("head", VerbKind::Head),
    ("options", VerbKind::Options),
];

impl VerbKind {
    pub(crate) fn from_name(name: &str) -> Option<Self> {
        VERBS.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
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

pub(crate) struct Verb {
    pub(crate) kind: VerbKind,
}

/// A header whose name and value are literals, already checked.
pub(crate) struct StaticHeader {
    /// Lowercase, as `HeaderName::from_static` requires.
    pub(crate) name: String,
    pub(crate) value: String,
}

pub(crate) struct Arg {
    pub(crate) ident: Ident,
    pub(crate) ty: Type,
    pub(crate) role: Option<(Role, Span)>,
}

pub(crate) enum Role {
    /// `#[query]` (key `None`: the argument's name, or flattened) or `#[query("key")]`.
    Query(Query),
    /// `#[header("Name")]`, the name lowercased.
    Header(String),
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

pub(crate) struct Query {
    pub(crate) key: Option<String>,
    /// `join = ","`: a sequence sent as one value, joined by this.
    pub(crate) join: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RetrySetting {
    Inherit,
    Off,
    MaxAttempts(u32),
}

pub(crate) struct Paginate {
    pub(crate) style: PageStyle,
    pub(crate) items: Option<String>,
    pub(crate) prefetch: bool,
    pub(crate) span: Span,
}

pub(crate) enum PageStyle {
    Link,
    Page { param: String, per_page: String, size: u32 },
    Offset { param: String, limit: String, size: u32 },
    Cursor { from: String, param: String },
    NextUrl { from: String },
}
