//! What the example programs share: hand-rolled argument parsing, error
//! reporting with an exit code, and number formatting.

use std::fmt::Write as _;
use std::process::ExitCode;

use client_runtime::{ErrorKind, RateLimit};

/// Parsed command-line arguments: `--flag value` (or `--flag=value`)
/// options, `--switch`es, and the positional words in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Args {
    positionals: Vec<String>,
    values: Vec<(String, String)>,
    switches: Vec<String>,
}

impl Args {
    /// Parses `args` (without the program name). `value_flags` take a
    /// value, `switches` do not; `--` ends the options. `-h` is `--help`.
    pub fn parse(
        args: impl IntoIterator<Item = String>,
        value_flags: &[&str],
        switches: &[&str],
    ) -> Result<Self, String> {
        let mut parsed = Self::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg == "--" {
                parsed.positionals.extend(args.by_ref());
                break;
            }
            if arg == "-h" || arg == "--help" {
                parsed.switches.push("--help".to_owned());
                continue;
            }
            if !arg.starts_with("--") {
                parsed.positionals.push(arg);
                continue;
            }
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
                None => (arg, None),
            };
            if value_flags.contains(&name.as_str()) {
                let value = match inline {
                    Some(value) => value,
                    None => args.next().ok_or_else(|| format!("{name} needs a value"))?,
                };
                parsed.values.push((name, value));
            } else if switches.contains(&name.as_str()) && inline.is_none() {
                parsed.switches.push(name);
            } else {
                return Err(format!("unknown option {name}"));
            }
        }
        Ok(parsed)
    }

    /// The value of the last `--flag value`.
    pub fn value(&self, flag: &str) -> Option<&str> {
        self.values.iter().rev().find(|(name, _)| name == flag).map(|(_, value)| value.as_str())
    }

    /// Whether `--switch` was given.
    pub fn has(&self, switch: &str) -> bool {
        self.switches.iter().any(|s| s == switch)
    }

    /// The positional words.
    pub fn positionals(&self) -> &[String] {
        &self.positionals
    }
}

/// An environment variable, unless unset or empty.
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.trim().is_empty())
}

/// Prints a usage problem and the usage text; exit code 2.
pub fn usage_error(usage: &str, problem: &str) -> ExitCode {
    eprintln!("error: {problem}\n\n{usage}");
    ExitCode::from(2)
}

/// Prints a failed call: its message (which names the method, the path
/// template and the status), the chain of causes for transport errors, and
/// a hint chosen by `err.kind()`. Exit code 1.
pub fn report_error(err: &client_runtime::Error, base_url: &str) -> ExitCode {
    eprintln!("error: {}", describe_error(err, base_url));
    ExitCode::FAILURE
}

/// The text [`report_error`] prints.
pub fn describe_error(err: &client_runtime::Error, base_url: &str) -> String {
    let mut text = err.to_string();
    if matches!(err.kind(), ErrorKind::Connect | ErrorKind::Timeout | ErrorKind::Transport) {
        let mut source = std::error::Error::source(err);
        while let Some(cause) = source {
            let _ = write!(text, "\n  caused by: {cause}");
            source = cause.source();
        }
    }
    let hint = match err.kind() {
        ErrorKind::Connect => {
            Some(format!("nothing answered at {base_url}; check the URL (--base-url) and the network"))
        }
        ErrorKind::Timeout => Some(format!("{base_url} did not answer in time; try again later")),
        ErrorKind::RateLimited => Some(match err.retry_after() {
            Some(wait) => format!("rate limited: try again in {} s, or use a token", wait.as_secs_f64().ceil()),
            None => "rate limited: try again later, or use a token".to_owned(),
        }),
        ErrorKind::Status if err.status().is_some_and(|s| s.as_u16() == 401) => {
            Some("the token was refused; check it".to_owned())
        }
        ErrorKind::Builder => Some("check --base-url and the token".to_owned()),
        _ => None,
    };
    if let Some(hint) = hint {
        let _ = write!(text, "\n  hint: {hint}");
    }
    text
}

/// `Some(rate limit)` as one line: `57 of 60 requests left, resets in 59 min`.
pub fn describe_rate_limit(limit: Option<RateLimit>) -> String {
    let Some(limit) = limit else { return "not reported".to_owned() };
    let mut text = match (limit.remaining, limit.limit) {
        (Some(remaining), Some(total)) => format!("{} of {} requests left", thousands(remaining), thousands(total)),
        (Some(remaining), None) => format!("{} requests left", thousands(remaining)),
        (None, Some(total)) => format!("limit {}", thousands(total)),
        (None, None) => "reported".to_owned(),
    };
    if let Some(reset) = limit.reset_after {
        let secs = reset.as_secs();
        if secs >= 120 {
            let _ = write!(text, ", resets in {} min", secs.div_ceil(60));
        } else {
            let _ = write!(text, ", resets in {secs} s");
        }
    }
    text
}

/// `12345` as `12,345`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The first line of `text`, cut to `max` characters with an ellipsis.
pub fn first_line(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    match line.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Result<Args, String> {
        Args::parse(words.iter().map(|w| (*w).to_owned()), &["--base-url"], &["--mock"])
    }

    #[test]
    fn flags_values_and_positionals() {
        let parsed = args(&["user", "--base-url", "http://x", "octocat", "--mock"]).expect("parses");
        assert_eq!(parsed.positionals(), ["user", "octocat"]);
        assert_eq!(parsed.value("--base-url"), Some("http://x"));
        assert!(parsed.has("--mock"));
        let inline = args(&["--base-url=http://y", "--", "--mock"]).expect("parses");
        assert_eq!(inline.value("--base-url"), Some("http://y"));
        assert_eq!(inline.positionals(), ["--mock"]);
        assert!(args(&["--nope"]).is_err());
        assert!(args(&["--base-url"]).is_err());
    }

    #[test]
    fn numbers() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(first_line("abcdef\nx", 3), "abc…");
    }
}
