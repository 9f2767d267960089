//! What a failure or a note says: the method, the payload, the path and
//! the error, and the fix.

use serde_json::Value;

use super::run::Failure;
use super::variant::{Reason, Variant};
use super::{Method, Payload, Report};

/// The fix for a `null` where the type takes none.
const NULL_FIX: &str = "Use `Option<..>`, or \
    `#[serde(default, deserialize_with = \"client_runtime::serde::null_as_default\")]`.";

/// The fix for a map's `null` value.
const NULL_VALUE_FIX: &str = "Use `Option<..>` for the map's values, or \
    `#[serde(default, deserialize_with = \"client_runtime::serde::skip_null_values\")]` to leave them out.";

/// The fix for a list's `null` element.
const NULL_ELEMENT_FIX: &str = "Use `Option<..>` for the list's elements.";

/// The fix for an object the description allows to be empty.
const EMPTY_FIX: &str = "The description allows an empty object here: \
    `#[serde(default, deserialize_with = \"client_runtime::serde::empty_as_none\")]` on an `Option<..>` reads it as `None`.";

/// How many paths a gathered note names before it counts the rest.
const NAMED_PATHS: usize = 6;

/// A value longer than this is described rather than quoted.
const QUOTED_VALUE: usize = 48;

/// `update_gist`: the documented example ... does not decode into `Gist`: ...
pub(super) fn payload_failure(method: &Method, payload: &Payload, failure: &Failure, variants: usize) -> String {
    let mut text = format!(
        "`{}`: {} does not decode into `{}`: {}. {}",
        method.name,
        payload.kind,
        method.declared,
        located(failure),
        fix(None, failure)
    );
    if variants > 0 {
        text.push_str(&format!(" (Its {variants} variants are tried once it decodes.)"));
    }
    text
}

/// `update_gist`: a payload with `files: null` (nullable in the description) does not decode ...
pub(super) fn variant_failure(method: &Method, variant: &Variant, failure: &Failure) -> String {
    format!(
        "`{}`: a payload with {} does not decode into `{}`: {}. {}",
        method.name,
        changed(variant),
        method.declared,
        located(failure),
        fix(Some(variant), failure)
    )
}

/// A variant line the runtime cannot read: the generated test is damaged.
pub(super) fn unreadable_variant(method: &Method, payload: &Payload, line: &str) -> String {
    format!(
        "`{}`: a variant of {} cannot be read or does not apply to it (`{line}`); expand the macro again",
        method.name, payload.kind
    )
}

/// An enum that would refuse a value added to the API later.
pub(super) fn unknown_enum_note(method: &Method, variant: &Variant, failure: &Failure) -> String {
    format!(
        "`{}`: `{}` takes only the values its description lists; one added later ({}) would not decode into `{}` \
         ({}). APIs add values: a unit variant marked `#[serde(other)]` takes those the type does not list.",
        method.name,
        variant.path,
        quoted(&variant.value),
        method.declared,
        located(failure)
    )
}

/// Turns the integers that refused a negative value into one note.
pub(super) fn gather_notes(method: &Method, report: &mut Report) {
    let negatives = std::mem::take(&mut report.negatives);
    let Some((first_path, first_reason)) = negatives.first() else { return };
    let mut paths: Vec<String> = negatives.iter().take(NAMED_PATHS).map(|(path, _)| format!("`{path}`")).collect();
    if negatives.len() > NAMED_PATHS {
        paths.push(format!("and {} more", negatives.len() - NAMED_PATHS));
    }
    report.notes.push(format!(
        "`{}`: the description gives no minimum for {}, and a negative value does not decode into `{}` \
         (at `{first_path}`: {first_reason}). Nothing to do if the API never sends one; otherwise use a signed \
         integer type.",
        method.name,
        paths.join(", "),
        method.declared
    ));
}

/// `at `files`: invalid type: null, expected a map`, or the reason alone
/// for the document itself.
fn located(failure: &Failure) -> String {
    if failure.path == "." { failure.reason.clone() } else { format!("at `{}`: {}", failure.path, failure.reason) }
}

/// `` `files: null` (nullable in the description) ``.
fn changed(variant: &Variant) -> String {
    let path = &variant.path;
    match &variant.reason {
        Reason::Alternative { keyword, number } => {
            format!("`{path}` as the {} alternative of its `{keyword}`", ordinal(*number))
        }
        reason => format!("`{path}: {}` ({})", shown(&variant.value), why(reason)),
    }
}

fn why(reason: &Reason) -> String {
    match reason {
        Reason::Null => "nullable in the description".to_owned(),
        Reason::NullEntry(container) if container == "map" => {
            "a value of a map the description allows to be null".to_owned()
        }
        Reason::NullEntry(_) => "an element the description allows to be null".to_owned(),
        Reason::Enum => "a value of its enum in the description".to_owned(),
        Reason::Largest(format) if format == "maximum" => "its `maximum` in the description".to_owned(),
        Reason::Largest(format) => format!("the largest `{format}`"),
        Reason::Minimum => "its `minimum` in the description".to_owned(),
        Reason::Alternative { keyword, .. } => format!("an alternative of its `{keyword}`"),
        Reason::UnknownEnum => "a value its enum does not list".to_owned(),
        Reason::Negative => "a negative value, which the description does not rule out".to_owned(),
    }
}

/// What to change in the type.
fn fix(variant: Option<&Variant>, failure: &Failure) -> String {
    let reason = variant.map(|variant| &variant.reason);
    let empty_object = variant.is_some_and(|variant| variant.value.as_object().is_some_and(|o| o.is_empty()));
    let text = &failure.reason;
    match reason {
        Some(Reason::NullEntry(container)) if container == "map" => return NULL_VALUE_FIX.to_owned(),
        Some(Reason::NullEntry(_)) => return NULL_ELEMENT_FIX.to_owned(),
        Some(Reason::Alternative { .. }) if empty_object => return EMPTY_FIX.to_owned(),
        _ => {}
    }
    if reason == Some(&Reason::Null) || text.starts_with("invalid type: null") {
        return NULL_FIX.to_owned();
    }
    if let Some(field) = quoted_after(text, "missing field ") {
        return format!(
            "Mark `{field}` `#[serde(default)]`, or make it an `Option<..>`: the description does not require it."
        );
    }
    if let Some(value) = quoted_after(text, "unknown variant ") {
        return format!(
            "Add a variant for `{value}`, or a unit variant marked `#[serde(other)]` to take the values the type does not list."
        );
    }
    match reason {
        Some(Reason::Largest(format)) if format == "int32" => {
            "Use `i32`, `u32` or a wider integer type: the description allows this value.".to_owned()
        }
        Some(Reason::Largest(_)) => "Use `i64` or `u64`: the description allows this value.".to_owned(),
        Some(Reason::Minimum) => "Use a signed integer type: the description allows negative values here.".to_owned(),
        Some(Reason::Alternative { .. }) => {
            "An untagged enum with a variant for each alternative takes them all (or `serde_json::Value`).".to_owned()
        }
        _ if text.contains("untagged enum") => "Give the untagged enum a variant that takes this shape.".to_owned(),
        _ if failure.path == "." => "Make the declared type match the description.".to_owned(),
        _ => format!("Make the type of `{}` match the description.", failure.path),
    }
}

/// The text between the backticks that follow `prefix`.
fn quoted_after<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(prefix)?.strip_prefix('`')?;
    rest.split_once('`').map(|(quoted, _)| quoted)
}

/// A value as JSON, or its kind when it is long.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.len() <= QUOTED_VALUE {
        return text;
    }
    match value {
        Value::Object(_) => "an object".to_owned(),
        Value::Array(_) => "an array".to_owned(),
        Value::String(_) => "a long string".to_owned(),
        _ => text,
    }
}

fn quoted(value: &Value) -> String {
    format!("`{}`", shown(value))
}

fn ordinal(number: usize) -> String {
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}
