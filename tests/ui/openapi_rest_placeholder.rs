use client_runtime::{Result, client};

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Shop {
    /// The description asks for one URL-encoded segment.
    #[get("/encoded/<file_path..>")]
    fn encoded(&self, file_path: &str) -> Result<()>;

    /// Allowed: a path parameter that holds slashes.
    #[get("/files/<path..>")]
    fn file(&self, path: &str) -> Result<Vec<u8>>;

    #[get("/old")]
    fn old(&self) -> Result<serde_json::Value>;
}

fn main() {}
