use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    /// The operation requires a body.
    #[post("/items")]
    fn create(&self) -> Result<serde_json::Value>;

    /// The operation takes none.
    #[delete("/items/<item_id>")]
    fn delete(&self, item_id: u64, #[body] reason: &str) -> Result<()>;
}

fn main() {}
