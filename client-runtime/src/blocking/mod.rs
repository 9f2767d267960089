//! The blocking flavour: the same sessions, rules and errors, for code
//! without an async runtime.
//!
//! A trait whose methods are plain `fn` (or `#[client(blocking)]`)
//! generates a client over [`blocking::Session`](Session). It runs the very
//! same engine as the async flavour on a small runtime the session owns
//! (one worker thread, shared by all clones), so retries, redirects,
//! timeouts and limits behave identically. Calling it from inside an async
//! runtime works too: the call is moved to a helper thread instead of
//! panicking, though an async client is the better fit there.

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use crate::builder::{Assemble, Builder};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::request::Call;

mod paginate;
mod stream;

pub use crate::streams::blocking::{EventStream, JsonLines};

pub use self::paginate::{Pages, Paginated};
pub use self::stream::ByteStream;

/// A blocking session: an async [`Session`](crate::Session) plus the
/// runtime that drives it. Cheap to clone; clones share both.
///
/// ```
/// let session = client_runtime::blocking::Session::builder()
///     .base_url("https://api.example.com")
///     .build()?;
/// assert_eq!(session.base_url().as_str(), "https://api.example.com/");
/// # Ok::<(), client_runtime::Error>(())
/// ```
#[derive(Clone)]
pub struct Session {
    session: crate::Session,
    runtime: Arc<OwnedRuntime>,
}

impl Session {
    /// A builder for a blocking session.
    pub fn builder() -> Builder<Session> {
        Builder::new()
    }

    /// The base URL every path is appended to.
    pub fn base_url(&self) -> &url::Url {
        self.session.base_url()
    }

    /// The async session underneath, sharing the pool, budget and limiter.
    pub fn as_async(&self) -> &crate::Session {
        &self.session
    }

    /// Runs a future to completion on this session's runtime.
    pub(crate) fn block_on<F>(&self, future: F) -> F::Output
    where
        F: Future + Send,
        F::Output: Send,
    {
        let runtime = self.runtime.get();
        if tokio::runtime::Handle::try_current().is_err() {
            return runtime.block_on(future);
        }
        // Blocking inside an async runtime would panic; a scoped thread
        // keeps the call correct (if not ideal) instead.
        std::thread::scope(|scope| match scope.spawn(|| runtime.block_on(future)).join() {
            Ok(output) => output,
            Err(panic) => std::panic::resume_unwind(panic),
        })
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::Session").field(&self.session).finish()
    }
}

impl Assemble for Session {
    fn assemble(config: Config) -> Result<Self> {
        let session = crate::Session::assemble(config)?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("client-runtime")
            .enable_all()
            .build()
            .map_err(|err| Error::builder("could not start the blocking runtime").with_source(err))?;
        Ok(Self { session, runtime: Arc::new(OwnedRuntime(Some(runtime))) })
    }
}

/// A runtime that may be dropped anywhere, even inside another runtime.
struct OwnedRuntime(Option<tokio::runtime::Runtime>);

impl OwnedRuntime {
    fn get(&self) -> &tokio::runtime::Runtime {
        match &self.0 {
            Some(runtime) => runtime,
            None => unreachable!("the runtime is only taken in Drop"),
        }
    }
}

impl Drop for OwnedRuntime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

/// Sends a call from a blocking client and reads its body; decoding
/// happens on the caller's thread.
pub(crate) fn send_buffered(
    session: &Session,
    call: Call,
    accepts: fn(http::StatusCode) -> bool,
) -> Result<crate::exec::Reply> {
    session.block_on(crate::exec::send_buffered(&session.session, call, accepts))
}

/// Sends a streaming call from a blocking client.
pub(crate) fn execute_stream(session: &Session, call: Call) -> Result<ByteStream> {
    let stream = session.block_on(crate::exec::execute_stream(&session.session, call))?;
    Ok(ByteStream::new(stream, session.clone()))
}
