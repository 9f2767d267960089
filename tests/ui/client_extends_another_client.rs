//! A client trait cannot extend another client trait: one error, at the
//! supertrait, and none from the generated code.

use client_runtime::{Result, client};

#[client]
pub trait Users {
    #[get("/users/<name>")]
    async fn user(&self, name: &str) -> Result<String>;
}

#[client]
pub trait Admin: Users + Send + Sync {
    #[delete("/users/<name>")]
    async fn remove(&self, name: &str) -> Result<()>;
}

pub async fn run() -> Result<()> {
    let admin = AdminClient::new()?;
    admin.remove("octocat").await?;
    Ok(())
}

fn main() {}
