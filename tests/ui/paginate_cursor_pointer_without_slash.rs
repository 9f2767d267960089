use client_runtime::{Paginated, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(cursor(from = "next"))]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
