//! What every generated method runs: prepare the call, send it through
//! the pipeline, and decode (or stream) the response.

use crate::decode::Decode;
use crate::error::Result;
use crate::request::Call;
use crate::send::{Buffered, Streamed, send};
use crate::session::Session;
use crate::stream::ByteStream;

/// Sends a call and decodes its response.
pub async fn execute<D: Decode>(session: &Session, call: Call) -> Result<D::Output> {
    let prepared = call.finish(session)?;
    let reading = Buffered { cap: session.inner.max_body_size };
    let received = send(session, &prepared, D::accepts, reading).await?;
    let url = &received.head.url;
    D::decode(&received.head, received.body).map_err(|err| {
        crate::telemetry::record_error(&received.span, &err);
        prepared.error(err.with_redacted_url(prepared.secrets.url(url)))
    })
}

/// Sends a call and hands back its body unread: `Result<ByteStream>`.
pub async fn execute_stream(session: &Session, call: Call) -> Result<ByteStream> {
    let prepared = call.finish(session)?;
    let received = send(session, &prepared, |status| status.is_success(), Streamed).await?;
    Ok(ByteStream::new(received.head, received.body, prepared.endpoint))
}
