use std::collections::BTreeMap;

use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    /// The operation takes an item, an object.
    #[post("/items")]
    async fn create(&self, #[body] ids: &[u64]) -> Result<serde_json::Value>;

    /// It takes an array of tags.
    #[put("/items/<item_id>/tags")]
    async fn tag(&self, item_id: u64, #[body] tags: &BTreeMap<String, String>) -> Result<()>;

    /// The description is wrong, and says so.
    #[put("/items/<item_id>/tags")]
    #[openapi(skip = "body_type")]
    async fn tag_all(&self, item_id: u64, #[body] tags: &str) -> Result<()>;
}

fn main() {}
