//! What the description's own examples show about its schemas: required
//! properties an example of a response leaves out, and properties it sets
//! to `null` that the schema does not let be null. GitHub's examples do
//! both (a job without `created_at`, a team without `type`), and the
//! conformance tests decode every documented example, so such a property
//! becomes an `Option`, as one the description does not require.
//!
//! Properties are known by the address of their schema in the loaded
//! document, which the type walk reads through the same references.

use std::collections::HashSet;

use serde_json::Value;

use crate::form::{MAX_STEPS, properties, resolved};
use crate::method::Source;
use crate::openapi::index::is_json;

/// How many values of examples one generation reads.
const MAX_VALUES: usize = 1_000_000;

/// Properties that an example leaves out or sets to `null`.
#[derive(Debug, Default)]
pub(crate) struct Evidence {
    relaxed: HashSet<usize>,
    values: usize,
}

fn address(schema: &Value) -> usize {
    std::ptr::from_ref(schema) as usize
}

impl Evidence {
    /// Reads the examples of the selected operations' success responses.
    pub(crate) fn gather(sources: &[Source<'_>]) -> Evidence {
        let mut evidence = Evidence::default();
        for source in sources {
            let root = source.root;
            let responses = source.raw.get("responses").and_then(Value::as_object).into_iter().flatten();
            for (status, response) in responses {
                if !(status.starts_with('2') || status == "default") {
                    continue;
                }
                let content = resolved(root, response).get("content").and_then(Value::as_object);
                let json = content.into_iter().flatten().filter(|(media, _)| is_json(media)).map(|(_, entry)| entry);
                for entry in json {
                    let entry = resolved(root, entry);
                    let Some(schema) = entry.get("schema") else { continue };
                    for example in examples(root, entry) {
                        evidence.walk(root, schema, example, 0);
                    }
                }
            }
        }
        evidence
    }

    /// Whether an example leaves out the property of this schema, or sets
    /// it to `null`.
    pub(crate) fn relaxes(&self, property_schema: &Value) -> bool {
        self.relaxed.contains(&address(property_schema))
    }

    fn walk(&mut self, root: &Value, schema: &Value, value: &Value, depth: usize) {
        self.values += 1;
        if depth > MAX_STEPS || self.values > MAX_VALUES {
            return;
        }
        let schema = resolved(root, schema);
        match value {
            Value::Object(object) => {
                for property in properties(root, schema) {
                    match object.get(property.name) {
                        None if property.required => {
                            self.relaxed.insert(address(property.schema));
                        }
                        Some(Value::Null) => {
                            self.relaxed.insert(address(property.schema));
                        }
                        Some(inner) => self.walk(root, property.schema, inner, depth + 1),
                        None => {}
                    }
                }
                if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object()) {
                    for inner in object.values() {
                        self.walk(root, values, inner, depth + 1);
                    }
                }
            }
            Value::Array(items) => {
                if let Some(item_schema) = schema.get("items").filter(|v| v.is_object()) {
                    for item in items {
                        self.walk(root, item_schema, item, depth + 1);
                    }
                }
            }
            _ => {}
        }
        // Relaxing a branch the value does not take only makes a type
        // accept more, so every branch is read.
        for key in ["oneOf", "anyOf", "allOf"] {
            for branch in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
                if !matches!(value, Value::Object(_)) || key != "allOf" {
                    self.walk(root, branch, value, depth + 1);
                }
            }
        }
    }
}

/// A media type's examples: `example`, and each `examples` entry's `value`
/// (through `$ref`s, which GitHub also writes for values).
fn examples<'a>(root: &'a Value, entry: &'a Value) -> Vec<&'a Value> {
    let mut found: Vec<&Value> = entry.get("example").into_iter().collect();
    for example in entry.get("examples").and_then(Value::as_object).into_iter().flatten().map(|(_, e)| e) {
        if let Some(value) = resolved(root, example).get("value") {
            let is_reference = value.as_object().is_some_and(|object| object.len() == 1 && object.contains_key("$ref"));
            found.push(if is_reference { resolved(root, value).get("value").unwrap_or(value) } else { value });
        }
    }
    found
}
