//! `#[body(raw)]` takes `&[u8]` and `&str` with any lifetime, not only
//! `'static` ones, in both clients of the trait.

use client_runtime::{Result, client};

#[client]
pub trait Raw {
    #[post("/raw")]
    async fn slice(&self, #[body(raw)] data: &[u8]) -> Result<()>;

    #[post("/raw")]
    async fn text(&self, #[body(raw)] data: &str) -> Result<()>;
}

pub fn blocking(client: &RawBlockingClient, data: &[u8]) -> Result<()> {
    let owned = String::from_utf8_lossy(data).into_owned();
    client.slice(data)?;
    client.text(&owned)
}

fn main() {}
