//! The performance report: every figure as a ratio measured in one run,
//! printed as one markdown table.
//!
//! ```text
//! cargo run --release -p bench                     # everything
//! cargo run --release -p bench -- compile          # compile time against hand-written reqwest
//! cargo run --release -p bench -- first-build      # a new user's cold build
//! cargo run --release -p bench -- --only overhead  # one runtime benchmark (or compile, first-build)
//! cargo run --release -p bench -- compile --rounds 7
//! ```
//!
//! The crates it compiles are generated in the system temp dir
//! (`client-bench-compile`, `client-bench-first-build`), never in the
//! workspace; the compile benchmark keeps its target dir there between runs
//! so that dependencies are built once.

mod api;
mod compile;
mod first_build;
mod generate;
mod measure;
mod report;
mod runtime;

use std::process::ExitCode;

use crate::report::Figure;

/// What to run, from the command line.
struct Options {
    only: Option<String>,
    rounds: Option<usize>,
}

const USAGE: &str = "usage: bench [compile | first-build | overhead | concurrency | blocking | pagination | download] [--only NAME] [--rounds N]";

fn options() -> Result<Options, String> {
    let mut options = Options { only: None, rounds: None };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--only" => options.only = Some(args.next().ok_or("--only needs a name")?),
            "--rounds" => {
                let n = args.next().and_then(|n| n.parse().ok()).filter(|&n| n > 0);
                options.rounds = Some(n.ok_or("--rounds needs a positive number")?);
            }
            "-h" | "--help" => return Err(USAGE.to_owned()),
            name if !name.starts_with('-') => options.only = Some(name.to_owned()),
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    if let Some(name) = &options.only {
        if !["compile", "first-build"].contains(&name.as_str()) && !runtime::BENCHES.contains(&name.as_str()) {
            return Err(format!("unknown benchmark {name}\n{USAGE}"));
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let wanted = |name: &str| options.only.as_deref().is_none_or(|only| only == name);
    let everything = options.only.is_none();
    let mut figures: Vec<Figure> = Vec::new();
    if wanted("compile") {
        // Fewer pairs in the full report, to stay within ten minutes.
        figures.extend(compile::run(options.rounds.unwrap_or(if everything { 3 } else { 5 })));
    }
    if wanted("first-build") {
        figures.extend(first_build::run(options.rounds.unwrap_or(1)));
    }
    for name in runtime::BENCHES {
        if wanted(name) {
            figures.extend(runtime::run(name));
        }
    }
    for figure in &figures {
        eprintln!("{}", figure.line());
    }
    println!("{}", report::table(&figures));
    ExitCode::SUCCESS
}
