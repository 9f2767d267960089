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

/// One container around the current byte.
#[derive(Debug, Clone)]
pub(super) struct Frame {
    pub(super) kind: FrameKind,
    /// Where in the container the scanner is.
    pub(super) at: At,
    /// The current element's index (arrays).
    pub(super) index: usize,
    /// The current entry's key, as raw bytes between its quotes (objects).
    pub(super) key: Option<Range<usize>>,
    /// Whether the current index or key is the one a watched pointer names
    /// at this depth.
    pub(super) on_pointer: bool,
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
        if let Lex::Number(num) = self.lex {
            if num.complete() {
                self.finish_number(self.text.len());
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
                self.stack.pop();
                self.value_done(at + 1);
                Ok(())
            }
            (_, At::After, b',') => {
                top.at = At::Comma;
                if top.kind == FrameKind::Array {
                    top.index = top.index.saturating_add(1);
                }
                self.slot_changed();
                Ok(())
            }
            (FrameKind::Array, At::Open | At::Comma, _) => self.value_start(at, b),
            (FrameKind::Object, At::Open | At::Comma, b'"') => {
                top.at = At::Key;
                top.key = Some(at + 1..at + 1);
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
        self.stack.push(Frame { kind, at: At::Open, index: 0, key: None, on_pointer: false });
        self.slot_changed();
        Ok(())
    }

    fn key_done(&mut self, closing_quote: usize) {
        if let Some(top) = self.stack.last_mut() {
            top.at = At::AfterKey;
            if let Some(key) = &mut top.key {
                key.end = closing_quote;
            }
        }
        self.slot_changed();
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
        let Some(top) = self.stack.last() else { return };
        let on_pointer = match watch.tokens.get(depth - 1) {
            None => false,
            Some(token) => match top.kind {
                FrameKind::Array => pointer_index(token) == Some(top.index),
                FrameKind::Object => {
                    top.at == At::AfterKey && top.key.as_ref().is_some_and(|raw| key_text(self.text, raw) == *token)
                }
            },
        };
        if let Some(top) = self.stack.last_mut() {
            top.on_pointer = on_pointer;
        }
    }

    fn watch_start(&mut self, at: usize) {
        let Some(watch) = &mut self.watch else { return };
        if self.stack.len() == watch.tokens.len() && self.stack.iter().all(|frame| frame.on_pointer) {
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

/// The text of a key from its raw bytes between the quotes, escapes
/// decoded. Anything malformed becomes U+FFFD: a key serde_json accepted is
/// well formed, and one it refused is never shown.
pub(super) fn key_text(text: &[u8], raw: &Range<usize>) -> String {
    let bytes = text.get(raw.clone()).unwrap_or_default();
    if !bytes.contains(&b'\\') {
        return String::from_utf8_lossy(bytes).into_owned();
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let Some((&kind, tail)) = rest.split_first() else { break };
        rest = tail;
        let simple = match kind {
            b'b' => Some(b'\x08'),
            b'f' => Some(b'\x0c'),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'u' => None,
            other => Some(other),
        };
        if let Some(byte) = simple {
            out.push(byte);
            continue;
        }
        let (c, tail) = unicode_escape(rest);
        rest = tail;
        let mut buf = [0; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decodes the hex digits after `\u`, joining a surrogate pair.
fn unicode_escape(rest: &[u8]) -> (char, &[u8]) {
    let Some(first) = hex4(rest) else { return (char::REPLACEMENT_CHARACTER, rest) };
    let rest = &rest[4..];
    if !(0xD800..0xDC00).contains(&first) {
        return (char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER), rest);
    }
    match rest.strip_prefix(b"\\u").and_then(|tail| Some((hex4(tail)?, &tail[4..]))) {
        Some((second, tail)) if (0xDC00..0xE000).contains(&second) => {
            let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            (char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER), tail)
        }
        _ => (char::REPLACEMENT_CHARACTER, rest),
    }
}

fn hex4(bytes: &[u8]) -> Option<u32> {
    let digits = bytes.get(..4)?;
    if !digits.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    let text = std::str::from_utf8(digits).ok()?;
    u32::from_str_radix(text, 16).ok()
}
