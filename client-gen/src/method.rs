//! One operation as a method of the trait: what it is called, its
//! template, arguments, body, return type and paging, and its docs.

use serde_json::Value;

use crate::docs;
use crate::model::{Int, Ty};
use crate::names::{Taken, is_keyword, pascal, snake};
use crate::openapi::declared::Verb;
use crate::openapi::index::Operation;
use crate::types::Types;
use crate::{params, request, returns};

/// The client's own functions, which a method must not shadow.
const GENERATED_FNS: [&str; 4] = ["new", "builder", "from_session", "session"];

/// A method of the trait.
#[derive(Debug)]
pub(crate) struct Method {
    pub(crate) name: String,
    pub(crate) docs: Vec<String>,
    pub(crate) verb: Verb,
    /// `/repos/<owner>/<repo>/contents/<path..>`.
    pub(crate) template: String,
    /// `#[openapi(skip = "...")]` checks, each with the reason, which the
    /// file states in a comment above it.
    pub(crate) skips: Vec<Skip>,
    pub(crate) args: Vec<Arg>,
    pub(crate) multipart: bool,
    pub(crate) returns: Returns,
    pub(crate) paging: Option<Paging>,
}

#[derive(Debug)]
pub(crate) struct Skip {
    pub(crate) check: &'static str,
    pub(crate) reason: String,
}

/// An argument after `&self`.
#[derive(Debug)]
pub(crate) struct Arg {
    /// The Rust name: `owner`, `r#ref`, `per_page`.
    pub(crate) name: String,
    pub(crate) role: Role,
    pub(crate) ty: ArgType,
}

/// What an argument is, with its attribute.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Path,
    /// `#[query]`; `wire` when the name on the wire is another.
    Query {
        wire: String,
        join: Option<&'static str>,
    },
    Header {
        wire: String,
    },
    Json,
    Form,
    Part {
        wire: String,
    },
    /// `#[body(raw)]`, with the content type when there is one to state.
    Raw {
        content_type: Option<String>,
    },
}

/// An argument's type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ArgType {
    Str,
    Int(Int),
    Float,
    Bool,
    /// `&[T]`.
    Slice(Box<ArgType>),
    /// `client_runtime::Part`.
    Part,
    /// `client_runtime::Body`.
    Body,
    /// `&T` (or `&[T]`, `&str`) for a JSON or form body.
    Borrowed(Ty),
    Option(Box<ArgType>),
}

impl ArgType {
    pub(crate) fn optional(self) -> ArgType {
        ArgType::Option(Box::new(self))
    }

    pub(crate) fn is_option(&self) -> bool {
        matches!(self, ArgType::Option(_))
    }
}

/// The success value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Returns {
    /// `Result<()>`: no body.
    Unit,
    /// `Result<Option<()>>`: a yes/no answer, 2xx or 404.
    YesNo,
    /// `Result<T>`, decoded from JSON.
    Decoded(Ty),
    /// `Result<Vec<T>>`.
    List(Ty),
    /// `Paginated<T>`.
    Paginated(Ty),
    /// `Result<String>`: a text body.
    Text,
    /// `Result<ByteStream>`: a binary body.
    Stream,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Paging {
    /// `#[paginate(link)]`, with `items = "/name"` for an envelope.
    Link { items: Option<String> },
    /// `#[paginate(page)]`, or `page(size = N)`; `items` as for `Link`.
    Page { size: Option<u64>, items: Option<String> },
}

/// One selected operation, as the description has it.
#[derive(Debug)]
pub(crate) struct Source<'a> {
    pub(crate) operation: Operation,
    /// The operation object (resolved).
    pub(crate) raw: &'a Value,
    /// The path item (resolved): its parameters apply too.
    pub(crate) item: &'a Value,
    pub(crate) id: Option<String>,
    /// The whole document, for `$ref`s.
    pub(crate) root: &'a Value,
    /// Named by its id or path (not only by a tag, or as one of all).
    pub(crate) named: bool,
}

/// Builds the method for `source`; `base_path` is the base URL's path
/// (`/api/v4`), which the template leaves out.
pub(crate) fn build<'a>(source: &Source<'a>, types: &mut Types<'a>, base_path: &str, taken: &mut Taken) -> Method {
    let operation = &source.operation;
    let name = method_name(source, taken);
    let hint = pascal(&name, "Operation");
    let returns = returns::build(source, types, &hint);
    let mut skips = Vec::new();
    let mut arg_names = Taken::with(&["self"]);
    let (template, mut args) = params::path(source.root, operation, base_path, &mut arg_names, &mut skips);
    args.extend(params::query_and_headers(source, returns.paging.as_ref(), &mut arg_names));
    let body = request::build(source, types, &hint, &mut arg_names, &mut skips);
    args.extend(body.args);
    let mut docs = operation_docs(source.raw);
    let values = params::enum_docs(source.root, operation);
    docs = docs::paragraphs(vec![docs, values, external_docs(source.raw)]);
    Method {
        name,
        docs,
        verb: operation.verb,
        template,
        skips,
        args,
        multipart: body.multipart,
        returns: returns.returns,
        paging: returns.paging,
    }
}

/// The operationId in snake case, or the verb and path when there is none.
fn method_name(source: &Source<'_>, taken: &mut Taken) -> String {
    let verb = source.operation.verb.key();
    let base = match &source.id {
        Some(id) => snake(id, verb),
        None => snake(&format!("{verb} {}", source.operation.path), verb),
    };
    let base = if GENERATED_FNS.contains(&base.as_str()) || is_keyword(&base) || base.starts_with("r#") {
        format!("{verb}_{}", base.trim_start_matches("r#"))
    } else {
        base
    };
    taken.claim(&base)
}

/// The summary, then the description unless it only repeats it.
fn operation_docs(operation: &Value) -> Vec<String> {
    let text = |key: &str| operation.get(key).and_then(Value::as_str).map(str::trim).unwrap_or_default();
    let (summary, description) = (text("summary"), text("description"));
    let mut parts = vec![docs::lines(summary)];
    if description != summary {
        parts.push(docs::lines(description));
    }
    if operation.get("deprecated").and_then(Value::as_bool) == Some(true) {
        parts.push(vec!["Deprecated in the OpenAPI description.".to_owned()]);
    }
    docs::paragraphs(parts)
}

/// `[API method documentation](https://...)` from `externalDocs`.
fn external_docs(operation: &Value) -> Vec<String> {
    let Some(external) = operation.get("externalDocs") else { return Vec::new() };
    let Some(url) = external.get("url").and_then(Value::as_str).filter(|url| is_plain_url(url)) else {
        return Vec::new();
    };
    let label = external.get("description").and_then(Value::as_str).map(str::trim).filter(|label| !label.is_empty());
    let label = label.map(|label| label.replace(['[', ']', '\n'], " ")).unwrap_or_else(|| "Documentation".to_owned());
    vec![format!("[{label}]({url})")]
}

/// A URL that can stand in a Markdown link as it is.
fn is_plain_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '(' || c == ')')
}
