use client_runtime::{EventStream, Result, client};

#[client]
pub trait Api {
    #[get("/a")]
    #[sse(reconect)]
    async fn a(&self) -> Result<EventStream<String>>;

    #[get("/b")]
    #[sse(max_event_size = 0)]
    async fn b(&self) -> Result<EventStream<String>>;

    #[get("/c")]
    #[sse(end = "[DONE]", end = "[END]")]
    async fn c(&self) -> Result<EventStream<String>>;

    #[get("/d")]
    #[sse(reconnect = true)]
    async fn d(&self) -> Result<EventStream<String>>;

    #[get("/e")]
    #[sse(end = "line\r")]
    async fn e(&self) -> Result<EventStream<String>>;
}

fn main() {}
