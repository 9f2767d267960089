//! Splitting a body into JSON Lines (NDJSON), chunk by chunk.
//!
//! Lines end with LF; a CR before it is dropped. Lines holding only
//! whitespace are skipped (keep-alives). The last line needs no LF. A line
//! longer than the cap is an error, never unbounded growth.

use std::collections::VecDeque;

use bytes::{Bytes, BytesMut};

use super::sse::TooLarge;

/// The splitter's state between chunks.
#[derive(Debug)]
pub(crate) struct LineSplitter {
    max_size: usize,
    partial: BytesMut,
}

impl LineSplitter {
    pub(crate) fn new(max_size: usize) -> Self {
        Self { max_size, partial: BytesMut::new() }
    }

    pub(crate) fn set_max_size(&mut self, max_size: usize) {
        self.max_size = max_size;
    }

    /// Splits one chunk, pushing every complete non-blank line onto `out`.
    /// A line inside one chunk is a slice of it, not a copy.
    pub(crate) fn feed(&mut self, chunk: &Bytes, out: &mut VecDeque<Bytes>) -> Result<(), TooLarge> {
        let mut start = 0;
        while let Some(offset) = chunk[start..].iter().position(|&b| b == b'\n') {
            let end = start + offset;
            if self.partial.len().saturating_add(offset) > self.max_size {
                self.partial.clear();
                return Err(TooLarge);
            }
            if self.partial.is_empty() {
                push_line(chunk.slice(start..end), out);
            } else {
                self.grow(&chunk[start..end])?;
                push_line(self.partial.split().freeze(), out);
            }
            start = end + 1;
        }
        self.grow(&chunk[start..])
    }

    /// The body ended: a last line without LF is still a line.
    pub(crate) fn finish(&mut self, out: &mut VecDeque<Bytes>) {
        if !self.partial.is_empty() {
            push_line(self.partial.split().freeze(), out);
        }
    }

    fn grow(&mut self, bytes: &[u8]) -> Result<(), TooLarge> {
        if self.partial.len().saturating_add(bytes.len()) > self.max_size {
            self.partial.clear();
            return Err(TooLarge);
        }
        self.partial.extend_from_slice(bytes);
        Ok(())
    }
}

fn push_line(mut line: Bytes, out: &mut VecDeque<Bytes>) {
    if line.last() == Some(&b'\r') {
        line.truncate(line.len() - 1);
    }
    if !line.iter().all(u8::is_ascii_whitespace) {
        out.push_back(line);
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn split(chunks: &[&[u8]], cap: usize) -> Result<Vec<Bytes>, TooLarge> {
        let mut splitter = LineSplitter::new(cap);
        let mut out = VecDeque::new();
        for chunk in chunks {
            splitter.feed(&Bytes::copy_from_slice(chunk), &mut out)?;
        }
        splitter.finish(&mut out);
        Ok(out.into_iter().collect())
    }

    #[test]
    fn lines_blank_lines_crlf_and_a_last_line_without_lf() {
        let lines = split(&[b"{\"a\":1}\r\n\n  \n{\"b\"", b":2}\n{\"c\":3}"], 1024).expect("small");
        assert_eq!(lines, [&b"{\"a\":1}"[..], b"{\"b\":2}", b"{\"c\":3}"]);
    }

    #[test]
    fn a_line_over_the_cap_is_an_error() {
        assert_eq!(split(&[b"0123456789", b"0123456789\n"], 15), Err(TooLarge));
        assert!(split(&[b"0123456789\n", b"0123456789\n"], 15).is_ok());
        assert_eq!(split(&[b"0123456789\n0123456789012345\n"], 15), Err(TooLarge));
    }

    proptest! {
        #[test]
        fn any_split_gives_the_same_lines(
            input in proptest::collection::vec(prop_oneof![Just(b'\n'), Just(b'\r'), Just(b' '), any::<u8>()], 0..300),
            cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..10),
        ) {
            let whole = split(&[&input], usize::MAX).expect("no cap");
            let chunks = crate::streams::cut(&input, &cuts);
            prop_assert_eq!(whole, split(&chunks, usize::MAX).expect("no cap"));
        }
    }
}
