// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/docs/openapi.yaml --trait Docs --base-url https://api.example.com \
//         --out src/cases/docs.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Result, client};
use serde::Deserialize;

/// Docs
///
/// An API whose prose becomes doc comments.
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/docs/openapi.yaml")]
pub trait Docs {
    /// Get a thing
    ///
    /// Gets a thing.
    ///
    /// ```text
    /// let thing = get(1);
    /// ```
    ///
    /// ```json
    /// {"id": 1}
    /// ```
    ///
    /// indented, which rustdoc would run
    ///
    /// - a list item
    ///   that goes on
    /// * another
    ///
    /// > [!NOTE]
    /// > A note
    /// > that goes on too.
    ///
    /// Deprecated in the OpenAPI description.
    ///
    /// - `view`: `full`, `""` or `a'b`.
    ///
    /// [API method documentation](https://example.com/docs/things#get)
    #[get("/things/<id>")]
    async fn things_get(&self, id: i64, #[query] view: Option<&str>) -> Result<ThingsGetResponse>;
}

/// A thing, described.    Tabbed.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ThingsGetResponse {
    /// The id.
    ///
    /// ```text
    /// let id = 1;
    /// ```
    pub id: Option<i64>,
}
