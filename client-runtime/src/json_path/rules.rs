//! Where serde_json and the deserializer around it were when an error
//! stopped them, from the scanner's state at the error's position.

use super::path::{Path, Segment};
use super::scan::{At, FrameKind, Lex, Scanner, key_text};

/// The input ended too soon.
pub(super) fn at_end(text: &[u8]) -> Path {
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
pub(super) fn at_syntax(text: &[u8], offset: usize, message: &str) -> Path {
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
    settled(&scanner)
}

/// A visitor refused a value; serde_json reports it just after the value,
/// after the key for field errors, or just before a map or sequence.
pub(super) fn at_data(text: &[u8], offset: usize, message: &str) -> Path {
    if let Some(path) = unit_variant(text, offset, message) {
        return path;
    }
    let mut scanner = Scanner::new(text);
    if let Some(at) = scanner.run(0, offset) {
        return refused(&scanner, text[at], message);
    }
    if let Lex::Str { key: true, .. } = scanner.lex {
        // A map's integer key (`HashMap<u8, _>`): named once all of it read
        // as an integer (the error is at its closing quote), `?` otherwise.
        let start = scanner.slots.get(scanner.stack.len().wrapping_sub(1)).and_then(|slot| slot.key.clone());
        let whole = text.get(offset) == Some(&b'"');
        let integer = |key: &String| {
            let digits = key.strip_prefix('-').unwrap_or(key);
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        };
        let key = start.filter(|_| whole).map(|raw| key_text(text, &(raw.start..offset))).filter(integer);
        return own_path(&scanner).then(key.map_or(Segment::Unknown, Segment::Key));
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
    settled(&scanner)
}

/// `"Variant"` where the variant holds data: the enum's error has no
/// position, and gets the one of the container around it, which has looked
/// for its end by then (past blanks, and past its closing bracket when that
/// came next). The path names the variant.
pub(super) fn unit_variant(text: &[u8], offset: usize, message: &str) -> Option<Path> {
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
fn settled(scanner: &Scanner<'_>) -> Path {
    match scanner.lex {
        Lex::Str { key: true, .. } => own_path(scanner).then(Segment::Unknown),
        Lex::Between if !expecting_value(scanner) => own_path(scanner),
        _ => value_path(scanner),
    }
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

/// The path through the first `depth` containers; past the levels the
/// scanner tracks, it stops.
fn path_through(scanner: &Scanner<'_>, depth: usize) -> Path {
    let segments = scanner.stack[..depth]
        .iter()
        .zip(&scanner.slots)
        .map(|(frame, slot)| match (frame.kind, &slot.key) {
            (FrameKind::Array, _) => Segment::Index(slot.index),
            (FrameKind::Object, Some(raw)) => Segment::Key(key_text(scanner.text(), raw)),
            (FrameKind::Object, None) => Segment::Unknown,
        })
        .collect();
    Path { segments }
}
