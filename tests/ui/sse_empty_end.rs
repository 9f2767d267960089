use client_runtime::{EventStream, Result, client};

#[client]
pub trait Api {
    #[get("/events")]
    #[sse(end = "")]
    async fn events(&self) -> Result<EventStream<String>>;
}

fn main() {}
