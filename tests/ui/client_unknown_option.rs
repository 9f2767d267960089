use client_runtime::{Result, client};

#[client(base_uri = "https://api.example.com")]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
