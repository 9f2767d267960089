// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/bodies/openapi.yaml --trait Bodies --base-url https://api.example.com \
//         --out src/cases/bodies.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Body, Part, Result, client};
use serde::{Deserialize, Serialize};

/// Bodies
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/bodies/openapi.yaml")]
pub trait Bodies {
    #[put("/blobs")]
    async fn blobs_put(&self, #[body(raw)] body: Body) -> Result<()>;

    #[post("/issues")]
    async fn issues_create(&self, #[body] body: &NewIssue) -> Result<Issue>;

    #[patch("/issues")]
    async fn issues_update(&self, #[body] body: &IssuesUpdateBody) -> Result<Issue>;

    #[post("/login")]
    async fn login(&self, #[form] body: &LoginBody) -> Result<()>;

    #[put("/notes")]
    async fn notes_replace(&self, #[body(raw, content_type = "text/plain")] body: Body) -> Result<()>;

    // The description gives this GET a request body, which HTTP does not define for it.
    #[openapi(skip = "body")]
    #[get("/search")]
    async fn search(&self) -> Result<Vec<String>>;

    #[post("/uploads")]
    #[multipart]
    async fn uploads_create(
        &self,
        #[part("count")] count: Option<i32>,
        #[part("file")] file: Part,
        #[part("meta")] meta: Option<Part>,
        #[part("note")] note: Option<&str>,
    ) -> Result<()>;
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Issue {
    pub id: i64,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesUpdateBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<IssuesUpdateBodyState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateBodyState {
    Open,
    Closed,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LoginBody {
    pub password: String,
    pub user: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NewIssue {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    pub title: String,
}
