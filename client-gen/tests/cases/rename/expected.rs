// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/rename/openapi.yaml --trait Rename --base-url https://api.example.com \
//         --out src/cases/rename.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Result, client};
use serde::{Deserialize, Serialize};

/// Rename
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/rename/openapi.yaml")]
pub trait Rename {
    #[post("/events")]
    async fn events_create(&self, #[body] body: &Event) -> Result<Event>;

    #[get("/reactions")]
    async fn reactions_get(&self) -> Result<Reactions>;
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor_login: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    pub event_id: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Reactions {
    #[serde(rename = "+1")]
    pub plus_1: i64,
    #[serde(rename = "-1")]
    pub minus_1: i64,
    #[serde(rename = "2fa")]
    pub n2fa: Option<bool>,
    #[serde(rename = "@odata.id")]
    pub odata_id: Option<String>,
    #[serde(rename = "content-type")]
    pub content_type: Option<String>,
    #[serde(rename = "htmlUrl")]
    pub html_url: Option<String>,
    #[serde(rename = "html_url")]
    pub html_url_2: Option<String>,
    #[serde(rename = "self")]
    pub self_: Option<String>,
    pub r#type: Option<String>,
}
