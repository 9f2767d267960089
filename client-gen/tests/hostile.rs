//! Descriptions built to break the generator: random schemas that refer
//! to each other in cycles, nest compositions, and use any names and any
//! text. Generation ends with a file or an error, never a panic or a hang;
//! a file it writes passes its own check (the generator refuses one that
//! does not), and the same input gives the same bytes.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use client_gen::{Options, Selection, generate};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

const COMPONENTS: [&str; 4] = ["a", "b-c", "self", "Result"];

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("type".to_owned()),
        Just("+1".to_owned()),
        Just("".to_owned()),
        Just("2fa".to_owned()),
        Just("self".to_owned()),
        "[a-zA-Z_@.\\- ]{1,8}",
        "\\PC{1,4}",
    ]
}

fn schema() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(json!({})),
        Just(json!({"type": "string"})),
        Just(json!({"type": ["integer", "null"], "format": "int32"})),
        Just(json!({"type": "number", "nullable": true})),
        Just(json!({"type": "boolean"})),
        Just(json!({"$ref": "#/components/schemas/missing"})),
        Just(json!({"$ref": "other.json#/x"})),
        prop::sample::select(COMPONENTS.to_vec()).prop_map(|c| json!({"$ref": format!("#/components/schemas/{c}")})),
        prop::collection::vec(name(), 1..4).prop_map(|values| json!({"type": "string", "enum": values})),
    ];
    leaf.prop_recursive(5, 48, 4, |inner| {
        prop_oneof![
            (prop::collection::btree_map(name(), inner.clone(), 0..4), prop::collection::vec(name(), 0..3)).prop_map(
                |(properties, required)| json!({"type": "object", "properties": properties, "required": required})
            ),
            inner.clone().prop_map(|items| json!({"type": "array", "items": items})),
            inner.clone().prop_map(|values| json!({"type": "object", "additionalProperties": values})),
            prop::collection::vec(inner.clone(), 0..3).prop_map(|branches| json!({"allOf": branches})),
            prop::collection::vec(inner.clone(), 0..3).prop_map(|branches| json!({"oneOf": branches})),
            prop::collection::vec(inner, 0..3).prop_map(|branches| json!({"anyOf": branches, "nullable": true})),
        ]
    })
}

fn description() -> impl Strategy<Value = Value> {
    let components = prop::collection::vec(schema(), COMPONENTS.len());
    let operations = prop::collection::vec((schema(), schema(), name(), any::<bool>()), 1..4);
    (components, operations).prop_map(|(components, operations)| {
        let schemas: Map<String, Value> = COMPONENTS.iter().map(|c| (*c).to_owned()).zip(components).collect();
        let mut paths = Map::new();
        for (index, (body, response, param, link)) in operations.into_iter().enumerate() {
            let headers = if link { json!({"Link": {"schema": {"type": "string"}}}) } else { json!({}) };
            paths.insert(
                format!("/things/{{{param}}}/{index}"),
                json!({"post": {
                    "operationId": format!("{param}/{index}"),
                    "description": param,
                    "parameters": [
                        {"name": param, "in": "path", "required": true, "schema": {"type": "string"}},
                        {"name": param, "in": "query", "schema": body.clone()},
                        {"name": "page", "in": "query"}, {"name": "per_page", "in": "query"}
                    ],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": body}}},
                    "responses": {"200": {"description": "ok", "headers": headers,
                        "content": {"application/json": {"schema": response}}}}
                }}),
            );
        }
        json!({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths,
               "components": {"schemas": schemas}})
    })
}

/// Each run its own directory: the loader's cache knows a file by its
/// path, length and modification time.
fn run(document: &Value, dir: &Path) -> Result<client_gen::Generated, client_gen::Error> {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let dir = dir.join(COUNT.fetch_add(1, Ordering::Relaxed).to_string());
    std::fs::create_dir(&dir).expect("a directory for the run");
    std::fs::write(dir.join("spec.json"), document.to_string()).expect("write the description");
    let options = Options {
        spec: "spec.json".to_owned(),
        trait_name: "Hostile".to_owned(),
        base_url: "https://example.com".to_owned(),
        selection: Selection::default(),
        out: "out.rs".to_owned(),
    };
    generate(&options, &dir)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_description_gives_a_file_or_an_error(document in description()) {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let first = run(&document, dir.path());
        let second = run(&document, dir.path());
        match (first, second) {
            (Ok(first), Ok(second)) => prop_assert!(first == second, "the same description gives the same bytes"),
            (Err(first), Err(second)) => prop_assert!(!first.messages.is_empty() && first == second),
            _ => prop_assert!(false, "two runs disagree"),
        }
    }
}

#[test]
fn a_deep_chain_of_references_is_refused_not_overflowed() {
    let mut schemas = Map::new();
    for index in 0..5_000 {
        schemas
            .insert(format!("s{index}"), json!({"allOf": [{"$ref": format!("#/components/schemas/s{}", index + 1)}]}));
    }
    let document = json!({"openapi": "3.0.0", "info": {"title": "T", "version": "1"},
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/s0"}}}}}}}},
        "components": {"schemas": schemas}});
    let dir = tempfile::tempdir().expect("a temporary directory");
    let err = run(&document, dir.path()).expect_err("too deep");
    assert!(err.to_string().contains("nest too deeply"), "{err}");
}

#[test]
fn not_a_description_is_an_error() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for document in [json!([1, 2]), json!({"swagger": "2.0"}), json!({"openapi": "3.0.0", "paths": {}})] {
        let err = run(&document, dir.path()).expect_err("refused");
        assert!(!err.messages.is_empty());
    }
}
