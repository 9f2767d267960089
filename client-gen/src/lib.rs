//! From an OpenAPI description to a `#[client]` declaration: the trait,
//! one method per selected operation, and the data types they use,
//! written as a person would write them and checked as the compiler
//! checks them. The user then owns the file.
//!
//! ```text
//! cargo run -p client-gen -- SPEC --trait NAME --base-url URL \
//!     [--operation ID]... [--tag TAG]... [--path "METHOD /path"]... --out FILE
//! ```
//!
//! The description is read by the macro crate's own loader (compiled in
//! from its source, see `openapi.rs`), so it reads exactly as
//! `#[client(openapi = "...")]` reads it; every method is put through the
//! macro's compile-time check before anything is written.
//!
//! # Why not typify
//!
//! typify (0.10.0-alpha.3, the newest on crates.io, on syn 3 as this
//! workspace) turns JSON Schema into Rust types,
//! and was evaluated for the data types. It does not give the types this
//! file needs:
//!
//! - It reads schemas as schemars 0.8 draft-07 objects, where OpenAPI
//!   3.0's `nullable: true` is an unknown keyword, kept in `extensions`
//!   and never read (`typify-impl/src/convert.rs` binds `extensions: _`
//!   throughout). A nullable, required property becomes a plain `T`, and
//!   the first `null` GitHub sends fails the whole response: the bug the
//!   conformance tests exist to catch.
//! - Enums of strings get no fallback variant: a value the API adds later
//!   fails decoding (its test suite's `various-enums-json-schema.rs` shows
//!   the output), where a `#[serde(other)]` variant is wanted.
//! - Every enum comes with `Display`, `FromStr`, two `TryFrom` impls and
//!   often `Default`; constrained values become newtypes with `Deref`,
//!   `TryFrom` and a hand-written `Deserialize`, over a generated `error`
//!   module; paths are written in full (`::std::option::Option`). That is
//!   the wrapper noise a declaration someone owns and edits should not
//!   have.
//! - A `$ref` it cannot resolve panics (`self.definitions.get(..).unwrap()`
//!   in `convert.rs`), where a malformed description must give an error.
//! - It would add `schemars`, `regress`, `typespace`, `semver`, `log` and
//!   `thiserror` to the build, for a fraction of what it generates.
//!
//! So the types are generated here ([`types`]), with the rules the
//! conformance tests check: `Option` for what may be missing or `null`,
//! `#[serde(rename)]` (or `rename_all`) where Rust cannot spell a name,
//! enums of strings with a `#[serde(other)]` variant when read from
//! responses, untagged enums for `oneOf`/`anyOf`, merged structs for
//! `allOf`, `Box` where a type contains itself, and `serde_json::Value`
//! only where the schema says nothing.

mod docs;
mod evidence;
mod finish;
mod form;
mod method;
mod model;
mod names;
mod openapi;
mod params;
mod render;
mod request;
mod returns;
mod select;
#[path = "../../client-macros/src/similar.rs"]
mod similar;
mod types;
mod verify;

pub mod cli;

use std::fmt;
use std::path::Path;

use serde_json::Value;

use crate::method::{ArgType, Returns};
use crate::model::Ty;
use crate::names::{Taken, is_keyword};
use crate::openapi::index::{Description, url_path};
use crate::openapi::load::load_keeping;
use crate::openapi::prune::Keep;
pub use crate::select::Selection;
use crate::types::Types;

/// What to generate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The description, relative to the directory the command runs in;
    /// `openapi = "..."` repeats it as given.
    pub spec: String,
    /// The trait's name.
    pub trait_name: String,
    /// `#[client(base_url = "...")]`.
    pub base_url: String,
    /// The operations; all of them when it names none.
    pub selection: Selection,
    /// Where the file goes, as given (the header repeats it).
    pub out: String,
}

/// Why nothing was generated: one message per problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Each problem in a sentence.
    pub messages: Vec<String>,
}

impl Error {
    fn one(message: impl Into<String>) -> Error {
        Error { messages: vec![message.into()] }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.messages.iter().map(|message| format!("error: {message}")).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for Error {}

/// A generated file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    /// The file's text.
    pub text: String,
    /// Operations selected by tag (or as all) that no declaration can name,
    /// each with why; the file's header lists them too.
    pub left_out: Vec<String>,
}

/// The file for `options`, with the description read relative to `dir`.
pub fn generate(options: &Options, dir: &Path) -> Result<Generated, Error> {
    check_options(options)?;
    // Examples show where the description's required fields are not sent.
    let keep = Keep { examples: true, prose: true };
    let description = load_keeping(dir, &options.spec, keep).map_err(|err| Error::one(err.to_string()))?;
    generate_from(options, &description)
}

fn generate_from(options: &Options, description: &Description) -> Result<Generated, Error> {
    let base_path = url_path(&options.base_url);
    let mut sources =
        select::select(description, &options.selection, &base_path).map_err(|messages| Error { messages })?;
    let mut left_out = Vec::new();
    let mut problems = Vec::new();
    sources.retain(|source| match params::undeclarable(&source.operation.path) {
        None => true,
        Some(reason) => {
            let note = format!("`{}`: {reason}", source.operation.display());
            if source.named {
                problems.push(note)
            } else {
                left_out.push(note)
            }
            false
        }
    });
    if !problems.is_empty() {
        return Err(Error { messages: problems });
    }
    if sources.is_empty() {
        return Err(Error::one(format!("`{}` has no operations", options.spec)));
    }
    let client = format!("{}Client", options.trait_name);
    let evidence = evidence::Evidence::gather(&sources);
    let mut types = Types::new(&description.root, &[&options.trait_name, &client], evidence);
    let mut method_names = Taken::default();
    let methods: Vec<method::Method> =
        sources.iter().map(|source| method::build(source, &mut types, &base_path, &mut method_names)).collect();
    types.define_queued();
    if types.exhausted {
        return Err(Error::one(format!(
            "the schemas of `{}` nest too deeply or are too many to generate types from",
            options.spec
        )));
    }
    for (method, source) in methods.iter().zip(&sources) {
        for problem in verify::verify(description, &options.base_url, method) {
            problems.push(format!("`{}` ({}): {problem}", method.name, source.operation.display()));
        }
    }
    if !problems.is_empty() {
        return Err(Error { messages: problems });
    }
    let (requests, responses) = roots(&methods);
    let mut defs = std::mem::take(&mut types.defs);
    finish::finish(&mut defs, &requests, &responses);
    let head = render::TraitHead {
        name: &options.trait_name,
        base_url: &options.base_url,
        spec: &options.spec,
        docs: trait_docs(&description.root),
    };
    let text = render::file(&command(options), &left_out, &head, &methods, &defs);
    Ok(Generated { text, left_out })
}

fn check_options(options: &Options) -> Result<(), Error> {
    let mut problems = Vec::new();
    let name = &options.trait_name;
    let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !identifier || is_keyword(name) {
        problems.push(format!("`--trait {name}`: the trait's name must be a Rust identifier, such as `GitHub`"));
    }
    let url = &options.base_url;
    if !(url.starts_with("https://") || url.starts_with("http://")) || url.chars().any(char::is_whitespace) {
        problems.push(format!("`--base-url {url}`: expected an absolute http or https URL"));
    }
    if problems.is_empty() { Ok(()) } else { Err(Error { messages: problems }) }
}

/// The types the methods send and the types they read.
fn roots(methods: &[method::Method]) -> (Vec<Ty>, Vec<Ty>) {
    let mut requests = Vec::new();
    let mut responses = Vec::new();
    for method in methods {
        for arg in &method.args {
            if let ArgType::Borrowed(ty) = &arg.ty {
                requests.push(ty.clone());
            }
        }
        match &method.returns {
            Returns::Decoded(ty) | Returns::List(ty) | Returns::Paginated(ty) => responses.push(ty.clone()),
            Returns::Unit | Returns::YesNo | Returns::Text | Returns::Stream => {}
        }
    }
    (requests, responses)
}

/// The API's title and description.
fn trait_docs(root: &Value) -> Vec<String> {
    let info = root.get("info");
    let text = |key: &str| info.and_then(|info| info.get(key)).and_then(Value::as_str).unwrap_or_default();
    docs::paragraphs(vec![docs::lines(text("title")), docs::lines(text("description"))])
}

/// The arguments that give this file, in the header's order.
fn command(options: &Options) -> Vec<(String, String)> {
    let mut command = vec![
        (String::new(), options.spec.clone()),
        ("--trait".to_owned(), options.trait_name.clone()),
        ("--base-url".to_owned(), options.base_url.clone()),
    ];
    let selection = &options.selection;
    command.extend(selection.operations.iter().map(|id| ("--operation".to_owned(), id.clone())));
    command.extend(selection.tags.iter().map(|tag| ("--tag".to_owned(), tag.clone())));
    command.extend(selection.paths.iter().map(|path| ("--path".to_owned(), path.clone())));
    command.push(("--out".to_owned(), options.out.clone()));
    command
}
