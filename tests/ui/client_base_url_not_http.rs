use client_runtime::{Result, client};

#[client(base_url = "ftp://files.example.com")]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
