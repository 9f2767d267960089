use client_runtime::{EventStream, JsonLines, Response, Result, client};

#[client]
pub trait Api {
    #[get("/a")]
    async fn a(&self) -> Result<EventStream>;

    #[get("/b")]
    async fn b(&self) -> Result<Response<EventStream<String>>>;

    #[get("/c")]
    async fn c(&self) -> Result<Option<JsonLines<String>>>;

    #[get("/d")]
    async fn d(&self) -> EventStream<String>;

    #[get("/e")]
    #[sse(end = "[DONE]")]
    async fn e(&self) -> Result<JsonLines<String>>;
}

fn main() {}
