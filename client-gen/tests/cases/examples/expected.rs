// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/examples/openapi.yaml --trait Examples --base-url https://api.example.com \
//         --out src/cases/examples.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Result, client};
use serde::Deserialize;

/// Examples
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/examples/openapi.yaml")]
pub trait Examples {
    #[get("/jobs/<id>")]
    async fn jobs_get(&self, id: i64) -> Result<Job>;

    #[post("/jobs/<id>/cancel")]
    async fn jobs_cancel(&self, id: i64) -> Result<()>;
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Job {
    pub created_at: Option<String>,
    pub id: i64,
    pub name: String,
    pub steps: Option<Vec<JobStepsItem>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct JobStepsItem {
    pub name: String,
    pub number: Option<i64>,
}
