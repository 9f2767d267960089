use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users/<id>")]
    fn user(&self, id: Option<u64>) -> Result<String>;
}

fn main() {}
