use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[post("/upload")]
    #[multipart]
    fn upload(&self, #[part("file")] first: Vec<u8>, #[part("file")] second: Vec<u8>) -> Result<()>;
}

fn main() {}
