//! The offline tour: `cargo run --example demo`.
//!
//! Starts mock servers for GitHub, GitLab, Open-Meteo and JSONPlaceholder on
//! 127.0.0.1, runs the example clients against them and prints what
//! happens. No network, no token. The tour itself is `examples::demo::run`.

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let mut stdout = std::io::stdout();
    match examples::demo::run(&mut stdout).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: the demo failed: {err}");
            ExitCode::FAILURE
        }
    }
}
