use client_runtime::{Result, client};

#[client]
pub trait Api<T> {
    #[get("/users")]
    fn users(&self) -> Result<T>;
}

fn main() {}
