use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/search?q=<term>")]
    fn search(&self, term: &str) -> Result<String>;
}

fn main() {}
