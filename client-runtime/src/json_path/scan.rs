//! A byte-at-a-time JSON scanner that knows, at every byte, which value it
//! is in: the containers open around it and the key or index of each.
//!
//! It follows serde_json's grammar (the same whitespace, numbers, literals,
//! escapes and control-character rule) so that it stops where serde_json
//! stops. It does not check UTF-8: serde_json does, and reports it inside
//! the string, where this scanner still is. Containers live on an explicit
//! stack, so a deeply nested document costs memory in proportion to its
//! length, never call-stack depth.

use std::ops::Range;

pub(super) use super::key::key_text;

/// How many levels of nesting have their index or key kept: serde_json
/// refuses documents nested deeper than 128 levels, except inside values a
/// type skips, so a path never needs more, and a hostile depth costs two
/// bytes a level.
pub(super) const TRACKED_DEPTH: usize = 256;

/// One container around the current byte.
#[derive(Debug, Clone, Copy)]
pub(super) struct Frame {
    pub(super) kind: FrameKind,
    /// Where in the container the scanner is.
    pub(super) at: At,
}

/// Which element of a container the scanner is in.
#[derive(Debug, Clone)]
pub(super) struct Slot {
    /// The current element's index (arrays).
    pub(super) index: usize,
    /// The current entry's key, as raw bytes between its quotes (objects).
    pub(super) key: Option<Range<usize>>,
    /// Whether the index or key is the one a watched pointer names at this
    /// depth.
    on_pointer: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FrameKind {
    Array,
    Object,
}

/// A position between the tokens of a container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum At {
    /// Just after `[` or `{`.
    Open,
    /// Just after a `,`.
    Comma,
    /// Inside an object key.
    Key,
    /// After a key, before its `:`.
    AfterKey,
    /// After `:` (objects), or inside an element's value (both kinds).
    Value,
    /// After an element or an entry's value.
    After,
}

/// What the scanner is reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lex {
    /// Whitespace or structure.
    Between,
    /// A string: `key` tells an object key from a value.
    Str {
        key: bool,
        escape: Escape,
    },
    Number(Num),
    /// `true`, `false` or `null`: the bytes still expected.
    Literal {
        rest: &'static [u8],
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Escape {
    None,
    /// After a backslash.
    Started,
    /// Inside `\uXXXX`: hex digits still expected.
    Hex(u8),
}

/// Where a number is in its grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Num {
    Minus,
    Zero,
    Int,
    Dot,
    Fraction,
    Exponent,
    ExponentSign,
    ExponentDigits,
}

impl Num {
    /// Whether the number may end here.
    fn complete(self) -> bool {
        matches!(self, Self::Zero | Self::Int | Self::Fraction | Self::ExponentDigits)
    }

    /// The state after `b`, or `None` if `b` is not part of this number.
    fn next(self, b: u8) -> Option<Self> {
        Some(match (self, b) {
            (Self::Minus, b'0') => Self::Zero,
            (Self::Minus, b'1'..=b'9') => Self::Int,
            (Self::Int, b'0'..=b'9') => Self::Int,
            (Self::Zero | Self::Int, b'.') => Self::Dot,
            (Self::Dot | Self::Fraction, b'0'..=b'9') => Self::Fraction,
            (Self::Zero | Self::Int | Self::Fraction, b'e' | b'E') => Self::Exponent,
            (Self::Exponent, b'+' | b'-') => Self::ExponentSign,
            (Self::Exponent | Self::ExponentSign | Self::ExponentDigits, b'0'..=b'9') => Self::ExponentDigits,
            _ => return None,
        })
    }

    /// Whether `b` after a complete number is still an error inside it
    /// (`01` is not `0` followed by `1` for serde_json: it is a bad number).
    fn rejects_inside(self, b: u8) -> bool {
        match self {
            Self::Zero => b.is_ascii_digit(),
            _ => !self.complete(),
        }
    }
}

/// A JSON pointer being looked for, with the span of the last value found
/// at it (the last one, as `serde_json::Value` keeps the last of duplicate
/// keys).
#[derive(Debug)]
pub(super) struct Watch {
    tokens: Vec<String>,
    /// Where the value at the pointer started, while it is being read.
    open: Option<usize>,
    pub(super) found: Option<Range<usize>>,
}

impl Watch {
    pub(super) fn new(tokens: Vec<String>) -> Self {
        Self { tokens, open: None, found: None }
    }
}

/// The scanner: feed it bytes with [`Scanner::step`] until one is refused.
#[derive(Debug)]
pub(super) struct Scanner<'a> {
    text: &'a [u8],
    pub(super) stack: Vec<Frame>,
    /// The slots of the first [`TRACKED_DEPTH`] frames.
    pub(super) slots: Vec<Slot>,
    pub(super) lex: Lex,
    /// The root value has been read completely.
    pub(super) root_done: bool,
    /// Where the last complete value ended (one past its last byte).
    pub(super) last_end: Option<usize>,
    /// Where the last value started.
    last_start: usize,
    watch: Option<Watch>,
}

/// The byte is not valid JSON here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Refused;

impl<'a> Scanner<'a> {
    pub(super) fn new(text: &'a [u8]) -> Self {
        Self {
            text,
            stack: Vec::new(),
            slots: Vec::new(),
            lex: Lex::Between,
            root_done: false,
            last_end: None,
            last_start: 0,
            watch: None,
        }
    }

    pub(super) fn watching(text: &'a [u8], watch: Watch) -> Self {
        Self { watch: Some(watch), ..Self::new(text) }
    }

    pub(super) fn into_watch(self) -> Option<Watch> {
        self.watch
    }

    pub(super) fn text(&self) -> &'a [u8] {
        self.text
    }

    /// Feeds `text[from..to]`; returns where a byte was refused, if one was.
    pub(super) fn run(&mut self, from: usize, to: usize) -> Option<usize> {
        let to = to.min(self.text.len());
        (from..to).find(|&at| self.step(at).is_err())
    }

    /// Reads the byte at `at`. On `Err`, the state is where the byte was
    /// refused: as before it, except that a number it ended is finished.
    pub(super) fn step(&mut self, at: usize) -> Result<(), Refused> {
        let Some(&b) = self.text.get(at) else { return Err(Refused) };
        match self.lex {
            Lex::Between => self.between(at, b),
            Lex::Str { key, escape } => self.string(at, b, key, escape),
            Lex::Number(num) => match num.next(b) {
                Some(next) => {
                    self.lex = Lex::Number(next);
                    Ok(())
                }
                None if num.rejects_inside(b) => Err(Refused),
                None => {
                    self.finish_number(at);
                    self.between(at, b)
                }
            },
            Lex::Literal { rest } => match rest.split_first() {
                Some((&expected, rest)) if expected == b => {
                    self.lex = Lex::Literal { rest };
                    if rest.is_empty() {
                        self.lex = Lex::Between;
                        self.value_done(at + 1);
                    }
                    Ok(())
                }
                _ => Err(Refused),
            },
        }
    }

    /// The text of the last complete value, if it was a string.
    pub(super) fn last_string(&self) -> Option<String> {
        let end = self.last_end?;
        let closing = end.checked_sub(1)?;
        let is_string = self.text.get(closing) == Some(&b'"') && self.last_start < closing;
        is_string.then(|| key_text(self.text, &(self.last_start + 1..closing)))
    }

    /// Ends a number the input ended in, if it is complete there.
    pub(super) fn finish_at_end(&mut self) {
        self.finish_at(self.text.len());
    }

    /// Ends a number at `end` (where the scan stopped), if it is complete.
    pub(super) fn finish_at(&mut self, end: usize) {
        if let Lex::Number(num) = self.lex {
            if num.complete() {
                self.finish_number(end);
            }
        }
    }

    fn finish_number(&mut self, end: usize) {
        self.lex = Lex::Between;
        self.value_done(end);
    }

    fn between(&mut self, at: usize, b: u8) -> Result<(), Refused> {
        if matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
            return Ok(());
        }
        let Some(top) = self.stack.last_mut() else {
            return if self.root_done { Err(Refused) } else { self.value_start(at, b) };
        };
        match (top.kind, top.at, b) {
            (FrameKind::Array, At::Open | At::After, b']') | (FrameKind::Object, At::Open | At::After, b'}') => {
                self.pop();
                self.value_done(at + 1);
                Ok(())
            }
            (_, At::After, b',') => {
                top.at = At::Comma;
                let kind = top.kind;
                if let Some(slot) = self.top_slot() {
                    if kind == FrameKind::Array {
                        slot.index = slot.index.saturating_add(1);
                    }
                    slot.key = None;
                }
                self.slot_changed();
                Ok(())
            }
            (FrameKind::Array, At::Open | At::Comma, _) => self.value_start(at, b),
            (FrameKind::Object, At::Open | At::Comma, b'"') => {
                top.at = At::Key;
                if let Some(slot) = self.top_slot() {
                    slot.key = Some(at + 1..at + 1);
                }
                self.lex = Lex::Str { key: true, escape: Escape::None };
                Ok(())
            }
            (FrameKind::Object, At::AfterKey, b':') => {
                top.at = At::Value;
                Ok(())
            }
            (FrameKind::Object, At::Value, _) => self.value_start(at, b),
            _ => Err(Refused),
        }
    }

    fn string(&mut self, at: usize, b: u8, key: bool, escape: Escape) -> Result<(), Refused> {
        let escape = match (escape, b) {
            (Escape::None, b'"') => {
                self.lex = Lex::Between;
                if key {
                    self.key_done(at);
                } else {
                    self.value_done(at + 1);
                }
                return Ok(());
            }
            (Escape::None, b'\\') => Escape::Started,
            (Escape::None, 0x00..=0x1f) => return Err(Refused),
            (Escape::None, _) => Escape::None,
            (Escape::Started, b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => Escape::None,
            (Escape::Started, b'u') => Escape::Hex(4),
            (Escape::Hex(left), b) if b.is_ascii_hexdigit() => {
                if left > 1 {
                    Escape::Hex(left - 1)
                } else {
                    Escape::None
                }
            }
            _ => return Err(Refused),
        };
        self.lex = Lex::Str { key, escape };
        Ok(())
    }

    fn value_start(&mut self, at: usize, b: u8) -> Result<(), Refused> {
        let lex = match b {
            b'{' | b'[' => Lex::Between,
            b'"' => Lex::Str { key: false, escape: Escape::None },
            b'-' => Lex::Number(Num::Minus),
            b'0' => Lex::Number(Num::Zero),
            b'1'..=b'9' => Lex::Number(Num::Int),
            b't' => Lex::Literal { rest: b"rue" },
            b'f' => Lex::Literal { rest: b"alse" },
            b'n' => Lex::Literal { rest: b"ull" },
            _ => return Err(Refused),
        };
        if let Some(top) = self.stack.last_mut() {
            top.at = At::Value;
        }
        self.watch_start(at);
        self.last_start = at;
        self.lex = lex;
        let kind = match b {
            b'[' => FrameKind::Array,
            b'{' => FrameKind::Object,
            _ => return Ok(()),
        };
        self.stack.push(Frame { kind, at: At::Open });
        if self.stack.len() <= TRACKED_DEPTH {
            self.slots.push(Slot { index: 0, key: None, on_pointer: false });
        }
        self.slot_changed();
        Ok(())
    }

    fn key_done(&mut self, closing_quote: usize) {
        if let Some(top) = self.stack.last_mut() {
            top.at = At::AfterKey;
        }
        if let Some(key) = self.top_slot().and_then(|slot| slot.key.as_mut()) {
            key.end = closing_quote;
        }
        self.slot_changed();
    }

    fn pop(&mut self) {
        self.stack.pop();
        self.slots.truncate(self.stack.len());
    }

    /// The top frame's slot, if its depth is tracked.
    fn top_slot(&mut self) -> Option<&mut Slot> {
        if self.slots.len() == self.stack.len() { self.slots.last_mut() } else { None }
    }

    fn value_done(&mut self, end: usize) {
        self.last_end = Some(end);
        match self.stack.last_mut() {
            Some(top) => top.at = At::After,
            None => self.root_done = true,
        }
        self.watch_end(end);
    }

    /// The top frame's index or key changed: does it still follow the
    /// watched pointer?
    fn slot_changed(&mut self) {
        let Some(watch) = &self.watch else { return };
        let depth = self.stack.len();
        let (Some(top), Some(slot)) = (self.stack.last(), self.slots.get(depth.wrapping_sub(1))) else { return };
        let on_pointer = match watch.tokens.get(depth - 1) {
            None => false,
            Some(token) => match top.kind {
                FrameKind::Array => pointer_index(token) == Some(slot.index),
                FrameKind::Object => {
                    top.at == At::AfterKey && slot.key.as_ref().is_some_and(|raw| key_text(self.text, raw) == *token)
                }
            },
        };
        if let Some(slot) = self.top_slot() {
            slot.on_pointer = on_pointer;
        }
    }

    fn watch_start(&mut self, at: usize) {
        let Some(watch) = &mut self.watch else { return };
        let depth = self.stack.len();
        if depth == watch.tokens.len() && self.slots.len() == depth && self.slots.iter().all(|slot| slot.on_pointer) {
            watch.open = Some(at);
        }
    }

    fn watch_end(&mut self, end: usize) {
        let Some(watch) = &mut self.watch else { return };
        if self.stack.len() == watch.tokens.len() {
            if let Some(start) = watch.open.take() {
                watch.found = Some(start..end);
            }
        }
    }
}

/// An array index in a JSON pointer, as serde_json reads it: digits, no
/// sign, no leading zero.
fn pointer_index(token: &str) -> Option<usize> {
    if token.starts_with('+') || (token.starts_with('0') && token.len() != 1) {
        return None;
    }
    token.parse().ok()
}
