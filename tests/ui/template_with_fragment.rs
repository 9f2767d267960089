use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/docs#install")]
    fn docs(&self) -> Result<String>;
}

fn main() {}
