use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    #[get("/commits/<ref>")]
    #[openapi(skip = "not_fund")]
    fn commit(&self, r#ref: &str) -> Result<Option<serde_json::Value>>;

    #[get("/items")]
    #[openapi(ignore = "body")]
    fn items(&self) -> Result<Vec<serde_json::Value>>;
}

#[client(base_url = "https://shop.example/api/v1")]
pub trait NoDescription {
    #[get("/items")]
    #[openapi(skip = "response_shape")]
    fn items(&self, #[query(undocumented)] since: Option<&str>) -> Result<serde_json::Value>;
}

fn main() {}
