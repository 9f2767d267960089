use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[post("/notes")]
    fn create(&self, #[body] note: &serde_json::Value, #[body] extra: &serde_json::Value) -> Result<()>;
}

fn main() {}
