use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/a")]
    async fn empty_separator(&self, #[query(join = "")] tags: &[&str]) -> Result<()>;

    #[get("/b")]
    async fn unknown_option(&self, #[query(separator = ",")] tags: &[&str]) -> Result<()>;

    #[get("/c")]
    async fn trailing(&self, #[query("tags", join = ",", x)] tags: &[&str]) -> Result<()>;
}

fn main() {}
