//! One schema as the generator reads it: `$ref`s followed, `allOf`
//! merged, the `null` of `nullable`, `type: [.., "null"]` and
//! `oneOf: [{type: null}, ..]` gathered into one flag.

use serde_json::Value;

use crate::openapi::declared::percent_decode;

/// How many schemas one view may visit (`$ref`s and `allOf` branches):
/// branches that refer back to themselves would otherwise be walked
/// exponentially often.
const MAX_VISITS: usize = 256;

/// How deep `$ref` chains and nested `allOf` go before the view stops.
const MAX_DEPTH: usize = 16;

/// What a schema says about one value.
#[derive(Debug, Default)]
pub(super) struct View<'a> {
    /// `type`, without `null`, in the order written.
    pub(super) types: Vec<&'a str>,
    pub(super) nullable: bool,
    /// Properties of every `allOf` branch, the first of a name kept.
    pub(super) properties: Vec<(&'a str, &'a Value)>,
    pub(super) required: Vec<&'a str>,
    /// `additionalProperties` when it is a schema.
    pub(super) additional: Option<&'a Value>,
    pub(super) items: Option<&'a Value>,
    /// `enum`, without `null`.
    pub(super) enumeration: Vec<&'a Value>,
    pub(super) constant: Option<&'a Value>,
    /// The branches of `oneOf` or `anyOf` that are not `null`, with the keyword.
    pub(super) alternatives: Vec<(&'static str, &'a Value)>,
    pub(super) format: Option<&'a str>,
    pub(super) minimum: Option<Bound>,
    pub(super) maximum: Option<Bound>,
    pub(super) min_items: usize,
    pub(super) min_length: usize,
    pub(super) max_length: Option<usize>,
    pub(super) example: Option<&'a Value>,
    pub(super) default: Option<&'a Value>,
    pub(super) write_only: bool,
    /// The first `$ref` followed (`#/components/schemas/repository`): a
    /// schema met again inside itself is a cycle.
    pub(super) identity: Option<&'a str>,
}

/// A `minimum` or `maximum`, and whether it is exclusive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Bound {
    pub(super) value: f64,
    pub(super) exclusive: bool,
}

impl<'a> View<'a> {
    /// The view of `schema` within the document `root`.
    pub(super) fn of(root: &'a Value, schema: &'a Value) -> View<'a> {
        let mut view = View::default();
        let mut visits = MAX_VISITS;
        view.read(root, schema, 0, &mut visits, true);
        view
    }

    /// The kind of value: the first `type`, else what the keywords imply.
    pub(super) fn kind(&self) -> Option<&'a str> {
        if let Some(kind) = self.types.first() {
            return Some(kind);
        }
        if !self.properties.is_empty() || self.additional.is_some() {
            return Some("object");
        }
        if self.items.is_some() {
            return Some("array");
        }
        None
    }

    /// Reads `schema` into the view; `top` is false inside `allOf`, whose
    /// `nullable` does not make the whole value nullable.
    fn read(&mut self, root: &'a Value, schema: &'a Value, depth: usize, visits: &mut usize, top: bool) {
        if depth > MAX_DEPTH || *visits == 0 {
            return;
        }
        *visits -= 1;
        let Some(object) = schema.as_object() else { return };
        if top && object.get("nullable").and_then(Value::as_bool) == Some(true) {
            self.nullable = true;
        }
        if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
            self.identity.get_or_insert(reference);
            if let Some(target) = follow(root, reference) {
                self.read(root, target, depth + 1, visits, top);
            }
        }
        self.read_types(object.get("type"), top);
        self.read_object(object);
        self.read_scalar(object);
        for branch in object.get("allOf").and_then(Value::as_array).into_iter().flatten() {
            self.read(root, branch, depth + 1, visits, false);
        }
        for keyword in ["oneOf", "anyOf"] {
            for branch in object.get(keyword).and_then(Value::as_array).into_iter().flatten() {
                if is_null(root, branch) {
                    self.nullable |= top;
                } else if !self.alternatives.iter().any(|(_, known)| std::ptr::eq(*known, branch)) {
                    self.alternatives.push((keyword, branch));
                }
            }
        }
    }

    fn read_types(&mut self, types: Option<&'a Value>, top: bool) {
        let written: Vec<&'a str> = match types {
            Some(Value::String(kind)) => vec![kind.as_str()],
            Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        for kind in written {
            if kind == "null" {
                self.nullable |= top;
            } else if !self.types.contains(&kind) {
                self.types.push(kind);
            }
        }
    }

    fn read_object(&mut self, object: &'a serde_json::Map<String, Value>) {
        for (name, property) in object.get("properties").and_then(Value::as_object).into_iter().flatten() {
            if !self.properties.iter().any(|(known, _)| *known == name) {
                self.properties.push((name, property));
            }
        }
        for name in object.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !self.required.contains(&name) {
                self.required.push(name);
            }
        }
        if let Some(additional) = object.get("additionalProperties").filter(|a| a.is_object()) {
            self.additional.get_or_insert(additional);
        }
        if let Some(items) = object.get("items").filter(|i| i.is_object()) {
            self.items.get_or_insert(items);
        }
        if let Some(count) = object.get("minItems").and_then(Value::as_u64) {
            self.min_items = self.min_items.max(usize::try_from(count).unwrap_or(usize::MAX));
        }
    }

    fn read_scalar(&mut self, object: &'a serde_json::Map<String, Value>) {
        if let Some(values) = object.get("enum").and_then(Value::as_array) {
            if values.iter().any(Value::is_null) {
                self.nullable = true;
            }
            if self.enumeration.is_empty() {
                self.enumeration = values.iter().filter(|value| !value.is_null()).collect();
            }
        }
        if let Some(constant) = object.get("const") {
            self.constant.get_or_insert(constant);
        }
        if let Some(format) = object.get("format").and_then(Value::as_str) {
            self.format.get_or_insert(format);
        }
        self.minimum = self.minimum.or_else(|| bound(object, "minimum", "exclusiveMinimum"));
        self.maximum = self.maximum.or_else(|| bound(object, "maximum", "exclusiveMaximum"));
        if let Some(length) = object.get("minLength").and_then(Value::as_u64) {
            self.min_length = self.min_length.max(usize::try_from(length).unwrap_or(usize::MAX));
        }
        if let Some(length) = object.get("maxLength").and_then(Value::as_u64) {
            self.max_length.get_or_insert(usize::try_from(length).unwrap_or(usize::MAX));
        }
        if let Some(example) = object.get("example") {
            self.example.get_or_insert(example);
        }
        if let Some(default) = object.get("default") {
            self.default.get_or_insert(default);
        }
        if object.get("writeOnly").and_then(Value::as_bool) == Some(true) {
            self.write_only = true;
        }
    }
}

/// `minimum: 0` with `exclusiveMinimum: true` (OpenAPI 3.0), or
/// `exclusiveMinimum: 0` (3.1).
fn bound(object: &serde_json::Map<String, Value>, inclusive: &str, exclusive: &str) -> Option<Bound> {
    if let Some(value) = object.get(exclusive).and_then(Value::as_f64) {
        return Some(Bound { value, exclusive: true });
    }
    let value = object.get(inclusive).and_then(Value::as_f64)?;
    let exclusive = object.get(exclusive).and_then(Value::as_bool) == Some(true);
    Some(Bound { value, exclusive })
}

/// The schema a local `$ref` names, if the document has it.
fn follow<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix('#')?;
    root.pointer(&percent_decode(pointer))
}

/// `{type: "null"}`, or a `$ref` to it: the `null` branch of a `oneOf`.
fn is_null(root: &Value, schema: &Value) -> bool {
    let mut schema = schema;
    for _ in 0..MAX_DEPTH {
        match schema.get("$ref").and_then(Value::as_str).and_then(|r| follow(root, r)) {
            Some(target) => schema = target,
            None => break,
        }
    }
    schema.get("type").and_then(Value::as_str) == Some("null")
        || schema.get("enum").and_then(Value::as_array).is_some_and(|values| values.iter().all(Value::is_null))
}
