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
//! same place: fields and map keys as their text (`owner.login`,
//! `labels.a.b`), elements as `[i]`, `?` for an entry whose key could not
//! be read, `.` for the document itself. A property test holds it to
//! `serde_path_to_error` on generated documents. It differs only where
//! the text cannot tell what the type would have done:
//!
//! - a syntax error inside a value the type skips (an unknown field) is
//!   named down to the broken element (`extra.list[2]`), where
//!   `serde_path_to_error` stops at the skipped field (`extra`);
//! - an enum written as `{"Variant": value}` that is cut off or malformed
//!   around its one entry is named like an object missing an entry
//!   (`kind.?`), where `serde_path_to_error` names the enum (`kind`); the
//!   same holds when a second entry follows a one-byte value
//!   (`{"B": 1, ...}` is named `kind.B`);
//! - serde reads internally tagged and untagged enums whole before
//!   deciding, and a flattened field after its struct, so their errors
//!   have no position: serde_json gives them the one where the container
//!   around looked for its end. The locator names the value that ended
//!   there, which is the right one except in two cases that look alike:
//!   such an enum as the last field of an object is named as the object,
//!   and an untagged enum refusing the last element of an array (itself a
//!   container) as the array;
//! - past 256 levels of nesting (only possible inside a skipped value)
//!   the path stops at the 256th.
//!
//! Where two readings of a position remain, the locator takes the one
//! naming the larger value: it may be less precise, never elsewhere.
//!
//! The scan is linear in the position of the error, keeps its containers
//! on a heap stack at two bytes a level (a hostile depth cannot overflow
//! anything) and never reads past the end.

mod key;
mod path;
mod rules;
mod scan;

use std::fmt;
use std::ops::Range;

use serde_json::error::Category;

use self::path::Path;
use self::rules::{at_data, at_end, at_syntax, unit_variant};
use self::scan::{Scanner, Watch};

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

#[cfg(test)]
mod tests;
