//! Where in a JSON document a failed decode stopped, as a path
//! (`items[0].owner.login`, `.` for the root).
//!
//! The path is found from the text and the line and column of serde_json's
//! error alone, by scanning the text up to there. Decoding a second time
//! through a path-tracking deserializer would also work, but it compiles
//! every response type's `Deserialize` a second time in every crate that
//! declares a client; this scan is compiled once, here.
//!
//! The path is spelled as `serde_path_to_error` spells it, and names the
//! same place for the documents and types a client decodes: fields and map
//! keys as their text (`owner.login`), elements as `[i]`, `?` for an entry
//! whose key could not be read, `.` for the document itself. It differs
//! where the text alone cannot tell:
//!
//! - a syntax error inside a value the type ignores (an unknown field)
//!   is named down to the element that is broken (`extra.list[2]`), where
//!   `serde_path_to_error` stops at the ignored field (`extra`);
//! - an enum written as `{"Variant": value}` and cut off after its value
//!   is named like an object that lost an entry (`kind.?`), where
//!   `serde_path_to_error` names the enum (`kind`);
//! - a map with non-string keys (`HashMap<u32, _>`) whose key does not
//!   parse is named with that key.
//!
//! The scan is linear in the position of the error, keeps its containers
//! on a heap stack (a hostile nesting depth cannot overflow anything) and
//! never reads past the end.

mod scan;

use std::fmt;
use std::ops::Range;

use serde_json::error::Category;

use self::scan::{At, FrameKind, Lex, Scanner, Watch, key_text};

/// The path of the value where decoding `text` failed with `err`.
pub(crate) fn locate(text: &[u8], err: &serde_json::Error) -> String {
    let message = err.to_string();
    let Some(offset) = offset_of(text, err.line(), err.column()) else {
        // Only an enum's own error leaves serde_json without a position:
        // the document is then the variant's name.
        return unit_variant(text, text.len(), &message).unwrap_or_default().to_string();
    };
    let path = match err.classify() {
        Category::Eof => at_end(text),
        Category::Syntax => at_syntax(text, offset, &message),
        Category::Data => at_data(text, offset, &message),
        Category::Io => Path::default(),
    };
    path.to_string()
}

/// A JSON error with the path where it happened: `at `path`: error`, or
/// the error alone at the root.
#[derive(Debug)]
pub(crate) struct Located {
    pub(crate) path: String,
    pub(crate) inner: serde_json::Error,
}

impl Located {
    /// Locates `inner`, the error of decoding `text`.
    pub(crate) fn new(text: &[u8], inner: serde_json::Error) -> Self {
        Self { path: locate(text, &inner), inner }
    }
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path == "." { write!(f, "{}", self.inner) } else { write!(f, "at `{}`: {}", self.path, self.inner) }
    }
}

impl std::error::Error for Located {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.inner)
    }
}

/// The error's text without serde_json's ` at line L column C`.
pub(crate) fn without_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match text.strip_suffix(&suffix) {
        Some(message) if err.line() > 0 => message.to_owned(),
        _ => text,
    }
}

/// The span of the value at a JSON `pointer` (RFC 6901, as
/// `serde_json::Value::pointer` reads it) in `text`, which must be valid
/// JSON; with duplicate keys, the last one, as `Value` keeps it.
pub(crate) fn span_at_pointer(text: &[u8], pointer: &str) -> Option<Range<usize>> {
    let tokens = match pointer {
        "" => Vec::new(),
        _ => pointer.strip_prefix('/')?.split('/').map(|t| t.replace("~1", "/").replace("~0", "~")).collect(),
    };
    let mut scanner = Scanner::watching(text, Watch::new(tokens));
    if scanner.run(0, text.len()).is_some() {
        return None;
    }
    scanner.finish_at_end();
    if !scanner.root_done {
        return None;
    }
    scanner.into_watch()?.found
}

/// serde_json's line (1-based) and column (bytes before the position on
/// that line) as a byte offset; `None` when the error has no position.
fn offset_of(text: &[u8], line: usize, column: usize) -> Option<usize> {
    let newlines_before = line.checked_sub(1)?;
    let line_start = match newlines_before {
        0 => 0,
        n => text.iter().enumerate().filter(|(_, b)| **b == b'\n').nth(n - 1).map_or(text.len(), |(at, _)| at + 1),
    };
    Some(line_start.saturating_add(column).min(text.len()))
}

/// The input ended too soon.
fn at_end(text: &[u8]) -> Path {
    let mut scanner = Scanner::new(text);
    if let Some(at) = scanner.run(0, text.len()) {
        return refused(&scanner, text[at], "");
    }
    scanner.finish_at_end();
    match scanner.lex {
        Lex::Str { key: true, .. } => own_path(&scanner).then(Segment::Unknown),
        Lex::Str { .. } | Lex::Number(_) | Lex::Literal { .. } => value_path(&scanner),
        Lex::Between => match scanner.stack.last() {
            None => Path::default(),
            Some(top) => match (top.kind, top.at) {
                (FrameKind::Object, At::Value) => value_path(&scanner),
                (FrameKind::Object, At::AfterKey) | (FrameKind::Array, _) => own_path(&scanner),
                (FrameKind::Object, _) => own_path(&scanner).then(Segment::Unknown),
            },
        },
    }
}

/// serde_json refused a byte. Its position is just after that byte, or
/// (for a few errors) just before it.
fn at_syntax(text: &[u8], offset: usize, message: &str) -> Path {
    let cut = offset.saturating_sub(1);
    let mut scanner = Scanner::new(text);
    let scan_to = if message.starts_with("number out of range") { offset } else { cut };
    if let Some(at) = scanner.run(0, scan_to) {
        return refused(&scanner, text[at], message);
    }
    if message.starts_with("recursion limit exceeded") || message.starts_with("number out of range") {
        // Reported at the `[` or `{` that went too deep, or at the number.
        return value_path(&scanner);
    }
    if matches!(scanner.lex, Lex::Str { .. }) && !message.starts_with("expected value") {
        // Escapes and UTF-8 are checked as the string is read, sometimes
        // reported at its closing quote: still the string's error.
        return refused(&scanner, b'"', message);
    }
    if message.starts_with("trailing characters") {
        // After the last element a tuple reads, or after the document.
        return own_path(&scanner);
    }
    if message.starts_with("expected value") {
        // Where serde_json's grammar takes any value, an enum takes only
        // `"Variant"` or `{"Variant": value}`, and refuses the rest at its
        // first byte.
        let top = scanner.stack.last().map(|top| (top.kind, top.at));
        let b = text.get(cut).copied();
        if top == Some((FrameKind::Object, At::Open)) && b == Some(b'}') {
            return own_path(&scanner);
        }
        if expecting_value(&scanner) && b.is_some_and(|b| b != b'"' && !b.is_ascii_whitespace()) {
            let at_value = value_path(&scanner);
            if scanner.step(cut).is_ok() {
                return at_value;
            }
        }
    }
    for at in [cut, offset] {
        let Some(&b) = text.get(at) else { break };
        if scanner.step(at).is_err() {
            return refused(&scanner, b, message);
        }
    }
    settled(&scanner, message)
}

/// A visitor refused a value; serde_json reports it just after the value,
/// after the key for field errors, or just before a map or sequence.
fn at_data(text: &[u8], offset: usize, message: &str) -> Path {
    if let Some(path) = unit_variant(text, offset, message) {
        return path;
    }
    let mut scanner = Scanner::new(text);
    if let Some(at) = scanner.run(0, offset) {
        return refused(&scanner, text[at], message);
    }
    if let (Some(top), Lex::Between) = (scanner.stack.last(), scanner.lex) {
        if top.kind == FrameKind::Object && top.at == At::AfterKey {
            // `unknown field` is raised reading the key, `duplicate field`
            // by the struct after it; `unknown variant` by the enum whose
            // variant is the key.
            return if message.starts_with("duplicate field") || message.starts_with("unknown variant") {
                own_path(&scanner)
            } else {
                value_path(&scanner)
            };
        }
    }
    if scanner.last_end == Some(offset) && scanner.lex == Lex::Between {
        return value_path(&scanner);
    }
    settled(&scanner, message)
}

/// `"Variant"` where the variant holds data: the enum's error has no
/// position, and gets the one of the container around it, which has looked
/// for its end by then (past blanks, and past its closing bracket when that
/// came next). The path names the variant.
fn unit_variant(text: &[u8], offset: usize, message: &str) -> Option<Path> {
    if !message.starts_with("invalid type: unit variant") {
        return None;
    }
    let before = offset.checked_sub(1).and_then(|at| text.get(at));
    let end = if matches!(before, Some(b']' | b'}')) { offset - 1 } else { offset };
    let mut scanner = Scanner::new(text);
    if scanner.run(0, end).is_some() || scanner.lex != Lex::Between {
        return None;
    }
    let string_end = scanner.last_end.filter(|&at| at <= end && text[at..end].iter().all(u8::is_ascii_whitespace))?;
    let variant = scanner.last_string().filter(|_| string_end > 0)?;
    Some(value_path(&scanner).then(Segment::Key(variant)))
}

/// The path when `b` is refused in the scanner's state: where serde_json,
/// and the deserializer around it, were when they met it.
fn refused(scanner: &Scanner<'_>, b: u8, message: &str) -> Path {
    match scanner.lex {
        Lex::Str { key: true, .. } => return own_path(scanner).then(Segment::Unknown),
        // A number still open refused a byte that breaks it (`01`, `1.x`).
        Lex::Str { .. } | Lex::Literal { .. } | Lex::Number(_) => return value_path(scanner),
        Lex::Between => {}
    }
    let Some(top) = scanner.stack.last() else { return Path::default() };
    match (top.kind, top.at) {
        (FrameKind::Array, At::Open | At::Comma) if b != b']' => value_path(scanner),
        (FrameKind::Array, _) | (FrameKind::Object, At::AfterKey) => own_path(scanner),
        (FrameKind::Object, At::Value) => value_path(scanner),
        // An enum written as an object reads one entry, then wants `}`.
        (FrameKind::Object, _) if message.starts_with("expected value") => own_path(scanner),
        (FrameKind::Object, _) => own_path(scanner).then(Segment::Unknown),
    }
}

/// Whether the next value starts at the next non-blank byte.
fn expecting_value(scanner: &Scanner<'_>) -> bool {
    if scanner.lex != Lex::Between {
        return false;
    }
    match scanner.stack.last() {
        None => !scanner.root_done,
        Some(top) => {
            matches!((top.kind, top.at), (FrameKind::Array, At::Open | At::Comma) | (FrameKind::Object, At::Value))
        }
    }
}

/// Every byte up to the position was valid JSON: the innermost value open
/// there, or the one that starts there.
fn settled(scanner: &Scanner<'_>, _message: &str) -> Path {
    if scanner.lex != Lex::Between {
        return value_path(scanner);
    }
    if expecting_value(scanner) { value_path(scanner) } else { own_path(scanner) }
}

/// The path of the value being read in the innermost container (or of the
/// document).
fn value_path(scanner: &Scanner<'_>) -> Path {
    path_through(scanner, scanner.stack.len())
}

/// The path of the innermost container itself.
fn own_path(scanner: &Scanner<'_>) -> Path {
    path_through(scanner, scanner.stack.len().saturating_sub(1))
}

fn path_through(scanner: &Scanner<'_>, depth: usize) -> Path {
    let segments = scanner.stack[..depth]
        .iter()
        .map(|frame| match (frame.kind, &frame.key) {
            (FrameKind::Array, _) => Segment::Index(frame.index),
            (FrameKind::Object, Some(raw)) => Segment::Key(key_text(scanner.text(), raw)),
            (FrameKind::Object, None) => Segment::Unknown,
        })
        .collect();
    Path { segments }
}

/// A path as `serde_path_to_error` displays it.
#[derive(Debug, Default, PartialEq, Eq)]
struct Path {
    segments: Vec<Segment>,
}

#[derive(Debug, PartialEq, Eq)]
enum Segment {
    Index(usize),
    Key(String),
    /// An entry whose key was not read.
    Unknown,
}

impl Path {
    fn then(mut self, segment: Segment) -> Self {
        self.segments.push(segment);
        self
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.segments.is_empty() {
            return f.write_str(".");
        }
        let mut separator = "";
        for segment in &self.segments {
            match segment {
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Key(key) => write!(f, "{separator}{key}")?,
                Segment::Unknown => write!(f, "{separator}?")?,
            }
            separator = ".";
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
