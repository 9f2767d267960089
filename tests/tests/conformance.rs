//! The conformance tests `#[client(openapi = "...")]` generates, end to
//! end, against `openapi/payloads.yaml`:
//!
//! - `Good` declares types that take everything the description allows:
//!   its generated tests run in this binary, and pass;
//! - `flawed` has a type with each flaw the tests exist for, and runs the
//!   same generated code through `conformance_tests!`'s report mode, so
//!   that its failures can be read: each names the method, the payload,
//!   the JSON path and the fix.

use std::collections::BTreeMap;

use client_runtime::{EventStream, Paginated, Result, client};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Gist {
    pub id: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default, deserialize_with = "client_runtime::serde::skip_null_values")]
    pub files: BTreeMap<String, File>,
    #[serde(default)]
    pub owner: Option<User>,
}

#[derive(Debug, Deserialize)]
pub struct File {
    #[serde(default)]
    pub size: i64,
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct User {
    pub login: String,
    pub id: u64,
    #[serde(default)]
    pub kind: Option<UserKind>,
}

#[derive(Debug, Deserialize)]
pub enum UserKind {
    User,
    Bot,
    Organization,
    /// Values the API adds later.
    #[serde(other)]
    Other,
}

#[derive(Debug, Deserialize)]
pub struct Numbers {
    pub small: i32,
    pub large: i64,
    pub bounded: i16,
    pub signed: i8,
    pub unsigned: u32,
    pub plain: i64,
    pub ratio: f64,
    #[serde(default)]
    pub either: Option<IntegerOrText>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum IntegerOrText {
    Integer(i64),
    Text(String),
}

#[derive(Debug, Deserialize)]
pub struct Label {
    pub name: String,
    #[serde(default)]
    pub color: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum LabelEntry {
    Name(String),
    Full(Label),
}

#[derive(Debug, Deserialize)]
pub struct Node {
    pub name: String,
    #[serde(default)]
    pub parent: Option<Box<Node>>,
    #[serde(default)]
    pub children: Vec<Node>,
}

/// Every method gets a generated test; they run with this file's tests.
#[client(base_url = "https://payloads.example", openapi = "openapi/payloads.yaml")]
pub trait Good {
    #[get("/gists/<gist_id>")]
    async fn get_gist(&self, gist_id: &str) -> Result<Option<Gist>>;

    #[get("/numbers")]
    async fn numbers(&self) -> Result<client_runtime::Response<Numbers>>;

    #[get("/labels")]
    async fn labels(&self) -> Result<Vec<Option<LabelEntry>>>;

    #[get("/tree")]
    async fn tree(&self) -> Result<Node>;

    #[get("/search")]
    #[paginate(link, items = "/page/items")]
    fn search(&self) -> Paginated<Label>;

    #[get("/events")]
    async fn events(&self) -> Result<EventStream<Label>>;
}

/// Each flaw the conformance tests exist to find, in types a trait would
/// declare, and the report of the tests generated for them. The fields
/// are only decoded.
#[allow(dead_code)]
mod flawed {
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    struct Gist {
        id: String,
        /// Nullable in the description.
        #[serde(default)]
        description: String,
        /// Not required by the description, and without a default.
        created_at: String,
        #[serde(default)]
        owner: Option<User>,
    }

    #[derive(Debug, Deserialize)]
    struct User {
        login: String,
        /// The description's enum has a third value.
        #[serde(default)]
        kind: Option<UserKind>,
    }

    #[derive(Debug, Deserialize)]
    enum UserKind {
        User,
        Bot,
    }

    #[derive(Debug, Deserialize)]
    struct Numbers {
        /// `int64` in the description.
        large: u32,
    }

    /// A listing's item of the wrong type: labels are named, not numbered.
    #[derive(Debug, Deserialize)]
    struct Numbered {
        name: u64,
    }

    client_runtime::__private::conformance_tests! {
        report Flawed "openapi/payloads.yaml";
        fn get_gist = get "/gists/{gist_id}" => decodes(::client_runtime::__private::Json<Gist>) "Gist";
        fn numbers = get "/numbers" => decodes(::client_runtime::__private::Json<Numbers>) "Numbers";
        fn search = get "/search" => lists(Numbered) "/page/items";
    }

    pub(crate) use self::__client_conformance_Flawed as reports;
}

const NULL_FIX: &str =
    "Use `Option<..>`, or `#[serde(default, deserialize_with = \"client_runtime::serde::null_as_default\")]`.";

#[test]
fn a_nullable_value_that_is_not_optional_fails_naming_the_field() {
    let report = flawed::reports::get_gist();
    let expected = format!(
        "`get_gist`: a payload with `description: null` (nullable in the description) does not decode into `Gist`: \
         at `description`: invalid type: null, expected a string. {NULL_FIX}"
    );
    assert!(report.failures().contains(&expected), "{report}");
}

#[test]
fn a_field_the_description_does_not_require_needs_a_default() {
    let report = flawed::reports::get_gist();
    let expected = "`get_gist`: a minimal payload (200, only the required properties) does not decode into `Gist`: \
                    missing field `created_at`. Mark `created_at` `#[serde(default)]`, or make it an `Option<..>`: the \
                    description does not require it.";
    assert!(report.failures().iter().any(|f| f == expected), "{report}");
    // The documented example leaves it out too, and says `files: null`,
    // which this type skips.
    assert!(
        report.failures().iter().any(|f| f.starts_with("`get_gist`: the documented example `example`")),
        "{report}"
    );
}

#[test]
fn a_missing_enum_value_fails_and_a_missing_fallback_is_a_note() {
    let report = flawed::reports::get_gist();
    let expected = "`get_gist`: a payload with `owner.kind: \"Organization\"` (a value of its enum in the description) \
                    does not decode into `Gist`: at `owner.kind`: unknown variant `Organization`, expected `User` or \
                    `Bot`. Add a variant for `Organization`, or a unit variant marked `#[serde(other)]` to take the \
                    values the type does not list.";
    assert!(report.failures().iter().any(|f| f == expected), "{report}");
    assert!(
        report
            .notes()
            .iter()
            .any(|n| n.starts_with("`get_gist`: `owner.kind` takes only the values its description lists")),
        "{:?}",
        report.notes()
    );
}

#[test]
fn an_integer_too_narrow_for_its_format_fails() {
    let report = flawed::reports::numbers();
    assert_eq!(
        report.failures(),
        [
            "`numbers`: a payload with `large: 9223372036854775807` (the largest `int64`) does not decode into `Numbers`: \
          at `large`: invalid value: integer `9223372036854775807`, expected u32. Use `i64` or `u64`: the description \
          allows this value."
        ]
    );
}

#[test]
fn a_wrong_item_type_in_a_listing_fails_at_the_item() {
    let report = flawed::reports::search();
    assert!(!report.failures().is_empty());
    for failure in report.failures() {
        assert!(failure.contains("at `page.items[0].name`: invalid type: string"), "{failure}");
    }
}

#[test]
fn a_flawed_report_fails_its_test_with_every_failure() {
    let report = flawed::reports::get_gist();
    let panic = std::panic::catch_unwind(|| report.assert()).expect_err("a failing test");
    let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("payloads from the OpenAPI description did not decode:\n- `get_gist`: "), "{message}");
    assert_eq!(message.matches("\n- ").count(), report.failures().len());
}
