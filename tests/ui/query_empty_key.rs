use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/search")]
    fn search(&self, #[query("")] term: &str) -> Result<String>;
}

fn main() {}
