use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[post("/upload")]
    #[multipart]
    fn upload(&self, #[part("file")] file: Vec<u8>, #[form] fields: &[(&str, &str)]) -> Result<()>;
}

fn main() {}
