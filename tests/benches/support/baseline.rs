//! The two sides every request-rate bench compares: the generated async
//! client of `trait Bench`, and the hand-written reqwest call it is
//! measured against, configured with the safety settings the runtime has
//! by default.

use std::time::Duration;

use client_runtime::client;

use super::server::User;

#[client]
pub(crate) trait Bench {
    #[get("/users/<name>")]
    async fn get_user(&self, name: &str) -> client_runtime::Result<User>;
}

pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A reqwest client with the runtime's default timeouts and a
/// `User-Agent`, as a careful programmer builds it.
pub(crate) fn configured_reqwest() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(10))
        .user_agent("client-runtime/0.1.0")
        .build()
        .expect("build the configured reqwest client")
}

/// The hand-written baseline: GET, status check, body, JSON decode.
pub(crate) async fn hand_get_user(http: &reqwest::Client, base: &str, name: &str) -> Result<User, BoxError> {
    let bytes = http.get(format!("{base}/users/{name}")).send().await?.error_for_status()?.bytes().await?;
    Ok(serde_json::from_slice(&bytes)?)
}
