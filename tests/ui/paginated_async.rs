use client_runtime::{Paginated, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(link)]
    async fn users(&self) -> Paginated<String>;
}

fn main() {}
