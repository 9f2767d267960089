//! A payload's variants: read from their lines, put into a copy of the
//! document, grouped into batches that do not overlap.

use serde_json::Value;

/// Why a variant changes a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Reason {
    /// The description says the value may be `null`.
    Null,
    /// A map's value (`map`) or a list's element (`list`) may be `null`.
    NullEntry(String),
    /// One of the enum's values.
    Enum,
    /// The largest integer of the format (`int64`), or the `maximum`.
    Largest(String),
    /// A negative `minimum`.
    Minimum,
    /// The Nth alternative (counted from 1) of `oneOf` or `anyOf`.
    Alternative { keyword: String, number: usize },
    /// A value the enum does not list: a probe, whose failure is a note.
    UnknownEnum,
    /// A negative integer where no minimum is given: a probe too.
    Negative,
}

impl Reason {
    fn parse(text: &str) -> Option<Reason> {
        Some(match text.split(':').collect::<Vec<_>>()[..] {
            ["null"] => Reason::Null,
            ["null", container @ ("map" | "list")] => Reason::NullEntry((*container).to_owned()),
            ["enum"] => Reason::Enum,
            ["max", format] => Reason::Largest(format.to_owned()),
            ["min"] => Reason::Minimum,
            ["alt", keyword, number] => {
                Reason::Alternative { keyword: keyword.to_owned(), number: number.parse().ok()? }
            }
            ["probe", "enum"] => Reason::UnknownEnum,
            ["probe", "negative"] => Reason::Negative,
            _ => return None,
        })
    }

    /// A probe's failure is a note, not a failure.
    pub(super) fn is_probe(&self) -> bool {
        matches!(self, Reason::UnknownEnum | Reason::Negative)
    }
}

/// One change: `value` put at `pointer`.
#[derive(Debug, Clone)]
pub(super) struct Variant {
    pub(super) reason: Reason,
    pub(super) pointer: String,
    pub(super) value: Value,
    /// The pointer as a path, as decode errors spell paths (`items[0].id`).
    pub(super) path: String,
}

/// The variants of `lines` that apply to `document`, and the lines that
/// could not be read.
pub(super) fn parse(lines: &str, document: &Value) -> (Vec<Variant>, Vec<String>) {
    let mut variants = Vec::new();
    let mut unreadable = Vec::new();
    for line in lines.lines().map(str::trim).filter(|line| !line.is_empty()) {
        match parse_line(line).filter(|v| document.pointer(&v.pointer).is_some()) {
            Some(mut variant) => {
                variant.path = display_path(document, &variant.pointer);
                variants.push(variant);
            }
            None => unreadable.push(line.to_owned()),
        }
    }
    (variants, unreadable)
}

/// `reason "pointer" value`.
fn parse_line(line: &str) -> Option<Variant> {
    let (reason, rest) = line.split_once(' ')?;
    let reason = Reason::parse(reason)?;
    let mut values = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
    let pointer = values.next()?.ok()?.as_str()?.to_owned();
    let value = serde_json::from_str(rest.get(values.byte_offset()..)?).ok()?;
    Some(Variant { reason, pointer, value, path: String::new() })
}

/// The path of the value at `pointer` in `document`, spelt as decode
/// errors spell it: keys joined by `.`, indexes as `[i]`, `.` for the
/// document itself.
pub(crate) fn display_path(document: &Value, pointer: &str) -> String {
    let mut path = String::new();
    let mut current = Some(document);
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        match current {
            Some(Value::Array(items)) => {
                path.push_str(&format!("[{token}]"));
                current = token.parse::<usize>().ok().and_then(|index| items.get(index));
            }
            other => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&token);
                current = other.and_then(|value| value.get(&token));
            }
        }
    }
    if path.is_empty() { ".".to_owned() } else { path }
}

/// Whether the value at `outer` holds the one at `inner`, or is it.
pub(super) fn contains(outer: &str, inner: &str) -> bool {
    if outer == "." || outer == inner {
        return true;
    }
    inner.strip_prefix(outer).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

/// A copy of `document` with every variant of `batch` applied.
pub(super) fn apply(document: &Value, batch: &[&Variant]) -> Vec<u8> {
    let mut changed = document.clone();
    for variant in batch {
        if let Some(slot) = changed.pointer_mut(&variant.pointer) {
            *slot = variant.value.clone();
        }
    }
    serde_json::to_vec(&changed).unwrap_or_default()
}

/// Groups variants into batches in which none holds another, probes apart
/// from the rest (a probe's failure is only a note), in their order.
pub(super) fn batches(variants: &[Variant]) -> Vec<Vec<&Variant>> {
    let mut batches: Vec<Vec<&Variant>> = Vec::new();
    for variant in variants {
        let fits = |batch: &Vec<&Variant>| {
            batch.iter().all(|other| {
                other.reason.is_probe() == variant.reason.is_probe()
                    && !contains(&other.path, &variant.path)
                    && !contains(&variant.path, &other.path)
            })
        };
        match batches.iter_mut().find(|batch| fits(batch)) {
            Some(batch) => batch.push(variant),
            None => batches.push(vec![variant]),
        }
    }
    batches
}
