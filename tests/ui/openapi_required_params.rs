use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    #[get("/search")]
    fn search(&self, #[query] mode: Option<&str>) -> Result<serde_json::Value>;

    #[post("/login")]
    fn login(&self, #[form] form: &[(&str, &str)]) -> Result<serde_json::Value>;
}

fn main() {}
