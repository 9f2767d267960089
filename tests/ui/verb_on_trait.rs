use client_runtime::{Result, client};

#[client]
#[get("/users")]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
