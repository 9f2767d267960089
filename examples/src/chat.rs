//! A streaming chat-completions client in the shape of the widely used
//! OpenAI-compatible API (`POST /v1/chat/completions` with
//! `"stream": true`), which answers with server-sent events, one
//! `chat.completion.chunk` per token, ending with `data: [DONE]`.
//!
//! ```no_run
//! use examples::chat::{Chat, ChatClient, ChatRequest, Message};
//! use futures::StreamExt as _;
//!
//! # async fn run() -> client_runtime::Result<()> {
//! let chat = ChatClient::builder().bearer_auth("sk-...").build()?;
//! let request = ChatRequest::streaming("gpt-4o-mini", vec![Message::user("Write a haiku about streams")]);
//! let mut tokens = chat.chat(&request).await?;
//! while let Some(chunk) = tokens.next().await {
//!     print!("{}", chunk?.data().text());
//! }
//! # Ok(()) }
//! ```

use client_runtime::{EventStream, Result, client};
use serde::{Deserialize, Serialize};

/// The public service; any OpenAI-compatible server works with `base_url`.
pub const DEFAULT_BASE_URL: &str = "https://api.openai.com";

/// Chat completions, streamed.
#[client(base_url = "https://api.openai.com")]
pub trait Chat {
    /// `POST /v1/chat/completions` with `"stream": true`: the answer as it
    /// is generated, one chunk per event, until `data: [DONE]`.
    #[post("/v1/chat/completions")]
    #[sse(end = "[DONE]")]
    async fn chat(&self, #[body] request: &ChatRequest) -> Result<EventStream<ChatChunk>>;
}

/// A chat-completions request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChatRequest {
    /// The model, such as `gpt-4o-mini`.
    pub model: String,
    /// The conversation so far.
    pub messages: Vec<Message>,
    /// `true`: answer with server-sent events.
    pub stream: bool,
    /// Sampling temperature, when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f32>,
}

impl ChatRequest {
    /// A streamed request for these messages.
    pub fn streaming(model: &str, messages: Vec<Message>) -> Self {
        Self { model: model.to_owned(), messages, stream: true, temperature: None }
    }
}

/// One message of the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// `system`, `user` or `assistant`.
    pub role: String,
    /// The text.
    pub content: String,
}

impl Message {
    /// A message from the user.
    pub fn user(content: &str) -> Self {
        Self { role: "user".to_owned(), content: content.to_owned() }
    }

    /// Instructions for the model.
    pub fn system(content: &str) -> Self {
        Self { role: "system".to_owned(), content: content.to_owned() }
    }
}

/// One `chat.completion.chunk` event.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ChatChunk {
    /// The completion's id, the same in every chunk.
    pub id: String,
    /// The model that answers.
    pub model: String,
    /// The choices (one unless `n` was set).
    pub choices: Vec<ChunkChoice>,
}

impl ChatChunk {
    /// The text this chunk adds to the first choice (often one token).
    pub fn text(&self) -> &str {
        self.choices.first().and_then(|choice| choice.delta.content.as_deref()).unwrap_or_default()
    }

    /// Why the answer ended, in the last chunk: `stop`, `length`...
    pub fn finish_reason(&self) -> Option<&str> {
        self.choices.first().and_then(|choice| choice.finish_reason.as_deref())
    }
}

/// What one chunk adds to one choice.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ChunkChoice {
    /// Which choice.
    pub index: u32,
    /// The added text (and the role, in the first chunk).
    pub delta: Delta,
    /// Set in the last chunk.
    pub finish_reason: Option<String>,
}

/// The text added by a chunk.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Delta {
    /// `assistant`, in the first chunk.
    pub role: Option<String>,
    /// The new text.
    pub content: Option<String>,
}

/// The error document of OpenAI-compatible APIs: `{"error": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ApiError {
    /// What went wrong.
    pub error: ApiErrorDetail,
}

/// The inside of [`ApiError`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ApiErrorDetail {
    /// A sentence for people.
    pub message: String,
    /// `invalid_request_error`, `rate_limit_error`...
    #[serde(rename = "type")]
    pub kind: String,
}
