use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[timeout(minutes = 1)]
    fn users(&self) -> Result<String>;
}

fn main() {}
