//! A return type that cannot be decoded is reported once, at the type.

use client_runtime::{Result, client};

pub struct User {
    pub login: String,
}

#[client]
pub trait Api {
    #[get("/users/<name>")]
    async fn user(&self, name: &str) -> Result<User>;
}

fn main() {}
