//! Two arguments send the same query key.

use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/issues")]
    fn issues(&self, #[query("page")] first: u32, #[query("page")] second: u32) -> Result<String>;
}

fn main() {}
