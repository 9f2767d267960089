use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    #[get("/items")]
    fn items(
        &self,
        #[query] perpage: Option<u32>,
        #[header("X-Request-Idd")] request: Option<&str>,
        #[query(undocumented)] since: Option<&str>,
    ) -> Result<Vec<serde_json::Value>>;
}

fn main() {}
