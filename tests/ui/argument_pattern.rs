use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    fn users(&self, #[query] (page, size): (u32, u32)) -> Result<String>;
}

fn main() {}
