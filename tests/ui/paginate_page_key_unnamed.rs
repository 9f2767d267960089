use client_runtime::{Paginated, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(page("_page"))]
    fn users(&self) -> Paginated<String>;

    #[get("/teams")]
    #[paginate(offset(start = "s"))]
    fn teams(&self) -> Paginated<String>;
}

fn main() {}
