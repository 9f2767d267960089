use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users/<user>")]
    fn user(&self, name: &str) -> Result<String>;
}

fn main() {}
