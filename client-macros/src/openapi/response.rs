//! The return type against the success responses: arrays for `Vec` and
//! `Paginated`, a body for `T`, a 404 for `Option<T>`.

use serde_json::Value;

use super::declared::{Check, Declared, Shape};
use super::finding::Finding;
use super::index::{Description, Operation, Response};
use super::schema;

pub(crate) fn check(description: &Description, operation: &Operation, method: &Declared, findings: &mut Vec<Finding>) {
    let returns = &method.returns;
    let success = operation.success_responses();
    let problem = match &returns.shape {
        Shape::Array => array(description, operation, &success, false),
        Shape::Paginated { items: None } => array(description, operation, &success, true),
        Shape::Paginated { items: Some(pointer) } => items(description, operation, &success, pointer),
        Shape::Value => no_body(operation, &success),
        Shape::Unit | Shape::Raw => None,
    };
    if let Some(message) = problem {
        findings.push(Finding::error(Check::ResponseShape, returns.span, message));
    }
    if returns.optional && !operation.documents_not_found() {
        let message = format!(
            "`Option<..>` turns a 404 into `None`, but `{}` documents no 404 response; return the value itself",
            operation.display()
        );
        findings.push(Finding::error(Check::NotFound, returns.span, message));
    }
}

/// The success responses' schemas, with their status codes.
fn schemas<'a>(success: &[&'a Response]) -> Vec<(&'a str, &'a Value)> {
    success
        .iter()
        .filter_map(|response| Some((response.status.as_str(), response.body.as_ref()?.schema.as_ref()?)))
        .collect()
}

/// `Vec<T>` or `Paginated<T>` without `items`: some success response may
/// be an array.
fn array(description: &Description, operation: &Operation, success: &[&Response], paginated: bool) -> Option<String> {
    let root = &description.root;
    let schemas = schemas(success);
    if schemas.is_empty() {
        return success
            .iter()
            .all(|r| r.body.is_none())
            .then(|| format!("`{}` answers {} with no body, not an array", operation.display(), statuses(success)));
    }
    if schemas.iter().any(|(_, s)| schema::may_be_array(root, s) != Some(false)) {
        return None;
    }
    let (status, first) = schemas[0];
    let mut message = format!("`{}` answers {status} with an object, not an array", operation.display());
    let arrays = schema::array_properties(root, first);
    match (envelope_items(&arrays), paginated) {
        (Some(name), true) => message.push_str(&format!("; take the items from it with `items = \"/{name}\"`")),
        (Some(name), false) => message.push_str(&format!("; return the object's type (its array is `{name}`)")),
        (None, _) => message.push_str("; return the object's type"),
    }
    Some(message)
}

/// Property names under which APIs commonly put a page's items.
const ENVELOPES: [&str; 8] = ["items", "data", "results", "values", "entries", "records", "nodes", "elements"];

/// The array property of an object that is likely an envelope's items,
/// by its name: a single resource with an array field, like an issue's
/// `labels`, is not an envelope.
fn envelope_items(arrays: &[String]) -> Option<&String> {
    arrays.iter().find(|name| ENVELOPES.contains(&name.as_str()))
}

/// `Paginated<T>` with `items = "/pointer"`: the pointer reaches an array
/// in some success response.
fn items(description: &Description, operation: &Operation, success: &[&Response], pointer: &str) -> Option<String> {
    let root = &description.root;
    let mut problems = Vec::new();
    for (status, response_schema) in schemas(success) {
        match schema::walk(root, response_schema, pointer) {
            Ok(None) => return None,
            Ok(Some(target)) if schema::may_be_array(root, target) != Some(false) => return None,
            Ok(Some(_)) => problems.push(format!("`{pointer}` in the {status} response is not an array")),
            Err(reason) => problems.push(format!("`items = \"{pointer}\"`: {reason}")),
        }
    }
    let first = problems.into_iter().next()?;
    Some(format!("{first} (`{}`)", operation.display()))
}

/// A decoded `T` needs a success response with a body.
fn no_body(operation: &Operation, success: &[&Response]) -> Option<String> {
    if success.is_empty() || success.iter().any(|response| response.body.is_some()) {
        return None;
    }
    Some(format!("`{}` answers {} with no body: return `()`", operation.display(), statuses(success)))
}

fn statuses(responses: &[&Response]) -> String {
    let codes: Vec<&str> = responses.iter().map(|response| response.status.as_str()).collect();
    codes.join(" or ")
}
