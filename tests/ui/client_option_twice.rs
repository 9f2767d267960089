use client_runtime::{Result, client};

#[client(base_url = "https://a.example.com", base_url = "https://b.example.com")]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
