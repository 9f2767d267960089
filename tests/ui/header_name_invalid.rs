use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[header("X Bad", "1")]
    fn users(&self) -> Result<String>;
}

fn main() {}
