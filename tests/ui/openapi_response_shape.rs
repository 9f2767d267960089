use client_runtime::{Paginated, Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    /// An object, not an array.
    #[get("/search")]
    fn search(&self, #[query] q: &str) -> Result<Vec<serde_json::Value>>;

    #[get("/search")]
    #[paginate(link)]
    fn search_all(&self, #[query] q: &str) -> Paginated<serde_json::Value>;

    /// No body to decode.
    #[delete("/items/<item_id>")]
    fn delete(&self, item_id: u64) -> Result<serde_json::Value>;
}

fn main() {}
