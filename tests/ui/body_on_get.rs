use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/search")]
    fn search(&self, #[body] filter: &serde_json::Value) -> Result<String>;
}

fn main() {}
