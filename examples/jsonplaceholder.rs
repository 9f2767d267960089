//! The five verbs on JSONPlaceholder, the classic fake REST API.
//!
//! ```text
//! cargo run --example jsonplaceholder -- list 1        # GET /posts?userId=1
//! cargo run --example jsonplaceholder -- get 1         # GET /posts/1
//! cargo run --example jsonplaceholder -- create "A title" "Some text"   # POST /posts
//! cargo run --example jsonplaceholder -- replace 1 "New title" "New text" # PUT /posts/1
//! cargo run --example jsonplaceholder -- rename 1 "Better title"        # PATCH /posts/1
//! cargo run --example jsonplaceholder -- delete 1      # DELETE /posts/1
//! cargo run --example jsonplaceholder -- --mock get 1  # offline
//! ```

use std::process::ExitCode;

use client_runtime::Result;
use examples::cli::{self, Args};
use examples::jsonplaceholder::{self, JsonPlaceholderClient, NewPost, Post, PostPatch};

const USAGE: &str = "\
usage: jsonplaceholder [OPTIONS] COMMAND

commands:
  list [USER_ID]              GET /posts (of one user)
  get ID                      GET /posts/ID
  create TITLE BODY           POST /posts
  replace ID TITLE BODY       PUT /posts/ID
  rename ID TITLE             PATCH /posts/ID
  delete ID                   DELETE /posts/ID

options:
  --base-url URL   the API root (default: $JSONPLACEHOLDER_URL, else https://jsonplaceholder.typicode.com)
  --mock           answer from the embedded mock server (no network)";

#[tokio::main]
async fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1), &["--base-url"], &["--mock"]) {
        Ok(args) => args,
        Err(problem) => return cli::usage_error(USAGE, &problem),
    };
    if args.has("--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let words: Vec<&str> = args.positionals().iter().map(String::as_str).collect();
    let id = |word: &str| word.parse::<u64>().ok();

    let mock = if args.has("--mock") { Some(examples::mock::start_jsonplaceholder().await) } else { None };
    let base_url = match &mock {
        Some(mock) => mock.base_url(),
        None => args
            .value("--base-url")
            .map(str::to_owned)
            .or_else(|| cli::env_var("JSONPLACEHOLDER_URL"))
            .unwrap_or_else(|| jsonplaceholder::DEFAULT_BASE_URL.to_owned()),
    };
    let api = match JsonPlaceholderClient::builder().base_url(&base_url).build() {
        Ok(api) => api,
        Err(err) => return cli::report_error(&err, &base_url),
    };

    let outcome = match words.as_slice() {
        ["list"] => list(&api, None).await,
        ["list", user] if id(user).is_some() => list(&api, id(user)).await,
        ["get", post] if id(post).is_some() => get(&api, id(post).unwrap_or_default()).await,
        ["create", title, body] => {
            let new = NewPost { user_id: 1, title: (*title).to_owned(), body: (*body).to_owned() };
            api.create_post(&new).await.map(|post| print_post("created (POST /posts)", &post))
        }
        ["replace", post, title, body] if id(post).is_some() => {
            let id = id(post).unwrap_or_default();
            let post = Post { user_id: 1, id, title: (*title).to_owned(), body: (*body).to_owned() };
            api.replace_post(id, &post).await.map(|post| print_post(&format!("replaced (PUT /posts/{id})"), &post))
        }
        ["rename", post, title] if id(post).is_some() => {
            let id = id(post).unwrap_or_default();
            let patch = PostPatch { title: Some((*title).to_owned()), body: None };
            api.update_post(id, &patch).await.map(|post| print_post(&format!("updated (PATCH /posts/{id})"), &post))
        }
        ["delete", post] if id(post).is_some() => {
            let id = id(post).unwrap_or_default();
            api.delete_post(id).await.map(|()| println!("deleted (DELETE /posts/{id})"))
        }
        _ => return cli::usage_error(USAGE, "expected a command and its arguments"),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => cli::report_error(&err, &base_url),
    }
}

fn print_post(what: &str, post: &Post) {
    println!("{what}: post {} by user {}", post.id, post.user_id);
    println!("  {}", post.title);
    for line in post.body.lines() {
        println!("    {line}");
    }
}

async fn list(api: &JsonPlaceholderClient, user: Option<u64>) -> Result<()> {
    let posts = api.list_posts(user).await?;
    for post in &posts {
        println!("{:>4}  user {:<3} {}", post.id, post.user_id, cli::first_line(&post.title, 70));
    }
    println!("{} posts", posts.len());
    Ok(())
}

async fn get(api: &JsonPlaceholderClient, id: u64) -> Result<()> {
    match api.find_post(id).await? {
        Some(post) => print_post("found", &post),
        None => println!("no post {id} (404)"),
    }
    Ok(())
}
