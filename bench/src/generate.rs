//! Writes the crates the compile and first-build benchmarks build: each a
//! standalone package (its own `[workspace]`) in a temp dir, depending on
//! this repository by path, with a copy of its `Cargo.lock` so that
//! everything resolves offline.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::api::{Endpoint, Shape, endpoints, types_rs};

/// The repository this binary was built from.
pub(crate) fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The checkout whose `client-runtime` the generated crates use: this
/// repository, or the one `BENCH_REPO` names (to measure another revision
/// with the same runner).
pub(crate) fn measured_repo() -> PathBuf {
    std::env::var_os("BENCH_REPO").map_or_else(repo_root, PathBuf::from)
}

/// The reqwest requirement of the workspace, features included, so that the
/// hand-written crates use the same TLS backend and protocol support.
pub(crate) fn workspace_dependency(name: &str) -> io::Result<String> {
    let manifest = fs::read_to_string(repo_root().join("Cargo.toml"))?;
    let prefix = format!("{name} = ");
    manifest
        .lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .map(str::to_owned)
        .ok_or_else(|| io::Error::other(format!("no `{name}` in [workspace.dependencies]")))
}

/// A package at `dir`: its manifest, `src/lib.rs` (or `main.rs`) and the
/// workspace's lock file.
pub(crate) struct Package<'a> {
    pub(crate) name: &'a str,
    pub(crate) dependencies: Vec<String>,
    pub(crate) files: Vec<(&'a str, String)>,
}

impl Package<'_> {
    pub(crate) fn write(&self, dir: &Path) -> io::Result<()> {
        fs::create_dir_all(dir.join("src"))?;
        let mut manifest = format!(
            "[package]\nname = \"{}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[workspace]\n\n[dependencies]\n",
            self.name
        );
        for dependency in &self.dependencies {
            manifest.push_str(dependency);
            manifest.push('\n');
        }
        write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
        for (path, text) in &self.files {
            write_if_changed(&dir.join(path), text)?;
        }
        let lock = fs::read(measured_repo().join("Cargo.lock"))?;
        if fs::read(dir.join("Cargo.lock")).ok().as_deref() != Some(&lock[..]) {
            fs::write(dir.join("Cargo.lock"), lock)?;
        }
        Ok(())
    }
}

/// Leaves an unchanged file alone, so that a rerun reuses what was built.
fn write_if_changed(path: &Path, text: &str) -> io::Result<()> {
    if fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    fs::write(path, text)
}

pub(crate) fn client_runtime_dependency() -> String {
    format!("client-runtime = {{ path = {:?} }}", measured_repo().join("client-runtime").display().to_string())
}

/// The `#[client]` crate with `count` endpoints.
pub(crate) fn declared(count: usize) -> Package<'static> {
    let mut lib = String::from(
        "//! Generated: the endpoints declared as a `#[client]` trait.\n\nmod types;\npub use types::*;\n\nuse client_runtime::{client, Response, Result};\n\n#[client(base_url = \"http://127.0.0.1:1\")]\n#[header(\"Accept\", \"application/json\")]\npub trait Api {\n",
    );
    for endpoint in endpoints(count) {
        declare(&mut lib, endpoint);
    }
    lib.push_str("}\n");
    Package {
        name: "declared",
        dependencies: vec![client_runtime_dependency(), "serde = { version = \"1\", features = [\"derive\"] }".into()],
        files: vec![("src/lib.rs", lib), ("src/types.rs", types_rs())],
    }
}

fn declare(out: &mut String, e: Endpoint) {
    let (n, ty) = (e.n, e.ty());
    let _ = match e.shape {
        Shape::Get => {
            writeln!(out, "    #[get(\"/r{n}/items/<id>\")]\n    async fn m{n}(&self, id: u64) -> Result<{ty}>;\n")
        }
        Shape::List => writeln!(
            out,
            "    #[get(\"/r{n}/owners/<owner>/items\")]\n    async fn m{n}(&self, owner: &str, #[query] page: Option<u32>, #[query] per_page: Option<u32>) -> Result<Vec<{ty}>>;\n"
        ),
        Shape::Find => {
            writeln!(
                out,
                "    #[get(\"/r{n}/items/<id>\")]\n    async fn m{n}(&self, id: u64) -> Result<Option<{ty}>>;\n"
            )
        }
        Shape::WithMeta => writeln!(
            out,
            "    #[get(\"/r{n}/items/<id>\")]\n    async fn m{n}(&self, id: u64, #[header(\"X-Request-Id\")] request_id: &str) -> Result<Response<{ty}>>;\n"
        ),
        Shape::Create => {
            writeln!(
                out,
                "    #[post(\"/r{n}/items\")]\n    async fn m{n}(&self, #[body] body: &{ty}) -> Result<{ty}>;\n"
            )
        }
        Shape::Update => writeln!(
            out,
            "    #[patch(\"/r{n}/items/<id>\")]\n    async fn m{n}(&self, id: u64, #[body] body: &{ty}) -> Result<{ty}>;\n"
        ),
        Shape::Delete => {
            writeln!(out, "    #[delete(\"/r{n}/items/<id>\")]\n    async fn m{n}(&self, id: u64) -> Result<()>;\n")
        }
        Shape::Search => writeln!(
            out,
            "    #[get(\"/r{n}/repos/<owner>/<repo>/issues\")]\n    async fn m{n}(&self, owner: &str, repo: &str, #[query] state: Option<&str>) -> Result<Vec<{ty}>>;\n"
        ),
    };
}

const HAND_WRITTEN_PRELUDE: &str = r#"//! Generated: the endpoints hand-written on reqwest.

mod types;
pub use types::*;

use reqwest::header::{ACCEPT, HeaderMap};
use reqwest::{Client, StatusCode, Url};

/// Everything that can go wrong in a call.
#[derive(Debug)]
pub enum Error {
    /// The base URL cannot take path segments.
    BaseUrl,
    Http(reqwest::Error),
    Status(StatusCode),
    Decode(serde_json::Error),
}

impl From<reqwest::Error> for Error {
    fn from(err: reqwest::Error) -> Self {
        Error::Http(err)
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::Decode(err)
    }
}

/// A decoded body with the response's status and headers.
#[derive(Debug)]
pub struct Meta<T> {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: T,
}

#[derive(Debug, Clone)]
pub struct Api {
    http: Client,
    base: Url,
}

impl Api {
    pub fn new(base: Url) -> Self {
        Self { http: Client::new(), base }
    }
"#;

/// The hand-written crate with `count` endpoints and `reqwest` as the
/// workspace declares it, plus the `json` and `query` features its
/// request builder needs for bodies and query strings.
pub(crate) fn hand_written(count: usize, reqwest: &str) -> Package<'static> {
    let reqwest = reqwest.replacen("features = [", "features = [\"json\", \"query\", ", 1);
    let mut lib = String::from(HAND_WRITTEN_PRELUDE);
    for endpoint in endpoints(count) {
        hand_write(&mut lib, endpoint);
    }
    lib.push_str("}\n");
    Package {
        name: "hand_written",
        dependencies: vec![
            format!("reqwest = {reqwest}"),
            "serde = { version = \"1\", features = [\"derive\"] }".into(),
            "serde_json = \"1\"".into(),
        ],
        files: vec![("src/lib.rs", lib), ("src/types.rs", types_rs())],
    }
}

/// The URL with the literal segments and the arguments pushed, each
/// argument percent-encoded as one segment.
fn url_with(segments: &[&str]) -> String {
    let pushes: String = segments
        .iter()
        .map(|s| if let Some(arg) = s.strip_prefix('$') { format!(".push(&{arg})") } else { format!(".push({s:?})") })
        .collect();
    format!(
        "        let mut url = self.base.clone();\n        url.path_segments_mut().map_err(|()| Error::BaseUrl)?.pop_if_empty(){pushes};\n"
    )
}

const SEND: &str = "        let response = request.send().await?;\n        let status = response.status();\n";
const CHECK: &str = "        if !status.is_success() {\n            return Err(Error::Status(status));\n        }\n";
const DECODE: &str = "        let bytes = response.bytes().await?;\n        Ok(serde_json::from_slice(&bytes)?)\n";

fn hand_write(out: &mut String, e: Endpoint) {
    let (n, ty) = (e.n, e.ty());
    let r = format!("r{n}");
    let id = "$id.to_string()";
    let accept = ".header(ACCEPT, \"application/json\")";
    let _ = match e.shape {
        Shape::Get => write!(
            out,
            "\n    pub async fn m{n}(&self, id: u64) -> Result<{ty}, Error> {{\n{}        let request = self.http.get(url){accept};\n{SEND}{CHECK}{DECODE}    }}\n",
            url_with(&[&r, "items", id])
        ),
        Shape::List => write!(
            out,
            "\n    pub async fn m{n}(&self, owner: &str, page: Option<u32>, per_page: Option<u32>) -> Result<Vec<{ty}>, Error> {{\n{}        let mut request = self.http.get(url){accept};\n        if let Some(page) = page {{\n            request = request.query(&[(\"page\", page)]);\n        }}\n        if let Some(per_page) = per_page {{\n            request = request.query(&[(\"per_page\", per_page)]);\n        }}\n{SEND}{CHECK}{DECODE}    }}\n",
            url_with(&[&r, "owners", "$owner", "items"])
        ),
        Shape::Find => write!(
            out,
            "\n    pub async fn m{n}(&self, id: u64) -> Result<Option<{ty}>, Error> {{\n{}        let request = self.http.get(url){accept};\n{SEND}        if status == StatusCode::NOT_FOUND {{\n            return Ok(None);\n        }}\n{CHECK}        let bytes = response.bytes().await?;\n        Ok(Some(serde_json::from_slice(&bytes)?))\n    }}\n",
            url_with(&[&r, "items", id])
        ),
        Shape::WithMeta => write!(
            out,
            "\n    pub async fn m{n}(&self, id: u64, request_id: &str) -> Result<Meta<{ty}>, Error> {{\n{}        let request = self.http.get(url){accept}.header(\"X-Request-Id\", request_id);\n{SEND}{CHECK}        let headers = response.headers().clone();\n        let bytes = response.bytes().await?;\n        Ok(Meta {{ status, headers, body: serde_json::from_slice(&bytes)? }})\n    }}\n",
            url_with(&[&r, "items", id])
        ),
        Shape::Create => write!(
            out,
            "\n    pub async fn m{n}(&self, body: &{ty}) -> Result<{ty}, Error> {{\n{}        let request = self.http.post(url){accept}.json(body);\n{SEND}{CHECK}{DECODE}    }}\n",
            url_with(&[&r, "items"])
        ),
        Shape::Update => write!(
            out,
            "\n    pub async fn m{n}(&self, id: u64, body: &{ty}) -> Result<{ty}, Error> {{\n{}        let request = self.http.patch(url){accept}.json(body);\n{SEND}{CHECK}{DECODE}    }}\n",
            url_with(&[&r, "items", id])
        ),
        Shape::Delete => write!(
            out,
            "\n    pub async fn m{n}(&self, id: u64) -> Result<(), Error> {{\n{}        let request = self.http.delete(url){accept};\n{SEND}{CHECK}        Ok(())\n    }}\n",
            url_with(&[&r, "items", id])
        ),
        Shape::Search => write!(
            out,
            "\n    pub async fn m{n}(&self, owner: &str, repo: &str, state: Option<&str>) -> Result<Vec<{ty}>, Error> {{\n{}        let mut request = self.http.get(url){accept};\n        if let Some(state) = state {{\n            request = request.query(&[(\"state\", state)]);\n        }}\n{SEND}{CHECK}{DECODE}    }}\n",
            url_with(&[&r, "repos", "$owner", "$repo", "issues"])
        ),
    };
}
