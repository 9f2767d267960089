use client_runtime::{Result, client};

pub struct ByteStream;

#[client]
pub trait Api {
    #[head("/file")]
    fn file(&self) -> Result<ByteStream>;
}

fn main() {}
