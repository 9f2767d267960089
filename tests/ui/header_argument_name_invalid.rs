use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    fn users(&self, #[header("If None Match")] etag: &str) -> Result<String>;
}

fn main() {}
