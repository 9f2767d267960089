use client_runtime::client;

pub struct Paginated<T>(T);

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(link, page)]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
