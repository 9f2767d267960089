//! Every check against small descriptions written for them:
//! `tests/openapi/shop.yaml` (OpenAPI 3.0, YAML) and
//! `tests/openapi/notes.json` (OpenAPI 3.1, JSON).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use proc_macro2::Span;

use super::*;

/// The tokens a finding may point at, each with a span of its own.
const PLACES: [&str; 8] = ["method", "template", "returns", "body", "body_type", "skip", "arg", "arg2"];

thread_local! {
    static TOKENS: Vec<proc_macro2::TokenTree> =
        PLACES.join(" ").parse::<proc_macro2::TokenStream>().expect("identifiers").into_iter().collect();
}

fn at(place: &str) -> Span {
    let index = PLACES.iter().position(|p| *p == place).expect("a known place");
    TOKENS.with(|tokens| tokens[index].span())
}

/// The place a span was made for.
fn place_of(span: Span) -> &'static str {
    let wanted = span.start();
    let index = TOKENS.with(|tokens| tokens.iter().position(|token| token.span().start() == wanted));
    index.map_or("nowhere", |index| PLACES[index])
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests")
}

fn shop() -> Arc<Description> {
    load(&fixtures(), "openapi/shop.yaml").expect("the shop fixture loads")
}

fn notes() -> Arc<Description> {
    load(&fixtures(), "openapi/notes.json").expect("the notes fixture loads")
}

/// A method with no arguments returning a decoded `T`.
fn method(verb: Verb, template: &str) -> Declared {
    Declared {
        span: at("method"),
        verb,
        template: Template::from_text(template, at("template")),
        query: Vec::new(),
        headers: Vec::new(),
        static_headers: Vec::new(),
        body: None,
        returns: Returns { span: at("returns"), optional: false, shape: Shape::Value },
        skips: Vec::new(),
        undocumented: Vec::new(),
    }
}

fn arg(name: &str) -> Arg {
    Arg { name: name.to_owned(), optional: true, undocumented: false, span: at("arg") }
}

fn body(kind: BodyKind) -> Option<Body> {
    Some(Body { kind, content_type: None, span: at("body"), value: None })
}

fn returning(mut declared: Declared, shape: Shape) -> Declared {
    declared.returns.shape = shape;
    declared
}

fn skipping(mut declared: Declared, name: &str) -> Declared {
    let check = Check::from_name(name).expect("a known check");
    declared.skips.push(Skip { check, span: at("skip") });
    declared
}

fn findings(description: &Description, declared: &Declared) -> Vec<(Severity, Check, String)> {
    located(description, declared).into_iter().map(|(severity, check, _, message)| (severity, check, message)).collect()
}

fn located(description: &Description, declared: &Declared) -> Vec<(Severity, Check, &'static str, String)> {
    let found = check(description, None, declared);
    found.into_iter().map(|f| (f.severity, f.check, place_of(f.span), f.message)).collect()
}

fn errors(description: &Description, declared: &Declared) -> Vec<String> {
    let all = findings(description, declared);
    all.into_iter().filter(|(severity, ..)| *severity == Severity::Error).map(|(.., message)| message).collect()
}

fn warnings(description: &Description, declared: &Declared) -> Vec<String> {
    let all = findings(description, declared);
    all.into_iter().filter(|(severity, ..)| *severity == Severity::Warning).map(|(.., message)| message).collect()
}

fn assert_clean(description: &Description, declared: &Declared) {
    let all = findings(description, declared);
    assert!(all.is_empty(), "expected no findings, got {all:#?}");
}

/// The only finding, an error of `check` at `place`, whose message holds
/// `parts`.
fn assert_error(description: &Description, declared: &Declared, check: Check, place: &str, parts: &[&str]) {
    let all = located(description, declared);
    assert_eq!(all.len(), 1, "expected one finding, got {all:#?}");
    let (severity, found, found_place, message) = &all[0];
    assert_eq!((*severity, *found, *found_place), (Severity::Error, check, place), "{message}");
    for part in parts {
        assert!(message.contains(part), "`{message}` lacks `{part}`");
    }
}

// --- loading -------------------------------------------------------------

#[test]
fn yaml_loads_with_refs_and_numeric_status_keys() {
    let shop = shop();
    let list = shop.find(Verb::Get, "/items").expect("GET /items");
    assert!(list.responses.iter().any(|r| r.status == "200" && r.body.is_some()));
    // `$ref` into components/parameters.
    assert!(list.params.iter().any(|p| p.name == "per_page"));
    // `$ref` into components/requestBodies and components/responses.
    let create = shop.find(Verb::Post, "/items").expect("POST /items");
    assert!(create.request_body.as_ref().is_some_and(|b| b.required));
    assert!(create.responses.iter().any(|r| r.status == "201" && r.body.is_some()));
    // Path-level parameters reach the operations.
    let get = shop.find(Verb::Get, "/items/{id}").expect("GET /items/{item_id}");
    assert_eq!(get.placeholders, ["item_id"]);
    assert!(get.path_param("item_id").is_some());
}

#[test]
fn json_3_1_loads() {
    let notes = notes();
    assert!(notes.find(Verb::Get, "/notes").is_some());
}

#[test]
fn examples_and_prose_are_dropped_but_names_kept() {
    let shop = shop();
    let root = &shop.root;
    assert!(root.pointer("/components/examples").is_none());
    assert!(root.pointer("/paths/~1items/get/summary").is_none());
    assert!(root.pointer("/paths/~1items/get/responses/200/content/application~1json/examples").is_none());
    assert!(root.pointer("/components/schemas/Item/properties/description/example").is_none());
    // Property names equal to dropped keys are names, not prose.
    assert!(root.pointer("/components/schemas/Item/properties/description").is_some());
    assert!(root.pointer("/components/schemas/Item/properties/examples").is_some());
    // A parameter's description is kept: the `<rest..>` rule reads it.
    assert!(root.pointer("/components/parameters/per_page/description").is_some());
}

#[test]
fn examples_and_prose_are_kept_when_asked_for_and_example_values_verbatim() {
    let keep = Keep { examples: true, prose: true };
    let shop = load_keeping(&fixtures(), "openapi/shop.yaml", keep).expect("the shop fixture loads");
    let root = &shop.root;
    assert_eq!(root.pointer("/components/examples/unused/value"), Some(&serde_json::json!(1)));
    let two = "/paths/~1items/get/responses/200/content/application~1json/examples/two/value";
    assert_eq!(root.pointer(two), Some(&serde_json::json!([{"id": 1}, {"id": 2}])));
    assert!(root.pointer("/paths/~1items/get/summary").is_some());
    // `x-` extensions are never kept.
    let only_examples = load_keeping(&fixtures(), "openapi/shop.yaml", Keep { examples: true, prose: false })
        .expect("the shop fixture loads");
    assert!(only_examples.root.pointer("/paths/~1items/get/summary").is_none());
    assert!(only_examples.root.pointer(two).is_some());
}

#[test]
fn an_example_value_keeps_keys_the_vocabulary_would_drop() {
    let scratch = Scratch::new("verbatim");
    scratch.write(
        "verbatim.json",
        r#"{"openapi": "3.1.0", "paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": {
            "example": {"description": "kept", "x-kept": 1, "examples": [{"summary": "kept"}]}}}}}}}}}"#,
    );
    let keep = Keep { examples: true, prose: false };
    let description = load_keeping(&scratch.0, "verbatim.json", keep).expect("loads");
    let example = description.root.pointer("/paths/~1a/get/responses/200/content/application~1json/example");
    let expected = serde_json::json!({"description": "kept", "x-kept": 1, "examples": [{"summary": "kept"}]});
    assert_eq!(example, Some(&expected));
}

#[test]
fn a_missing_file_is_one_error_naming_it() {
    let err = load(&fixtures(), "openapi/absent.yaml").expect_err("no such file");
    assert_eq!(err.file, "openapi/absent.yaml");
    let text = err.to_string();
    assert_eq!(
        text,
        "cannot use the OpenAPI description `openapi/absent.yaml`: No such file or directory \
         (the path is relative to the directory of the crate's Cargo.toml)"
    );
}

/// A file in a directory of its own, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("client-macros-openapi-{test}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        Scratch(dir)
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.0.join(name), text).expect("a scratch file");
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_file_that_does_not_parse_is_one_error_with_the_place() {
    let scratch = Scratch::new("parse");
    scratch.write("bad.json", "{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {\n}");
    scratch.write("bad.yaml", "openapi: 3.0.0\npaths:\n  /a: [\n");
    let json = load(&scratch.0, "bad.json").expect_err("truncated JSON");
    assert_eq!(json.file, "bad.json");
    assert!(json.reason.starts_with("invalid JSON: ") && json.reason.contains("line 4"), "{json}");
    let yaml = load(&scratch.0, "bad.yaml").expect_err("broken YAML");
    assert!(yaml.reason.starts_with("invalid YAML: ") && yaml.reason.contains("line"), "{yaml}");
}

#[test]
fn only_openapi_3_is_accepted() {
    let scratch = Scratch::new("version");
    scratch.write("swagger.yaml", "swagger: '2.0'\npaths: {}\n");
    scratch.write("other.json", "{\"name\": \"not a description\"}");
    scratch.write("list.yaml", "- 1\n- 2\n");
    let swagger = load(&scratch.0, "swagger.yaml").expect_err("Swagger 2.0");
    assert!(swagger.reason.contains("Swagger 2.0"), "{swagger}");
    let other = load(&scratch.0, "other.json").expect_err("no version");
    assert!(other.reason.contains("not an OpenAPI description"), "{other}");
    assert!(load(&scratch.0, "list.yaml").is_err());
}

#[test]
fn a_byte_order_mark_is_ignored_and_external_path_refs_are_refused() {
    let scratch = Scratch::new("bom");
    scratch.write("bom.json", "\u{feff}{\"openapi\": \"3.0.0\", \"paths\": {}}");
    assert!(load(&scratch.0, "bom.json").is_ok());
    scratch.write("split.yaml", "openapi: 3.1.0\npaths:\n  /a:\n    $ref: paths/a.yaml\n");
    let err = load(&scratch.0, "split.yaml").expect_err("an external $ref");
    assert!(err.reason.contains("`/a` is a `$ref` to another file (`paths/a.yaml`)"), "{err}");
}

#[test]
fn a_description_is_parsed_once_until_it_changes() {
    let scratch = Scratch::new("cache");
    scratch.write("api.yaml", "openapi: 3.0.0\npaths:\n  /a:\n    get: {responses: {'200': {description: ok}}}\n");
    let first = load(&scratch.0, "api.yaml").expect("loads");
    let again = load(&scratch.0, "./api.yaml").expect("loads");
    assert!(Arc::ptr_eq(&first, &again), "the same canonical file comes from the cache");
    scratch.write(
        "api.yaml",
        "openapi: 3.0.0\npaths:\n  /b:\n    get: {responses: {'200': {description: ok}}}\n  /c: {}\n",
    );
    let changed = load(&scratch.0, "api.yaml").expect("loads");
    assert!(changed.find(Verb::Get, "/b").is_some(), "a changed file is read again");
}

// --- the operation and its placeholders ---------------------------------

#[test]
fn a_documented_operation_passes() {
    let shop = shop();
    assert_clean(&shop, &returning(method(Verb::Get, "/items"), Shape::Array));
    assert_clean(&shop, &method(Verb::Get, "/items/<item_id>"));
}

#[test]
fn a_missing_operation_names_the_nearest() {
    let shop = shop();
    let declared = method(Verb::Get, "/itemz/<item_id>");
    assert_error(
        &shop,
        &declared,
        Check::Operation,
        "template",
        &[
            "`GET /itemz/{item_id}` is not an operation of the OpenAPI description",
            "the nearest are `GET /items/{item_id}`",
        ],
    );
}

#[test]
fn head_is_answered_where_get_is() {
    let shop = shop();
    assert_clean(&shop, &returning(method(Verb::Head, "/items/<item_id>"), Shape::Unit));
    let declared = method(Verb::Head, "/login");
    assert_error(&shop, &declared, Check::Operation, "template", &["`/login` has POST"]);
}

#[test]
fn a_wrong_verb_names_the_verbs_of_the_path() {
    let shop = shop();
    let declared = method(Verb::Patch, "/items/<item_id>");
    assert_error(&shop, &declared, Check::Operation, "template", &["`/items/{item_id}` has GET, PUT, DELETE"]);
}

#[test]
fn placeholders_match_by_position() {
    let shop = shop();
    // A different number of placeholders is another path.
    let declared = method(Verb::Get, "/items/<item_id>/<extra>");
    assert_error(&shop, &declared, Check::Operation, "template", &["not an operation"]);
}

#[test]
fn the_base_url_path_goes_before_the_template() {
    let shop = shop();
    let declared = method(Verb::Get, "/items/<item_id>");
    let found = check(&shop, Some("https://shop.example/api/v1/"), &declared);
    assert!(found.is_empty(), "{found:?}");
    // Without the base URL, the server path may be written in the template.
    assert_clean(&shop, &method(Verb::Get, "/api/v1/items/<item_id>"));
    let other = check(&shop, Some("https://shop.example/api/v2"), &declared);
    assert_eq!(other.len(), 1);
    assert!(other[0].message.contains("`GET /api/v2/items/{item_id}` is not an operation"), "{other:?}");
}

#[test]
fn a_placeholder_name_that_differs_says_which() {
    let shop = shop();
    let declared = method(Verb::Get, "/items/<id>");
    assert_error(
        &shop,
        &declared,
        Check::PlaceholderNames,
        "template",
        &["calls this path parameter `item_id` (in `GET /items/{item_id}`), not `id`"],
    );
}

#[test]
fn a_keyword_parameter_is_written_with_an_underscore_or_raw() {
    let shop = shop();
    assert_clean(&shop, &method(Verb::Get, "/commits/<ref_>"));
    assert_clean(&shop, &method(Verb::Get, "/commits/<r#ref>"));
    let declared = method(Verb::Get, "/commits/<reference>");
    assert_error(&shop, &declared, Check::PlaceholderNames, "template", &["not `reference`: write `<ref_>`"]);
    // Only keywords may be escaped.
    let declared = method(Verb::Get, "/items/<item_id_>");
    assert_error(&shop, &declared, Check::PlaceholderNames, "template", &["write `<item_id>`"]);
}

#[test]
fn rest_is_allowed_where_the_parameter_is_a_path() {
    let shop = shop();
    assert_clean(&shop, &returning(method(Verb::Get, "/files/<path..>"), Shape::Raw));
}

#[test]
fn rest_is_refused_where_nothing_says_slashes() {
    let shop = shop();
    let declared = returning(method(Verb::Get, "/blobs/<blob_id..>"), Shape::Raw);
    assert_error(
        &shop,
        &declared,
        Check::RestPlaceholder,
        "template",
        &[
            "`<blob_id..>` keeps slashes, but nothing in the OpenAPI description says `blob_id` may hold slashes",
            "write `<blob_id>`",
        ],
    );
    assert_clean(&shop, &returning(method(Verb::Get, "/blobs/<blob_id>"), Shape::Raw));
}

#[test]
fn rest_is_refused_where_the_parameter_must_be_url_encoded() {
    let shop = shop();
    let declared = returning(method(Verb::Get, "/encoded/<file_path..>"), Shape::Raw);
    assert_error(&shop, &declared, Check::RestPlaceholder, "template", &["says `file_path` must be URL-encoded"]);
}

// --- parameters ---------------------------------------------------------

#[test]
fn a_required_query_parameter_must_be_declared() {
    let shop = shop();
    let declared = method(Verb::Get, "/search");
    assert_error(
        &shop,
        &declared,
        Check::RequiredParams,
        "template",
        &["`GET /search` requires the query parameter `q`: add a `#[query]` argument for it"],
    );
    let mut declared = method(Verb::Get, "/search");
    declared.query.push(Arg { optional: false, ..arg("q") });
    assert_clean(&shop, &declared);
    // An `Option` may leave it out.
    declared.query[0].optional = true;
    assert_error(
        &shop,
        &declared,
        Check::RequiredParams,
        "arg",
        &["`GET /search` requires `q`, but an `Option` may leave it out: declare it without `Option`"],
    );
    // A constant in the template declares it too.
    assert_clean(&shop, &method(Verb::Get, "/search?q=rust"));
}

#[test]
fn a_required_header_must_be_declared() {
    let shop = shop();
    let mut declared = method(Verb::Post, "/login");
    declared.body = body(BodyKind::Form);
    assert_error(&shop, &declared, Check::RequiredParams, "template", &["requires the header `X-Api-Key`"]);
    declared.static_headers.push("x-api-key".to_owned());
    assert_clean(&shop, &declared);
    declared.static_headers.clear();
    declared.headers.push(Arg { optional: false, ..arg("X-API-KEY") });
    assert_clean(&shop, &declared);
}

#[test]
fn an_undocumented_query_parameter_gets_did_you_mean() {
    let shop = shop();
    let mut declared = returning(method(Verb::Get, "/items"), Shape::Array);
    declared.query.push(arg("perpage"));
    assert_error(
        &shop,
        &declared,
        Check::DeclaredParams,
        "arg",
        &["`GET /items` has no query parameter `perpage`; did you mean `per_page`?", "mark it `undocumented`"],
    );
    declared.query[0].name = "colour".to_owned();
    assert_error(&shop, &declared, Check::DeclaredParams, "arg", &["it documents: per_page, sort, page, filter"]);
}

#[test]
fn undocumented_allows_a_parameter_deliberately() {
    let shop = shop();
    let mut declared = returning(method(Verb::Get, "/items"), Shape::Array);
    declared.query.push(Arg { undocumented: true, ..arg("since") });
    assert_clean(&shop, &declared);
    // On a documented parameter it is not needed.
    declared.query.push(Arg { undocumented: true, span: at("arg2"), ..arg("page") });
    assert_eq!(located(&shop, &declared)[0].2, "arg2");
    let found = warnings(&shop, &declared);
    assert_eq!(found, ["`GET /items` documents `page`: remove `undocumented`"]);
}

#[test]
fn headers_are_checked_case_insensitively() {
    let shop = shop();
    let mut declared = returning(method(Verb::Get, "/items"), Shape::Array);
    declared.headers.push(arg("x-request-id"));
    declared.headers.push(arg("Authorization"));
    assert_clean(&shop, &declared);
    declared.headers.push(Arg { span: at("arg2"), ..arg("X-Request-Ids") });
    assert_error(
        &shop,
        &declared,
        Check::DeclaredParams,
        "arg2",
        &["has no header `X-Request-Ids`; did you mean `X-Request-Id`?"],
    );
}

#[test]
fn a_long_list_of_documented_names_is_cut() {
    let scratch = Scratch::new("long");
    let params: Vec<String> = (1..=15).map(|i| format!("{{name: p{i}, in: query}}")).collect();
    let text = format!(
        "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      parameters: [{}]\n      responses: {{'204': {{description: ok}}}}\n",
        params.join(", ")
    );
    scratch.write("long.yaml", &text);
    let description = load(&scratch.0, "long.yaml").expect("loads");
    let mut declared = returning(method(Verb::Get, "/a"), Shape::Unit);
    declared.query.push(arg("something"));
    assert_error(&description, &declared, Check::DeclaredParams, "arg", &["it documents: p1, p2,", "p12, and 3 more"]);
}

#[test]
fn deep_object_names_match_their_parameter() {
    let shop = shop();
    let mut declared = returning(method(Verb::Get, "/items"), Shape::Array);
    declared.query.push(arg("filter[colour]"));
    assert_clean(&shop, &declared);
}

#[test]
fn constant_query_values_are_checked_against_enums() {
    let shop = shop();
    let declared = returning(method(Verb::Get, "/items?sort=prise"), Shape::Array);
    assert_error(
        &shop,
        &declared,
        Check::QueryValues,
        "template",
        &["`sort=prise` in the template: `prise` is not one of `name`, `price`; did you mean `price`?"],
    );
    assert_clean(&shop, &returning(method(Verb::Get, "/items?sort=price&per_page=100"), Shape::Array));
    // Through a `$ref` to a schema.
    let declared = method(Verb::Get, "/search?q=x&mode=slow");
    assert_error(&shop, &declared, Check::QueryValues, "template", &["`slow` is not one of `fast`, `exact`"]);
}

#[test]
fn constant_query_values_are_checked_against_types_and_ranges() {
    let shop = shop();
    let declared = returning(method(Verb::Get, "/items?page=first"), Shape::Array);
    assert_error(&shop, &declared, Check::QueryValues, "template", &["`first` is not an integer"]);
    let declared = returning(method(Verb::Get, "/items?page=0"), Shape::Array);
    assert_error(&shop, &declared, Check::QueryValues, "template", &["`0` is below the minimum 1"]);
    let declared = returning(method(Verb::Get, "/items?per_page=500"), Shape::Array);
    assert_error(&shop, &declared, Check::QueryValues, "template", &["`500` is above the maximum 100"]);
    let declared = returning(method(Verb::Get, "/items?pge=2"), Shape::Array);
    assert_error(
        &shop,
        &declared,
        Check::DeclaredParams,
        "template",
        &["has no query parameter `pge`; did you mean `page`?"],
    );
}

#[test]
fn an_undocumented_constant_is_allowed_on_the_method() {
    let shop = shop();
    let mut declared = returning(method(Verb::Get, "/items?order=asc&sort=name"), Shape::Array);
    assert_error(
        &shop,
        &declared,
        Check::DeclaredParams,
        "template",
        &["`GET /items` has no query parameter `order`", "add `#[openapi(undocumented = \"order\")]`"],
    );
    declared.undocumented.push(Undocumented { name: "order".to_owned(), span: at("skip") });
    assert_clean(&shop, &declared);
    declared.undocumented.push(Undocumented { name: "sort".to_owned(), span: at("arg2") });
    let found = located(&shop, &declared);
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].0, found[0].2), (Severity::Warning, "arg2"));
    assert_eq!(found[0].3, "`GET /items` documents `sort`: remove `undocumented`");
    declared.undocumented.pop();
    declared.undocumented.push(Undocumented { name: "colour".to_owned(), span: at("arg2") });
    assert_error(
        &shop,
        &declared,
        Check::DeclaredParams,
        "arg2",
        &["`colour` is not a constant query parameter of the template"],
    );
}

#[test]
fn constant_query_values_follow_openapi_3_1_schemas() {
    let notes = notes();
    let ok = returning(method(Verb::Get, "/notes?format=full&tags=a,b&limit=5"), Shape::Array);
    assert_clean(&notes, &ok);
    let declared = returning(method(Verb::Get, "/notes?format=short"), Shape::Array);
    assert_error(&notes, &declared, Check::QueryValues, "template", &["`short` is not the one allowed value `full`"]);
    let declared = returning(method(Verb::Get, "/notes?tags=a,c"), Shape::Array);
    assert_error(&notes, &declared, Check::QueryValues, "template", &["`c` is not one of `a`, `b`"]);
    let declared = returning(method(Verb::Get, "/notes?limit=many"), Shape::Array);
    assert_error(&notes, &declared, Check::QueryValues, "template", &["`many` is not an integer"]);
}

// --- bodies -------------------------------------------------------------

#[test]
fn a_required_body_must_be_declared() {
    let shop = shop();
    let declared = method(Verb::Post, "/items");
    assert_error(
        &shop,
        &declared,
        Check::Body,
        "method",
        &["`POST /items` requires a request body (application/json): add a `#[body]` argument"],
    );
    let mut declared = method(Verb::Post, "/items/<item_id>/photo");
    declared.returns.shape = Shape::Unit;
    assert_error(&shop, &declared, Check::Body, "method", &["add `#[multipart]` with `#[part]` arguments"]);
}

/// A `#[body]` whose type shows its kind of JSON value.
fn json_body(kind: JsonKind) -> Option<Body> {
    Some(Body { value: Some((kind, at("body_type"))), ..body(BodyKind::Json)? })
}

#[test]
fn a_json_body_is_the_kind_of_value_the_operation_takes() {
    let description = shop();
    for (kind, written) in [(JsonKind::Array, "not an array"), (JsonKind::String, "not a string")] {
        let mut declared = method(Verb::Post, "/items");
        declared.body = json_body(kind);
        let parts = ["`POST /items` takes an object as its JSON body", written];
        assert_error(&description, &declared, Check::BodyType, "body_type", &parts);
        assert_clean(&description, &skipping(declared, "body_type"));
    }
    let mut declared = method(Verb::Post, "/items");
    declared.body = json_body(JsonKind::Object);
    assert_clean(&description, &declared);
    // A struct does not show what it serializes as.
    declared.body = body(BodyKind::Json);
    assert_clean(&description, &declared);

    let mut declared = returning(method(Verb::Put, "/items/<item_id>/tags"), Shape::Unit);
    declared.body = json_body(JsonKind::Array);
    assert_clean(&description, &declared);
    declared.body = json_body(JsonKind::Object);
    assert_error(
        &description,
        &declared,
        Check::BodyType,
        "body_type",
        &["takes an array as its JSON body, not an object"],
    );
}

#[test]
fn a_body_needs_a_documented_request_body() {
    let shop = shop();
    let mut declared = returning(method(Verb::Delete, "/items/<item_id>"), Shape::Unit);
    declared.body = body(BodyKind::Json);
    assert_error(&shop, &declared, Check::Body, "body", &["`DELETE /items/{item_id}` takes no request body"]);
}

#[test]
fn an_optional_body_may_be_declared_or_not() {
    let shop = shop();
    let mut declared = method(Verb::Put, "/items/<item_id>");
    assert_clean(&shop, &declared);
    declared.body = body(BodyKind::Json);
    assert_clean(&shop, &declared);
}

#[test]
fn the_body_kind_matches_the_content_type() {
    let shop = shop();
    let mut declared = method(Verb::Post, "/login");
    declared.headers.push(Arg { optional: false, ..arg("X-Api-Key") });
    declared.body = body(BodyKind::Json);
    assert_error(
        &shop,
        &declared,
        Check::ContentType,
        "body",
        &["`POST /login` takes application/x-www-form-urlencoded, not JSON (`#[body]`): use a `#[form]` argument"],
    );
    let mut declared = returning(method(Verb::Post, "/items/<item_id>/photo"), Shape::Unit);
    declared.body = body(BodyKind::Form);
    assert_error(&shop, &declared, Check::ContentType, "body", &["takes multipart/form-data, not a form (`#[form]`)"]);
    declared.body = body(BodyKind::Multipart);
    assert_clean(&shop, &declared);
    declared.body = body(BodyKind::Raw);
    assert_clean(&shop, &declared);
}

#[test]
fn a_raw_body_s_declared_type_is_one_the_operation_takes() {
    let shop = shop();
    let mut declared = returning(method(Verb::Post, "/uploads"), Shape::Unit);
    declared.body = body(BodyKind::Raw);
    assert_clean(&shop, &declared);
    for fits in ["application/octet-stream", "text/plain; charset=utf-8", "TEXT/CSV"] {
        declared.body = Some(Body { content_type: Some(fits.to_owned()), ..body(BodyKind::Raw).expect("a body") });
        assert_clean(&shop, &declared);
    }
    declared.body = Some(Body { content_type: Some("image/png".to_owned()), ..body(BodyKind::Raw).expect("a body") });
    assert_error(
        &shop,
        &declared,
        Check::ContentType,
        "body",
        &["`POST /uploads` takes application/octet-stream, text/*, not `image/png`"],
    );
    declared.body = body(BodyKind::Json);
    assert_error(&shop, &declared, Check::ContentType, "body", &["use `#[body(raw)]`"]);
}

// --- responses ----------------------------------------------------------

#[test]
fn vec_needs_an_array_response() {
    let shop = shop();
    let mut declared = method(Verb::Get, "/search?q=x");
    declared.returns.shape = Shape::Array;
    assert_error(
        &shop,
        &declared,
        Check::ResponseShape,
        "returns",
        &["`GET /search` answers 200 with an object, not an array; return the object's type (its array is `items`)"],
    );
    declared.returns.shape = Shape::Value;
    assert_clean(&shop, &declared);
}

#[test]
fn no_items_are_suggested_for_a_single_resource() {
    let shop = shop();
    let declared = returning(method(Verb::Get, "/commits/<ref_>"), Shape::Paginated { items: None });
    let message = &errors(&shop, &declared)[0];
    assert!(message.ends_with("answers 200 with an object, not an array; return the object's type"), "{message}");
}

#[test]
fn paginated_needs_an_array_or_an_items_pointer() {
    let shop = shop();
    assert_clean(&shop, &returning(method(Verb::Get, "/items"), Shape::Paginated { items: None }));
    let declared = returning(method(Verb::Get, "/search?q=x"), Shape::Paginated { items: None });
    assert_error(
        &shop,
        &declared,
        Check::ResponseShape,
        "returns",
        &["take the items from it with `items = \"/items\"`"],
    );
    let ok = Shape::Paginated { items: Some("/items".to_owned()) };
    assert_clean(&shop, &returning(method(Verb::Get, "/search?q=x"), ok));
    let nested = Shape::Paginated { items: Some("/meta/hits".to_owned()) };
    assert_clean(&shop, &returning(method(Verb::Get, "/search?q=x"), nested));
}

#[test]
fn an_items_pointer_that_misses_says_where() {
    let shop = shop();
    let typo = Shape::Paginated { items: Some("/item".to_owned()) };
    let declared = returning(method(Verb::Get, "/search?q=x"), typo);
    assert_error(
        &shop,
        &declared,
        Check::ResponseShape,
        "returns",
        &["`items = \"/item\"`: the response has no property `item`; did you mean `/items`?"],
    );
    let deep = Shape::Paginated { items: Some("/meta/hit".to_owned()) };
    let declared = returning(method(Verb::Get, "/search?q=x"), deep);
    assert_error(
        &shop,
        &declared,
        Check::ResponseShape,
        "returns",
        &["`/meta` has no property `hit`; did you mean `/meta/hits`?"],
    );
    let scalar = Shape::Paginated { items: Some("/total_count".to_owned()) };
    let declared = returning(method(Verb::Get, "/search?q=x"), scalar);
    assert_error(
        &shop,
        &declared,
        Check::ResponseShape,
        "returns",
        &["`/total_count` in the 200 response is not an array"],
    );
}

#[test]
fn openapi_3_1_type_lists_may_be_arrays() {
    let notes = notes();
    assert_clean(&notes, &returning(method(Verb::Get, "/notes"), Shape::Array));
}

#[test]
fn a_value_from_a_response_without_body_suggests_unit() {
    let shop = shop();
    let declared = method(Verb::Delete, "/items/<item_id>");
    assert_error(
        &shop,
        &declared,
        Check::ResponseShape,
        "returns",
        &["`DELETE /items/{item_id}` answers 204 with no body: return `()`"],
    );
    assert_clean(&shop, &returning(method(Verb::Delete, "/items/<item_id>"), Shape::Unit));
    let declared = returning(method(Verb::Delete, "/items/<item_id>"), Shape::Array);
    assert_error(&shop, &declared, Check::ResponseShape, "returns", &["answers 204 with no body, not an array"]);
}

#[test]
fn option_needs_a_documented_404() {
    let shop = shop();
    let mut declared = method(Verb::Get, "/items/<item_id>");
    declared.returns.optional = true;
    assert_clean(&shop, &declared);
    let mut declared = method(Verb::Get, "/search?q=x");
    declared.returns.optional = true;
    assert_error(
        &shop,
        &declared,
        Check::NotFound,
        "returns",
        &["`Option<..>` turns a 404 into `None`, but `GET /search` documents no 404 response"],
    );
    // `4XX` documents it too.
    let mut declared = returning(method(Verb::Get, "/notes"), Shape::Array);
    declared.returns.optional = true;
    assert_clean(&notes(), &declared);
}

// --- deprecation and skips ----------------------------------------------

#[test]
fn a_deprecated_operation_is_a_warning() {
    let shop = shop();
    let found = located(&shop, &method(Verb::Get, "/old"));
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].0, found[0].2), (Severity::Warning, "template"));
    assert_eq!(found[0].3, "`GET /old` is deprecated in the OpenAPI description");
    assert_clean(&shop, &skipping(method(Verb::Get, "/old"), "deprecated"));
}

#[test]
fn a_skip_silences_its_check_only() {
    let shop = shop();
    let mut declared = skipping(method(Verb::Get, "/search?q=x"), "response_shape");
    declared.returns.shape = Shape::Array;
    declared.returns.optional = true;
    let found = findings(&shop, &declared);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, Check::NotFound);
    let declared = skipping(declared, "not_found");
    assert_clean(&shop, &declared);
}

#[test]
fn a_skip_that_silences_nothing_is_a_warning() {
    let shop = shop();
    let declared = skipping(returning(method(Verb::Get, "/items"), Shape::Array), "response_shape");
    let found = located(&shop, &declared);
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].0, found[0].2), (Severity::Warning, "skip"));
    let found = warnings(&shop, &declared);
    assert_eq!(
        found,
        ["`GET /items` passes the `response_shape` check against the OpenAPI description: remove this skip"]
    );
    assert!(errors(&shop, &declared).is_empty());
}

#[test]
fn skipping_the_operation_skips_everything() {
    let shop = shop();
    let declared = skipping(method(Verb::Get, "/not/documented/<x..>?a=b"), "operation");
    assert_clean(&shop, &declared);
    let declared = skipping(method(Verb::Get, "/items/<item_id>"), "operation");
    assert_eq!(warnings(&shop, &declared).len(), 1);
}

#[test]
fn check_names_are_read_with_did_you_mean() {
    for check in Check::ALL {
        assert_eq!(Check::from_name(check.name()), Ok(check));
    }
    assert_eq!(
        Check::from_name("response_shap"),
        Err("unknown OpenAPI check `response_shap`; did you mean `response_shape`?".to_owned())
    );
    let unknown = Check::from_name("everything").expect_err("not a check");
    assert!(unknown.contains("expected one of: operation, placeholder_names"), "{unknown}");
}

// --- pieces -------------------------------------------------------------

#[test]
fn verbs_are_read_from_attribute_names() {
    assert_eq!(Verb::from_key("get"), Some(Verb::Get));
    assert_eq!(Verb::from_key("PATCH"), Some(Verb::Patch));
    assert_eq!(Verb::from_key("fetch"), None);
    assert_eq!(Verb::Delete.upper(), "DELETE");
}

#[test]
fn templates_are_read_as_the_macro_writes_them() {
    let template = Template::from_text("/repos/<owner>/<repo>/contents/<path..>?a=b%20c&flag&x=%zz", Span::call_site());
    assert_eq!(template.openapi_path(), "/repos/{owner}/{repo}/contents/{path}");
    let names: Vec<(&str, bool)> = template.placeholders().map(|(name, rest, _)| (name, rest)).collect();
    assert_eq!(names, [("owner", false), ("repo", false), ("path", true)]);
    let pairs: Vec<(&str, &str)> = template.query.iter().map(|q| (q.name.as_str(), q.value.as_str())).collect();
    assert_eq!(pairs, [("a", "b c"), ("flag", ""), ("x", "%zz")]);
    let embedded = Template::from_text("/files/<name>.json", Span::call_site());
    assert_eq!(embedded.openapi_path(), "/files/{name}.json");
}

#[test]
fn warnings_are_emitted_as_deprecated_uses() {
    let tokens = warning(Span::call_site(), "`GET /old` is deprecated").to_string();
    assert!(tokens.contains("deprecated (note = \"`GET /old` is deprecated\")"), "{tokens}");
    let shop = shop();
    let tracked = track(&shop).to_string();
    assert!(tracked.contains("include_bytes !") && tracked.contains("shop.yaml"), "{tracked}");
}
