//! Interleaved rounds: every variant runs the same number of requests per
//! round, in blocks that alternate between the variants, so that drift
//! and bursts of load from elsewhere on the machine hit every variant
//! alike. The blocks follow a balanced order (see `block_order`): within
//! a round's blocks every variant runs right after every other one
//! equally often, so that what ran just before weighs on all of them
//! alike too. Each round yields one rate per variant; a figure is the
//! median over the rounds of the per-round ratio of two variants, never
//! an absolute time.
//!
//! Each round also yields the CPU time the whole process (clients, their
//! runtime and the in-process server) spent per call of each variant,
//! summed over its blocks. Printed beside the rates, it tells a variant
//! that costs more CPU from one that waits more, and it is not inflated
//! by time the machine gave to other programs, which a shared machine's
//! rates are.

use std::fmt::Write as _;
use std::time::Duration;

/// The size of a run, from the command line.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// Requests per variant per round.
    pub(crate) requests: usize,
    pub(crate) rounds: usize,
    /// Requests per variant before the first round.
    pub(crate) warmup: usize,
    /// Requests a variant runs back to back before the next one's turn.
    pub(crate) block: usize,
    pub(crate) quick: bool,
    pub(crate) diagnose: bool,
    /// Runs this variant alone, for a profiler.
    pub(crate) only: Option<String>,
}

/// Defaults of [`Options::requests`], `rounds`, `warmup` and `block`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Size {
    pub(crate) requests: usize,
    pub(crate) rounds: usize,
    pub(crate) warmup: usize,
    pub(crate) block: usize,
}

impl Options {
    /// Parses `--quick`, `--requests N`, `--rounds R`, `--warmup N`,
    /// `--block N` and `--diagnose`; `full` or `quick` gives the defaults.
    pub(crate) fn parse(bench: &str, full: Size, quick: Size) -> Self {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let is_quick = args.iter().any(|a| a == "--quick");
        let size = if is_quick { quick } else { full };
        let mut options = Options {
            requests: size.requests,
            rounds: size.rounds,
            warmup: size.warmup,
            block: size.block,
            quick: is_quick,
            diagnose: false,
            only: None,
        };
        let usage = format!(
            "usage: {bench} [--quick] [--requests N] [--rounds R] [--warmup N] [--block N] [--diagnose] [--only LABEL]"
        );
        let fail = |message: String| -> ! {
            eprintln!("{bench}: {message}\n{usage}");
            std::process::exit(2);
        };
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
                None => (arg, None),
            };
            let mut number = |name: &str| -> usize {
                let value =
                    inline.clone().or_else(|| args.next()).unwrap_or_else(|| fail(format!("{name} needs a value")));
                match value.parse::<usize>() {
                    Ok(n) if n > 0 => n,
                    _ => fail(format!("{name} needs a positive integer, got {value:?}")),
                }
            };
            match flag.as_str() {
                "--requests" | "-n" => options.requests = number("--requests"),
                "--rounds" | "-r" => options.rounds = number("--rounds"),
                "--warmup" => options.warmup = number("--warmup"),
                "--block" => options.block = number("--block"),
                "--diagnose" => options.diagnose = true,
                "--only" => options.only = inline.clone().or_else(|| args.next()),
                // `cargo bench` passes `--bench` to every bench target.
                "--quick" | "--bench" => {}
                "--help" | "-h" => {
                    println!("{usage}");
                    std::process::exit(0);
                }
                other => fail(format!("unknown argument {other:?}")),
            }
        }
        options
    }

    /// How a figure was measured, for its report line.
    pub(crate) fn how(&self, what: &str, summary: &Summary) -> String {
        format!(
            "median of {} interleaved rounds (min {:.3}, max {:.3}), {} {what} each",
            self.rounds, summary.min, summary.max, self.requests
        )
    }

    /// Variant `a` against variant `b`: the [`ratio`] of their rates, and
    /// how it was measured ([`Options::how`]) with the same figure by CPU
    /// time per call ([`cpu_ratio`]), which load from elsewhere on the
    /// machine does not sway.
    pub(crate) fn against(&self, variants: &[Variant<'_>], a: &str, b: &str, what: &str) -> (Summary, String) {
        let rates = ratio(variants, a, b);
        let cpu = cpu_ratio(variants, a, b);
        let how = format!(
            "{}; by CPU time per call: {:.3} (min {:.3}, max {:.3})",
            self.how(what, &rates),
            cpu.median,
            cpu.min,
            cpu.max
        );
        (rates, how)
    }
}

/// One way of making the call: `run(n)` makes `n` calls and returns how
/// long they took.
pub(crate) struct Variant<'a> {
    pub(crate) label: &'static str,
    run: Box<dyn FnMut(usize) -> Duration + 'a>,
    /// Calls per second, one entry per round.
    pub(crate) rates: Vec<f64>,
    /// The process's CPU time per call, one entry per round.
    pub(crate) cpu_per_call: Vec<Duration>,
}

impl<'a> Variant<'a> {
    pub(crate) fn new(label: &'static str, run: impl FnMut(usize) -> Duration + 'a) -> Self {
        Self { label, run: Box::new(run), rates: Vec::new(), cpu_per_call: Vec::new() }
    }
}

/// Warms every variant up, then runs the rounds, printing each round's
/// rates relative to the first variant.
///
/// With `--only LABEL`, runs that variant alone (warm-up, then one round)
/// and exits: a profiler then sees nothing else.
pub(crate) fn interleave(variants: &mut [Variant<'_>], options: &Options) {
    if let Some(label) = &options.only {
        let Some(variant) = variants.iter_mut().find(|v| v.label == label) else {
            eprintln!("no variant {label:?} (those of `--diagnose` need it too)");
            std::process::exit(2);
        };
        (variant.run)(options.warmup);
        let before = cpu_by_thread();
        let elapsed = (variant.run)(options.requests);
        let after = cpu_by_thread();
        println!("{label}: {} calls in {:.3} s", options.requests, elapsed.as_secs_f64());
        print_cpu_split(&before, &after, options.requests);
        std::process::exit(0);
    }
    for variant in variants.iter_mut() {
        (variant.run)(options.warmup);
    }
    let count = variants.len();
    let calls = u32::try_from(options.requests).unwrap_or(u32::MAX);
    // Whole cycles of the order's rows in every round, in blocks of about
    // `--block` requests each.
    let rows = order_rows(count);
    let blocks = options.requests.div_ceil(options.block.max(1)).div_ceil(rows) * rows;
    for round in 0..options.rounds {
        let mut elapsed = vec![Duration::ZERO; count];
        let mut cpu = vec![Duration::ZERO; count];
        for block in 0..blocks {
            let n = options.requests / blocks + usize::from(block < options.requests % blocks);
            if n == 0 {
                continue;
            }
            for i in block_order(count, round + block) {
                let cpu_before = process_cpu();
                elapsed[i] += (variants[i].run)(n);
                cpu[i] += process_cpu().saturating_sub(cpu_before);
            }
        }
        for ((variant, elapsed), cpu) in variants.iter_mut().zip(elapsed).zip(cpu) {
            variant.rates.push(options.requests as f64 / elapsed.as_secs_f64());
            variant.cpu_per_call.push(cpu / calls);
        }
        let first = variants[0].rates[round];
        let mut line = format!("round {:>2}:", round + 1);
        for variant in variants.iter() {
            let _ = write!(line, "  {} {:.3}", variant.label, variant.rates[round] / first);
        }
        let _ = write!(line, "   (rates relative to {}; CPU per call:", variants[0].label);
        for variant in variants.iter() {
            let _ = write!(line, " {:.1} us", variant.cpu_per_call[round].as_secs_f64() * 1e6);
        }
        println!("{line})");
    }
}

/// How many blocks make one cycle of [`block_order`]: `count` rows, and
/// their mirror images too for an odd `count`.
fn order_rows(count: usize) -> usize {
    if count % 2 == 0 { count.max(1) } else { 2 * count }
}

/// The order of `count` variants in block `b`: row `b` of a Williams
/// design. Over a cycle of [`order_rows`] blocks, every variant runs first
/// equally often and right after every other variant equally often.
///
/// What ran just before a variant changes its figure: in the
/// `concurrency` bench the variant after the raw load generator was about
/// 1.3% slower by rate than the same variant after a client, and a plain
/// rotation (0, 1, 2, then 1, 2, 0, ...) puts the same variant after it
/// every time. Balanced, that weighs on every variant alike.
fn block_order(count: usize, b: usize) -> Vec<usize> {
    let row = b % order_rows(count);
    let (shift, mirrored) = (row % count.max(1), row >= count);
    // The first row is 0, 1, n-1, 2, n-2, ...; row r adds r to each.
    let mut order: Vec<usize> = (0..count)
        .map(|j| if j % 2 == 1 { j.div_ceil(2) } else { (count - j / 2) % count })
        .map(|v| (v + shift) % count)
        .collect();
    if mirrored {
        order.reverse();
    }
    order
}

/// The CPU time all of this process's threads have run, from
/// `/proc/self/task/*/schedstat` (nanoseconds, unlike the clock ticks of
/// `stat`); zero where that is not available.
fn process_cpu() -> Duration {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else { return Duration::ZERO };
    let nanos: u64 = tasks
        .flatten()
        .filter_map(|task| std::fs::read_to_string(task.path().join("schedstat")).ok())
        .filter_map(|stat| stat.split_whitespace().next().and_then(|ns| ns.parse::<u64>().ok()))
        .sum();
    Duration::from_nanos(nanos)
}

/// Median, minimum and maximum of per-round values.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Summary {
    pub(crate) median: f64,
    pub(crate) min: f64,
    pub(crate) max: f64,
}

impl Summary {
    pub(crate) fn of(values: &[f64]) -> Self {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let mid = sorted.len() / 2;
        let median = if sorted.len() % 2 == 1 { sorted[mid] } else { (sorted[mid - 1] + sorted[mid]) / 2.0 };
        Self { median, min: sorted[0], max: sorted[sorted.len() - 1] }
    }
}

/// The per-round ratio of variant `a`'s rate to variant `b`'s.
pub(crate) fn ratio(variants: &[Variant<'_>], a: &str, b: &str) -> Summary {
    let rates = |label| &variant(variants, label).rates;
    let per_round: Vec<f64> = rates(a).iter().zip(rates(b)).map(|(a, b)| a / b).collect();
    Summary::of(&per_round)
}

/// The variant called `label`.
fn variant<'v, 'a>(variants: &'v [Variant<'a>], label: &str) -> &'v Variant<'a> {
    variants.iter().find(|v| v.label == label).unwrap_or_else(|| panic!("no variant {label}"))
}

/// The per-round ratio of variant `b`'s CPU time per call to variant
/// `a`'s: what `a`'s rate would be, relative to `b`'s, if CPU time alone
/// set the rates.
fn cpu_ratio(variants: &[Variant<'_>], a: &str, b: &str) -> Summary {
    let cpu = |label| &variant(variants, label).cpu_per_call;
    let per_round: Vec<f64> = cpu(a).iter().zip(cpu(b)).map(|(a, b)| b.as_secs_f64() / a.as_secs_f64()).collect();
    Summary::of(&per_round)
}

/// Prints every variant's median rate against the first one, and the same
/// by CPU time per call.
pub(crate) fn print_summary(variants: &[Variant<'_>]) {
    println!();
    let first = variants[0].label;
    for variant in variants {
        let s = ratio(variants, variant.label, first);
        println!("{:<22} ratio to {first}: median {:.3}, min {:.3}, max {:.3}", variant.label, s.median, s.min, s.max);
    }
    for variant in variants {
        let s = cpu_ratio(variants, variant.label, first);
        println!(
            "{:<22} by CPU time per call, ratio to {first}: median {:.3}, min {:.3}, max {:.3}",
            variant.label, s.median, s.min, s.max
        );
    }
}

/// The `REPORT` lines, printed together at the end of the run.
#[derive(Default)]
pub(crate) struct Report(Vec<String>);

impl Report {
    /// One figure: `value` is a ratio (or a measured amount with its unit).
    pub(crate) fn add(&mut self, figure: &str, value: String, target: &str, how: &str) {
        self.0.push(format!("REPORT\t{figure}\t{value}\t{target}\t{how}"));
    }

    /// A ratio figure from interleaved rounds.
    pub(crate) fn ratio(&mut self, figure: &str, summary: &Summary, target: &str, how: &str) {
        self.add(figure, format!("{:.3}", summary.median), target, how);
    }

    pub(crate) fn print(&self) {
        println!();
        for line in &self.0 {
            println!("{line}");
        }
    }
}

/// CPU time (user + system, in clock ticks) of each thread of this
/// process, by thread id and name, from `/proc/self/task/*/stat`.
fn cpu_by_thread() -> Vec<(String, String, u64)> {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else { return Vec::new() };
    let mut threads = Vec::new();
    for task in tasks.flatten() {
        let Ok(stat) = std::fs::read_to_string(task.path().join("stat")) else { continue };
        // `pid (comm) state ...`: the name may hold spaces, so split at ')'.
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else { continue };
        let fields: Vec<&str> = stat[close + 2..].split_whitespace().collect();
        let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok()).unwrap_or(0);
        // utime and stime are fields 14 and 15 of the line, 12 and 13 here.
        threads.push((
            task.file_name().to_string_lossy().into_owned(),
            stat[open + 1..close].to_owned(),
            ticks(11) + ticks(12),
        ));
    }
    threads
}

/// Prints how the CPU time of a `--only` run split between the threads.
fn print_cpu_split(before: &[(String, String, u64)], after: &[(String, String, u64)], calls: usize) {
    let mut total = 0u64;
    let mut used: Vec<(String, u64)> = Vec::new();
    for (tid, name, ticks) in after {
        let start = before.iter().find(|(t, _, _)| t == tid).map_or(0, |(_, _, t)| *t);
        let spent = ticks.saturating_sub(start);
        total += spent;
        used.push((format!("{name} [{tid}]"), spent));
    }
    let hz = 100.0; // USER_HZ on Linux
    println!("CPU time by thread ({:.1} us per call in all):", total as f64 / hz * 1e6 / calls as f64);
    for (thread, spent) in used.iter().filter(|(_, spent)| *spent > 0) {
        println!(
            "  {thread:<32} {:5.1}%  {:.1} us per call",
            100.0 * *spent as f64 / total.max(1) as f64,
            *spent as f64 / hz * 1e6 / calls as f64
        );
    }
}
