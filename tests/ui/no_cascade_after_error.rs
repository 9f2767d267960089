//! After a mistake, the macro still emits the client struct, so code using
//! it reports nothing more than the one error.

use client_runtime::{Result, client};

#[client(base_url = "https://api.example.com")]
pub trait Foo {
    #[get("/users/<name>")]
    async fn user(&self, login: &str) -> Result<String>;

    #[get("/repos")]
    async fn repos(&self, #[query] page: u32) -> Result<Vec<String>>;
}

pub async fn run() -> Result<()> {
    let plain = FooClient::new()?;
    let built = FooClient::builder().bearer_auth("token").build()?;
    let name: String = plain.user("octocat").await?;
    let repos: Vec<String> = built.repos(2).await?;
    println!("{name} {}", repos.len());
    Ok(())
}

fn main() {
    let _ = run();
}
