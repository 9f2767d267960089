use client_runtime::{Paginated, Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(link)]
    fn users(&self) -> Result<Paginated<String>>;
}

fn main() {}
