// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/params/openapi.yaml --trait Params --base-url https://api.example.com \
//         --out src/cases/params.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Result, client};

/// Params
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/params/openapi.yaml")]
pub trait Params {
    // The description names this path parameter `{project-id}`, which Rust cannot spell.
    #[openapi(skip = "placeholder_names")]
    #[delete("/projects/<project_id>/refs/<ref>")]
    async fn delete_ref(&self, project_id: u64, r#ref: &str) -> Result<()>;

    /// Read a file
    ///
    /// - `filter[state]`: `open` or `closed`.
    #[get("/repos/<owner>/<repo>/contents/<path..>")]
    #[allow(clippy::too_many_arguments)]
    async fn repos_get_content(
        &self,
        owner: &str,
        repo: &str,
        path: &str,
        #[query] r#ref: Option<&str>,
        #[query] per_page: Option<u32>,
        #[query] since: i64,
        #[query(join = ",")] labels: Option<&[&str]>,
        #[query] ids: Option<&[i64]>,
        #[query("filter[state]")] filter_state: Option<&str>,
        #[header("X-Request-Id")] x_request_id: &str,
        #[header("X-Trace")] x_trace: Option<bool>,
    ) -> Result<String>;
}
