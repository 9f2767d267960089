//! A valid blocking client, declared by its plain `fn`s or explicitly.

use client_runtime::{Response, Result, client};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct User {
    pub login: String,
}

#[client(base_url = "http://127.0.0.1:1")]
pub trait Users {
    #[get("/users/<name>")]
    fn user(&self, name: &str) -> Result<Response<User>>;

    #[get("/users/<name>")]
    fn find(&self, name: &str) -> Result<Option<Response<User>>>;

    #[delete("/users/<name>")]
    fn delete(&self, name: &str) -> Result<()>;
}

#[client(blocking)]
pub trait Explicit {
    #[get("/health")]
    fn health(&self) -> Result<String>;
}

fn main() {
    let users = UsersClient::new().expect("client");
    let _ = &users;
    let explicit = ExplicitClient::builder().base_url("http://127.0.0.1:1").build().expect("client");
    let _ = &explicit;
}
