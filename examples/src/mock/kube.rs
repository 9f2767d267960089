//! The Kubernetes watch mock: `GET /api/v1/namespaces/{ns}/pods?watch=true`
//! streams JSON Lines, one `{"type": ..., "object": <Pod>}` per change, as
//! the API server does; without `watch` it answers the `PodList`.

use std::time::Duration;

use serde_json::{Value, json};

use super::streaming::{StreamedReply, StreamedRequest, StreamingMock};

/// The pause between two watch events.
pub const EVENT_PAUSE: Duration = Duration::from_millis(40);

/// Starts the mock.
pub async fn start() -> StreamingMock {
    StreamingMock::start(answer).await
}

fn answer(request: &StreamedRequest) -> StreamedReply {
    let segments: Vec<&str> = request.path().split('/').collect();
    let ["", "api", "v1", "namespaces", namespace, "pods"] = segments.as_slice() else {
        return status(404, "the server could not find the requested resource", "NotFound");
    };
    if request.method != "GET" {
        return status(405, "the method is not allowed", "MethodNotAllowed");
    }
    let changes = [
        ("ADDED", "web-7d4b9c", "Pending", "1001"),
        ("ADDED", "worker-5f6a2e", "Pending", "1002"),
        ("MODIFIED", "web-7d4b9c", "Running", "1003"),
        ("MODIFIED", "worker-5f6a2e", "Running", "1004"),
        ("DELETED", "web-7d4b9c", "Succeeded", "1005"),
    ];
    if request.query("watch") != Some("true") {
        let items: Vec<Value> =
            changes[..2].iter().map(|(_, name, phase, version)| pod(namespace, name, phase, version)).collect();
        let list =
            json!({"kind": "PodList", "apiVersion": "v1", "metadata": {"resourceVersion": "1002"}, "items": items});
        return StreamedReply::new(200, "application/json").piece(Duration::ZERO, list.to_string());
    }
    let mut reply = StreamedReply::new(200, "application/json");
    for (kind, name, phase, version) in changes {
        let line = json!({"type": kind, "object": pod(namespace, name, phase, version)});
        reply = reply.piece(EVENT_PAUSE, format!("{line}\n"));
    }
    reply
}

fn pod(namespace: &str, name: &str, phase: &str, resource_version: &str) -> Value {
    json!({
        "kind": "Pod",
        "apiVersion": "v1",
        "metadata": {"name": name, "namespace": namespace, "resourceVersion": resource_version},
        "status": {"phase": phase},
    })
}

fn status(code: u16, message: &str, reason: &str) -> StreamedReply {
    let body = json!({"kind": "Status", "apiVersion": "v1", "status": "Failure", "message": message, "reason": reason, "code": code});
    StreamedReply::new(code, "application/json").piece(Duration::ZERO, body.to_string())
}
