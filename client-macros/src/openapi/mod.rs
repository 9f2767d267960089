//! Checking a declaration against the API's own OpenAPI description.
//!
//! `#[client(openapi = "openapi/api.github.com.json")]` names a JSON or
//! YAML description (OpenAPI 3.0 or 3.1), relative to the crate's
//! manifest directory. Each method is then checked against the operation
//! its verb and path name, and every problem is a compile error at the
//! offending token, with a suggestion.
//!
//! This module knows nothing of the macro's model: the caller describes
//! each method in plain data ([`Declared`]) and reports the [`Finding`]s.
//!
//! # Interface
//!
//! ```text
//! // once per trait, on the `openapi = "..."` string literal:
//! let description: Arc<Description> = openapi::load(&manifest_dir, &lit.value())
//!     .map_err(|err| syn::Error::new(lit.span(), err))?;   // err: LoadError, Display names file + reason
//! tokens.extend(openapi::track(&description));            // rebuild when the file changes
//!
//! // per method:
//! for finding in openapi::check(&description, base_url.as_deref(), &declared) {
//!     match finding.severity {
//!         Severity::Error => cx.error_at(finding.span, finding.message),
//!         Severity::Warning => tokens.extend(openapi::warning(finding.span, &finding.message)),
//!     }
//! }
//! ```
//!
//! - `manifest_dir` is `std::env::var("CARGO_MANIFEST_DIR")`.
//! - [`load()`] parses a file once per process (cached by canonical path,
//!   length and modification time); a failure is one [`LoadError`]
//!   naming the file and the reason, and is cached too.
//! - `base_url` is the trait's `#[client(base_url = "...")]`, or `None`.
//!   Its path (`/api/v4` of `https://gitlab.com/api/v4`) goes before each
//!   template; the description's paths match as written or behind the
//!   path of any of its `servers`.
//! - [`Check::from_name`] reads a `skip = "..."` value, or returns the
//!   message for an unknown name (with "did you mean").
//! - `example_tests.rs` reads a trait with `syn` into [`Declared`] values
//!   the same way: a working reference for the mapping below.
//!
//! # Describing a method
//!
//! | field of [`Declared`] | from the declaration |
//! | --- | --- |
//! | `span` | the method's name |
//! | `verb` | `#[get]`...: [`Verb::from_key`] of the attribute's name |
//! | `template` | [`Template::from_text`]`(&lit.value(), lit.span())` of the path literal |
//! | `query` | each `#[query]` argument as an [`Arg`]: the wire name (`"ref"` of `#[query("ref")]`), `optional` if its type is `Option<_>`, `undocumented`, the argument's span; plus the names the paginator sends on every request (`page(..)`: its `param` and `per_page`; `offset(..)`: `param` and `limit`), `optional: false`, spanned at `#[paginate]` |
//! | `headers` | each `#[header("Name")]` argument, the same way |
//! | `static_headers` | the names of `#[header("Name", "value")]` on the trait and the method |
//! | `body` | `#[body]` [`BodyKind::Json`], `#[form]` `Form`, `#[multipart]` `Multipart` (span: the attribute), `#[body(raw)]` `Raw` with its `content_type`, if declared |
//! | `returns` | the type under `Result<..>` and `Response<..>`: `()` [`Shape::Unit`]; `Vec<T>` `Array`; `Paginated<T>` `Paginated` with `#[paginate(items = "..")]`; `String`, `Vec<u8>`, `Bytes`, `ByteStream` `Raw`; else `Value`. `Option<X>` sets `optional` and describes `X`. Span: the return type |
//! | `skips` | each `skip = "name"` of `#[openapi(...)]` on the method, spanned at the string |
//! | `undocumented` | each `undocumented = "name"` of `#[openapi(...)]` on the method, spanned at the string |
//!
//! Placeholders are the argument names; since a Rust keyword cannot name
//! an argument, `<ref_>` (or `<r#ref>`) stands for a parameter `{ref}`.
//!
//! # Escape hatches
//!
//! On an argument, the API accepts a parameter its description leaves out:
//!
//! ```text
//! #[query(undocumented)] since: Option<&str>
//! #[query("ref", undocumented)] reference: Option<&str>
//! #[header("X-Trace", undocumented)] trace: Option<&str>
//! ```
//!
//! `undocumented` sets [`Arg::undocumented`]; on a documented parameter it
//! is a warning ("remove `undocumented`"). A constant query parameter of
//! the template is allowed the same way, on the method:
//!
//! ```text
//! // Keyset pagination is missing from GitLab's description.
//! #[get("/projects?pagination=keyset&order_by=id")]
//! #[openapi(undocumented = "pagination")]
//! ```
//!
//! On a method, the description itself is wrong; name the check to skip,
//! and say why in a comment:
//!
//! ```text
//! // GitLab's description declares the listing as one object, not an array.
//! #[openapi(skip = "response_shape")]
//! #[openapi(skip = "response_shape", skip = "not_found")]   // several: repeat `skip`
//! #[openapi(skip = "content_type", undocumented = "pagination")]   // both kinds in one attribute
//! ```
//!
//! Each `skip` becomes a [`Skip`]. The names are those of [`Check`]:
//! `operation` (the operation is missing: skips every check of the
//! method), `placeholder_names`, `rest_placeholder`, `required_params`,
//! `declared_params`, `query_values`, `body`, `content_type`,
//! `response_shape`, `not_found`, `deprecated`. A `skip` that silences
//! nothing is a warning, so a fixed description shows which can go.
//!
//! # The checks
//!
//! - `operation`: the verb and path are an operation; placeholders match
//!   `{param}` segments by position. `HEAD` matches a documented `GET`
//!   when the description lists no `HEAD`. Otherwise the error names the verbs
//!   the path has, and the three nearest operations by edit distance.
//! - `placeholder_names`: a placeholder's name is the parameter's (a
//!   keyword with `_` after it, or `r#` before, as written above).
//! - `rest_placeholder`: `<name..>` (slashes kept) only where the
//!   parameter may hold slashes: it ends the path, and its name is `path`,
//!   `*_path`, `dir`, `ref` or `basehead`, or its description mentions a
//!   path, a slash or `heads/`, or it has `allowReserved: true`; never
//!   when its description asks for URL encoding (GitLab's `file_path`).
//! - `required_params`: every required query and header parameter is a
//!   `#[query]`/`#[header]` argument, a constant query pair of the
//!   template, or a static header; an argument for it is not an `Option`. `Accept`, `Content-Type` and
//!   `Authorization` are never required (OpenAPI ignores them as
//!   parameters); cookie parameters are not checked.
//! - `declared_params`: every `#[query]`, `#[header]` and constant query
//!   name is documented ("did you mean" for near misses). Headers compare
//!   case-insensitively; `filter[state]` matches a `filter` parameter.
//! - `query_values`: constant query values fit the schema: `enum`,
//!   `const`, `type` (integer, number, boolean, comma-separated arrays),
//!   `minimum`/`maximum`, through `$ref`, `allOf`, `oneOf`, `anyOf`.
//! - `body`: a body is declared when the request body is required, and
//!   only when the operation has one (an optional one may be declared).
//! - `content_type`: `#[body]` needs JSON, `#[form]`
//!   `application/x-www-form-urlencoded`, `#[multipart]` `multipart/*`;
//!   a raw body fits any type, unless it declares one
//!   (`#[body(raw, content_type = "...")]`), which must be one the
//!   operation takes (`text/*` and `*/*` included).
//! - `response_shape`: `Vec<T>` and `Paginated<T>` need a 2xx response
//!   that may be an array, or the `items` pointer must reach one (the
//!   error suggests the object's array property); a decoded `T` needs a
//!   2xx response with a body (else: return `()`).
//! - `not_found`: `Option<T>` needs a documented `404` (or `4XX`).
//! - `deprecated`: a deprecated operation is a warning.
//!
//! `$ref`s are followed within the file (`#/components/...`, `#/paths/...`);
//! a path item that refers to another file is a load error (bundle the
//! description first). A schema the description leaves open (no `type`,
//! an unresolvable or external `$ref`) passes: only what the description says can fail a
//! check. Schema walks stop at 32 levels and 4096 schemas per question, so
//! a cyclic description cannot stall the compiler.
//!
//! # Cost
//!
//! Examples, prose and `x-` extensions are dropped while parsing
//! ([`prune`]), so GitHub's 13 MB description is read into a quarter of
//! its size. Loading it and checking the 84 methods of the GitHub example
//! takes about 0.5 s of CPU in an unoptimised build of this crate (0.3 s
//! with `[profile.dev.package.client-macros] opt-level = 3`); checking one
//! method takes microseconds. `track` adds an `include_bytes!` of the file,
//! about 0.07 s for 13 MB. The vendored example descriptions are trimmed,
//! so the examples crate pays almost nothing.
//!
//! # Paths in UI tests
//!
//! The path is relative to `CARGO_MANIFEST_DIR`, which under trybuild is
//! `$CARGO_TARGET_DIR/tests/trybuild/<crate>/`: a UI case reaches
//! `tests/openapi/shop.yaml` as `"../../../../tests/openapi/shop.yaml"`
//! when the target directory is the workspace's `target/`.
// Parts of the interface are for the expansion, which may not call all of them.
#![cfg_attr(not(test), allow(dead_code))]

mod body;
mod check;
mod declared;
mod emit;
mod finding;
mod index;
mod load;
mod params;
mod payload;
mod prune;
mod response;
mod schema;

#[cfg(test)]
mod example_tests;
#[cfg(test)]
mod prop_tests;
#[cfg(test)]
mod tests;

// The module's interface, whether or not the expansion uses every item.
#[allow(unused_imports)]
pub(crate) use self::{
    check::check,
    declared::{
        Arg, Body, BodyKind, Check, ConstQuery, Declared, Returns, Segment, Shape, Skip, Template, Undocumented, Verb,
    },
    emit::{track, warning},
    finding::{Finding, Severity},
    index::{Description, url_path},
    load::{LoadError, load, load_keeping},
    payload::{Payload, Payloads, Reason, Target, Variant, payloads},
    prune::Keep,
};
