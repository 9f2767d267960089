use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[retry(max_attempts = 0)]
    fn users(&self) -> Result<String>;
}

fn main() {}
