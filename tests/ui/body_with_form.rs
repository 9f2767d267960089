use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[post("/notes")]
    fn create(&self, #[body] note: &serde_json::Value, #[form] fields: &[(&str, &str)]) -> Result<()>;
}

fn main() {}
