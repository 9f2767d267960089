//! The model after every check passed: each method has its verb, template,
//! decoder and paging description, each placeholder its argument. Code
//! generation reads only this.

use super::ast::{self, Arg, Flavor, PageStyle, Paginate, RetrySetting, Role, Sse, StaticHeader, VerbKind};
use super::ret::Decoder;
use super::template::Template;

pub(crate) struct Client<'a> {
    pub(crate) ast: &'a ast::Client,
    pub(crate) flavor: Flavor,
    pub(crate) methods: Vec<Method<'a>>,
}

pub(crate) struct Method<'a> {
    pub(crate) ast: &'a ast::Method,
    pub(crate) verb: VerbKind,
    pub(crate) template: &'a Template,
    pub(crate) path: Vec<PathPiece<'a>>,
    pub(crate) output: Output<'a>,
    /// Method headers first, then the trait's unless the method sets the name.
    pub(crate) headers: Vec<&'a StaticHeader>,
    /// Arguments with an attribute, in order.
    pub(crate) inputs: Vec<Input<'a>>,
    pub(crate) idempotent: bool,
    pub(crate) retry: Option<RetrySetting>,
    pub(crate) timeout_ms: Option<u64>,
    pub(crate) multipart: bool,
    pub(crate) cache: bool,
    /// Query keys whose values are redacted in every output.
    pub(crate) secret_query: Vec<String>,
}

pub(crate) enum PathPiece<'a> {
    Lit(&'a str),
    Param { name: &'a str, rest: bool, arg: &'a Arg },
}

pub(crate) enum Output<'a> {
    Decoded(&'a Decoder),
    Stream,
    Paginated {
        style: &'a PageStyle,
        paginate: &'a Paginate,
    },
    /// `EventStream<T>`, with what `#[sse(...)]` declared.
    EventStream(Option<&'a Sse>),
    JsonLines,
}

pub(crate) struct Input<'a> {
    pub(crate) arg: &'a Arg,
    pub(crate) role: &'a Role,
}
