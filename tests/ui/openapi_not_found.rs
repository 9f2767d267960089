use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    /// No 404 is documented here.
    #[get("/commits/<ref>")]
    fn commit(&self, r#ref: &str) -> Result<Option<serde_json::Value>>;
}

fn main() {}
