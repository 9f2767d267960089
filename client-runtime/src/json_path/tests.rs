//! The locator against `serde_path_to_error`, the double decode it
//! replaces: case by case here, on generated documents in `oracle`.

use std::collections::HashMap;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::scan::{Scanner, TRACKED_DEPTH};
use super::{locate, span_at_pointer};

mod oracle;

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Repo {
    id: u64,
    name: String,
    owner: Owner,
    topics: Vec<String>,
    license: Option<License>,
    #[serde(default)]
    labels: HashMap<String, u32>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Owner {
    login: String,
    id: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct License {
    key: String,
    spdx: Option<String>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
enum Shape {
    Point,
    Circle(f64),
    Rect { w: u32, h: u32 },
    Pair(u8, u8),
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Drawing {
    shapes: Vec<Shape>,
    origin: (i32, i32),
}

/// The path serde_path_to_error finds, as the code before this module did.
fn oracle<T: DeserializeOwned>(text: &str) -> String {
    let mut de = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(err) => err.path().to_string(),
        Ok(_) => ".".to_owned(),
    }
}

fn located<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
    let err = serde_json::from_slice::<T>(text.as_bytes()).expect_err("the document does not decode");
    locate(text.as_bytes(), &err)
}

/// Both name `expected`.
#[track_caller]
fn names<T: DeserializeOwned + std::fmt::Debug>(text: &str, expected: &str) {
    assert_eq!(oracle::<T>(text), expected, "serde_path_to_error on {text}");
    assert_eq!(located::<T>(text), expected, "the locator on {text}");
}

const REPO: &str = r#"{"id": 1, "name": "a", "owner": {"login": "o", "id": 2}, "topics": ["x", "y"], "license": null}"#;

#[test]
fn a_valid_document_decodes() {
    serde_json::from_str::<Repo>(REPO).expect("valid");
}

#[test]
fn wrong_types_name_the_value() {
    names::<Repo>(&REPO.replace(r#""login": "o""#, r#""login": 5"#), "owner.login");
    names::<Repo>(&REPO.replace(r#""id": 2"#, r#""id": "2""#), "owner.id");
    names::<Repo>(&REPO.replace(r#""id": 2"#, r#""id": -2"#), "owner.id");
    names::<Repo>(&REPO.replace(r#""id": 2"#, r#""id": 2.5"#), "owner.id");
    names::<Repo>(&REPO.replace(r#""id": 2"#, r#""id": 1e3"#), "owner.id");
    names::<Repo>(&REPO.replace(r#""y"]"#, r#"null]"#), "topics[1]");
    names::<Repo>(&REPO.replace(r#""y"]"#, r#"true]"#), "topics[1]");
    names::<Repo>(&REPO.replace(r#"["x", "y"]"#, r#""x""#), "topics");
    names::<Repo>(&REPO.replace(r#""name": "a""#, r#""name": ["a"]"#), "name");
    names::<Repo>(&REPO.replace(r#""name": "a""#, r#""name": {"a": 1}"#), "name");
    names::<Repo>(&REPO.replace(r#""name": "a""#, r#""name":{}"#), "name");
    names::<Repo>(&REPO.replace(r#"{"login": "o", "id": 2}"#, "7"), "owner");
    names::<Repo>("[]", ".");
    names::<Repo>("5", ".");
    names::<Vec<Owner>>(r#"[{"login": "a", "id": 1}, {"login": "b", "id": "x"}]"#, "[1].id");
    names::<Vec<Vec<u8>>>("[[1], [2, 300]]", "[1][1]");
}

#[test]
fn a_missing_field_names_its_object() {
    names::<Repo>(&REPO.replace(r#", "id": 2"#, ""), "owner");
    names::<Repo>(&REPO.replace(r#""id": 1, "#, ""), ".");
    names::<Vec<Owner>>(r#"[{"login": "a", "id": 1}, {"login": "b"}]"#, "[1]");
    names::<Repo>(&REPO.replace("null", r#"{"spdx": null}"#), "license");
}

#[test]
fn unknown_and_duplicate_fields() {
    names::<Repo>(&REPO.replace("null", r#"{"key": "mit", "extra": 1}"#), "license.extra");
    names::<Repo>(&REPO.replace("null", r#"{"key": "mit", "extra"   :  1}"#), "license.extra");
    names::<Repo>(&REPO.replace("null", "{\"key\": \"mit\",\n \"extra\"\n:1}"), "license.extra");
    names::<Repo>(&REPO.replace("null", r#"{"key": "mit", "key": "x"}"#), "license");
    names::<Repo>(&REPO.replace(r#""id": 2"#, r#""id": 2, "id": 3"#), "owner");
    // Unknown fields of a struct that allows them are skipped, whatever their shape.
    serde_json::from_str::<Repo>(&REPO.replace(r#""id": 2"#, r#""id": 2, "x": {"y": [1, {}]}"#)).expect("ignored");
}

#[test]
fn keys_are_shown_decoded() {
    let labels =
        |entries: &str| REPO.replace(r#""license": null"#, &format!(r#""license": null, "labels": {entries}"#));
    names::<Repo>(&labels(r#"{"a\"b": "x"}"#), r#"labels.a"b"#);
    names::<Repo>(&labels(r#"{"caf\u00e9": -1}"#), "labels.café");
    names::<Repo>(&labels(r#"{"😀 \ud83d\ude00": null}"#), "labels.😀 😀");
    names::<Repo>(&labels(r#"{"a.b": [1]}"#), "labels.a.b");
    names::<Repo>(&labels(r#"{"": 1.5}"#), "labels.");
    names::<Repo>(&labels(r#"{"tab\t\\": 1, "ok": "x"}"#), "labels.ok");
}

#[test]
fn syntax_errors_name_where_the_parser_was() {
    names::<Repo>(r#"{"id": 1, "name": "a", "owner": {"login": tru"#, "owner.login");
    names::<Repo>(r#"{"id": 1, "name": "a", "owner": {"login": "o" "id": 2}}"#, "owner.?");
    names::<Repo>(r#"{"id": 1, "name": "a", "owner": {"login" "o"}}"#, "owner");
    names::<Repo>(r#"{"id": 1, "name": "a", "owner": {login: "o"}}"#, "owner.?");
    names::<Repo>(r#"{"id": 1, "name": "a", "owner": {"login": "o",}}"#, "owner.?");
    names::<Repo>(r#"{"id": 1, "topics": ["a" "b"]}"#, "topics");
    names::<Repo>(r#"{"id": 1, "topics": ["a",]}"#, "topics");
    names::<Repo>(r#"{"id": 1, "topics": ["a", }]}"#, "topics[1]");
    names::<Repo>(r#"{"id": 1, "topics": [}]}"#, "topics[0]");
    names::<Repo>(r#"{"id": 01}"#, "id");
    names::<Repo>(r#"{"id": 1.}"#, "id");
    names::<Repo>(r#"{"id": -}"#, "id");
    names::<Repo>(r#"{"id": 1x}"#, "?");
    names::<Repo>(r#"{"name": "a\x"}"#, "name");
    names::<Repo>("{\"name\": \"a\nb\"}", "name");
    names::<Repo>("{\"na\nme\": \"a\"}", "?");
    names::<Repo>(r#"{"name": "\u12G4"}"#, "name");
    names::<Repo>("{\n  \"id\": 1,\n  \"owner\": {\n    \"login\": nul,\n  }\n}", "owner.login");
}

#[test]
fn the_end_of_the_input() {
    names::<Repo>("", ".");
    names::<Repo>("   \n ", ".");
    names::<Repo>("{", "?");
    names::<Repo>(r#"{"id""#, ".");
    names::<Repo>(r#"{"id":"#, "id");
    names::<Repo>(r#"{"id": 1"#, "?");
    names::<Repo>(r#"{"id": 1,"#, "?");
    names::<Repo>(r#"{"na"#, "?");
    names::<Repo>(r#"{"name": "ab"#, "name");
    names::<Repo>(r#"{"topics": ["#, "topics");
    names::<Repo>(r#"{"topics": ["a""#, "topics");
    names::<Repo>(r#"{"topics": ["a","#, "topics");
    names::<Repo>(r#"{"topics": ["a", "b"#, "topics[1]");
    names::<Repo>(r#"{"owner": {"login": fals"#, "owner.login");
    names::<Repo>(r#"{"id": 12"#, "?");
    names::<Repo>(r#"{"id": 1.5e"#, "id");
    names::<Vec<u32>>("[1, 2", ".");
}

#[test]
fn trailing_characters_are_the_document_s() {
    names::<Repo>(&format!("{REPO} x"), ".");
    names::<Repo>(&format!("{REPO}}}"), ".");
    names::<Vec<u32>>("[1]\n[2]", ".");
    names::<u32>("12 3", ".");
}

#[test]
fn tuples_and_enums() {
    let drawing = |shapes: &str, origin: &str| format!(r#"{{"shapes": {shapes}, "origin": {origin}}}"#);
    serde_json::from_str::<Drawing>(&drawing(
        r#"["Point", {"Circle": 1.5}, {"Rect": {"w": 1, "h": 2}}, {"Pair": [1, 2]}]"#,
        "[1, 2]",
    ))
    .expect("valid");
    names::<Drawing>(&drawing("[]", "[1]"), "origin");
    names::<Drawing>(&drawing("[]", "[1, 2, 3]"), "origin");
    names::<Drawing>(&drawing("[]", "[1, 2,]"), "origin");
    names::<Drawing>(&drawing("[]", "[1, 2 3]"), "origin");
    names::<Drawing>(&drawing("[]", r#"[1, "2"]"#), "origin[1]");
    names::<Drawing>(&drawing(r#"["Point", "Square"]"#, "[1, 2]"), "shapes[1]");
    names::<Drawing>(&drawing(r#"[{"Square": 1}]"#, "[1, 2]"), "shapes[0]");
    names::<Drawing>(&drawing(r#"[{"Circle": "big"}]"#, "[1, 2]"), "shapes[0].Circle");
    names::<Drawing>(&drawing(r#"[{"Rect": {"w": 1}}]"#, "[1, 2]"), "shapes[0].Rect");
    names::<Drawing>(&drawing(r#"[{"Rect": {"w": 1, "h": -1}}]"#, "[1, 2]"), "shapes[0].Rect.h");
    names::<Drawing>(&drawing(r#"[{"Pair": [1, 256]}]"#, "[1, 2]"), "shapes[0].Pair[1]");
    names::<Drawing>(&drawing(r#"[{"Point": 1}]"#, "[1, 2]"), "shapes[0].Point");
    names::<Drawing>(&drawing(r#"[{"Circle": 1.5, "Point": null}]"#, "[1, 2]"), "shapes[0]");
    names::<Drawing>(&drawing(r#"[{"Circle": 1.5 "Point": null}]"#, "[1, 2]"), "shapes[0]");
    names::<Drawing>(&drawing(r#"[{}]"#, "[1, 2]"), "shapes[0]");
    names::<Drawing>(&drawing(r#"[["Point"]]"#, "[1, 2]"), "shapes[0]");
    names::<Drawing>(&drawing(r#"[{"Circle": 1 }"#, "[1, 2]"), "shapes[1]");
    names::<Drawing>(&drawing(r#"["Circle"]"#, "[1, 2]"), "shapes[0].Circle");
    names::<Drawing>(&drawing(r#"[ "Rect" ]"#, "[1, 2]"), "shapes[0].Rect");
    names::<Shape>(r#""Pair""#, "Pair");
}

#[test]
fn values_of_any_shape() {
    names::<serde_json::Value>(r#"{"a": [1, {"b": tru}]}"#, "a[1].b");
    names::<serde_json::Value>(r#"{"a": [1, {"b": true}]"#, "?");
    names::<serde_json::Value>(r#"{"a": [1, {"b": true}}"#, "a");
}

#[test]
fn deep_nesting_is_refused_where_it_gets_too_deep() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    names::<serde_json::Value>(&deep, &"[0]".repeat(127));
    names::<Repo>(&format!(r#"{{"id": 1, "topics": {deep}}}"#), "topics[0]");
    names::<HashMap<String, serde_json::Value>>(&format!(r#"{{"a": {deep}}}"#), &format!("a{}", "[0]".repeat(126)));
}

#[test]
fn hostile_depth_costs_little_and_the_path_stops() {
    // Inside a skipped field serde_json follows any depth, and so must the scan.
    let text = format!(r#"{{"extra": {}"#, "[".repeat(1_000_000));
    let err = serde_json::from_str::<Repo>(&text).expect_err("cut off");
    assert!(err.is_eof(), "{err}");
    assert_eq!(located::<Repo>(&text), format!("extra{}", "[0]".repeat(TRACKED_DEPTH - 1)));
    let mut scanner = Scanner::new(text.as_bytes());
    assert_eq!(scanner.run(0, text.len()), None);
    assert_eq!(scanner.stack.len(), 1_000_001);
    assert_eq!(scanner.slots.len(), TRACKED_DEPTH);
    assert_eq!(std::mem::size_of_val(&scanner.stack[0]), 2);
    // A position-less error names the document.
    let io = serde_json::Error::io(std::io::Error::other("x"));
    assert_eq!(locate(text.as_bytes(), &io), ".");
}

#[test]
fn positions_past_the_end_are_clamped() {
    let err = serde_json::from_str::<Repo>("{\n\n\n\"id\": \"x\"}").expect_err("wrong type");
    assert_eq!(locate(b"{}", &err), ".");
    assert_eq!(locate(b"", &err), ".");
    assert_eq!(super::offset_of(b"a\nb", 9, 9), Some(3));
    assert_eq!(super::offset_of(b"a\nbc", 2, 1), Some(3));
    assert_eq!(super::offset_of(b"abc", 0, 1), None);
}

#[test]
fn the_documented_differences() {
    // Inside a value the type skips, the locator names the broken element.
    let text = r#"{"id": 1, "extra": {"list": [1, 2, tru]}}"#;
    assert_eq!(oracle::<Repo>(text), "extra");
    assert_eq!(located::<Repo>(text), "extra.list[2]");
    // An enum object cut off after its value.
    let text = r#"{"shapes": [{"Circle": 1"#;
    assert_eq!(oracle::<Drawing>(text), "shapes[0]");
    assert_eq!(located::<Drawing>(text), "shapes[0].?");
    // An enum object with a second entry after a one-byte value: the
    // position is the same as for an enum refusing that byte as a value.
    let text = r#"{"shapes": [{"Circle": 1, "Point": null}], "origin": [1, 2]}"#;
    assert_eq!(oracle::<Drawing>(text), "shapes[0]");
    assert_eq!(located::<Drawing>(text), "shapes[0].Circle");
    names::<Drawing>(r#"{"shapes": [1]}"#, "shapes[0]");
    // An enum object whose key is not a string.
    let text = r#"{"shapes": [{1: 2}], "origin": [1, 2]}"#;
    assert_eq!(oracle::<Drawing>(text), "shapes[0]");
    assert_eq!(located::<Drawing>(text), "shapes[0].?");
}

#[test]
fn pointers_find_the_last_value_there() {
    let text = br#"{"data": {"items": [1, 2]}, "n": 3, "list": [[0], [1, {"a/b": "x", "m~n": [5]}]]}"#;
    let at = |pointer| span_at_pointer(text, pointer).map(|span| String::from_utf8_lossy(&text[span]).into_owned());
    assert_eq!(at("/data/items").as_deref(), Some("[1, 2]"));
    assert_eq!(at("/data/items/1").as_deref(), Some("2"));
    assert_eq!(at("/n").as_deref(), Some("3"));
    assert_eq!(at("/list/1/1/a~1b").as_deref(), Some(r#""x""#));
    assert_eq!(at("/list/1/1/m~0n").as_deref(), Some("[5]"));
    assert_eq!(at("").as_deref(), Some(std::str::from_utf8(text).expect("utf-8")));
    assert_eq!(at("/list/01"), None);
    assert_eq!(at("/missing"), None);
    assert_eq!(at("data"), None);
    let dup = br#"{"d": {"items": [1]}, "d": {"items": [2], "items": [3]}}"#;
    assert_eq!(span_at_pointer(dup, "/d/items").map(|s| &dup[s]), Some(&b"[3]"[..]));
    let value: serde_json::Value = serde_json::from_slice(dup).expect("json");
    assert_eq!(value.pointer("/d/items"), Some(&serde_json::json!([3])));
    assert_eq!(span_at_pointer(b"  7 ", ""), Some(2..3));
    assert_eq!(span_at_pointer(b"[1, 2", "/0"), None);
}

#[test]
fn number_keys_are_named_once_read() {
    type Counts = HashMap<String, HashMap<u8, u8>>;
    names::<Counts>(r#"{"a": {"x": 1}}"#, "a.?");
    names::<Counts>(r#"{"a": {"1": 1, "2": "x"}}"#, "a.2");
    names::<Counts>(r#"{"a": {"007": 1}}"#, "a.?");
    names::<Counts>(r#"{"a": {"-1": 1}}"#, "a.-1");
    names::<Counts>(r#"{"a": {"300": 1}}"#, "a.300");
    names::<Counts>(r#"{"a": {"1.5": 1}}"#, "a.?");
}

#[derive(Debug, Deserialize)]
#[serde(tag = "type")]
#[allow(dead_code)]
enum Event {
    Push { size: u32 },
    Star { by: String },
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Id {
    Num(u64),
    Text(String),
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Feed {
    events: Vec<Event>,
    ids: Vec<Id>,
    #[serde(flatten)]
    paging: Paging,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Paging {
    page: u32,
}

#[test]
fn values_read_whole_before_deciding() {
    let feed = |events: &str, ids: &str, page: &str| format!(r#"{{"events": {events}, "ids": {ids}, "page": {page}}}"#);
    serde_json::from_str::<Feed>(&feed(r#"[{"type": "Push", "size": 1}]"#, r#"[1, "a"]"#, "1")).expect("valid");
    names::<Feed>(&feed(r#"[{"type": "Push", "size": null}]"#, "[]", "1"), "events[0]");
    names::<Feed>(&feed(r#"[{"type": "Push", "size": null} ]"#, "[]", "1"), "events[0]");
    names::<Feed>(&feed(r#"[{"type": "Push"}, {"type": "Push", "size": 1}]"#, "[]", "1"), "events[0]");
    names::<Feed>(&feed(r#"[{"type": "Star", "by": {}}, {"type": "Push", "size": 1}]"#, "[]", "1"), "events[0]");
    names::<Feed>(&feed(r#"[{"type": "Pull"}]"#, "[]", "1"), "events[0].type");
    names::<Feed>(&feed(r#"[{"size": 1}]"#, "[]", "1"), "events[0]");
    names::<Feed>(&feed("[[]]", "[]", "1"), "events[0]");
    names::<Feed>(&feed("[]", "[1, null, 2]", "1"), "ids[1]");
    names::<Feed>(&feed("[]", "[[2], 1]", "1"), "ids[0]");
    // The last element of an array, itself a container, refused by an
    // untagged enum: the same position as the array refused by one.
    let text = feed("[]", "[1, [2]]", "1");
    assert_eq!(oracle::<Feed>(&text), "ids[1]");
    assert_eq!(located::<Feed>(&text), "ids");
    // Such an enum as the last field of an object: the same position as
    // the object's own errors (a missing or flattened field).
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Last {
        n: u8,
        event: Event,
    }
    let text = r#"{"n": 1, "event": {"type": "Push", "size": null}}"#;
    assert_eq!(oracle::<Last>(text), "event");
    assert_eq!(located::<Last>(text), ".");
    names::<Last>(r#"{"event": {"type": "Push", "size": null}, "n": 1}"#, "event");
    names::<Feed>(&feed("[]", "[1, 2]", "null"), ".");
    names::<Feed>(&feed("[]", "[1, 2]", "-1"), ".");
    names::<Id>("null", ".");
}

#[test]
fn a_bracket_taken_as_the_end_after_an_error() {
    names::<Repo>(&REPO.replace("null", r#"{"key": "mit", "extra"}: 1}"#), "license.extra");
    names::<Repo>(&REPO.replace("null", r#"{"key": "mit", "key" }"#), "license");
    names::<Drawing>(r#"{"shapes": ["Circle"]]}"#, "shapes[0].Circle");
}
