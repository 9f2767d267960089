// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/names/openapi.yaml --trait Names --base-url https://api.example.com \
//         --out src/cases/names.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Result, client};
use serde::Deserialize;

/// Names
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/names/openapi.yaml")]
pub trait Names {
    #[get("/again")]
    async fn get_session(&self) -> Result<()>;

    #[get("/anonymous/<id>")]
    async fn get_anonymous_id(&self, id: &str) -> Result<Paginated2>;

    #[get("/session")]
    async fn get_session_2(&self) -> Result<Result2>;

    #[get("/type")]
    async fn get_type(&self) -> Result<Names2>;
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Names2 {
    pub client: Option<NamesClient2>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NamesClient2 {
    pub id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Paginated2 {
    pub page: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Result2 {
    pub ok: Option<bool>,
}
