use client_runtime::{Paginated, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(cursor(size = 10))]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
