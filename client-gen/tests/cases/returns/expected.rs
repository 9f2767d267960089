// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/returns/openapi.yaml --trait Returns --base-url https://api.example.com \
//         --out src/cases/returns.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use std::collections::BTreeMap;

use client_runtime::{ByteStream, Result, client};

/// Returns
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/returns/openapi.yaml")]
pub trait Returns {
    #[get("/anything")]
    async fn anything(&self) -> Result<serde_json::Value>;

    #[get("/archives/<id>")]
    async fn archives_download(&self, id: i64) -> Result<ByteStream>;

    #[get("/logs/<id>")]
    async fn logs_get(&self, id: i64) -> Result<String>;

    #[get("/starred/<repo>")]
    async fn starred_check(&self, repo: &str) -> Result<Option<()>>;

    #[put("/starred/<repo>")]
    async fn starred_add(&self, repo: &str) -> Result<()>;

    #[head("/starred/<repo>")]
    async fn starred_head(&self, repo: &str) -> Result<()>;

    #[get("/stats")]
    async fn stats(&self) -> Result<BTreeMap<String, i64>>;
}
