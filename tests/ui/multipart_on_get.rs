use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/upload")]
    #[multipart]
    fn upload(&self, #[part("file")] file: Vec<u8>) -> Result<()>;
}

fn main() {}
