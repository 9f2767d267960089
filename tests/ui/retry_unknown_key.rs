use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[retry(backoff_ms = 5)]
    fn users(&self) -> Result<String>;

    #[get("/teams")]
    #[retry(max_attempt = 5)]
    fn teams(&self) -> Result<String>;
}

fn main() {}
