//! A description that cannot be read is one error on the attribute.

use client_runtime::{Result, client};

#[client(openapi = "openapi/no-such-file.yaml")]
pub trait Shop {
    #[get("/items")]
    fn items(&self) -> Result<String>;
}

fn main() {}
