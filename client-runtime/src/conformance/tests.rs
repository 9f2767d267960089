use std::collections::BTreeMap;

use proptest::prelude::*;
use serde::Deserialize;

use super::*;
use crate::decode::{Json, Optional, WithMeta};

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Gist {
    id: String,
    #[serde(default)]
    files: BTreeMap<String, File>,
    #[serde(default)]
    owner: Option<Owner>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct File {
    size: u32,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Owner {
    id: u64,
    #[serde(default)]
    kind: Option<Kind>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Kind {
    User,
    Bot,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct GoodGist {
    id: String,
    #[serde(default, deserialize_with = "crate::serde::null_as_default")]
    files: BTreeMap<String, Option<GoodFile>>,
    #[serde(default)]
    owner: Option<GoodOwner>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct GoodFile {
    size: u64,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct GoodOwner {
    id: i64,
    #[serde(default)]
    kind: Option<GoodKind>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum GoodKind {
    User,
    Bot,
    Organization,
    #[serde(other)]
    Other,
}

const MAXIMAL: &str = r#"{"id": "aa", "files": {"a.txt": {"size": 1}}, "owner": {"id": 1, "kind": "user"}}"#;

const VARIANTS: &str = r#"
null "/files" null
null "/files/a.txt" null
null "/owner" null
max:int64 "/files/a.txt/size" 9223372036854775807
enum "/owner/kind" "bot"
enum "/owner/kind" "organization"
probe:enum "/owner/kind" "zz-not-in-the-description"
probe:negative "/owner/id" -1
"#;

const GIST: Method = Method {
    name: "update_gist",
    operation: "PATCH /gists/{gist_id}",
    declared: "Gist",
    notes: &[],
    payloads: &[
        Payload { kind: "a maximal payload (200)", json: MAXIMAL, variants: VARIANTS, complete: None },
        Payload { kind: "a minimal payload (200)", json: r#"{"id": "aa"}"#, variants: "", complete: Some(0) },
    ],
};

#[test]
fn a_type_that_takes_everything_passes() {
    let report = GIST.decodes::<Json<GoodGist>>();
    assert_eq!(report.failures(), &[] as &[String]);
    assert_eq!(report.notes(), &[] as &[String]);
    report.assert();
}

#[test]
fn each_flaw_is_a_failure_naming_method_payload_path_and_fix() {
    let report = GIST.decodes::<Json<Gist>>();
    assert_eq!(
        report.failures(),
        [
            "`update_gist`: a payload with `files: null` (nullable in the description) does not decode into `Gist`: \
             at `files`: invalid type: null, expected a map. Use `Option<..>`, or \
             `#[serde(default, deserialize_with = \"client_runtime::serde::null_as_default\")]`.",
            "`update_gist`: a payload with `files.a.txt: null` (nullable in the description) does not decode into \
             `Gist`: at `files.a.txt`: invalid type: null, expected struct File. Use `Option<..>`, or \
             `#[serde(default, deserialize_with = \"client_runtime::serde::null_as_default\")]`.",
            "`update_gist`: a payload with `files.a.txt.size: 9223372036854775807` (the largest `int64`) does not \
             decode into `Gist`: at `files.a.txt.size`: invalid value: integer `9223372036854775807`, expected u32. \
             Use `i64` or `u64`: the description allows this value.",
            "`update_gist`: a payload with `owner.kind: \"organization\"` (a value of its enum in the description) \
             does not decode into `Gist`: at `owner.kind`: unknown variant `organization`, expected `user` or `bot`. \
             Add a variant for `organization`, or a unit variant marked `#[serde(other)]` to take the values the \
             type does not list.",
        ]
    );
    assert_eq!(
        report.notes(),
        [
            "`update_gist`: `owner.kind` takes only the values its description lists; one added later \
             (`\"zz-not-in-the-description\"`) would not decode into `Gist` (at `owner.kind`: unknown variant \
             `zz-not-in-the-description`, expected `user` or `bot`). APIs add values: a unit variant marked \
             `#[serde(other)]` takes those the type does not list.",
            "`update_gist`: the description gives no minimum for `owner.id`, and a negative value does not decode \
             into `Gist` (at `owner.id`: invalid value: integer `-1`, expected u64). Nothing to do if the API never \
             sends one; otherwise use a signed integer type.",
        ]
    );
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Strict {
    id: u64,
    title: String,
}

#[test]
fn a_missing_field_asks_for_a_default() {
    let method = Method {
        name: "get_issue",
        operation: "GET /issues/{number}",
        declared: "Strict",
        notes: &[],
        payloads: &[Payload {
            kind: "a minimal payload (200)",
            json: r#"{"id": 1}"#,
            variants: "null \"/id\" null",
            complete: None,
        }],
    };
    let report = method.decodes::<Optional<WithMeta<Json<Strict>>>>();
    assert_eq!(
        report.failures(),
        [
            "`get_issue`: a minimal payload (200) does not decode into `Strict`: missing field `title`. Mark `title` `#[serde(default)]`, or make it an `Option<..>`: the description does not \
          require it. (Its 1 variants are tried once it decodes.)"
        ]
    );
}

#[test]
fn a_listing_names_the_item_in_the_document() {
    let method = Method {
        name: "search",
        operation: "GET /search",
        declared: "Strict",
        notes: &[],
        payloads: &[
            Payload {
                kind: "the documented example `default` of the 200 response",
                json: r#"{"total": 2, "items": [{"id": 1, "title": "a"}, {"id": "2", "title": "b"}]}"#,
                variants: "",
                complete: None,
            },
            Payload {
                kind: "a maximal payload (200)",
                json: r#"{"total": 1, "items": [{"id": 1, "title": "a"}]}"#,
                variants: "null \"/items/0/title\" null\nnull \"/total\" null",
                complete: None,
            },
        ],
    };
    let report = method.lists::<Strict>("/items");
    assert_eq!(
        report.failures(),
        [
            "`search`: the documented example `default` of the 200 response does not decode into `Strict`: at \
             `items[1].id`: invalid type: string \"2\", expected u64. Make the type of `items[1].id` match the \
             description.",
            "`search`: a payload with `items[0].title: null` (nullable in the description) does not decode into \
             `Strict`: at `items[0].title`: invalid type: null, expected a string. Use `Option<..>`, or \
             `#[serde(default, deserialize_with = \"client_runtime::serde::null_as_default\")]`.",
        ]
    );
    let bare = Method {
        payloads: &[Payload {
            kind: "a maximal payload (200)",
            json: r#"[{"id": -1, "title": "a"}]"#,
            variants: "",
            complete: None,
        }],
        ..method
    };
    let report = bare.lists::<Strict>("");
    assert_eq!(
        report.failures(),
        ["`search`: a maximal payload (200) does not decode into `Strict`: at `[0].id`: invalid value: integer \
          `-1`, expected u64. Make the type of `[0].id` match the description."]
    );
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Label {
    Name(String),
    Full { name: String, color: String },
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Labelled {
    labels: Vec<Label>,
    count: u8,
}

#[test]
fn a_batch_that_breaks_at_an_enclosing_value_tries_its_variants_alone() {
    let method = Method {
        name: "labels",
        operation: "GET /labels",
        declared: "Labelled",
        notes: &[],
        payloads: &[Payload {
            kind: "a maximal payload (200)",
            json: r#"{"labels": [{"name": "bug", "color": "red"}], "count": 1}"#,
            variants: "null \"/labels/0/color\" null\nmax:int32 \"/count\" 2147483647\n\
                       alt:oneOf:2 \"/labels/0\" \"bug\"\nalt:oneOf:3 \"/labels/0\" 7",
            complete: None,
        }],
    };
    let report = method.decodes::<Json<Labelled>>();
    assert_eq!(
        report.failures(),
        [
            "`labels`: a payload with `count: 2147483647` (the largest `int32`) does not decode into `Labelled`: at \
             `count`: invalid value: integer `2147483647`, expected u8. Use `i32`, `u32` or a wider integer type: \
             the description allows this value.",
            "`labels`: a payload with `labels[0].color: null` (nullable in the description) does not decode into \
             `Labelled`: at `labels[0]`: data did not match any variant of untagged enum Label. Use `Option<..>`, \
             or `#[serde(default, deserialize_with = \"client_runtime::serde::null_as_default\")]`.",
            "`labels`: a payload with `labels[0]` as the 3rd alternative of its `oneOf` does not decode into \
             `Labelled`: at `labels[0]`: data did not match any variant of untagged enum Label. An untagged enum \
             with a variant for each alternative takes them all (or `serde_json::Value`).",
        ]
    );
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Chunk {
    text: String,
}

#[test]
fn stream_items_decode_as_the_streams_decode_them() {
    let method = Method {
        name: "chat",
        operation: "POST /chat",
        declared: "Chunk",
        notes: &[],
        payloads: &[Payload {
            kind: "a maximal payload (200)",
            json: r#"{"text": "hi"}"#,
            variants: "null \"/text\" null",
            complete: None,
        }],
    };
    for report in [method.streams_events::<Chunk>(), method.streams_lines::<Chunk>()] {
        assert_eq!(report.failures().len(), 1, "{report}");
        assert!(report.failures()[0].contains("at `text`: invalid type: null, expected a string"), "{report}");
    }
    assert_eq!(method.streams_events::<String>().failures(), &[] as &[String]);
}

#[test]
fn an_unreadable_variant_is_a_failure() {
    let method = Method {
        name: "get",
        operation: "GET /",
        declared: "Strict",
        notes: &[],
        payloads: &[Payload {
            kind: "a maximal payload (200)",
            json: r#"{"id": 1, "title": "a"}"#,
            variants: "null \"/nowhere\" null\nsometimes \"/id\" 1\nnull /id null",
            complete: None,
        }],
    };
    let report = method.decodes::<Json<Strict>>();
    assert_eq!(report.failures().len(), 3, "{report}");
    assert!(report.failures()[0].contains("(`null \"/nowhere\" null`)"), "{report}");
}

#[test]
fn the_report_panics_with_every_failure() {
    let report = GIST.decodes::<Json<Gist>>();
    let panic = std::panic::catch_unwind(|| report.assert()).expect_err("failures panic");
    let message = panic.downcast_ref::<String>().expect("a formatted message");
    assert!(
        message.starts_with("4 payloads from the OpenAPI description did not decode:\n- `update_gist`: "),
        "{message}"
    );
    assert_eq!(message.matches("\n- ").count(), 4);
}

#[test]
fn paths_are_spelt_as_decode_errors_spell_them() {
    let document: Value = serde_json::from_str(r#"{"a": [{"b/c": {"d~e": 1}}], "x.y": 2}"#).expect("json");
    assert_eq!(variant::display_path(&document, ""), ".");
    assert_eq!(variant::display_path(&document, "/a/0/b~1c/d~0e"), "a[0].b/c.d~e");
    assert_eq!(variant::display_path(&document, "/x.y"), "x.y");
    assert_eq!(variant::display_path(&document, "/missing/0"), "missing.0");
}

use serde_json::Value;

proptest! {
    /// Whatever the generated text, the runner ends without panicking.
    #[test]
    fn any_payload_and_variants_are_run(
        json in prop_oneof![Just(MAXIMAL.to_owned()), ".*"],
        lines in prop::collection::vec(
            (prop::sample::select(vec!["null", "enum", "max:int64", "min", "alt:oneOf:2", "probe:enum",
                                       "probe:negative", "x", "alt:anyOf:x"]),
             prop::sample::select(vec!["\"/files\"", "\"/files/a.txt\"", "\"/owner/id\"", "\"\"", "\"/id\"", "/x", "\"/a"]),
             prop::sample::select(vec!["null", "1", "-1", "\"s\"", "{}", "[", "9223372036854775807"])),
            0..12),
    ) {
        let variants: Vec<String> = lines.iter().map(|(r, p, v)| format!("{r} {p} {v}")).collect();
        let variants: &'static str = Box::leak(variants.join("\n").into_boxed_str());
        let json: &'static str = Box::leak(json.into_boxed_str());
        let method = Method { payloads: Box::leak(Box::new([Payload { kind: "a payload", json, variants, complete: Some(0) }])), ..GIST };
        let _ = method.decodes::<Json<Gist>>();
        let _ = method.lists::<Gist>("/files");
        let _ = method.streams_lines::<Gist>();
    }
}
