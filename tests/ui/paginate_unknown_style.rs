use client_runtime::client;

pub struct Paginated<T>(T);

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(magic)]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
