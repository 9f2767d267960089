use client_runtime::client;

pub struct Paginated<T>(T);

#[client]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Paginated<String>;
}

fn main() {}
