use client_runtime::client;

#[derive(Debug)]
pub struct MyError;

#[client]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Result<String, MyError>;
}

fn main() {}
