use client_runtime::{Paginated, client};

#[client(blocking)]
pub trait Api {
    #[get("/users")]
    #[paginate(link)]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
