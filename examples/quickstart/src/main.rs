use client_runtime::{Result, client};
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize)]
pub struct Post {
    pub id: u64,
    #[serde(rename = "userId")]
    pub user_id: u64,
    pub title: String,
}

#[derive(Serialize)]
pub struct NewPost<'a> {
    pub title: &'a str,
    pub body: &'a str,
    #[serde(rename = "userId")]
    pub user_id: u64,
}

#[client(base_url = "https://jsonplaceholder.typicode.com")]
pub trait Posts {
    #[get("/posts/<id>")]
    async fn get_post(&self, id: u64) -> Result<Post>;

    #[get("/posts")]
    async fn list_posts(&self, #[query("userId")] user_id: Option<u64>) -> Result<Vec<Post>>;

    #[post("/posts")]
    async fn create_post(&self, #[body] post: &NewPost<'_>) -> Result<Post>;
}

#[tokio::main]
async fn main() -> Result<()> {
    let posts = PostsClient::new()?;
    let post = posts.get_post(1).await?;
    println!("post {} by user {}: {}", post.id, post.user_id, post.title);
    println!("user 1 wrote {} posts", posts.list_posts(Some(1)).await?.len());
    let created = posts.create_post(&NewPost { title: "hello", body: "from Rust", user_id: 1 }).await?;
    println!("created post {}", created.id);
    Ok(())
}
