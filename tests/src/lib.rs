//! Shared helpers for the end-to-end tests of `client-runtime` and
//! `client-macros`. Everything here listens on, and connects to, loopback
//! only.
//!
//! # Modules
//!
//! - [`scripted`]: [`TestServer`], the one raw HTTP/1.1 server of the
//!   suites, on std threads. It records exactly what it received
//!   ([`RecordedRequest`]: the raw request target with its
//!   percent-encoding, every header in order, the body bytes and their
//!   checksum, the connection, the arrival time), counts TCP connections,
//!   and answers each request as its handler or script says
//!   ([`TestServer::start`], [`TestServer::script`]) with a [`Reply`]: a
//!   plain response, a large generated body, or a misbehaviour on cue
//!   (truncate, stall, reset, huge or garbage heads, drip, lie in
//!   `Content-Length`, endless bodies).
//! - [`mock`]: [`BlockingMockServer`], `wiremock` behind a synchronous API
//!   that works in plain and async tests alike.
//! - [`net`]: below HTTP: [`ClosedPort`] and [`closed_port_url`]
//!   (connection refused, the port held so no other server gets it),
//!   [`FullBacklog`] (connect never completes), and
//!   [`serve_on_own_thread`], the accept loop of the benchmarks' servers.
//! - [`flavour`]: one scenario, two tests: [`flavoured_client!`] declares a
//!   client trait once and generates it async and blocking;
//!   [`both_flavours!`] turns one test body into an async `#[tokio::test]`
//!   and a blocking `#[test]`, with [`flavour::Listing`] and
//!   [`flavour::PageStream`] reading listings the same way in both.
//! - [`checksum`]: [`checksum::Digest`] and [`checksum::Sum`], an
//!   order-sensitive checksum independent of chunking.
//! - [`pattern`]: generated test data of any length ([`pattern_at`]),
//!   streamed by servers and checked by tests in constant memory.
//! - [`fixtures`]: types and documents shared by several suites.
//! - [`logs`]: [`logs::TraceCapture`], this thread's logs at TRACE, for
//!   tests that prove no secret reaches them.
//! - [`drip`]: [`drip::DripServer`] answers each request with a script of
//!   writes and pauses (one byte at a time, a CRLF cut between writes, a
//!   drop in the middle of an event), for streamed bodies.

pub mod checksum;
pub mod drip;
pub mod fixtures;
pub mod flavour;
pub mod logs;
pub mod mock;
pub mod net;
pub mod pattern;
pub mod scripted;

pub use mock::BlockingMockServer;
pub use net::{ClosedPort, FullBacklog, closed_port_url, serve_on_own_thread};
pub use pattern::{PATTERN_PERIOD, pattern_at};
pub use scripted::{POOL_SETTLE, RecordedRequest, Reply, TestServer};
