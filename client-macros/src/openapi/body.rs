//! The request body: declared exactly when required, and of the content
//! type the operation takes.

use proc_macro2::Span;
use serde_json::Value;

use super::declared::{BodyKind, Check, Declared, JsonKind};
use super::finding::Finding;
use super::index::{Operation, is_json};
use super::schema;

pub(crate) fn check(root: &Value, operation: &Operation, method: &Declared, findings: &mut Vec<Finding>) {
    match (&method.body, &operation.request_body) {
        (None, Some(documented)) if documented.required => {
            let message = format!(
                "`{}` requires a request body ({}): add {}",
                operation.display(),
                documented.content_types.join(", "),
                suggestion(&documented.content_types)
            );
            findings.push(Finding::error(Check::Body, method.span, message));
        }
        (Some(body), None) => {
            let message = format!("`{}` takes no request body in the OpenAPI description", operation.display());
            findings.push(Finding::error(Check::Body, body.span, message));
        }
        (Some(body), Some(documented)) => {
            let types = &documented.content_types;
            if let Some(declared) = &body.content_type {
                if !types.is_empty() && !types.iter().any(|media| same_media(declared, media)) {
                    let message = format!("`{}` takes {}, not `{declared}`", operation.display(), types.join(", "));
                    findings.push(Finding::error(Check::ContentType, body.span, message));
                }
            } else if !types.is_empty() && !types.iter().any(|media| accepts(body.kind, media)) {
                let message = format!(
                    "`{}` takes {}, not {}: use {}",
                    operation.display(),
                    types.join(", "),
                    describe(body.kind),
                    suggestion(types)
                );
                findings.push(Finding::error(Check::ContentType, body.span, message));
            } else if let (Some(value), Some(schema)) = (body.value, &documented.json_schema) {
                value_kind(root, operation, value, schema, findings);
            }
        }
        _ => {}
    }
}

/// A `#[body]` whose type shows its kind of JSON value (`Vec<T>` an
/// array, `&str` a string, a map an object) against the body's schema.
fn value_kind(
    root: &Value,
    operation: &Operation,
    value: (JsonKind, Span),
    schema: &Value,
    findings: &mut Vec<Finding>,
) {
    let (kind, span) = value;
    if schema::may_be(root, schema, kind.schema_type()) != Some(false) {
        return;
    }
    let expected = [JsonKind::Object, JsonKind::Array, JsonKind::String, JsonKind::Boolean]
        .into_iter()
        .filter(|other| schema::may_be(root, schema, other.schema_type()) == Some(true))
        .map(JsonKind::described)
        .collect::<Vec<_>>();
    let expected = if expected.is_empty() { "another kind of value".to_owned() } else { expected.join(" or ") };
    let message = format!(
        "`{}` takes {expected} as its JSON body, not {}: declare a type that serializes as {expected}",
        operation.display(),
        kind.described()
    );
    findings.push(Finding::error(Check::BodyType, span, message));
}

fn accepts(kind: BodyKind, media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or(media).trim().to_ascii_lowercase();
    if essence == "*/*" {
        return true;
    }
    match kind {
        BodyKind::Json => is_json(&essence),
        BodyKind::Form => essence == "application/x-www-form-urlencoded",
        BodyKind::Multipart => essence.starts_with("multipart/"),
        BodyKind::Raw => true,
    }
}

/// `text/plain; charset=utf-8` is `text/plain`; `*/*` and `text/*` take
/// any type and subtype.
fn same_media(declared: &str, documented: &str) -> bool {
    let essence = |media: &str| media.split(';').next().unwrap_or(media).trim().to_ascii_lowercase();
    let (declared, documented) = (essence(declared), essence(documented));
    if documented == "*/*" || declared == documented {
        return true;
    }
    match (documented.split_once('/'), declared.split_once('/')) {
        (Some((kind, "*")), Some((declared_kind, _))) => kind == declared_kind,
        _ => false,
    }
}

fn describe(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::Json => "JSON (`#[body]`)",
        BodyKind::Form => "a form (`#[form]`)",
        BodyKind::Multipart => "multipart (`#[multipart]`)",
        BodyKind::Raw => "a raw body (`#[body(raw)]`)",
    }
}

/// The declaration for the first content type the declaration language
/// can send.
fn suggestion(types: &[String]) -> &'static str {
    let kinds = [BodyKind::Json, BodyKind::Form, BodyKind::Multipart];
    let fitting = types.iter().find_map(|media| kinds.into_iter().find(|kind| accepts(*kind, media)));
    match fitting {
        Some(BodyKind::Json) => "a `#[body]` argument",
        Some(BodyKind::Form) => "a `#[form]` argument",
        Some(BodyKind::Multipart) => "`#[multipart]` with `#[part]` arguments",
        _ => "`#[body(raw)]` (bytes, a stream or a file)",
    }
}
