//! The macro crate's own OpenAPI reader, compiled into this crate from its
//! source files: a proc-macro crate can export nothing but macros, and one
//! loader, not two, means a description reads here exactly as the
//! compile-time check reads it.
//!
//! `check` (with `params`, `body`, `response`) comes along so that every
//! generated method is checked before anything is written.

// The macro crate uses more of these modules than the generator does.
#![allow(dead_code, unused_imports)]

#[path = "../../client-macros/src/openapi/body.rs"]
mod body;
#[path = "../../client-macros/src/openapi/check.rs"]
pub(crate) mod check;
#[path = "../../client-macros/src/openapi/declared.rs"]
pub(crate) mod declared;
#[path = "../../client-macros/src/openapi/finding.rs"]
pub(crate) mod finding;
#[path = "../../client-macros/src/openapi/index.rs"]
pub(crate) mod index;
#[path = "../../client-macros/src/openapi/load.rs"]
pub(crate) mod load;
#[path = "../../client-macros/src/openapi/params.rs"]
mod params;
#[path = "../../client-macros/src/openapi/prune.rs"]
pub(crate) mod prune;
#[path = "../../client-macros/src/openapi/response.rs"]
mod response;
#[path = "../../client-macros/src/openapi/schema.rs"]
pub(crate) mod schema;

/// `%XX` escapes decoded, as the loader decodes `$ref` pointers.
pub(crate) fn percent_decode(text: &str) -> String {
    declared::percent_decode(text)
}
