//! Reading JSON Schemas of a description: `$ref`s, whether a response is
//! an array, where an `items` pointer leads, whether a constant fits.

use serde_json::Value;

use super::declared::percent_decode;
use crate::similar;

/// How many `$ref`s or nested schemas are followed before giving up, so
/// that a cycle ends.
const MAX_DEPTH: usize = 32;

/// How many schemas one question may visit. `allOf`/`oneOf` branches that
/// refer back to their own schema would otherwise make the walk
/// exponential in `MAX_DEPTH`; past the budget the schema counts as one
/// that does not say.
const MAX_VISITS: usize = 4096;

/// Visits left for one question about a schema.
struct Budget(usize);

impl Budget {
    fn new() -> Budget {
        Budget(MAX_VISITS)
    }

    /// Takes one visit; `false` once none is left or `depth` is too deep.
    fn spend(&mut self, depth: usize) -> bool {
        if self.0 == 0 || depth > MAX_DEPTH {
            return false;
        }
        self.0 -= 1;
        true
    }
}

/// The object a `$ref` (or a chain of them) points to; `value` itself
/// when it has none, or when the reference is not a local one that can be
/// followed (the checks then treat it as unknown).
pub(crate) fn resolve<'a>(root: &'a Value, mut value: &'a Value) -> &'a Value {
    for _ in 0..MAX_DEPTH {
        let Some(reference) = value.get("$ref").and_then(Value::as_str) else { break };
        let Some(pointer) = reference.strip_prefix('#') else { break };
        match root.pointer(&percent_decode(pointer)) {
            Some(target) => value = target,
            None => break,
        }
    }
    value
}

/// Whether a schema may be an array: `Some(true)` if it may, `Some(false)`
/// if it surely is not, `None` if the schema does not say.
pub(crate) fn may_be_array(root: &Value, schema: &Value) -> Option<bool> {
    may_be(root, schema, "array")
}

/// Whether a schema may be a JSON value of `kind` (`object`, `array`,
/// `string`, `boolean`, ...): `None` if the schema does not say.
pub(crate) fn may_be(root: &Value, schema: &Value, kind: &str) -> Option<bool> {
    may_be_at(root, schema, kind, 0, &mut Budget::new())
}

fn may_be_at(root: &Value, schema: &Value, kind: &str, depth: usize, budget: &mut Budget) -> Option<bool> {
    if !budget.spend(depth) {
        return None;
    }
    let schema = resolve(root, schema);
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            let answers: Vec<Option<bool>> =
                branches.iter().map(|b| may_be_at(root, b, kind, depth + 1, budget)).collect();
            if answers.contains(&Some(true)) {
                return Some(true);
            }
            if !answers.is_empty() && answers.iter().all(|a| *a == Some(false)) {
                return Some(false);
            }
        }
    }
    if let Some(branches) = schema.get("allOf").and_then(Value::as_array) {
        let answers: Vec<Option<bool>> = branches.iter().map(|b| may_be_at(root, b, kind, depth + 1, budget)).collect();
        if let Some(answer) = answers.iter().find_map(|a| *a) {
            return Some(answer);
        }
    }
    match schema.get("type") {
        Some(Value::String(written)) => return Some(written == kind),
        Some(Value::Array(kinds)) => return Some(kinds.iter().any(|k| k == kind)),
        _ => {}
    }
    if schema.get("items").is_some() {
        return Some(kind == "array");
    }
    if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() {
        return Some(kind == "object");
    }
    None
}

/// The properties of an object schema, `allOf` branches included.
pub(crate) fn properties<'a>(root: &'a Value, schema: &'a Value) -> Vec<(&'a str, &'a Value)> {
    let mut found = Vec::new();
    collect_properties(root, schema, 0, &mut Budget::new(), &mut found);
    found
}

fn collect_properties<'a>(
    root: &'a Value,
    schema: &'a Value,
    depth: usize,
    budget: &mut Budget,
    found: &mut Vec<(&'a str, &'a Value)>,
) {
    if !budget.spend(depth) {
        return;
    }
    let schema = resolve(root, schema);
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        found.extend(props.iter().map(|(name, value)| (name.as_str(), value)));
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for branch in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
            collect_properties(root, branch, depth + 1, budget, found);
        }
    }
}

/// The names of an object's properties that are arrays: candidates for
/// `items = "/name"`.
pub(crate) fn array_properties(root: &Value, schema: &Value) -> Vec<String> {
    let mut budget = Budget::new();
    properties(root, schema)
        .into_iter()
        .filter(|(_, value)| may_be_at(root, value, "array", 0, &mut budget) == Some(true))
        .map(|(name, _)| name.to_owned())
        .collect()
}

/// Follows a JSON pointer (`/data/items`) through a schema's properties.
/// `Ok(None)` when the schema stops saying what is there.
pub(crate) fn walk<'a>(root: &'a Value, schema: &'a Value, pointer: &str) -> Result<Option<&'a Value>, String> {
    let mut current = schema;
    let mut walked = String::new();
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        let props = properties(root, current);
        if let Some((_, next)) = props.iter().find(|(name, _)| *name == token) {
            current = next;
        } else if may_be_array(root, current) == Some(true) && token.parse::<usize>().is_ok() {
            let Some(items) = resolve(root, current).get("items") else { return Ok(None) };
            current = items;
        } else if props.is_empty() {
            return Ok(None);
        } else {
            let names: Vec<&str> = props.iter().map(|(name, _)| *name).collect();
            let place = if walked.is_empty() { "the response".to_owned() } else { format!("`{walked}`") };
            let hint = match similar::closest(&token, names.iter().copied()) {
                Some(near) => format!("; did you mean `{walked}/{near}`?"),
                None => format!("; it has: {}", names.join(", ")),
            };
            return Err(format!("{place} has no property `{token}`{hint}"));
        }
        walked.push('/');
        walked.push_str(&token);
    }
    Ok(Some(current))
}

/// Whether `value`, a constant from a template's query, fits `schema`;
/// else why not.
pub(crate) fn check_value(root: &Value, schema: &Value, value: &str) -> Result<(), String> {
    check_value_at(root, schema, value, 0, &mut Budget::new())
}

fn check_value_at(root: &Value, schema: &Value, value: &str, depth: usize, budget: &mut Budget) -> Result<(), String> {
    if !budget.spend(depth) {
        return Ok(());
    }
    let schema = resolve(root, schema);
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        let allowed: Vec<String> = allowed.iter().filter(|v| !v.is_null()).map(as_text).collect();
        if !allowed.iter().any(|a| a == value) {
            let hint = match similar::closest(value, allowed.iter().map(String::as_str)) {
                Some(near) => format!("; did you mean `{near}`?"),
                None => String::new(),
            };
            return Err(format!("`{value}` is not one of {}{hint}", quoted(&allowed)));
        }
    }
    if let Some(constant) = schema.get("const") {
        if as_text(constant) != value {
            return Err(format!("`{value}` is not the one allowed value `{}`", as_text(constant)));
        }
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            let results: Vec<Result<(), String>> =
                branches.iter().map(|b| check_value_at(root, b, value, depth + 1, budget)).collect();
            if !results.is_empty() && !results.iter().any(Result::is_ok) {
                let reasons: Vec<String> = results.into_iter().filter_map(Result::err).collect();
                return Err(reasons.join(", and "));
            }
        }
    }
    for branch in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        check_value_at(root, branch, value, depth + 1, budget)?;
    }
    let kinds: Vec<&str> = match schema.get("type") {
        Some(Value::String(kind)) => vec![kind.as_str()],
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if kinds.is_empty() {
        return Ok(());
    }
    let mut reasons = Vec::new();
    for kind in &kinds {
        match check_kind(root, schema, kind, value, depth, budget) {
            Ok(()) => return Ok(()),
            Err(reason) => reasons.push(reason),
        }
    }
    Err(reasons.join(", and "))
}

fn check_kind(
    root: &Value,
    schema: &Value,
    kind: &str,
    value: &str,
    depth: usize,
    budget: &mut Budget,
) -> Result<(), String> {
    match kind {
        "integer" => {
            let number: i128 = value.parse().map_err(|_| format!("`{value}` is not an integer"))?;
            check_range(schema, number as f64, value)
        }
        "number" => {
            let number: f64 = value.parse().map_err(|_| format!("`{value}` is not a number"))?;
            check_range(schema, number, value)
        }
        "boolean" if value == "true" || value == "false" => Ok(()),
        "boolean" => Err(format!("`{value}` is not `true` or `false`")),
        "null" if value.is_empty() => Ok(()),
        "null" => Err(format!("`{value}` is not empty")),
        "array" => match schema.get("items") {
            Some(items) => value.split(',').try_for_each(|item| check_value_at(root, items, item, depth + 1, budget)),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}

fn check_range(schema: &Value, number: f64, value: &str) -> Result<(), String> {
    if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
        if number < min {
            return Err(format!("`{value}` is below the minimum {min}"));
        }
    }
    if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
        if number > max {
            return Err(format!("`{value}` is above the maximum {max}"));
        }
    }
    Ok(())
}

/// An enum or const value as it is written in a query.
fn as_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn quoted(values: &[String]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
    quoted.join(", ")
}
