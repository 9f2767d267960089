//! Example clients built with `#[client]`, and an offline mock of their APIs.
//!
//! - [`github`]: the GitHub REST API (users, repositories, search, issues,
//!   contents, raw README, streamed release assets).
//! - [`gitlab`]: the GitLab REST API v4 (projects by id or encoded path,
//!   issues with `x-next-page` pagination, keyset-paginated projects,
//!   uploads).
//! - [`weather`]: Open-Meteo's geocoding and forecast APIs, two hosts, with
//!   one readable message per kind of failure.
//! - [`jsonplaceholder`]: the five verbs on a fake REST API.
//! - [`chat`]: an OpenAI-compatible chat-completions API, streamed as
//!   server-sent events (`Result<EventStream<ChatChunk>>`).
//! - [`kube`]: a Kubernetes-style pod watch as JSON Lines
//!   (`Result<JsonLines<WatchEvent>>`).
//! - [`mock`]: wiremock servers on `127.0.0.1` that answer like those APIs,
//!   in their documented shapes.
//! - [`demo`]: the tour that `cargo run --example demo` prints.
//! - [`cli`]: the small argument and output helpers the example programs share.

#![warn(missing_docs)]
#![recursion_limit = "256"]

pub mod chat;
pub mod cli;
pub mod demo;
pub mod github;
pub mod gitlab;
pub mod jsonplaceholder;
pub mod kube;
pub mod mock;
pub mod weather;
