//! A path spelled as `serde_path_to_error` spells it.

use std::fmt;

/// A path as `serde_path_to_error` displays it.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Path {
    pub(super) segments: Vec<Segment>,
}

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Segment {
    Index(usize),
    Key(String),
    /// An entry whose key was not read.
    Unknown,
}

impl Path {
    pub(super) fn then(mut self, segment: Segment) -> Self {
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
