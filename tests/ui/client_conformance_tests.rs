use client_runtime::{Result, client};

/// Conformance tests are generated from a description: without one,
/// there is nothing to turn off.
#[client(base_url = "https://shop.example/api/v1", conformance_tests = false)]
pub trait NoDescription {
    #[get("/items")]
    fn items(&self) -> Result<serde_json::Value>;
}

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml", conformance_tests = "no")]
pub trait NotABool {
    #[get("/items")]
    fn items(&self) -> Result<Vec<serde_json::Value>>;
}

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml", conformance_tests = false)]
pub trait Off {
    /// The trait's tests are off already.
    #[get("/items")]
    #[openapi(skip = "conformance")]
    fn items(&self) -> Result<Vec<serde_json::Value>>;
}

#[client(base_url = "https://shop.example/api/v1", openapi = "openapi/shop.yaml")]
pub trait Nothing {
    /// Nothing is decoded, so there is no test to leave out.
    #[delete("/items/<item_id>")]
    #[openapi(skip = "conformance")]
    fn delete(&self, item_id: u64) -> Result<()>;
}

fn main() {}
