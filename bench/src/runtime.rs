//! The runtime benchmarks in `tests/benches`, each run with `--quick`; each
//! prints its figures as `REPORT<TAB>figure<TAB>value<TAB>target<TAB>how`.

use std::process::Stdio;

use crate::generate::repo_root;
use crate::measure::cargo;
use crate::report::Figure;

/// The runtime benchmarks the report runs, in order.
pub(crate) const BENCHES: [&str; 5] = ["overhead", "concurrency", "blocking", "pagination", "download"];

/// Runs one benchmark and collects its figures; a failure or a silent
/// benchmark is one "not run" row.
pub(crate) fn run(name: &str) -> Vec<Figure> {
    eprintln!("runtime: cargo bench -p tests --bench {name} -- --quick");
    let figure = format!("runtime: {name}");
    if !repo_root().join("tests/benches").join(format!("{name}.rs")).exists() {
        return vec![Figure::not_run(&figure, format!("tests/benches/{name}.rs does not exist"))];
    }
    let output = cargo()
        .args(["bench", "-p", "tests", "--bench", name, "--", "--quick"])
        .current_dir(repo_root())
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .output();
    let output = match output {
        Ok(output) => output,
        Err(err) => return vec![Figure::not_run(&figure, format!("cargo could not be started: {err}"))],
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let figures: Vec<Figure> = stdout.lines().filter_map(Figure::parse).collect();
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no output");
        let mut figures = figures;
        figures.push(Figure::not_run(&figure, format!("exited with {}: {}", output.status, last.trim())));
        return figures;
    }
    if figures.is_empty() {
        return vec![Figure::not_run(&figure, "the benchmark printed no REPORT line".to_owned())];
    }
    figures
}
