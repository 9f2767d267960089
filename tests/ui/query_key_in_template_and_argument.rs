//! A constant `?page=1` in the template beside `#[query] page`.

use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/issues?state=open&page=1")]
    fn issues(&self, #[query] page: u32) -> Result<String>;
}

fn main() {}
