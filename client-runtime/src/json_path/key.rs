//! A key's text from its JSON spelling.

use std::ops::Range;

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
