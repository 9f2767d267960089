//! Query and header parameters: required ones declared, declared ones
//! documented, constant query values allowed.

use super::declared::{Arg, Check, Declared};
use super::finding::Finding;
use super::index::{Description, Location, Operation, Param};
use super::schema;
use crate::similar;

/// How many documented names an "unknown parameter" error lists.
const LISTED: usize = 12;

/// Headers OpenAPI says are never described as parameters.
const IMPLICIT_HEADERS: [&str; 3] = ["accept", "content-type", "authorization"];

pub(crate) fn check(description: &Description, operation: &Operation, method: &Declared, findings: &mut Vec<Finding>) {
    required(operation, method, findings);
    for arg in &method.query {
        declared(operation, Location::Query, arg, findings);
    }
    for arg in &method.headers {
        declared(operation, Location::Header, arg, findings);
    }
    constants(description, operation, method, findings);
}

fn required(operation: &Operation, method: &Declared, findings: &mut Vec<Finding>) {
    let span = method.template.span;
    let in_template = |name: &str| method.template.query.iter().any(|pair| pair.name == name);
    let is_static = |name: &str| method.static_headers.iter().any(|header| header.eq_ignore_ascii_case(name));
    for param in operation.params.iter().filter(|param| param.required) {
        let args: Vec<&Arg> = match param.location {
            Location::Query if !in_template(&param.name) => {
                method.query.iter().filter(|arg| arg.name == param.name).collect()
            }
            Location::Header if !is_static(&param.name) && !is_implicit(&param.name) => {
                method.headers.iter().filter(|arg| arg.name.eq_ignore_ascii_case(&param.name)).collect()
            }
            _ => continue,
        };
        if let Some(arg) = args.iter().find(|arg| arg.optional) {
            let message = format!(
                "`{}` requires `{}`, but an `Option` may leave it out: declare it without `Option`",
                operation.display(),
                param.name
            );
            findings.push(Finding::error(Check::RequiredParams, arg.span, message));
        } else if args.is_empty() {
            let message = match param.location {
                Location::Header => format!(
                    "`{}` requires the header `{}`: add a `#[header(\"{}\")]` argument or a static header",
                    operation.display(),
                    param.name,
                    param.name
                ),
                _ => format!(
                    "`{}` requires the query parameter `{}`: add a `#[query]` argument for it",
                    operation.display(),
                    param.name
                ),
            };
            findings.push(Finding::error(Check::RequiredParams, span, message));
        }
    }
}

fn declared(operation: &Operation, location: Location, arg: &Arg, findings: &mut Vec<Finding>) {
    let documented =
        find(operation, location, &arg.name).is_some() || (location == Location::Header && is_implicit(&arg.name));
    match (documented, arg.undocumented) {
        (true, true) => {
            let message = format!("`{}` documents `{}`: remove `undocumented`", operation.display(), arg.name);
            findings.push(Finding::warning(Check::DeclaredParams, arg.span, message));
        }
        (false, false) => {
            let message = format!(
                "{}; if the API accepts it anyway, mark it `undocumented`",
                unknown(operation, location, &arg.name)
            );
            findings.push(Finding::error(Check::DeclaredParams, arg.span, message));
        }
        _ => {}
    }
}

/// Constant `name=value` pairs of the template: documented, and allowed by
/// the parameter's schema.
fn constants(description: &Description, operation: &Operation, method: &Declared, findings: &mut Vec<Finding>) {
    for entry in &method.undocumented {
        if !method.template.query.iter().any(|pair| pair.name == entry.name) {
            let message = format!("`{}` is not a constant query parameter of the template", entry.name);
            findings.push(Finding::error(Check::DeclaredParams, entry.span, message));
        } else if find(operation, Location::Query, &entry.name).is_some() {
            let message = format!("`{}` documents `{}`: remove `undocumented`", operation.display(), entry.name);
            findings.push(Finding::warning(Check::DeclaredParams, entry.span, message));
        }
    }
    for pair in &method.template.query {
        let Some(param) = find(operation, Location::Query, &pair.name) else {
            if !method.undocumented.iter().any(|entry| entry.name == pair.name) {
                let message = format!(
                    "{}; if the API accepts it anyway, add `#[openapi(undocumented = \"{}\")]`",
                    unknown(operation, Location::Query, &pair.name),
                    pair.name
                );
                findings.push(Finding::error(Check::DeclaredParams, pair.span, message));
            }
            continue;
        };
        let Some(param_schema) = &param.schema else { continue };
        if let Err(reason) = schema::check_value(&description.root, param_schema, &pair.value) {
            let message = format!("`{}={}` in the template: {reason}", pair.name, pair.value);
            findings.push(Finding::error(Check::QueryValues, pair.span, message));
        }
    }
}

/// The documented parameter a declared name refers to. Header names are
/// case-insensitive; `filter[state]` refers to a `deepObject` `filter`.
fn find<'a>(operation: &'a Operation, location: Location, name: &str) -> Option<&'a Param> {
    let mut params = operation.params_in(location);
    match location {
        Location::Header => params.find(|param| param.name.eq_ignore_ascii_case(name)),
        _ => {
            let base = name.split_once('[').map_or(name, |(base, _)| base);
            params.find(|param| param.name == name || param.name == base)
        }
    }
}

/// "has no query parameter `x`; did you mean `y`?"
fn unknown(operation: &Operation, location: Location, name: &str) -> String {
    let kind = if location == Location::Header { "header" } else { "query parameter" };
    let names: Vec<&str> = operation.params_in(location).map(|param| param.name.as_str()).collect();
    let hint = match similar::closest(name, names.iter().copied()) {
        Some(near) => format!("did you mean `{near}`?"),
        None if names.is_empty() => format!("it documents no {kind}s"),
        None if names.len() > LISTED => {
            format!("it documents: {}, and {} more", names[..LISTED].join(", "), names.len() - LISTED)
        }
        None => format!("it documents: {}", names.join(", ")),
    };
    format!("`{}` has no {kind} `{name}`; {hint}", operation.display())
}

fn is_implicit(name: &str) -> bool {
    IMPLICIT_HEADERS.iter().any(|header| header.eq_ignore_ascii_case(name))
}
