//! `#[body(raw)]` takes `&[u8]` and `&str` with any lifetime, not only
//! `'static` ones.

use client_runtime::{Result, client};

#[client]
pub trait Raw {
    #[post("/raw")]
    async fn slice(&self, #[body(raw)] data: &[u8]) -> Result<()>;

    #[post("/raw")]
    async fn text(&self, #[body(raw)] data: &str) -> Result<()>;
}

#[client]
pub trait RawBlocking {
    #[post("/raw")]
    fn slice(&self, #[body(raw)] data: &[u8]) -> Result<()>;
}

fn main() {}
