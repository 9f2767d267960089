use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users/<name>/repos/<repo>")]
    fn repo(&self, name: &str) -> Result<String>;
}

fn main() {}
