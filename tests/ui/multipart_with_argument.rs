use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[post("/upload")]
    #[multipart(boundary = "x")]
    fn upload(&self, #[part("file")] file: Vec<u8>) -> Result<()>;
}

fn main() {}
