//! What every generated blocking method runs: the async flavour's send
//! (see [`crate::exec`]) driven on the session's runtime, then the same
//! decoding, on the caller's thread.

use http::StatusCode;

use super::{ByteStream, Session};
use crate::checks::ClientResult;
use crate::decode::Decode;
use crate::error::Result;
use crate::exec::{self, Reply};
use crate::request::Call;

/// What a blocking request method returns: `D` decodes the reply into the
/// declared return type `R`.
pub fn decoded_blocking<D: Decode, R: ClientResult<D::Output>>(session: &Session, call: Call) -> R {
    exec::finish::<D, R>(send_buffered(session, call, D::accepts))
}

/// Sends a call from a blocking client and reads its body; decoding
/// happens on the caller's thread.
fn send_buffered(session: &Session, call: Call, accepts: fn(StatusCode) -> bool) -> Result<Reply> {
    let result = session.block_on(exec::send_buffered(&session.session, call, accepts));
    if result.is_err() {
        session.settle();
    }
    result
}

/// Sends a streaming call from a blocking client.
pub(crate) fn execute_stream(session: &Session, call: Call) -> Result<ByteStream> {
    let stream = session.block_on(exec::execute_stream(&session.session, call)).inspect_err(|_| session.settle())?;
    Ok(ByteStream::new(stream, session.clone()))
}
