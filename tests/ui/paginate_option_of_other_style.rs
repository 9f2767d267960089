use client_runtime::client;

pub struct Paginated<T>(T);

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(cursor(size = 10))]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
