//! Logs captured at TRACE, for tests that prove no secret reaches them.

use std::sync::{Arc, Mutex, PoisonError};

use tracing::Dispatch;
use tracing::subscriber::DefaultGuard;

/// A subscriber set as this thread's default while it lives.
///
/// tracing caches each callsite's interest globally: with one scoped
/// subscriber, a callsite first reached on another test thread (which has
/// none) is cached as "never", and this thread then misses its events.
/// With two dispatchers registered, every live one is consulted, so this
/// keeps a second, idle one alive beside it.
#[derive(Debug)]
pub struct Scoped {
    _guard: DefaultGuard,
    _second: Dispatch,
}

/// Sets `subscriber` as this thread's default until the returned value
/// drops.
pub fn scoped(subscriber: impl tracing::Subscriber + Send + Sync + 'static) -> Scoped {
    let _guard = tracing::subscriber::set_default(subscriber);
    Scoped { _guard, _second: Dispatch::new(tracing_subscriber::registry()) }
}

/// Everything logged on this thread at TRACE while it lives. Use it with a
/// current-thread runtime, so every task logs on the capturing thread.
#[derive(Debug)]
pub struct TraceCapture {
    captured: Arc<Mutex<Vec<u8>>>,
    _scoped: Scoped,
}

impl TraceCapture {
    /// Starts capturing this thread's logs.
    pub fn start() -> Self {
        let captured = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&captured);
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || Sink(Arc::clone(&sink)))
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .finish();
        Self { captured, _scoped: scoped(subscriber) }
    }

    /// What has been logged so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.captured.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

struct Sink(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
