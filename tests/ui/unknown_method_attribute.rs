use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[gett("/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
