//! `Result` is matched by name; another `Result` in scope is one clear
//! error on the return type.

use std::io::Result;

use client_runtime::client;

#[client]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
