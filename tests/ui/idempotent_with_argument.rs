use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[post("/users")]
    #[idempotent(true)]
    fn users(&self) -> Result<String>;
}

fn main() {}
