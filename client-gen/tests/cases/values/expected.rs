// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/values/openapi.yaml --trait Values --base-url https://api.example.com \
//         --out src/cases/values.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use std::collections::BTreeMap;

use client_runtime::{Result, client};
use serde::Deserialize;

/// Values
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/values/openapi.yaml")]
pub trait Values {
    #[get("/config")]
    async fn config_get(&self) -> Result<ConfigGetResponse>;
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ConfigGetResponse {
    pub anything: serde_json::Value,
    pub counts: Option<BTreeMap<String, i64>>,
    pub dangling: Option<serde_json::Value>,
    pub external: Option<serde_json::Value>,
    pub flag: Option<bool>,
    pub labels: BTreeMap<String, String>,
    pub list: Vec<serde_json::Value>,
    pub meta: BTreeMap<String, serde_json::Value>,
    pub ratio: Option<f64>,
    pub settings: BTreeMap<String, serde_json::Value>,
}
