use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[timeout(secs = 5)]
    #[timeout(ms = 200)]
    fn users(&self) -> Result<String>;
}

fn main() {}
