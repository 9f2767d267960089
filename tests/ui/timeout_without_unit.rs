use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[timeout(30)]
    fn users(&self) -> Result<String>;
}

fn main() {}
