use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[retry(sometimes)]
    fn users(&self) -> Result<String>;
}

fn main() {}
