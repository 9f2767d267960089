use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/files/<path..>/raw")]
    fn raw(&self, path: &str) -> Result<String>;
}

fn main() {}
