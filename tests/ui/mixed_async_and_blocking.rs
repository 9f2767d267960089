use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    async fn users(&self) -> Result<String>;

    #[get("/repos")]
    fn repos(&self) -> Result<String>;
}

fn main() {}
