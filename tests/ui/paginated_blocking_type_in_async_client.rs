use client_runtime::{blocking::Paginated, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(link)]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
