use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users/<name>/follows/<name>")]
    fn follows(&self, name: &str) -> Result<bool>;
}

fn main() {}
