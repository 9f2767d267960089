use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users/<user-name>")]
    fn user(&self, user_name: &str) -> Result<String>;
}

fn main() {}
