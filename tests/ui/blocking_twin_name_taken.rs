//! An async trait's client has a blocking twin, `<Trait>BlockingClient`: a
//! second, blocking trait named `<Trait>Blocking` is one error, at its
//! name. Remove it: the twin has its methods.

use client_runtime::{Result, client};

#[client]
pub trait GitHub {
    #[get("/users/<name>")]
    async fn user(&self, name: &str) -> Result<String>;
}

#[client(blocking)]
pub trait GitHubBlocking {
    #[get("/users/<name>")]
    fn user(&self, name: &str) -> Result<String>;
}

fn main() {
    let _ = GitHubBlockingClient::new().map(|client| client.user("octocat"));
}
