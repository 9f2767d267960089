//! Running cargo on a generated crate and timing it; ratios of
//! interleaved pairs.

use std::fs;
use std::io;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

/// The cargo that runs this binary, or the one on `PATH`.
pub(crate) fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// `cargo <args> --offline` in `dir` with its own target dir and no
/// incremental compilation, as a fresh edit in CI builds.
pub(crate) fn cargo_in(dir: &Path, target: &Path, args: &[&str]) -> Command {
    let mut command = cargo();
    command
        .args(args)
        .arg("--offline")
        .arg("--quiet")
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .stdout(Stdio::null());
    command
}

/// How long a command took: wall clock, and the CPU time of the process
/// tree (cargo and every rustc it waited for) where the system reports it.
/// On a machine other builds share, CPU time is the steadier of the two.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timing {
    pub(crate) wall: Duration,
    pub(crate) cpu: Option<Duration>,
}

impl Timing {
    /// The CPU time when known, else the wall clock.
    pub(crate) fn best(&self) -> Duration {
        self.cpu.unwrap_or(self.wall)
    }
}

/// Runs a command and returns how long it took, or its stderr on failure.
pub(crate) fn timed(mut command: Command) -> io::Result<Timing> {
    let cpu_before = children_cpu();
    let started = Instant::now();
    let output = command.stderr(Stdio::piped()).output()?;
    let wall = started.elapsed();
    let cpu = children_cpu().zip(cpu_before).map(|(after, before)| after.saturating_sub(before));
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let lines: Vec<&str> = stderr.lines().collect();
        let tail = lines[lines.len().saturating_sub(30)..].join("\n");
        return Err(io::Error::other(format!("{command:?} failed:\n{tail}")));
    }
    Ok(Timing { wall, cpu })
}

/// User and system time of every child this process has waited for, from
/// `/proc/self/stat` (`cutime`, `cstime`), in clock ticks taken as 1/100 s:
/// only ratios are reported, so the tick length cancels out.
fn children_cpu() -> Option<Duration> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which may itself contain spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = fields.get(13)?.parse::<u64>().ok()? + fields.get(14)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks.saturating_mul(10)))
}

/// Marks `src/lib.rs` as edited so that cargo rebuilds the crate alone.
pub(crate) fn touch(dir: &Path) -> io::Result<()> {
    let file = fs::File::options().append(true).open(dir.join("src/lib.rs"))?;
    file.set_modified(SystemTime::now())
}

/// The median of the values (the mean of the middle two for an even count).
pub(crate) fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[mid]),
        _ => Some((sorted[mid - 1] + sorted[mid]) / 2.0),
    }
}

/// `a / b` for each pair, by CPU time where known.
pub(crate) fn ratios(pairs: &[(Timing, Timing)]) -> Vec<f64> {
    pairs.iter().map(|(a, b)| a.best().as_secs_f64() / b.best().as_secs_f64().max(1e-9)).collect()
}

/// `a / b` for each pair, by wall clock.
pub(crate) fn wall_ratios(pairs: &[(Timing, Timing)]) -> Vec<f64> {
    pairs.iter().map(|(a, b)| a.wall.as_secs_f64() / b.wall.as_secs_f64().max(1e-9)).collect()
}

/// What the ratios compare: `CPU time` or `wall clock`.
pub(crate) fn basis(pairs: &[(Timing, Timing)]) -> &'static str {
    if pairs.iter().all(|(a, b)| a.cpu.is_some() && b.cpu.is_some()) { "CPU time" } else { "wall clock" }
}

/// `1.23 (1.10-1.31)`: the median and the range of the pairs.
pub(crate) fn describe(ratios: &[f64]) -> String {
    let Some(mid) = median(ratios) else { return "no pairs".to_owned() };
    let lo = ratios.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = ratios.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if ratios.len() == 1 { format!("{mid:.2}") } else { format!("{mid:.2} ({lo:.2}-{hi:.2})") }
}
