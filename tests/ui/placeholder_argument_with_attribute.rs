use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users/<name>")]
    fn user(&self, #[query] name: &str) -> Result<String>;
}

fn main() {}
