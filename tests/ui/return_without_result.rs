use client_runtime::client;

#[derive(serde::Deserialize)]
pub struct User {
    pub login: String,
}

#[client]
pub trait Api {
    #[get("/users/<name>")]
    fn user(&self, name: &str) -> User;
}

fn main() {}
