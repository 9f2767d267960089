//! The demo's event-stream section: a chat answer printed token by token
//! as the server-sent events arrive, and a Kubernetes-style watch read as
//! JSON Lines.

use std::io::Write;
use std::time::Instant;

use futures::{StreamExt as _, TryStreamExt as _};

use super::declared::{self, Source};
use super::{DemoError, section};
use crate::chat::{ChatClient, ChatRequest, Message};
use crate::kube::KubeClient;

/// Runs the section against its own streaming mocks.
pub(super) async fn event_streams(out: &mut (dyn Write + Send)) -> Result<(), DemoError> {
    section(out, "11. Event streams: server-sent events and JSON Lines")?;
    let chat_mock = crate::mock::chat::start().await;
    let chat = ChatClient::builder().base_url(&chat_mock.uri()).bearer_auth("sk-demo").build()?;
    let request =
        ChatRequest::streaming(crate::mock::chat::MOCK_MODEL, vec![Message::user("Write a haiku about streams")]);
    declared::show(out, Source::Chat, &["chat"])?;
    say!(
        out,
        "chat.chat(&request) -> Result<EventStream<ChatChunk>>   #[sse(end = \"[DONE]\")], tokens as they arrive:"
    );
    write!(out, "    ")?;
    let started = Instant::now();
    let mut events = chat.chat(&request).await?;
    let (mut count, mut first, mut finish) = (0, None, None);
    while let Some(event) = events.next().await {
        let chunk = event?.into_data();
        write!(out, "{}", chunk.text().replace('\n', "\n    "))?;
        out.flush()?;
        first.get_or_insert_with(|| started.elapsed());
        finish = chunk.finish_reason().map(str::to_owned).or(finish);
        count += 1;
    }
    say!(out);
    say!(
        out,
        "    {count} events, the first after {:.0} ms, all in {:.0} ms; finish_reason {}; the stream ended at data: [DONE]",
        first.unwrap_or_default().as_secs_f64() * 1000.0,
        started.elapsed().as_secs_f64() * 1000.0,
        finish.as_deref().unwrap_or("?")
    );
    if let Some(received) = chat_mock.requests().first() {
        say!(out, "    server got: {} {}", received.method, received.target);
        say!(out, "                accept: {}", received.header("accept").unwrap_or("(not sent)"));
        say!(out, "                body: {}", String::from_utf8_lossy(&received.body));
    }

    let kube_mock = crate::mock::kube::start().await;
    let kube = KubeClient::builder().base_url(&kube_mock.uri()).bearer_auth("demo-token").build()?;
    declared::show(out, Source::Kube, &["watch_pods"])?;
    say!(out, "kube.watch_pods(\"default\", true) -> Result<JsonLines<WatchEvent>>, one line per change:");
    let mut changes = kube.watch_pods("default", true).await?;
    while let Some(change) = changes.try_next().await? {
        let pod = &change.object;
        say!(
            out,
            "    {:<9} {:<14} {:<10} (resourceVersion {})",
            change.kind,
            pod.metadata.name,
            pod.status.phase,
            pod.metadata.resource_version
        );
    }
    if let Some(received) = kube_mock.requests().first() {
        say!(out, "    server got: {} {}", received.method, received.target);
    }
    Ok(())
}
