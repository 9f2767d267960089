use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    #[get("/items?sort=size&page=0")]
    fn items(&self) -> Result<Vec<serde_json::Value>>;
}

fn main() {}
