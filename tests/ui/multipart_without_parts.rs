use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[post("/uploads")]
    #[multipart]
    fn upload(&self) -> Result<()>;
}

fn main() {}
