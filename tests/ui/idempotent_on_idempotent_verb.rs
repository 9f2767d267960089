use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[put("/users/<name>")]
    #[idempotent]
    fn put_user(&self, name: &str) -> Result<()>;
}

fn main() {}
