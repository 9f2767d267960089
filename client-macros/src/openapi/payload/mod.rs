//! The payloads of a method's conformance test, generated from the
//! description when the macro expands: the documented examples of the
//! success responses, a maximal and a minimal document for each success
//! schema, and the variants tried on the maximal one (each nullable value
//! as `null`, each enum value, integers at the ends of their range, each
//! `oneOf`/`anyOf` alternative, and two probes whose failures are notes).
//!
//! Deterministic (the same description gives the same payloads) and
//! bounded (see `generate`), whatever the description holds.

mod generate;
mod view;

#[cfg(test)]
mod tests;

use serde_json::Value;

use self::generate::Mode;
use super::index::{Description, Operation, Response};

/// What the declared type decodes from a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target<'a> {
    /// The whole body: `T`, `Vec<T>`, `Option<T>`, `Response<T>`.
    Body,
    /// Each item of the array at a JSON pointer (empty: the body itself),
    /// as a listing reads a page.
    Items(&'a str),
    /// An event's data or a JSON line: each is one document of the schema
    /// (`itemSchema` when the media type has one).
    StreamItem,
}

/// One document of a method's test.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Payload {
    /// What it is, for messages: "a maximal payload (200)".
    pub(crate) kind: String,
    pub(crate) json: Value,
    pub(crate) variants: Vec<Variant>,
    /// The index of the maximal payload of the same response: what the
    /// runtime takes a failed value from, to find the next failure.
    pub(crate) complete: Option<usize>,
    /// The statuses it answers for.
    statuses: Vec<String>,
}

/// One change tried on a payload: `value` at `pointer`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Variant {
    pub(crate) reason: Reason,
    /// A JSON pointer into the payload.
    pub(crate) pointer: String,
    pub(crate) value: Value,
}

/// Why a variant changes a value; the runtime reads the same names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Reason {
    Null,
    /// `null` as a map's value (`"map"`) or a list's element (`"list"`).
    NullEntry(&'static str),
    Enum,
    /// The largest of a format (`int32`, `int64`), or `maximum`.
    Largest(String),
    /// A negative `minimum`.
    Minimum,
    /// The Nth alternative of `oneOf`, `anyOf` or a list of `type`s.
    Alternative {
        keyword: &'static str,
        number: usize,
    },
    /// Probe: a value a string enum does not list.
    UnknownEnum,
    /// Probe: a negative integer where no minimum is given.
    Negative,
}

/// A method's payloads, and what the test should say about how they were made.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Payloads {
    pub(crate) payloads: Vec<Payload>,
    pub(crate) notes: Vec<String>,
}

impl Variant {
    /// The line the runtime reads: `null "/files" null`.
    pub(crate) fn line(&self) -> String {
        let reason = match &self.reason {
            Reason::Null => "null".to_owned(),
            Reason::NullEntry(container) => format!("null:{container}"),
            Reason::Enum => "enum".to_owned(),
            Reason::Largest(format) => format!("max:{format}"),
            Reason::Minimum => "min".to_owned(),
            Reason::Alternative { keyword, number } => format!("alt:{keyword}:{number}"),
            Reason::UnknownEnum => "probe:enum".to_owned(),
            Reason::Negative => "probe:negative".to_owned(),
        };
        format!("{reason} {} {}", Value::String(self.pointer.clone()), self.value)
    }
}

/// Every payload of `operation`'s success responses, for `target`.
pub(crate) fn payloads(description: &Description, operation: &Operation, target: Target<'_>) -> Payloads {
    let root = &description.root;
    let mut found = Payloads::default();
    let success = operation.success_responses();
    for response in &success {
        examples(response, target, &mut found);
    }
    let mut schemas: Vec<(Vec<&str>, &Value)> = Vec::new();
    for response in &success {
        let Some(schema) = response_schema(response, target) else { continue };
        match schemas.iter_mut().find(|(_, known)| *known == schema) {
            Some((statuses, _)) => statuses.push(&response.status),
            None => schemas.push((vec![&response.status], schema)),
        }
    }
    let forced = match target {
        Target::Items(pointer) => pointer,
        _ => "",
    };
    for (statuses, schema) in schemas {
        let statuses: Vec<String> = statuses.into_iter().map(str::to_owned).collect();
        generated(root, schema, &statuses, forced, &mut found);
    }
    if found.payloads.is_empty() {
        found
            .notes
            .push(format!("`{}` documents no JSON success response to generate payloads from", operation.display()));
    }
    if let Target::Items(pointer) = target {
        keep_item_variants(&mut found, pointer);
    }
    link_complete(&mut found.payloads);
    found
}

/// Points each example and minimal payload at the maximal payload of its
/// response.
fn link_complete(payloads: &mut [Payload]) {
    let maximal: Vec<(usize, Vec<String>)> = payloads
        .iter()
        .enumerate()
        .filter(|(_, payload)| payload.kind.starts_with("a maximal payload"))
        .map(|(index, payload)| (index, payload.statuses.clone()))
        .collect();
    for (index, payload) in payloads.iter_mut().enumerate() {
        payload.complete = maximal
            .iter()
            .find(|(at, statuses)| *at != index && payload.statuses.iter().any(|status| statuses.contains(status)))
            .map(|(at, _)| *at);
    }
}

/// The documented examples of one response.
fn examples(response: &Response, target: Target<'_>, found: &mut Payloads) {
    let Some(body) = &response.body else { return };
    for (name, value) in &body.examples {
        // A stream's example is its text, not one event's data.
        if target == Target::StreamItem && value.is_string() {
            continue;
        }
        let kind = format!("the documented example `{name}` of the {} response", response.status);
        let statuses = vec![response.status.clone()];
        found.payloads.push(Payload { kind, json: value.clone(), variants: Vec::new(), complete: None, statuses });
    }
}

fn response_schema<'a>(response: &'a Response, target: Target<'_>) -> Option<&'a Value> {
    let body = response.body.as_ref()?;
    match target {
        Target::StreamItem => body.item_schema.as_ref().or(body.schema.as_ref()),
        _ => body.schema.as_ref(),
    }
}

/// The maximal and the minimal document of one schema.
fn generated(root: &Value, schema: &Value, statuses: &[String], forced: &str, found: &mut Payloads) {
    let listed = statuses.join(", ");
    match generate::build(root, schema, Mode::Maximal, forced) {
        Some(built) => {
            if built.trimmed {
                found.notes.push(format!(
                    "the maximal payload ({listed}) stops at the generator's limits: deeper optional properties are left out"
                ));
            }
            found.payloads.push(Payload {
                kind: format!("a maximal payload ({listed})"),
                json: built.json,
                variants: built.variants,
                complete: None,
                statuses: statuses.to_vec(),
            });
        }
        None => found.notes.push(format!("no maximal payload ({listed}): a required value nests too deep")),
    }
    match generate::build(root, schema, Mode::Minimal, forced) {
        Some(built) => found.payloads.push(Payload {
            kind: format!("a minimal payload ({listed}, only the required properties)"),
            json: built.json,
            variants: Vec::new(),
            complete: None,
            statuses: statuses.to_vec(),
        }),
        None => found.notes.push(format!("no minimal payload ({listed}): a required value nests too deep")),
    }
}

/// A listing decodes only its items: the variants elsewhere in the
/// envelope, or on the way to the items, change nothing it reads.
fn keep_item_variants(found: &mut Payloads, pointer: &str) {
    for payload in &mut found.payloads {
        payload.variants.retain(|variant| {
            variant.pointer.strip_prefix(pointer).is_some_and(|rest| rest.starts_with('/') && rest.len() > 1)
        });
    }
}
