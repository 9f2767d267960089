use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users/<name>")]
    fn user(&self, name: &str) -> Result<Option<Option<String>>>;
}

fn main() {}
