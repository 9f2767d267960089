//! A trait checked against a description: every check passes, the escape
//! hatches are used where the description is wrong or silent, and a
//! deprecated operation only warns.

use client_runtime::{Paginated, Result, client};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Item {
    pub id: u64,
}

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    #[get("/items?sort=price")]
    #[paginate(page(size = 50))]
    fn items(&self, #[header("X-Request-Id")] request: Option<&str>) -> Paginated<Item>;

    #[get("/items/<item_id>")]
    async fn item(&self, item_id: u64) -> Result<Option<Item>>;

    #[post("/items")]
    async fn create(&self, #[body] item: &serde_json::Value) -> Result<Item>;

    #[get("/search")]
    #[paginate(link, items = "/items")]
    fn search(&self, #[query] q: &str, #[query("since", undocumented)] since: Option<&str>) -> Paginated<Item>;

    /// The description documents no 404 here, but the server sends one.
    #[get("/commits/<ref>")]
    #[openapi(skip = "not_found")]
    async fn commit(&self, r#ref: &str) -> Result<Option<serde_json::Value>>;

    #[get("/files/<path..>")]
    async fn file(&self, path: &str) -> Result<Vec<u8>>;

    #[post("/items/<item_id>/photo")]
    #[multipart]
    async fn photo(&self, item_id: u64, #[part("photo")] photo: client_runtime::Part) -> Result<()>;

    #[post("/login")]
    async fn login(&self, #[header("X-Api-Key")] key: &str, #[form] form: &[(&str, &str)]) -> Result<serde_json::Value>;
}

fn main() {
    let _ = ShopClient::builder();
}
