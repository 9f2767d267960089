//! The chat-completions mock: an OpenAI-compatible `POST /v1/chat/completions`
//! that streams its answer token by token as server-sent events, ending
//! with `data: [DONE]`, as the real APIs do with `"stream": true`.

use std::time::Duration;

use serde_json::{Value, json};

use super::streaming::{StreamedReply, StreamedRequest, StreamingMock};

/// The pause between two tokens.
pub const TOKEN_PAUSE: Duration = Duration::from_millis(25);

/// The model name the mock reports.
pub const MOCK_MODEL: &str = "mock-gpt";

/// Starts the mock.
pub async fn start() -> StreamingMock {
    StreamingMock::start(answer).await
}

fn answer(request: &StreamedRequest) -> StreamedReply {
    if request.method != "POST" || request.path() != "/v1/chat/completions" {
        return error(404, "Unknown request URL", "invalid_request_error");
    }
    if !request.header("authorization").is_some_and(|auth| auth.starts_with("Bearer ")) {
        return error(401, "You didn't provide an API key.", "invalid_request_error");
    }
    let Ok(body) = serde_json::from_slice::<Value>(&request.body) else {
        return error(400, "We could not parse the JSON body of your request.", "invalid_request_error");
    };
    let prompt = body["messages"]
        .as_array()
        .and_then(|messages| messages.iter().rev().find(|m| m["role"] == "user"))
        .and_then(|message| message["content"].as_str())
        .unwrap_or_default();
    let tokens = reply_tokens(prompt);
    if body["stream"] != json!(true) {
        let completion = json!({
            "id": "chatcmpl-mock", "object": "chat.completion", "created": 1_700_000_000, "model": MOCK_MODEL,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": tokens.concat()}, "finish_reason": "stop"}],
        });
        return StreamedReply::new(200, "application/json").piece(Duration::ZERO, completion.to_string());
    }
    let mut reply = StreamedReply::new(200, "text/event-stream").piece(
        Duration::ZERO,
        format!(": mock chat stream\n\ndata: {}\n\n", chunk(json!({"role": "assistant", "content": ""}), None)),
    );
    for token in &tokens {
        reply = reply.piece(TOKEN_PAUSE, format!("data: {}\n\n", chunk(json!({"content": token}), None)));
    }
    reply
        .piece(TOKEN_PAUSE, format!("data: {}\n\n", chunk(json!({}), Some("stop"))))
        .piece(Duration::ZERO, "data: [DONE]\n\n")
}

/// One `chat.completion.chunk`, on one line as the real APIs send it.
fn chunk(delta: Value, finish_reason: Option<&str>) -> String {
    json!({
        "id": "chatcmpl-mock",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": MOCK_MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    })
    .to_string()
}

/// The answer, cut into word-sized tokens the way a tokenizer would.
fn reply_tokens(prompt: &str) -> Vec<String> {
    let answer = if prompt.to_lowercase().contains("haiku") {
        "Bytes drift down the wire,\nevents arrive one by one,\nthe stream says: done."
    } else {
        "Server-sent events are lines of text: a blank line ends each event, and the client reads them as they arrive."
    };
    let mut tokens = Vec::new();
    let mut current = String::new();
    for ch in answer.chars() {
        if (ch == ' ' || ch == '\n') && !current.is_empty() {
            tokens.push(std::mem::take(&mut current));
        }
        current.push(ch);
    }
    tokens.push(current);
    tokens
}

fn error(status: u16, message: &str, kind: &str) -> StreamedReply {
    let body = json!({"error": {"message": message, "type": kind, "param": null, "code": null}});
    StreamedReply::new(status, "application/json").piece(Duration::ZERO, body.to_string())
}
