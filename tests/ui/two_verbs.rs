use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[post("/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
