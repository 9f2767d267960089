//! A new user's first build: a fresh crate on `client-runtime` against a
//! fresh crate on reqwest, serde_json, serde and tokio, each from an empty
//! target dir.

use std::fs;
use std::io;
use std::path::Path;

use crate::generate::{self, Package};
use crate::measure::{Timing, basis, cargo_in, describe, ratios, timed, wall_ratios};
use crate::report::Figure;

const FIGURE: &str = "first build: fresh crate on client-runtime / on reqwest + serde_json + tokio";
const TOKIO: &str = "tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }";
const SERDE: &str = "serde = { version = \"1\", features = [\"derive\"] }";

const CLIENT_MAIN: &str = r#"use client_runtime::{client, Result};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct User {
    pub login: String,
    pub id: u64,
}

#[client(base_url = "http://127.0.0.1:1")]
pub trait Api {
    #[get("/users/<name>")]
    async fn get_user(&self, name: &str) -> Result<User>;

    #[get("/users/<name>")]
    async fn find_user(&self, name: &str) -> Result<Option<User>>;

    #[get("/users")]
    async fn list_users(&self, #[query] since: Option<u64>) -> Result<Vec<User>>;

    #[post("/users")]
    async fn create_user(&self, #[body] user: &serde_json::Value) -> Result<User>;

    #[delete("/users/<name>")]
    async fn delete_user(&self, name: &str) -> Result<()>;
}

#[tokio::main]
async fn main() -> Result<()> {
    let api = ApiClient::new()?;
    let user = api.get_user("octocat").await?;
    println!("{user:?}");
    Ok(())
}
"#;

const REQWEST_MAIN: &str = r#"use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct User {
    pub login: String,
    pub id: u64,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::Client::new();
    let mut url = reqwest::Url::parse("http://127.0.0.1:1")?;
    url.path_segments_mut().map_err(|()| "base URL")?.push("users").push("octocat");
    let response = client.get(url).send().await?.error_for_status()?;
    let user: User = serde_json::from_slice(&response.bytes().await?)?;
    println!("{user:?}");
    Ok(())
}
"#;

pub(crate) fn run(rounds: usize) -> Vec<Figure> {
    match measure(rounds) {
        Ok(figure) => vec![figure],
        Err(err) => vec![Figure::not_run(FIGURE, err.to_string())],
    }
}

fn measure(rounds: usize) -> io::Result<Figure> {
    let root = std::env::temp_dir().join("client-bench-first-build");
    let ours = root.join("on_client_runtime");
    let theirs = root.join("on_reqwest");
    Package {
        name: "on_client_runtime",
        dependencies: vec![
            generate::client_runtime_dependency(),
            SERDE.into(),
            "serde_json = \"1\"".into(),
            TOKIO.into(),
        ],
        files: vec![("src/main.rs", CLIENT_MAIN.to_owned())],
    }
    .write(&ours)?;
    Package {
        name: "on_reqwest",
        dependencies: vec![
            format!("reqwest = {}", generate::workspace_dependency("reqwest")?),
            SERDE.into(),
            "serde_json = \"1\"".into(),
            TOKIO.into(),
        ],
        files: vec![("src/main.rs", REQWEST_MAIN.to_owned())],
    }
    .write(&theirs)?;
    let mut pairs = Vec::new();
    for round in 0..rounds {
        let target = root.join("target");
        let (a, b) = if round % 2 == 0 {
            let a = cold_build(&ours, &target)?;
            (a, cold_build(&theirs, &target)?)
        } else {
            let b = cold_build(&theirs, &target)?;
            (cold_build(&ours, &target)?, b)
        };
        eprintln!("first-build: round {}: {}", round + 1, crate::compile::show(["client-runtime", "reqwest"], &a, &b));
        pairs.push((a, b));
        let _ = fs::remove_dir_all(&target);
    }
    Ok(Figure::new(
        FIGURE,
        describe(&ratios(&pairs)),
        "<= 1.2",
        format!(
            "{} ratio (wall clock: {}); {rounds} interleaved pair(s) only (a cold build takes minutes on 2 cores): `cargo build --offline` of a fresh binary crate from an empty target dir, dev profile; both with the workspace's reqwest features (rustls), serde, serde_json, tokio (macros, rt-multi-thread); ours adds client-runtime and a 5-method trait",
            basis(&pairs),
            describe(&wall_ratios(&pairs)),
        ),
    ))
}

/// `cargo build` from an empty target dir.
fn cold_build(dir: &Path, target: &Path) -> io::Result<Timing> {
    if target.exists() {
        fs::remove_dir_all(target)?;
    }
    eprintln!("first-build: building {} from scratch", dir.display());
    timed(cargo_in(dir, target, &["build"]))
}
