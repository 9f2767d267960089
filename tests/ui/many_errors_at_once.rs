//! Every mistake in the trait is reported in one compile.

use client_runtime::{Result, client};

#[client(base_url = "api.example.com")]
#[header("X Bad", "1")]
pub trait Api {
    #[get("/users/<name>")]
    fn user(&self) -> Result<String>;

    #[gett("/repos")]
    fn repos(&self) -> Result<String>;

    #[post("/notes")]
    #[retry(max_attempts = 0)]
    fn create(&self, #[body] a: &serde_json::Value, #[form] b: &[(&str, &str)]) -> Result<()>;

    #[get("search?q=<term>")]
    #[timeout(secs = 0)]
    fn search(&mut self, term: &str) -> Result<&str>;

    #[put("/users/<name>")]
    async fn update(&self, name: &str, unused: u32) -> String;
}

fn main() {}
