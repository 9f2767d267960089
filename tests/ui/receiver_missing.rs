use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    fn users() -> Result<String>;
}

fn main() {}
