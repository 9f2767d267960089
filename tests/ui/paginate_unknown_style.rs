use client_runtime::{Paginated, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(magic)]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
