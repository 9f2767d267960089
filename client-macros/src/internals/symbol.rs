//! Every name the declaration language knows: attributes, their keys and
//! the items the generated client defines. Matching and error messages
//! both read these, so a name is spelt in one place.

use std::fmt::{self, Display};

use syn::{Ident, Path};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Symbol(pub(crate) &'static str);

// `#[client(...)]` options.
pub(crate) const ASYNC: Symbol = Symbol("async");
pub(crate) const BASE_URL: Symbol = Symbol("base_url");
pub(crate) const BLOCKING: Symbol = Symbol("blocking");
pub(crate) const CONFORMANCE_TESTS: Symbol = Symbol("conformance_tests");
pub(crate) const NAME: Symbol = Symbol("name");
pub(crate) const OPENAPI: Symbol = Symbol("openapi");

// Verbs.
pub(crate) const GET: Symbol = Symbol("get");
pub(crate) const POST: Symbol = Symbol("post");
pub(crate) const PUT: Symbol = Symbol("put");
pub(crate) const PATCH: Symbol = Symbol("patch");
pub(crate) const DELETE: Symbol = Symbol("delete");
pub(crate) const HEAD: Symbol = Symbol("head");
pub(crate) const OPTIONS: Symbol = Symbol("options");

// Other attributes.
pub(crate) const BODY: Symbol = Symbol("body");
pub(crate) const CACHE: Symbol = Symbol("cache");
pub(crate) const FORM: Symbol = Symbol("form");
pub(crate) const HEADER: Symbol = Symbol("header");
pub(crate) const IDEMPOTENT: Symbol = Symbol("idempotent");
pub(crate) const MULTIPART: Symbol = Symbol("multipart");
pub(crate) const PAGINATE: Symbol = Symbol("paginate");
pub(crate) const PART: Symbol = Symbol("part");
pub(crate) const QUERY: Symbol = Symbol("query");
pub(crate) const RETRY: Symbol = Symbol("retry");
pub(crate) const SSE: Symbol = Symbol("sse");
pub(crate) const TIMEOUT: Symbol = Symbol("timeout");
/// `#[openapi(skip = "...")]` on a method; also the `#[client]` option.
pub(crate) const OPENAPI_ATTR: Symbol = OPENAPI;

// Keys inside attributes.
pub(crate) const CONTENT_TYPE: Symbol = Symbol("content_type");
pub(crate) const END: Symbol = Symbol("end");
pub(crate) const ITEMS: Symbol = Symbol("items");
pub(crate) const JOIN: Symbol = Symbol("join");
pub(crate) const JSON: Symbol = Symbol("json");
pub(crate) const MAX_ATTEMPTS: Symbol = Symbol("max_attempts");
pub(crate) const MAX_EVENT_SIZE: Symbol = Symbol("max_event_size");
pub(crate) const MS: Symbol = Symbol("ms");
pub(crate) const NONE: Symbol = Symbol("none");
pub(crate) const PREFETCH: Symbol = Symbol("prefetch");
pub(crate) const RAW: Symbol = Symbol("raw");
pub(crate) const RECONNECT: Symbol = Symbol("reconnect");
pub(crate) const SECRET: Symbol = Symbol("secret");
pub(crate) const SECS: Symbol = Symbol("secs");
pub(crate) const SKIP: Symbol = Symbol("skip");
pub(crate) const UNDOCUMENTED: Symbol = Symbol("undocumented");

/// The keys of `#[sse(...)]`.
pub(crate) const SSE_KEYS: [Symbol; 3] = [END, RECONNECT, MAX_EVENT_SIZE];

// Paging styles and their keys.
pub(crate) const CURSOR: Symbol = Symbol("cursor");
pub(crate) const FROM: Symbol = Symbol("from");
pub(crate) const LIMIT: Symbol = Symbol("limit");
pub(crate) const LINK: Symbol = Symbol("link");
pub(crate) const NEXT_URL: Symbol = Symbol("next_url");
pub(crate) const OFFSET: Symbol = Symbol("offset");
pub(crate) const PAGE: Symbol = Symbol("page");
pub(crate) const PARAM: Symbol = Symbol("param");
pub(crate) const PER_PAGE: Symbol = Symbol("per_page");
pub(crate) const SIZE: Symbol = Symbol("size");

/// Each paging style with its keys and their defaults.
pub(crate) const PAGE_STYLES: [(Symbol, &[(Symbol, &str)]); 5] = [
    (LINK, &[]),
    (PAGE, &[(PARAM, "\"page\""), (PER_PAGE, "\"per_page\""), (SIZE, "100")]),
    (OFFSET, &[(PARAM, "\"offset\""), (LIMIT, "\"limit\""), (SIZE, "100")]),
    (CURSOR, &[(FROM, "\"/next_cursor\""), (PARAM, "\"cursor\"")]),
    (NEXT_URL, &[(FROM, "\"/next\"")]),
];

// What the generated client defines besides the trait's methods.
pub(crate) const NEW: Symbol = Symbol("new");
pub(crate) const BUILDER: Symbol = Symbol("builder");
pub(crate) const FROM_SESSION: Symbol = Symbol("from_session");
pub(crate) const SESSION: Symbol = Symbol("session");

/// The client's inherent functions, which a trait method must not shadow.
pub(crate) const GENERATED_FNS: [Symbol; 4] = [NEW, BUILDER, FROM_SESSION, SESSION];

/// The client's own function a method of this name would clash with.
pub(crate) fn generated_fn(name: &Ident) -> Option<Symbol> {
    GENERATED_FNS.iter().copied().find(|f| name == *f)
}

/// Rust's own attributes, passed through untouched.
pub(crate) const BUILTIN_ATTRS: [Symbol; 12] = [
    Symbol("doc"),
    Symbol("allow"),
    Symbol("warn"),
    Symbol("deny"),
    Symbol("expect"),
    Symbol("forbid"),
    Symbol("cfg"),
    Symbol("cfg_attr"),
    Symbol("deprecated"),
    Symbol("must_use"),
    Symbol("inline"),
    Symbol("cold"),
];

impl Symbol {
    pub(crate) fn as_str(self) -> &'static str {
        self.0
    }
}

impl PartialEq<Symbol> for Ident {
    fn eq(&self, word: &Symbol) -> bool {
        self == word.0
    }
}

impl PartialEq<Symbol> for &Ident {
    fn eq(&self, word: &Symbol) -> bool {
        *self == word.0
    }
}

impl PartialEq<Symbol> for Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl PartialEq<Symbol> for &Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl PartialEq<Symbol> for str {
    fn eq(&self, word: &Symbol) -> bool {
        self == word.0
    }
}

impl Display for Symbol {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.0)
    }
}

/// The names of a list of symbols, for messages.
pub(crate) fn names(symbols: &[Symbol]) -> Vec<&'static str> {
    symbols.iter().map(|s| s.0).collect()
}
