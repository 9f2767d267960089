use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[sse(end = "[DONE]")]
    async fn users(&self) -> Result<String>;
}

fn main() {}
