//! `#[query] page` beside `#[query("page")]`.

use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/issues")]
    fn issues(&self, #[query("page")] number: u32, #[query] page: u32) -> Result<String>;
}

fn main() {}
