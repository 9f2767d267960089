//! Logs captured at TRACE, for tests that prove no secret reaches them.

use std::sync::{Arc, Mutex, PoisonError};

use tracing::Dispatch;
use tracing::subscriber::DefaultGuard;

/// Everything logged on this thread at TRACE while it lives. Use it with a
/// current-thread runtime, so every task logs on the capturing thread.
#[derive(Debug)]
pub struct TraceCapture {
    captured: Arc<Mutex<Vec<u8>>>,
    _guard: DefaultGuard,
    // tracing caches each callsite's interest globally: with one scoped
    // subscriber, a callsite first reached on another test thread (which
    // has none) is cached as "never". With two dispatchers registered,
    // every live one is consulted.
    _second: Dispatch,
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
        let _guard = tracing::subscriber::set_default(subscriber);
        let _second = Dispatch::new(tracing_subscriber::registry());
        Self { captured, _guard, _second }
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
