use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    #[get("/items/<id>")]
    fn item(&self, id: u64) -> Result<Option<serde_json::Value>>;
}

fn main() {}
