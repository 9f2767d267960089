use client_runtime::{Result, client};

#[client(name = "not a name")]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
