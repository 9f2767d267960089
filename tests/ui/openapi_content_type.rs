use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    /// The description takes a form here.
    #[post("/login")]
    fn login(&self, #[header("X-Api-Key")] key: &str, #[body] login: &serde_json::Value) -> Result<serde_json::Value>;

    #[post("/uploads")]
    fn upload(&self, #[body(raw, content_type = "image/png")] data: Vec<u8>) -> Result<()>;
}

fn main() {}
