use client_runtime::{ByteStream, Result, client};

#[client]
pub trait Api {
    #[head("/file")]
    fn file(&self) -> Result<ByteStream>;
}

fn main() {}
