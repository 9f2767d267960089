use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[timeout(secs = 0)]
    fn users(&self) -> Result<String>;
}

fn main() {}
