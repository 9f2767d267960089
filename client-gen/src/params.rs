//! Path placeholders, query and header parameters as arguments.

use serde_json::Value;

use crate::form::{resolved, string_values, types};
use crate::method::{Arg, ArgType, Paging, Role, Skip, Source};
use crate::names::{Taken, snake, unraw};
use crate::openapi::check::may_hold_slashes;
use crate::openapi::index::{Location, Operation, Param};
use crate::types::integer;

/// Headers OpenAPI ignores as parameters: the client sets them.
const IMPLICIT_HEADERS: [&str; 3] = ["accept", "content-type", "authorization"];

/// Why no template can name `path`, if none can: the macro takes RFC 3986
/// path characters (and `%`) between placeholders, as
/// `client-macros/src/internals/template.rs` says.
pub(crate) fn undeclarable(path: &str) -> Option<String> {
    let is_path_char = |c: char| c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/%".contains(c);
    if !path.starts_with('/') {
        return Some("it does not start with `/`".to_owned());
    }
    let mut depth = 0usize;
    for c in path.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 && !is_path_char(c) => {
                return Some(format!("it holds `{c}`, which a path template cannot"));
            }
            _ => {}
        }
    }
    None
}

/// The template and the path arguments, in the order of the path.
pub(crate) fn path(
    root: &Value,
    operation: &Operation,
    base_path: &str,
    names: &mut Taken,
    skips: &mut Vec<Skip>,
) -> (String, Vec<Arg>) {
    let relative = operation
        .path
        .strip_prefix(base_path)
        .filter(|rest| !base_path.is_empty() && rest.starts_with('/'))
        .unwrap_or(&operation.path);
    let mut template = String::new();
    let mut args = Vec::new();
    let mut rest = relative;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        template.push_str(&rest[..start]);
        let documented = &rest[start + 1..start + len];
        let name = names.claim(&snake(documented, "param"));
        if unraw(&name) != documented && name.strip_suffix('_') != Some(documented) {
            let reason =
                format!("The description names this path parameter `{{{documented}}}`, which Rust cannot spell.");
            if !skips.iter().any(|skip| skip.check == "placeholder_names") {
                skips.push(Skip { check: "placeholder_names", reason });
            }
        }
        let dots = if may_hold_slashes(operation, documented).is_ok() { ".." } else { "" };
        template.push_str(&format!("<{}{dots}>", unraw(&name)));
        let ty = operation.path_param(documented).map_or(ArgType::Str, |param| scalar(root, param.schema.as_ref()));
        args.push(Arg { name, role: Role::Path, ty });
        rest = &rest[start + len + 1..];
    }
    template.push_str(rest);
    (template, args)
}

/// Query arguments, then headers. Paging parameters that the paginator
/// sends itself are left out.
pub(crate) fn query_and_headers(source: &Source<'_>, paging: Option<&Paging>, names: &mut Taken) -> Vec<Arg> {
    let operation = &source.operation;
    let paginated: &[&str] = match paging {
        Some(Paging::Link { .. }) => &["page"],
        Some(Paging::Page { .. }) => &["page", "per_page"],
        None => &[],
    };
    let mut args = Vec::new();
    for param in operation.params_in(Location::Query).filter(|param| !paginated.contains(&param.name.as_str())) {
        let name = names.claim(&snake(&param.name, "param"));
        let (ty, join) = query_type(source.root, param, style(source, param));
        let ty = if param.required { ty } else { ty.optional() };
        args.push(Arg { name, role: Role::Query { wire: param.name.clone(), join }, ty });
    }
    let headers = operation.params_in(Location::Header);
    for param in headers.filter(|param| !IMPLICIT_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(&param.name))) {
        let name = names.claim(&snake(&param.name, "header"));
        let ty = match scalar(source.root, param.schema.as_ref()) {
            ArgType::Slice(_) => ArgType::Str,
            ty => ty,
        };
        let ty = if param.required { ty } else { ty.optional() };
        args.push(Arg { name, role: Role::Header { wire: param.name.clone() }, ty });
    }
    args
}

/// A query parameter's type, and the separator when a list goes as one
/// value (`explode: false`, `pipeDelimited`, `spaceDelimited`).
fn query_type(root: &Value, param: &Param, style: (Option<String>, Option<bool>)) -> (ArgType, Option<&'static str>) {
    let ty = scalar(root, param.schema.as_ref());
    if !matches!(ty, ArgType::Slice(_)) {
        return (ty, None);
    }
    let join = match (style.0.as_deref(), style.1) {
        (Some("pipeDelimited"), _) => Some("|"),
        (Some("spaceDelimited"), _) => Some(" "),
        (_, Some(false)) => Some(","),
        _ => None,
    };
    (ty, join)
}

/// `style` and `explode` of the parameter object, which the index does not
/// keep.
fn style(source: &Source<'_>, param: &Param) -> (Option<String>, Option<bool>) {
    let lists = [source.item.get("parameters"), source.raw.get("parameters")];
    let root = source.root;
    // The operation's list comes last and wins over the path item's.
    let all: Vec<&Value> =
        lists.into_iter().flatten().filter_map(Value::as_array).flatten().map(|p| resolved(root, p)).collect();
    let is_this =
        |p: &&Value| p.get("name").and_then(Value::as_str) == Some(&param.name) && p.get("in") == Some(&"query".into());
    let found = all.into_iter().rev().find(is_this);
    let Some(found) = found else { return (None, None) };
    (found.get("style").and_then(Value::as_str).map(str::to_owned), found.get("explode").and_then(Value::as_bool))
}

/// The argument type of a parameter's schema: a string, number, boolean,
/// or a list of them; anything else is sent as text.
fn scalar(root: &Value, schema: Option<&Value>) -> ArgType {
    scalar_at(root, schema, 0)
}

fn scalar_at(root: &Value, schema: Option<&Value>, depth: usize) -> ArgType {
    let Some(schema) = schema.map(|schema| resolved(root, schema)) else { return ArgType::Str };
    match types(schema).first().copied() {
        Some("integer") => ArgType::Int(integer(schema)),
        Some("number") => ArgType::Float,
        Some("boolean") => ArgType::Bool,
        Some("array") if depth == 0 => match scalar_at(root, schema.get("items"), depth + 1) {
            ArgType::Slice(_) => ArgType::Slice(Box::new(ArgType::Str)),
            item => ArgType::Slice(Box::new(item)),
        },
        _ => ArgType::Str,
    }
}

/// "`state`: `open`, `closed` or `all`." for each parameter with allowed
/// values, since the argument takes any text.
pub(crate) fn enum_docs(root: &Value, operation: &Operation) -> Vec<String> {
    let mut lines = Vec::new();
    for param in operation.params.iter().filter(|param| param.location != Location::Cookie) {
        let Some(schema) = param.schema.as_ref().map(|schema| resolved(root, schema)) else { continue };
        let items =
            schema.get("items").filter(|_| types(schema) == ["array"]).map_or(schema, |items| resolved(root, items));
        let Some(values) = string_values(items) else { continue };
        let quoted: Vec<String> = values.iter().map(|value| code(value)).collect();
        let listed = match quoted.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => continue,
        };
        lines.push(format!("- {}: {listed}.", code(&param.name)));
    }
    lines
}

/// A value as Markdown code: `` `open` ``, `""` for the empty string.
fn code(value: &str) -> String {
    if value.is_empty() { "`\"\"`".to_owned() } else { format!("`{}`", value.replace('`', "'")) }
}
