//! Declarations the crate documentation describes: the struct's name, a
//! secret query key, a method that bypasses the cache, two placeholders in
//! one segment, yes/no endpoints, map return types, generic bodies and the
//! return types a HEAD request allows.

use std::collections::{BTreeMap, HashMap};

use client_runtime::{Response, Result, client};
use serde::Serialize;

/// A type of the user's own, already called `ApiClient`.
pub struct ApiClient;

#[client(base_url = "https://api.example.com", name = "ApiHttp")]
pub trait Api {
    /// `<base>...<head>`: two placeholders in one segment.
    #[get("/repos/<owner>/<repo>/compare/<base>...<head>")]
    async fn compare(&self, owner: &str, repo: &str, base: &str, head: &str) -> Result<serde_json::Value>;

    /// Yes or no: 2xx is `Some(())`, 404 is `None`.
    #[get("/user/starred/<owner>/<repo>")]
    async fn is_starred(&self, owner: &str, repo: &str) -> Result<Option<()>>;

    /// A JSON object as a map.
    #[get("/emojis")]
    async fn emojis(&self) -> Result<HashMap<String, String>>;

    #[get("/languages")]
    async fn languages(&self) -> Result<Response<BTreeMap<String, u64>>>;

    /// Any `Serialize` body, chosen by the caller.
    #[post("/events")]
    async fn send_event<E: Serialize + Sync>(&self, #[body] event: &E) -> Result<()>;

    /// The key's value is redacted in every output.
    #[get("/search")]
    #[cache(none)]
    async fn search(
        &self,
        #[query("q")] query: &str,
        #[query("api_token", secret)] token: &str,
        #[query(secret)] signature: Option<&str>,
        #[query("ids", join = ",", secret)] ids: &[u64],
    ) -> Result<String>;

    #[head("/repos/<name>")]
    async fn repo_exists(&self, name: &str) -> Result<Option<()>>;

    #[head("/repos/<name>/meta")]
    async fn repo_head(&self, name: &str) -> Result<Response<()>>;

    #[head("/ping")]
    async fn ping(&self) -> Result<()>;
}

#[derive(Serialize)]
struct Event {
    kind: &'static str,
}

async fn use_it(api: &ApiHttp) -> Result<()> {
    let _ = api.compare("rust-lang", "rust", "1.0.0", "master").await?;
    let _: Option<()> = api.is_starred("rust-lang", "rust").await?;
    let _: HashMap<String, String> = api.emojis().await?;
    api.send_event(&Event { kind: "push" }).await?;
    api.send_event(&serde_json::json!({ "kind": "pull" })).await?;
    let _ = api.search("q", "t", None, &[1, 2]).await?;
    Ok(())
}

fn main() {
    let _ = ApiClient;
    let _ = use_it;
    let _ = ApiHttp::builder();
}
