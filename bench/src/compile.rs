//! Compile time of a 200-endpoint `#[client]` trait against the same
//! endpoints hand-written on reqwest: the rebuild of that crate alone.

use std::io;
use std::path::{Path, PathBuf};

use crate::generate::{self, Package};
use crate::measure::{Timing, basis, cargo_in, describe, ratios, timed, touch, wall_ratios};
use crate::report::Figure;

pub(crate) const ENDPOINTS: usize = 200;

/// The two crates, and the target dir they share so that dependencies are
/// built once and kept between runs.
struct Setup {
    declared: PathBuf,
    hand_written: PathBuf,
    target: PathBuf,
}

fn setup() -> io::Result<Setup> {
    let root = std::env::temp_dir().join("client-bench-compile");
    // Another checkout's crate gets its own directory; dependencies are shared.
    let declared = match std::env::var_os("BENCH_REPO") {
        Some(repo) => format!(
            "declared-{}",
            Path::new(&repo).file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        ),
        None => "declared".to_owned(),
    };
    let setup =
        Setup { declared: root.join(declared), hand_written: root.join("hand_written"), target: root.join("target") };
    generate::declared(ENDPOINTS).write(&setup.declared)?;
    let reqwest = generate::workspace_dependency("reqwest")?;
    let hand_written: Package<'_> = generate::hand_written(ENDPOINTS, &reqwest);
    hand_written.write(&setup.hand_written)?;
    Ok(setup)
}

/// One rebuild after an edit.
fn rebuild(dir: &Path, target: &Path, subcommand: &str) -> io::Result<Timing> {
    touch(dir)?;
    timed(cargo_in(dir, target, &[subcommand]))
}

/// The figures for `cargo check` and `cargo build`, `rounds` pairs each.
pub(crate) fn run(rounds: usize) -> Vec<Figure> {
    match measure(rounds) {
        Ok(figures) => figures,
        Err(err) => {
            vec![Figure::not_run("compile time: 200 endpoints, #[client] / hand-written reqwest", err.to_string())]
        }
    }
}

fn measure(rounds: usize) -> io::Result<Vec<Figure>> {
    let s = setup()?;
    eprintln!("compile: crates in {}", s.declared.parent().map_or_else(String::new, |p| p.display().to_string()));
    let mut figures = Vec::new();
    for subcommand in ["check", "build"] {
        eprintln!("compile: warming up `cargo {subcommand}` (dependencies are built once)");
        rebuild(&s.declared, &s.target, subcommand)?;
        rebuild(&s.hand_written, &s.target, subcommand)?;
        let mut pairs = Vec::new();
        for round in 0..rounds {
            // The order alternates so that a slow spell hits both sides.
            let (declared, hand_written) = if round % 2 == 0 {
                let a = rebuild(&s.declared, &s.target, subcommand)?;
                (a, rebuild(&s.hand_written, &s.target, subcommand)?)
            } else {
                let b = rebuild(&s.hand_written, &s.target, subcommand)?;
                (rebuild(&s.declared, &s.target, subcommand)?, b)
            };
            eprintln!(
                "compile: cargo {subcommand} round {}: {}",
                round + 1,
                show(["#[client]", "hand-written"], &declared, &hand_written)
            );
            pairs.push((declared, hand_written));
        }
        figures.push(Figure::new(
            &format!("compile time, `cargo {subcommand}`: 200-endpoint #[client] / hand-written reqwest"),
            describe(&ratios(&pairs)),
            "<= 1.3",
            format!(
                "{} ratio, median (range) of {rounds} interleaved pairs (wall clock: {}); generated crates (GET with path and query, POST/PATCH JSON, DELETE, Option and Response returns, 20 shared serde types), dependencies prebuilt, `touch src/lib.rs; cargo {subcommand} --offline`, CARGO_INCREMENTAL=0, dev profile",
                basis(&pairs),
                describe(&wall_ratios(&pairs)),
            ),
        ));
    }
    Ok(figures)
}

/// One pair, for the progress log.
pub(crate) fn show(names: [&str; 2], a: &Timing, b: &Timing) -> String {
    let cpu = |t: &Timing| t.cpu.map_or_else(String::new, |cpu| format!(" (CPU {:.2}s)", cpu.as_secs_f64()));
    format!(
        "{} {:.2}s{}, {} {:.2}s{}, ratio {:.2}",
        names[0],
        a.wall.as_secs_f64(),
        cpu(a),
        names[1],
        b.wall.as_secs_f64(),
        cpu(b),
        a.best().as_secs_f64() / b.best().as_secs_f64().max(1e-9)
    )
}
