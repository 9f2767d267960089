//! Header names compare case-insensitively, as HTTP does.

use client_runtime::{Result, client};

#[client]
#[header("Accept", "application/json")]
#[header("ACCEPT", "text/plain")]
pub trait Api {
    #[get("/issues")]
    #[header("X-Api-Version", "1")]
    fn issues(
        &self,
        #[header("X-Trace")] trace: &str,
        #[header("x-trace")] again: &str,
        #[header("x-api-version")] version: &str,
    ) -> Result<String>;
}

fn main() {}
