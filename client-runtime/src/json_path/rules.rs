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
        // A container looking for its end takes a `}` or `]` where one
        // cannot be, while an error from inside it is on its way out.
        let taken_as_end = at + 1 == offset && matches!(text[at], b'}' | b']');
        if !taken_as_end {
            return refused(&scanner, text[at], message);
        }
    }
    match (scanner.lex, scanner.stack.last()) {
        (Lex::Str { key: true, .. }, _) => return integer_key(&scanner, offset),
        (Lex::Between, Some(top)) if top.kind == FrameKind::Object && top.at == At::AfterKey => {
            // `unknown field` is raised reading the key, `duplicate field`
            // by the struct after it; `unknown variant` by the enum whose
            // variant is the key.
            let of_the_object = message.starts_with("duplicate field") || message.starts_with("unknown variant");
            return if of_the_object { own_path(&scanner) } else { value_path(&scanner) };
        }
        // A number that ends here.
        (Lex::Number(_), _) => return value_path(&scanner),
        _ => {}
    }
    if expecting_value(&scanner) && refused_unread(text, offset, message) {
        return value_path(&scanner);
    }
    if scanner.last_end == Some(offset) {
        // A value ends here: its own error, unless it is a container whose
        // end was found while an error from inside it was on its way out.
        let closed = matches!(offset.checked_sub(1).and_then(|at| text.get(at)), Some(b']' | b'}'));
        if closed && from_inside(&scanner, offset, message) {
            if let Some(child) = last_child(text, offset - 1) {
                return value_path(&child);
            }
        }
        return value_path(&scanner);
    }
    match after_blanks(text, offset) {
        Some(origin) => value_path(&origin),
        None => settled(&scanner),
    }
}

/// A map's integer key (`HashMap<u8, _>`) is named once all of it read as
/// an integer (the error is then at its closing quote), `?` otherwise.
fn integer_key(scanner: &Scanner<'_>, offset: usize) -> Path {
    let text = scanner.text();
    let start = scanner.slots.get(scanner.stack.len().wrapping_sub(1)).and_then(|slot| slot.key.clone());
    let whole = text.get(offset) == Some(&b'"');
    let integer = |key: &String| {
        let digits = key.strip_prefix('-').unwrap_or(key);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let key = start.filter(|_| whole).map(|raw| key_text(text, &(raw.start..offset))).filter(integer);
    own_path(scanner).then(key.map_or(Segment::Unknown, Segment::Key))
}

/// Whether the map or sequence starting at `offset` was refused at its
/// first byte, before it was read. The same message at the same place can
/// also be an error from inside the array element before it (see below),
/// when that element is a container of the same kind: then it is that.
fn refused_unread(text: &[u8], offset: usize, message: &str) -> bool {
    let (kind, closing) = match text.get(offset) {
        Some(b'{') => ("invalid type: map", b'}'),
        Some(b'[') => ("invalid type: sequence", b']'),
        _ => return false,
    };
    if !message.starts_with(kind) {
        return false;
    }
    let comma = blanks_before(text, offset).checked_sub(1).filter(|&at| text[at] == b',');
    let previous = comma.and_then(|at| blanks_before(text, at).checked_sub(1)).map(|at| text[at]);
    previous != Some(closing) || after_blanks(text, offset).is_none()
}

// serde reads an internally tagged or untagged enum whole before deciding
// (and a flattened field after its struct), so such an error has no
// position: serde_json gives it the one where the container around it
// looked for its end. That skipped blanks, then took a `]` or `}` if one
// came next (the error then follows the container's end), or an array's
// `,` and the blanks after it.

/// Whether an error reported just after a container closed came from
/// inside it (the scanner is past the container).
fn from_inside(scanner: &Scanner<'_>, offset: usize, message: &str) -> bool {
    if message.starts_with("data did not match any variant") {
        // The enum is the container itself if what surrounds it can have
        // stopped there, that is, an object's entry followed by a byte
        // the object does not take as its end.
        let in_object = scanner.stack.last().is_some_and(|top| top.kind == FrameKind::Object);
        let next = text_at(scanner, offset);
        return !in_object || next.is_some_and(|b| b.is_ascii_whitespace() || b == b'}');
    }
    let closed = offset.checked_sub(1).and_then(|at| text_at(scanner, at));
    if closed == Some(b'}') {
        // An object's own errors come here too: a missing field, a
        // flattened field. They are taken as its.
        return false;
    }
    // An array's own error there is about its length (a short tuple); a
    // wrong type is reported at its `[`.
    !message.starts_with("invalid length")
}

fn text_at(scanner: &Scanner<'_>, at: usize) -> Option<u8> {
    scanner.text().get(at).copied()
}

fn blanks_before(text: &[u8], mut at: usize) -> usize {
    while at > 0 && text[at - 1].is_ascii_whitespace() {
        at -= 1;
    }
    at
}

/// The scanner just after the last value inside the container that
/// closes at `closing`, if it has one.
fn last_child(text: &[u8], closing: usize) -> Option<Scanner<'_>> {
    scanner_after_value(text, blanks_before(text, closing))
}

/// The scanner just after the value before `offset`, past the blanks
/// and, in an array, the `,` its container skipped.
fn after_blanks(text: &[u8], offset: usize) -> Option<Scanner<'_>> {
    let mut end = blanks_before(text, offset.min(text.len()));
    if end > 0 && text[end - 1] == b',' {
        end = blanks_before(text, end - 1);
        let scanner = scanner_after_value(text, end)?;
        let in_array = scanner.stack.last().is_some_and(|top| top.kind == FrameKind::Array);
        return in_array.then_some(scanner);
    }
    scanner_after_value(text, end)
}

/// The scanner at `end`, if a value ends exactly there.
fn scanner_after_value(text: &[u8], end: usize) -> Option<Scanner<'_>> {
    let mut scanner = Scanner::new(text);
    if scanner.run(0, end).is_some() {
        return None;
    }
    scanner.finish_at(end);
    let complete = scanner.lex == Lex::Between && scanner.last_end == Some(end);
    complete.then_some(scanner)
}

/// `"Variant"` where the variant holds data: the enum's error has no
/// position (see above). The path names the variant.
pub(super) fn unit_variant(text: &[u8], offset: usize, message: &str) -> Option<Path> {
    if !message.starts_with("invalid type: unit variant") {
        return None;
    }
    let string =
        |scanner: Scanner<'_>| scanner.last_string().map(|variant| value_path(&scanner).then(Segment::Key(variant)));
    if let Some(path) = after_blanks(text, offset).and_then(string) {
        return Some(path);
    }
    let closing = offset.checked_sub(1).filter(|&at| matches!(text.get(at), Some(b']' | b'}')))?;
    last_child(text, closing).and_then(string)
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
