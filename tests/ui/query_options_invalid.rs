//! `#[query(secret)]` and its neighbours: unknown and repeated options.

use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    fn users(
        &self,
        #[query("key", secret, secret)] key: &str,
        #[query(hidden)] token: &str,
        #[query("ids", join = ",", join = ";")] ids: &[u64],
    ) -> Result<String>;
}

fn main() {}
