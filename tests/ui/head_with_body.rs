//! A HEAD response has no body: only `()`, `Response<()>` and `Option<()>`.

use client_runtime::{Response, Result, client};

#[client]
pub trait Api {
    #[head("/users/<name>")]
    fn user(&self, name: &str) -> Result<String>;

    #[head("/repos/<name>")]
    fn repo(&self, name: &str) -> Result<Response<serde_json::Value>>;

    #[head("/ok")]
    fn ok(&self) -> Result<()>;

    #[head("/meta")]
    fn meta(&self) -> Result<Response<()>>;

    #[head("/exists/<name>")]
    fn exists(&self, name: &str) -> Result<Option<()>>;
}

fn main() {}
