use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users/<name>")]
    fn user(&self, name: &str, verbose: bool) -> Result<String>;
}

fn main() {}
