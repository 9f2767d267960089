use client_runtime::{Paginated, client};

#[client]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
