//! A type of the user's own already has the name the client would take:
//! one error per client, at the trait's name; the generated impls,
//! derives and constructors do not fail a second time against the user's
//! type.

use client_runtime::{Result, client};

#[derive(Clone, Debug, Default)]
pub struct UsersClient {
    pub cache: Vec<String>,
}

impl UsersClient {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn session(&self) -> usize {
        self.cache.len()
    }
}

#[client(base_url = "http://127.0.0.1:1")]
pub trait Users {
    #[get("/users/<name>")]
    async fn user(&self, name: &str) -> Result<String>;
}

mod named {
    use client_runtime::{Result, client};

    pub struct Api;

    #[client(name = "Api")]
    pub trait Other {
        #[get("/health")]
        fn health(&self) -> Result<()>;
    }
}

fn main() {
    let _ = UsersClient::new().session();
}
