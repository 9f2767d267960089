use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/blobs")]
    fn blobs(&self, #[body(raw)] data: Vec<u8>) -> Result<String>;
}

fn main() {}
