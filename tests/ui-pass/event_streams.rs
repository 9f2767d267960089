//! Valid declarations of server-sent event streams and JSON Lines, in
//! both flavours.

use client_runtime::{EventStream, JsonLines, Result, client};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize)]
pub struct ChatRequest {
    pub stream: bool,
}

#[derive(Debug, Deserialize)]
pub struct ChatChunk {
    pub id: String,
}

#[client(base_url = "https://api.example.com")]
pub trait Streams {
    #[post("/v1/chat/completions")]
    #[sse(end = "[DONE]")]
    async fn chat(&self, #[body] request: &ChatRequest) -> Result<EventStream<ChatChunk>>;

    #[post("/v1/jobs/<id>/events")]
    #[idempotent]
    #[sse(reconnect, max_event_size = 65536)]
    async fn job_events(&self, id: u64) -> Result<EventStream<serde_json::Value>>;

    #[get("/notifications")]
    #[sse(reconnect)]
    #[retry(max_attempts = 10)]
    async fn notifications(&self) -> Result<client_runtime::EventStream<String>>;

    #[get("/plain")]
    async fn plain(&self) -> Result<EventStream<String>>;

    #[get("/api/v1/namespaces/<ns>/pods")]
    async fn watch_pods(&self, ns: &str, #[query] watch: bool) -> Result<JsonLines<serde_json::Value>>;
}

#[client(blocking)]
pub trait BlockingStreams {
    #[get("/events")]
    #[sse(reconnect, end = "[DONE]")]
    fn events(&self) -> Result<client_runtime::blocking::EventStream<ChatChunk>>;

    #[get("/lines")]
    fn lines(&self) -> Result<client_runtime::blocking::JsonLines<String>>;
}

fn main() {
    let streams = StreamsClient::new().expect("client");
    let _ = &streams;
    let blocking = BlockingStreamsClient::builder().base_url("http://127.0.0.1:1").build().expect("client");
    let _ = &blocking;
}
