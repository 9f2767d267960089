use client_runtime::{Result, client};

pub struct User {
    pub login: String,
}

#[client]
pub trait Api {
    #[get("/users/<name>")]
    fn user(&self, name: &str) -> Result<Option<User>>;
}

fn main() {}
