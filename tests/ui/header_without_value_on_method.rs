use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[header("X-Trace")]
    fn users(&self) -> Result<String>;
}

fn main() {}
