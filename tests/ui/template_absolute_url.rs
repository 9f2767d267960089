use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("https://api.example.com/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
