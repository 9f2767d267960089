use client_runtime::{Paginated, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(items = "/data")]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
