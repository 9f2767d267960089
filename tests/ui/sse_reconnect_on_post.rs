use client_runtime::{EventStream, Result, client};

#[client]
pub trait Api {
    #[post("/v1/chat/completions")]
    #[sse(end = "[DONE]", reconnect)]
    async fn chat(&self, #[body] request: &serde_json::Value) -> Result<EventStream<String>>;
}

fn main() {}
