//! Example clients built with `#[client]`, and an offline mock of their APIs.
//!
//! - [`github`]: the GitHub REST API, 84 endpoints (users, repositories,
//!   contents, history, issues, pull requests, releases and their upload
//!   host, gists, stars, search, rate limit, Actions).
//! - [`github_app`]: a GitHub App's JWT (RS256) exchanged for installation
//!   tokens that expire, as a `RefreshingToken` provider.
//! - [`gitlab`]: the GitLab REST API v4, 49 endpoints (projects by id or
//!   encoded path, issues and notes, merge requests, pipelines and job
//!   logs, repository files and tree, branches, tags, releases, users;
//!   `x-next-page` and keyset pagination).
//! - [`gitlab_oauth`]: GitLab OAuth 2 access tokens from a refresh token
//!   that rotates on each use.
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
//! - [`timestamp`]: ISO 8601 UTC timestamps, for token expiries.

#![warn(missing_docs)]
#![recursion_limit = "256"]

pub mod chat;
pub mod cli;
pub mod demo;
pub mod github;
pub mod github_app;
pub mod gitlab;
pub mod gitlab_oauth;
pub mod jsonplaceholder;
pub mod kube;
pub mod mock;
pub mod timestamp;
pub mod weather;
