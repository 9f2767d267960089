use client_runtime::client;

#[client]
pub trait Api {
    #[get("/users")]
    async fn users(&self) -> std::io::Result<String>;
}

fn main() {}
