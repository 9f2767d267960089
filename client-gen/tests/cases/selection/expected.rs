// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/selection/openapi.yaml --trait Selection --base-url https://api.example.com/v2 \
//         --tag pets \
//         --path 'GET /stores/<store_id>' \
//         --out src/cases/selection.rs
//
// Left out, as no declaration can name them:
// - `GET /pets/Find\(\)`: it holds `\`, which a path template cannot
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Result, client};

/// Selection
#[client(base_url = "https://api.example.com/v2", openapi = "../../client-gen/tests/cases/selection/openapi.yaml")]
pub trait Selection {
    #[get("/pets")]
    async fn pets_list(&self) -> Result<Vec<String>>;

    #[post("/pets")]
    async fn pets_create(&self) -> Result<()>;

    #[get("/stores/<store_id>")]
    async fn stores_get(&self, store_id: i64) -> Result<String>;
}
