//! What the request-rate benchmarks share: the in-process server and its
//! document ([`server`]), the generated client and the hand-written
//! reqwest call they compare ([`baseline`]), and interleaved rounds with their report lines
//! ([`rounds`]). Each bench includes this folder with
//! `#[path = "support/mod.rs"] mod support;`, so not every item is used by
//! every bench.

#![allow(dead_code, reason = "each bench uses a different part")]

pub(crate) mod baseline;
pub(crate) mod rounds;
pub(crate) mod server;
