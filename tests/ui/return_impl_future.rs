//! One error, on the return type; nothing else.

use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> impl std::future::Future<Output = Result<String>> + Send;
}

fn main() {}
