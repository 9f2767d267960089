//! Reading one schema: is it nullable, which Rust form does it take, what
//! properties and values does it have. Nothing here recurses without a
//! bound: `$ref` chains and `allOf` trees stop at [`MAX_STEPS`].

use serde_json::Value;

use crate::openapi::percent_decode;

/// How many `$ref`s a chain, or schemas an `allOf` tree, may have before
/// the rest is left unread.
pub(crate) const MAX_STEPS: usize = 64;

/// The Rust form a schema takes.
#[derive(Debug)]
pub(crate) enum Form<'a> {
    /// A reference to another schema, by its JSON pointer (decoded).
    Ref(String),
    /// An object with properties: a struct.
    Struct,
    /// Strings from a list: an enum.
    Enum(Vec<String>),
    /// One of several schemas: an untagged enum.
    Union(Vec<&'a Value>),
    /// A composite with one schema that says anything: that schema.
    Follow(&'a Value),
    /// Several JSON types (`type: [string, integer]`): an untagged enum.
    Types(Vec<&'a str>),
    /// A boolean, number, string, array or map, or nothing said.
    Plain,
}

/// The target of a local `$ref` (following chains), with its pointer;
/// `None` for an external or dangling reference, or a chain that loops.
pub(crate) fn follow<'a>(root: &'a Value, reference: &str) -> Option<(String, &'a Value)> {
    let mut pointer = percent_decode(reference.strip_prefix('#')?);
    let mut target = root.pointer(&pointer)?;
    for _ in 0..MAX_STEPS {
        let Some(next) = target.get("$ref").and_then(Value::as_str) else { return Some((pointer, target)) };
        pointer = percent_decode(next.strip_prefix('#')?);
        target = root.pointer(&pointer)?;
    }
    None
}

/// The schema behind `schema`'s `$ref`s, or `schema`.
pub(crate) fn resolved<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => follow(root, reference).map_or(schema, |(_, target)| target),
        None => schema,
    }
}

/// The last segment of a pointer, `simple-user` of
/// `/components/schemas/simple-user`.
pub(crate) fn last_segment(pointer: &str) -> String {
    let segment = pointer.rsplit('/').next().unwrap_or(pointer);
    segment.replace("~1", "/").replace("~0", "~")
}

/// Whether a value of the schema may be `null`: 3.0's `nullable`, 3.1's
/// `type: [.., "null"]`, a `null` among the `enum` values, or a `null`
/// branch of `oneOf`/`anyOf`.
pub(crate) fn nullable(root: &Value, schema: &Value) -> bool {
    if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
        return true;
    }
    if let Some(Value::Array(types)) = schema.get("type") {
        if types.iter().any(|t| t == "null") {
            return true;
        }
    }
    if schema.get("enum").and_then(Value::as_array).is_some_and(|values| values.iter().any(Value::is_null)) {
        return true;
    }
    ["oneOf", "anyOf"].iter().any(|key| branches(schema, key).any(|branch| is_null(resolved(root, branch))))
}

/// `{"type": "null"}`, `{"enum": [null]}`, `{"const": null}`.
fn is_null(schema: &Value) -> bool {
    schema.get("type").is_some_and(|t| t == "null")
        || schema.get("const").is_some_and(Value::is_null)
        || schema.get("enum").and_then(Value::as_array).is_some_and(|v| !v.is_empty() && v.iter().all(Value::is_null))
}

fn branches<'a>(schema: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    schema.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// Whether a schema says anything about the type of a value. Branches that
/// only list `required` names (GitHub's "one of these fields") do not.
pub(crate) fn says_type(schema: &Value) -> bool {
    const TYPED: [&str; 11] = [
        "$ref",
        "type",
        "properties",
        "items",
        "enum",
        "const",
        "allOf",
        "oneOf",
        "anyOf",
        "additionalProperties",
        "format",
    ];
    TYPED.iter().any(|key| schema.get(key).is_some())
}

/// The branches of `oneOf`/`anyOf`/`allOf` under `key` that say a type
/// and are not `null`.
fn typed_branches<'a>(root: &'a Value, schema: &'a Value, key: &str) -> Vec<&'a Value> {
    branches(schema, key).filter(|b| says_type(b) && !is_null(resolved(root, b))).collect()
}

/// Which form `schema` takes.
pub(crate) fn form<'a>(root: &'a Value, schema: &'a Value) -> Form<'a> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return match follow(root, reference) {
            Some((pointer, _)) => Form::Ref(pointer),
            None => Form::Plain,
        };
    }
    let has_properties = schema.get("properties").and_then(Value::as_object).is_some_and(|p| !p.is_empty());
    let all_of = typed_branches(root, schema, "allOf");
    if !all_of.is_empty() {
        if all_of.len() == 1 && !has_properties {
            return Form::Follow(all_of[0]);
        }
        if has_properties || all_of.iter().any(|b| is_object(resolved(root, b))) {
            return Form::Struct;
        }
        return Form::Follow(all_of[0]);
    }
    if has_properties {
        return Form::Struct;
    }
    let mut choices = typed_branches(root, schema, "oneOf");
    choices.extend(typed_branches(root, schema, "anyOf"));
    match choices.len() {
        0 => {}
        1 => return Form::Follow(choices[0]),
        _ => {
            return match union_of_strings(root, &choices) {
                Some(values) => Form::Enum(values),
                None => Form::Union(choices),
            };
        }
    }
    if let Some(values) = string_values(schema) {
        return Form::Enum(values);
    }
    let types = types(schema);
    if types.len() > 1 { Form::Types(types) } else { Form::Plain }
}

/// The JSON types a schema names, without `null`.
pub(crate) fn types(schema: &Value) -> Vec<&str> {
    match schema.get("type") {
        Some(Value::String(kind)) if kind != "null" => vec![kind.as_str()],
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).filter(|k| *k != "null").collect(),
        _ => Vec::new(),
    }
}

/// Whether a schema describes an object with named properties.
fn is_object(schema: &Value) -> bool {
    schema.get("properties").is_some() || schema.get("allOf").is_some() || types(schema) == ["object"]
}

/// An `enum` of strings (a `null` among them aside), deduplicated.
pub(crate) fn string_values(schema: &Value) -> Option<Vec<String>> {
    let values = schema.get("enum")?.as_array()?;
    let mut strings = Vec::new();
    for value in values.iter().filter(|v| !v.is_null()) {
        let text = value.as_str()?.to_owned();
        if !strings.contains(&text) {
            strings.push(text);
        }
    }
    (!strings.is_empty()).then_some(strings)
}

/// `oneOf` branches that are each an enum or a `const` of strings: one
/// enum of all their values.
fn union_of_strings(root: &Value, choices: &[&Value]) -> Option<Vec<String>> {
    let mut values: Vec<String> = Vec::new();
    for choice in choices {
        let choice = resolved(root, choice);
        let found = match choice.get("const") {
            Some(Value::String(text)) => vec![text.clone()],
            _ => string_values(choice)?,
        };
        for value in found {
            if !values.contains(&value) {
                values.push(value);
            }
        }
    }
    Some(values)
}

/// One property of an object, as the struct gets it.
#[derive(Debug)]
pub(crate) struct Property<'a> {
    pub(crate) name: &'a str,
    pub(crate) schema: &'a Value,
    pub(crate) required: bool,
}

/// The properties of an object schema: its own, its `allOf` branches'
/// (through `$ref`s), and, as optional ones, those of its `oneOf`/`anyOf`
/// branches. The first schema to name a property gives its type.
pub(crate) fn properties<'a>(root: &'a Value, schema: &'a Value) -> Vec<Property<'a>> {
    let mut found = Vec::new();
    let mut required = Vec::new();
    let mut steps = 0;
    collect(root, schema, true, &mut steps, &mut found, &mut required);
    found
        .into_iter()
        .map(|(name, schema, counts)| Property { name, schema, required: counts && required.contains(&name) })
        .collect()
}

type Found<'a> = Vec<(&'a str, &'a Value, bool)>;

fn collect<'a>(
    root: &'a Value,
    schema: &'a Value,
    binding: bool,
    steps: &mut usize,
    found: &mut Found<'a>,
    required: &mut Vec<&'a str>,
) {
    *steps += 1;
    if *steps > MAX_STEPS {
        return;
    }
    let schema = resolved(root, schema);
    if binding {
        required.extend(branches(schema, "required").filter_map(Value::as_str));
    }
    for (name, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
        if !found.iter().any(|(known, _, _)| *known == name) {
            found.push((name, property, binding));
        }
    }
    for branch in branches(schema, "allOf") {
        collect(root, branch, binding, steps, found, required);
    }
    for key in ["oneOf", "anyOf"] {
        for branch in branches(schema, key) {
            collect(root, branch, false, steps, found, required);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn forms() {
        let root =
            json!({"components": {"schemas": {"a": {"$ref": "#/components/schemas/b"}, "b": {"type": "string"}}}});
        assert!(
            matches!(form(&root, &json!({"$ref": "#/components/schemas/a"})), Form::Ref(p) if p == "/components/schemas/b")
        );
        assert!(matches!(form(&root, &json!({"$ref": "#/nowhere"})), Form::Plain));
        assert!(matches!(form(&root, &json!({"enum": ["a", null, "b"]})), Form::Enum(v) if v == ["a", "b"]));
        let either = json!({"oneOf": [{"type": "string"}, {"type": "integer"}]});
        assert!(matches!(form(&root, &either), Form::Union(b) if b.len() == 2));
        let fields_only = json!({"type": "object", "properties": {"a": {}}, "anyOf": [{"required": ["a"]}]});
        assert!(matches!(form(&root, &fields_only), Form::Struct));
        let nullable_ref = json!({"anyOf": [{"$ref": "#/components/schemas/b"}, {"type": "null"}]});
        assert!(matches!(form(&root, &nullable_ref), Form::Follow(_)));
        assert!(nullable(&root, &nullable_ref));
        assert!(matches!(form(&root, &json!({"type": ["string", "integer", "null"]})), Form::Types(t) if t.len() == 2));
    }

    #[test]
    fn a_looping_chain_is_unreadable() {
        let root = json!({"a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}});
        assert!(follow(&root, "#/a").is_none());
    }

    #[test]
    fn properties_merge_all_of_and_keep_required() {
        let root = json!({"base": {"properties": {"id": {"type": "integer"}}, "required": ["id"]}});
        let schema = json!({
            "allOf": [{"$ref": "#/base"}, {"properties": {"name": {}}, "required": ["name"]}],
            "oneOf": [{"properties": {"extra": {}}, "required": ["extra"]}]
        });
        let found: Vec<(&str, bool)> = properties(&root, &schema).iter().map(|p| (p.name, p.required)).collect();
        assert_eq!(found, [("id", true), ("name", true), ("extra", false)]);
    }
}
