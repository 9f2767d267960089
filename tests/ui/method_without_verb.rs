use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[header("Accept", "text/plain")]
    fn users(&self) -> Result<String>;
}

fn main() {}
