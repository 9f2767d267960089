use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get]
    fn users(&self) -> Result<String>;
}

fn main() {}
