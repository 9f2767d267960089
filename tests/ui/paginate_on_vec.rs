use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[paginate(link)]
    fn users(&self) -> Result<Vec<String>>;
}

fn main() {}
