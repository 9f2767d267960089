// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/paging/openapi.yaml --trait Paging --base-url https://api.example.com \
//         --out src/cases/paging.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Paginated, Result, client};
use serde::Deserialize;

/// Paging
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/paging/openapi.yaml")]
pub trait Paging {
    #[get("/groups")]
    #[paginate(page, items = "/data")]
    fn get_groups(&self) -> Paginated<Item>;

    #[get("/items")]
    #[paginate(link)]
    fn items_list(&self, #[query] per_page: Option<i64>) -> Paginated<Item>;

    #[get("/projects")]
    #[paginate(page(size = 50))]
    fn get_projects(&self, #[query] search: Option<&str>) -> Paginated<Item>;

    #[get("/search")]
    #[paginate(link, items = "/items")]
    fn search(&self, #[query] q: &str) -> Paginated<Item>;

    #[get("/tags")]
    async fn tags_list(&self) -> Result<Vec<String>>;
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Item {
    pub id: i64,
}
