use client_runtime::{Paginated, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(page(size = 0))]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
