//! Hostile input: descriptions and templates of any shape never panic.

use std::path::Path;

use proc_macro2::Span;
use proptest::prelude::*;
use serde_json::Value;

use super::declared::percent_decode;
use super::*;

/// JSON values built from the vocabulary the checks read, so that
/// generated documents reach deep into the index and the schema walks.
pub(super) fn vocabulary_value() -> impl Strategy<Value = Value> {
    let words = prop::sample::select(vec![
        "openapi",
        "paths",
        "get",
        "post",
        "parameters",
        "name",
        "in",
        "query",
        "path",
        "header",
        "required",
        "schema",
        "type",
        "array",
        "object",
        "items",
        "properties",
        "enum",
        "$ref",
        "#/components/schemas/A",
        "#/paths",
        "#",
        "components",
        "schemas",
        "A",
        "responses",
        "200",
        "404",
        "content",
        "application/json",
        "requestBody",
        "allOf",
        "oneOf",
        "anyOf",
        "/a/{x}",
        "{x}",
        "3.0.0",
        "3.1.0",
        "integer",
        "minimum",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        words.clone().prop_map(|w| Value::String(w.to_owned())),
        ".*".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 200, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((words.clone(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

fn declared(verb: Verb, template: &str) -> Declared {
    Declared {
        span: Span::call_site(),
        verb,
        template: Template::from_text(template, Span::call_site()),
        query: vec![Arg { name: "q".to_owned(), optional: true, undocumented: false, span: Span::call_site() }],
        headers: Vec::new(),
        static_headers: Vec::new(),
        body: Some(Body {
            kind: BodyKind::Json,
            content_type: None,
            span: Span::call_site(),
            value: Some((JsonKind::Array, Span::call_site())),
        }),
        returns: Returns {
            span: Span::call_site(),
            optional: true,
            shape: Shape::Paginated { items: Some("/items/0/x".to_owned()) },
        },
        skips: Vec::new(),
        undocumented: Vec::new(),
    }
}

proptest! {
    #[test]
    fn any_text_parses_or_fails_cleanly(text in ".*", yaml in any::<bool>()) {
        let name = if yaml { "any.yaml" } else { "any.json" };
        let _ = super::load::parse(Path::new(name), &text, Keep::default());
    }

    #[test]
    fn any_template_is_read(text in ".*") {
        let template = Template::from_text(&text, Span::call_site());
        let _ = template.openapi_path();
        let _ = template.placeholders().count();
    }

    #[test]
    fn percent_decoding_never_panics_and_keeps_plain_text(text in ".*", plain in "[a-zA-Z0-9_.-]*") {
        let _ = percent_decode(&text);
        prop_assert_eq!(percent_decode(&plain), plain);
    }

    #[test]
    fn percent_decoding_reads_exactly_two_hex_digits(byte in 0u8..0x80, sign in "[^0-9a-fA-F]", digit in "[0-9a-fA-F]") {
        prop_assert_eq!(percent_decode(&format!("%{byte:02X}")), char::from(byte).to_string());
        prop_assert_eq!(percent_decode(&format!("%{byte:02x}")), char::from(byte).to_string());
        // `%+5` is not an escape: `from_str_radix` would read `+5` as 5.
        let kept = format!("%{sign}{digit}");
        prop_assert_eq!(percent_decode(&kept), kept);
    }

    #[test]
    fn any_document_is_indexed_and_checked(
        mut document in vocabulary_value(),
        template in "(/(<x>|<x..>|a|\\{x\\}|items))*(\\?q=[a-z0-9,]*)?",
    ) {
        if let Value::Object(map) = &mut document {
            map.insert("openapi".to_owned(), Value::from("3.1.0"));
        }
        if let Ok(description) = Description::new("any.json".into(), document) {
            for verb in [Verb::Get, Verb::Post] {
                let _ = check(&description, Some("https://host/base"), &declared(verb, &template));
                let _ = check(&description, None, &declared(verb, &template));
            }
        }
    }
}

/// A `$ref` cycle ends.
#[test]
fn reference_cycles_end() {
    let document: Value = serde_json::from_str(
        r##"{"openapi": "3.0.0", "paths": {"/a": {"get": {
            "parameters": [{"$ref": "#/components/parameters/P"}],
            "responses": {"200": {"$ref": "#/components/responses/R"}}}}},
          "components": {
            "parameters": {"P": {"$ref": "#/components/parameters/P"}},
            "responses": {"R": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/S"}}}}},
            "schemas": {"S": {"allOf": [{"$ref": "#/components/schemas/S"}], "oneOf": [{"$ref": "#/components/schemas/S"}]}}}}"##,
    )
    .expect("JSON");
    let description = Description::new("cycle.json".into(), document).expect("indexed");
    let findings = check(&description, None, &declared(Verb::Get, "/a?q=1"));
    assert!(findings.iter().all(|f| f.check != Check::Operation), "{findings:?}");
}

/// Aliases that expand exponentially (a "billion laughs") are refused
/// quickly instead of exhausting memory.
#[test]
fn exponential_yaml_aliases_are_refused() {
    let mut text = String::from("openapi: 3.0.0\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for level in 1..12 {
        let previous = level - 1;
        let refs = vec![format!("*a{previous}"); 10].join(", ");
        text.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
    }
    let started = std::time::Instant::now();
    let parsed = super::load::parse(Path::new("laughs.yaml"), &text, Keep::default());
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let err = parsed.expect_err("refused");
    assert!(err.starts_with("invalid YAML: "), "{err}");
}

#[test]
fn percent_decoding_keeps_what_is_not_an_escape() {
    assert_eq!(percent_decode("%+5"), "%+5", "not byte 0x05");
    assert_eq!(percent_decode("%-1%2"), "%-1%2");
    assert_eq!(percent_decode("a%2Fb%20c"), "a/b c");
    assert_eq!(percent_decode("%C3%A9%"), "é%");
    assert_eq!(percent_decode("%FF"), "\u{FFFD}");
}
