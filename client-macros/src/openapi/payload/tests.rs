//! Payload generation against `tests/openapi/payloads.yaml`, a small
//! description written for it, and against hostile documents.

use std::path::Path;
use std::sync::Arc;

use proptest::prelude::*;
use serde_json::{Value, json};

use super::*;
use crate::openapi::prop_tests::vocabulary_value;
use crate::openapi::{Keep, Verb, load_keeping};

fn description() -> Arc<Description> {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
    load_keeping(&tests, "openapi/payloads.yaml", Keep { examples: true, prose: false }).expect("the fixture loads")
}

fn payloads_of(verb: Verb, path: &str, target: Target<'_>) -> Payloads {
    let description = description();
    let operation = description.find(verb, path).expect("a documented operation");
    payloads(&description, &operation, target)
}

fn get(path: &str) -> Payloads {
    payloads_of(Verb::Get, path, Target::Body)
}

fn kind<'a>(found: &'a Payloads, prefix: &str) -> &'a Payload {
    found.payloads.iter().find(|p| p.kind.starts_with(prefix)).unwrap_or_else(|| panic!("no {prefix}: {found:#?}"))
}

/// The variants at `pointer`, as (reason, value).
fn at(payload: &Payload, pointer: &str) -> Vec<(Reason, Value)> {
    payload.variants.iter().filter(|v| v.pointer == pointer).map(|v| (v.reason.clone(), v.value.clone())).collect()
}

#[test]
fn the_maximal_payload_has_every_property_and_the_minimal_only_the_required() {
    let found = get("/gists/{}");
    let maximal = &kind(&found, "a maximal payload (200)").json;
    assert_eq!(maximal["id"], "example");
    assert_eq!(maximal["created_at"], "2024-01-02T03:04:05Z", "a value in the shape of its format");
    assert_eq!(maximal["files"]["example"], json!({"size": 1, "language": "Ruby"}), "one entry, examples kept");
    assert_eq!(maximal["owner"], json!({"login": "example", "id": 1, "kind": "User"}));
    assert!(maximal.get("secret").is_none(), "a write-only property is not in an answer");
    let minimal = &kind(&found, "a minimal payload (200, only the required properties)").json;
    assert_eq!(minimal, &json!({"id": "example"}));
}

#[test]
fn each_nullable_value_is_a_variant_with_its_place() {
    let found = get("/gists/{}");
    let maximal = kind(&found, "a maximal payload");
    assert_eq!(at(maximal, "/description"), [(Reason::Null, Value::Null)]);
    assert_eq!(at(maximal, "/owner")[0], (Reason::Null, Value::Null));
    assert_eq!(at(maximal, "/files/example")[0], (Reason::NullEntry("map"), Value::Null));
    assert!(at(maximal, "/id").is_empty(), "not nullable");
    let labels = get("/labels");
    let maximal = kind(&labels, "a maximal payload");
    assert!(at(maximal, "/0").contains(&(Reason::NullEntry("list"), Value::Null)), "a `null` branch of `oneOf`");
}

#[test]
fn each_enum_value_is_a_variant_and_an_unknown_one_a_probe() {
    let found = get("/gists/{}");
    let maximal = kind(&found, "a maximal payload");
    assert_eq!(
        at(maximal, "/owner/kind"),
        [
            (Reason::Enum, json!("Bot")),
            (Reason::Enum, json!("Organization")),
            (Reason::UnknownEnum, json!("x-value-not-in-the-description")),
        ]
    );
}

#[test]
fn integers_go_to_the_ends_of_their_format_and_below_zero_only_where_allowed() {
    let found = get("/numbers");
    let maximal = kind(&found, "a maximal payload");
    assert_eq!(
        at(maximal, "/small"),
        [(Reason::Largest("int32".to_owned()), json!(2_147_483_647)), (Reason::Negative, json!(-1)),]
    );
    assert_eq!(at(maximal, "/large")[0], (Reason::Largest("int64".to_owned()), json!(9_223_372_036_854_775_807_i64)));
    assert_eq!(at(maximal, "/bounded")[0], (Reason::Largest("maximum".to_owned()), json!(1000)));
    assert_eq!(at(maximal, "/signed"), [(Reason::Minimum, json!(-40))], "no format: no largest value");
    assert!(at(maximal, "/unsigned").is_empty(), "`minimum: 0` allows no negative value");
    assert_eq!(at(maximal, "/plain"), [(Reason::Negative, json!(-1))], "no minimum: a probe, whose failure is a note");
    assert_eq!(maximal.json["ratio"], json!(1.0), "a number within its bounds");
    assert_eq!(maximal.json["either"], json!(1));
    let either = at(maximal, "/either");
    assert!(either.contains(&(Reason::Null, Value::Null)), "{either:?}");
    assert!(either.contains(&(Reason::Alternative { keyword: "type", number: 2 }, json!("example"))), "{either:?}");
}

#[test]
fn each_alternative_of_one_of_is_a_variant() {
    let found = get("/labels");
    let maximal = kind(&found, "a maximal payload");
    assert_eq!(maximal.json.as_array().map(Vec::len), Some(2), "`minItems` elements");
    assert_eq!(maximal.json[0], "example", "the first alternative");
    let at_first = at(maximal, "/0");
    assert!(
        at_first.contains(&(
            Reason::Alternative { keyword: "oneOf", number: 2 },
            json!({"name": "examplexxx", "color": "example"})
        )),
        "{at_first:?}"
    );
    assert!(
        at(maximal, "/0/color").is_empty(),
        "an alternative's own variants are not kept: a variant changes one thing"
    );
}

#[test]
fn a_schema_inside_itself_is_written_minimal_and_the_walk_ends() {
    let found = get("/tree");
    let maximal = &kind(&found, "a maximal payload").json;
    assert_eq!(maximal["parent"], json!({"name": "example"}), "the cycle is cut at its required properties");
    assert_eq!(maximal["children"], json!([{"name": "example"}]));
    assert_eq!(&kind(&found, "a minimal payload").json, &json!({"name": "example"}));
}

#[test]
fn strings_keep_to_their_length() {
    let found = get("/labels");
    let name = &kind(&found, "a maximal payload").variants[0].value;
    let name = name.get("name").and_then(Value::as_str).unwrap_or_default();
    assert!((10..=12).contains(&name.chars().count()), "{name:?}");
}

#[test]
fn documented_examples_come_first_with_their_names_and_refs_followed() {
    let found = get("/gists/{}");
    let examples: Vec<(&str, &Value)> = found
        .payloads
        .iter()
        .filter(|p| p.kind.starts_with("the documented example"))
        .map(|p| (p.kind.as_str(), &p.json))
        .collect();
    let gist = json!({"id": "2decf6c462d9b4418f2", "files": {"hello.py": null}});
    assert_eq!(
        examples,
        [
            (
                "the documented example `example` of the 200 response",
                &json!({"id": "aa5a315d61ae9438b18d", "files": null})
            ),
            ("the documented example `nested` of the 200 response", &gist),
            ("the documented example `referenced` of the 200 response", &gist),
        ]
    );
    assert!(found.payloads.iter().take(3).all(|p| p.kind.starts_with("the documented example")));
}

#[test]
fn a_failed_value_is_taken_from_the_maximal_payload_of_its_response() {
    let found = get("/gists/{}");
    let maximal = found.payloads.iter().position(|p| p.kind.starts_with("a maximal payload")).expect("maximal");
    for payload in &found.payloads {
        let expected = (!payload.kind.starts_with("a maximal payload")).then_some(maximal);
        assert_eq!(payload.complete, expected, "{}", payload.kind);
    }
}

#[test]
fn responses_of_one_schema_share_their_payloads() {
    let found = payloads_of(Verb::Post, "/created", Target::Body);
    let kinds: Vec<&str> = found.payloads.iter().map(|p| p.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "a maximal payload (200, 201)",
            "a minimal payload (200, 201, only the required properties)",
            "a maximal payload (202)",
            "a minimal payload (202, only the required properties)",
        ]
    );
    assert_eq!(found.payloads[3].complete, Some(2));
}

#[test]
fn a_listing_writes_its_items_and_varies_only_them() {
    let found = payloads_of(Verb::Get, "/search", Target::Items("/page/items"));
    let minimal = &kind(&found, "a minimal payload").json;
    assert_eq!(
        minimal,
        &json!({"total_count": 1, "page": {"items": [{"name": "examplexxx"}]}}),
        "the way to the items"
    );
    let maximal = kind(&found, "a maximal payload");
    let pointers: Vec<&str> = maximal.variants.iter().map(|v| v.pointer.as_str()).collect();
    assert!(!pointers.is_empty() && pointers.iter().all(|p| p.starts_with("/page/items/")), "{pointers:?}");
}

#[test]
fn a_stream_s_items_follow_its_item_schema_and_its_text_examples_are_left_out() {
    let found = payloads_of(Verb::Get, "/events", Target::StreamItem);
    let kinds: Vec<&str> = found.payloads.iter().map(|p| p.kind.as_str()).collect();
    assert_eq!(kinds, ["a maximal payload (200)", "a minimal payload (200, only the required properties)"]);
    assert_eq!(found.payloads[1].json, json!({"name": "examplexxx"}));
}

#[test]
fn an_answer_without_a_body_is_a_note() {
    let found = payloads_of(Verb::Delete, "/empty", Target::Body);
    assert!(found.payloads.is_empty());
    assert_eq!(found.notes, ["`DELETE /empty` documents no JSON success response to generate payloads from"]);
}

#[test]
fn variants_are_written_as_the_runtime_reads_them() {
    let variant = |reason, pointer: &str, value| Variant { reason, pointer: pointer.to_owned(), value };
    assert_eq!(variant(Reason::Null, "/files", Value::Null).line(), r#"null "/files" null"#);
    assert_eq!(variant(Reason::NullEntry("map"), "/a b/x", Value::Null).line(), r#"null:map "/a b/x" null"#);
    assert_eq!(variant(Reason::Largest("int64".into()), "/id", json!(1)).line(), r#"max:int64 "/id" 1"#);
    let alternative = Reason::Alternative { keyword: "oneOf", number: 2 };
    assert_eq!(variant(alternative, "/l/0", json!({"a": "\"q\""})).line(), r#"alt:oneOf:2 "/l/0" {"a":"\"q\""}"#);
    assert_eq!(variant(Reason::UnknownEnum, "/k", json!("x")).line(), r#"probe:enum "/k" "x""#);
    assert_eq!(variant(Reason::Negative, "/n", json!(-1)).line(), r#"probe:negative "/n" -1"#);
}

#[test]
fn generation_is_deterministic() {
    for path in ["/gists/{}", "/numbers", "/labels", "/tree"] {
        assert_eq!(get(path), get(path), "{path}");
    }
}

/// Counts the values of a document.
fn size(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(size).sum(),
        Value::Object(object) => object.values().map(size).sum(),
        _ => 0,
    }
}

proptest! {
    /// Any document, however it nests or refers to itself: payloads come
    /// out, bounded, without a panic.
    #[test]
    fn any_document_gives_bounded_payloads(mut document in vocabulary_value()) {
        if let Value::Object(map) = &mut document {
            map.insert("openapi".to_owned(), Value::from("3.1.0"));
        }
        if let Ok(description) = Description::new("any.json".into(), document) {
            let endpoints: Vec<(Verb, String)> =
                description.operations.iter().map(|op| (op.verb, op.path.clone())).collect();
            for (verb, path) in endpoints {
                let Some(operation) = description.find(verb, &path) else { continue };
                for target in [Target::Body, Target::Items("/items/0"), Target::StreamItem] {
                    let found = payloads(&description, &operation, target);
                    for payload in &found.payloads {
                        prop_assert!(size(&payload.json) <= 2 * generate::HARD_VALUES);
                    }
                }
            }
        }
    }

    /// Schemas that refer to themselves every way they can end.
    #[test]
    fn self_referring_schemas_end(required in any::<bool>(), nullable in any::<bool>(), through in 0..4usize) {
        let reference = json!({"$ref": "#/components/schemas/A"});
        let inner = match through {
            0 => reference.clone(),
            1 => json!({"allOf": [reference.clone()]}),
            2 => json!({"oneOf": [reference.clone(), {"type": "string"}]}),
            _ => json!({"type": "array", "items": reference.clone(), "minItems": 2}),
        };
        let mut schema = json!({"type": "object", "properties": {"a": inner, "b": reference}, "nullable": nullable});
        if required {
            schema["required"] = json!(["a", "b"]);
        }
        let document = json!({
            "openapi": "3.0.0",
            "paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}},
            "components": {"schemas": {"A": schema}},
        });
        let description = Description::new("cycle.json".into(), document).expect("indexed");
        let operation = description.find(Verb::Get, "/a").expect("an operation");
        let started = std::time::Instant::now();
        let found = payloads(&description, &operation, Target::Body);
        prop_assert!(started.elapsed() < std::time::Duration::from_secs(10));
        prop_assert!(found.payloads.len() + found.notes.len() >= 2);
    }
}
