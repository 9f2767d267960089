//! The operations the hand-written GitHub and GitLab examples declare
//! (`examples/src/github.rs`, `examples/src/gitlab.rs`), as `client-gen`
//! writes them from the same vendored descriptions. Nothing here is
//! edited by hand: `tests/regenerate.rs` checks that each file is what the
//! command in its header writes.

pub mod cases;
pub mod github;
pub mod github_uploads;
pub mod gitlab;
