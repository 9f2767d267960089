//! `wiremock` for tests of either flavour.

/// A `wiremock` server with a synchronous API, usable from plain `#[test]`
/// functions and from async tests alike: it owns a runtime on which mocks
/// are mounted and requests are read back. (wiremock serves requests from
/// a thread of its own, so a test thread blocked in a call is answered.)
///
/// Inside an async runtime, where blocking on another runtime would panic,
/// each operation runs on a short-lived helper thread instead; this is
/// what lets one scenario run under both client flavours
/// ([`crate::flavour`]).
pub struct BlockingMockServer {
    server: wiremock::MockServer,
    runtime: Option<tokio::runtime::Runtime>,
}

impl std::fmt::Debug for BlockingMockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlockingMockServer").field("uri", &self.server.uri()).finish_non_exhaustive()
    }
}

/// Runs `future` on `runtime`, from a helper thread when the caller is
/// itself inside a runtime.
fn block_on_from_anywhere<F>(runtime: &tokio::runtime::Runtime, future: F) -> F::Output
where
    F: std::future::Future + Send,
    F::Output: Send,
{
    if tokio::runtime::Handle::try_current().is_err() {
        return runtime.block_on(future);
    }
    std::thread::scope(|scope| match scope.spawn(|| runtime.block_on(future)).join() {
        Ok(output) => output,
        Err(panic) => std::panic::resume_unwind(panic),
    })
}

impl BlockingMockServer {
    /// Starts a server.
    ///
    /// # Panics
    ///
    /// If the runtime cannot start.
    pub fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let server = block_on_from_anywhere(&runtime, wiremock::MockServer::start());
        Self { server, runtime: Some(runtime) }
    }

    fn block_on<F>(&self, future: F) -> F::Output
    where
        F: std::future::Future + Send,
        F::Output: Send,
    {
        match &self.runtime {
            Some(runtime) => block_on_from_anywhere(runtime, future),
            None => unreachable!("the runtime is only taken in Drop"),
        }
    }

    /// Mounts a mock.
    pub fn mount(&self, mock: wiremock::Mock) {
        self.block_on(mock.mount(&self.server));
    }

    /// `http://127.0.0.1:<port>`.
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// The socket address it listens on.
    pub fn address(&self) -> std::net::SocketAddr {
        *self.server.address()
    }

    /// Every request received so far.
    ///
    /// # Panics
    ///
    /// If request recording is off (it is on by default).
    pub fn received_requests(&self) -> Vec<wiremock::Request> {
        self.block_on(self.server.received_requests()).expect("request recording is on")
    }

    /// What was received, as `path?query` per request, in order: the
    /// target as the client sent it, without scheme and authority.
    pub fn targets(&self) -> Vec<String> {
        self.received_requests()
            .iter()
            .map(|request| match request.url.query() {
                Some(query) => format!("{}?{query}", request.url.path()),
                None => request.url.path().to_owned(),
            })
            .collect()
    }
}

impl Drop for BlockingMockServer {
    fn drop(&mut self) {
        // Allowed even when dropped inside an async test.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}
