use client_runtime::{Result, client};

pub struct Paginated<T>(T);

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(link)]
    fn users(&self) -> Result<Paginated<String>>;
}

fn main() {}
