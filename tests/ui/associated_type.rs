use client_runtime::{Result, client};

#[client]
pub trait Api {
    type Item;

    #[get("/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
