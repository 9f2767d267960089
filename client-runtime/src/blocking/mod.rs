//! The blocking flavour: the same sessions, rules and errors, for code
//! without an async runtime.
//!
//! A trait whose methods are plain `fn` (or `#[client(blocking)]`)
//! generates a client over [`blocking::Session`](Session). It runs the very
//! same engine as the async flavour, so retries, redirects, timeouts and
//! limits behave identically, on a current-thread runtime the session owns
//! (shared by all clones) and enters on the caller's own thread for each
//! call: a call's future, the connection's I/O and its timers all run on
//! that thread, with no hand-off to another thread and back. Threads that
//! call at the same time each drive their own call; one of them drives the
//! shared I/O for all. A listing with prefetch keeps a helper thread
//! driving the runtime while it lives, so that the next page arrives while
//! the caller works on the current one. Calling a blocking client from
//! inside an async runtime works too: the call is moved to a helper thread
//! instead of panicking, though an async client is the better fit there.

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use crate::builder::{Assemble, Builder};
use crate::config::Config;
use crate::error::{Error, Result};

pub(crate) mod exec;
mod paginate;
mod stream;
mod streams;

pub use self::streams::{EventStream, JsonLines};

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
    session: crate::session::Session,
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
    pub fn as_async(&self) -> &crate::session::Session {
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

    /// Gives the runtime's tasks one turn on the caller's thread, so that
    /// what a failed call left behind (a connection whose response body
    /// was dropped half read, an attempt cut off by its timeout) is closed
    /// now: between calls nothing drives the runtime.
    fn settle(&self) {
        if tokio::runtime::Handle::try_current().is_err() {
            self.runtime.get().block_on(tokio::task::yield_now());
        }
    }

    /// Drives the runtime from a helper thread until the returned guard is
    /// dropped, so that tasks (a listing's prefetch) make progress while
    /// no caller is inside a call. Without a thread, they progress during
    /// calls only.
    pub(crate) fn drive_in_background(&self) -> Option<BackgroundDriver> {
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let runtime = Arc::clone(&self.runtime);
        let spawned = std::thread::Builder::new().name("client-runtime-prefetch".to_owned()).spawn(move || {
            runtime.get().block_on(async move {
                let _ = stopped.await;
            })
        });
        spawned.ok().map(|_| BackgroundDriver { stop: Some(stop) })
    }
}

/// The session a blocking stream reads through, declared after the body
/// it reads so that it drops last. Dropped, it gives the runtime a turn,
/// so that a connection left half read is closed now rather than at the
/// session's next call: between calls nothing drives the runtime.
pub(crate) struct SettleOnDrop(pub(crate) Session);

impl Drop for SettleOnDrop {
    fn drop(&mut self) {
        self.0.settle();
    }
}

/// Keeps a helper thread driving a blocking session's runtime; dropping it
/// lets the thread finish.
pub(crate) struct BackgroundDriver {
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for BackgroundDriver {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl fmt::Debug for BackgroundDriver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BackgroundDriver").finish_non_exhaustive()
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::Session").field(&self.session).finish()
    }
}

impl Assemble for Session {
    fn assemble(config: Config) -> Result<Self> {
        let session = crate::session::Session::assemble(config)?;
        // A current-thread runtime spawns no thread: whoever is inside
        // `block_on` drives it, which keeps a call on its caller's thread.
        let runtime = tokio::runtime::Builder::new_current_thread()
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
