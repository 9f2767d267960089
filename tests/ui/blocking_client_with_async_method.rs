use client_runtime::{Result, client};

#[client(blocking)]
pub trait Api {
    #[get("/users")]
    async fn users(&self) -> Result<String>;
}

fn main() {}
