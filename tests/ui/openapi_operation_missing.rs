//! The verb and path must be an operation; the error names the nearest.

use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    #[get("/itemz")]
    fn items(&self) -> Result<serde_json::Value>;

    #[patch("/items/<item_id>")]
    fn patch_item(&self, item_id: u64) -> Result<()>;
}

fn main() {}
