//! Builds one JSON document from a schema: the maximal one (every
//! property, with the variants to try on it) or the minimal one (only what
//! is required). Bounded: past a depth or a number of values, only
//! required properties are written; a schema met again inside itself is
//! written minimal; and past hard limits the document is given up.

use serde_json::{Map, Number, Value};

use super::view::{Bound, View};
use super::{Reason, Variant};

/// Nesting under which the maximal document still writes optional properties.
const FULL_DEPTH: usize = 8;

/// Values a document holds before it writes only required properties.
const FULL_VALUES: usize = 1500;

/// Nesting past which nothing is written: a required property there
/// gives the document up.
const HARD_DEPTH: usize = 32;

/// Values past which nothing is written.
const HARD_VALUES: usize = 20_000;

/// Elements written for an array: one, or its `minItems` up to this.
const MAX_ITEMS: usize = 3;

/// The key of the one entry written for `additionalProperties`.
pub(super) const EXAMPLE_KEY: &str = "example";

/// A value a string enum does not list, for the probe.
const UNKNOWN_VALUE: &str = "x-value-not-in-the-description";

/// Which document is built.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Maximal,
    Minimal,
}

/// Where a value is: a property, a map's value or a list's element (a
/// `null` there asks for another fix).
#[derive(Clone, Copy)]
enum Slot {
    Property,
    MapValue,
    Element,
}

/// A document, its variants (maximal only), and whether the limits cut it.
pub(super) struct Built {
    pub(super) json: Value,
    pub(super) variants: Vec<Variant>,
    /// Optional properties were left out once the limits were reached.
    pub(super) trimmed: bool,
}

/// The document `schema` describes, in `mode`; `forced` is a JSON pointer
/// whose properties are written even when optional (a listing's items).
/// `None` when a required value cannot be written within the limits.
pub(super) fn build(root: &Value, schema: &Value, mode: Mode, forced: &str) -> Option<Built> {
    let mut generator =
        Generator { root, mode, forced, values: 0, stack: Vec::new(), variants: Vec::new(), trimmed: false };
    let json = generator.value(schema, "", Slot::Property, 0, mode == Mode::Minimal)?;
    Some(Built { json, variants: generator.variants, trimmed: generator.trimmed })
}

struct Generator<'a> {
    root: &'a Value,
    mode: Mode,
    forced: &'a str,
    /// Values written so far.
    values: usize,
    /// The `$ref`s being written, outermost first.
    stack: Vec<&'a str>,
    variants: Vec<Variant>,
    trimmed: bool,
}

impl<'a> Generator<'a> {
    /// The value at `pointer`, in `slot`; `minimal` once only required
    /// properties are written below.
    fn value(&mut self, schema: &'a Value, pointer: &str, slot: Slot, depth: usize, minimal: bool) -> Option<Value> {
        let view = View::of(self.root, schema);
        if depth > HARD_DEPTH || self.values >= HARD_VALUES {
            return view.nullable.then_some(Value::Null);
        }
        let cycle = view.identity.is_some_and(|identity| self.stack.contains(&identity));
        if cycle && minimal && view.nullable {
            return Some(Value::Null);
        }
        let minimal = minimal || cycle || depth > FULL_DEPTH || self.values >= FULL_VALUES;
        self.values += 1;
        if let Some(identity) = view.identity {
            self.stack.push(identity);
        }
        let value = self.fresh(&view, pointer, depth, minimal);
        if view.identity.is_some() {
            self.stack.pop();
        }
        if value.is_some() && !pointer.is_empty() && view.nullable {
            let reason = match slot {
                Slot::Property => Reason::Null,
                Slot::MapValue => Reason::NullEntry("map"),
                Slot::Element => Reason::NullEntry("list"),
            };
            self.vary(reason, pointer, Value::Null);
        }
        value
    }

    fn fresh(&mut self, view: &View<'a>, pointer: &str, depth: usize, minimal: bool) -> Option<Value> {
        if let Some(constant) = view.constant {
            return Some(constant.clone());
        }
        if let Some(first) = view.enumeration.first() {
            self.enum_variants(view, pointer);
            return Some((*first).clone());
        }
        if let Some((_, first)) = view.alternatives.first().copied() {
            return self.alternatives(view, first, pointer, depth, minimal);
        }
        let value = self.of_kind(view, view.kind(), pointer, depth, minimal)?;
        for (number, kind) in view.types.iter().enumerate().skip(1) {
            if let Some(other) = self.detached(|g| g.of_kind(view, Some(kind), pointer, depth, minimal)) {
                self.vary(Reason::Alternative { keyword: "type", number: number + 1 }, pointer, other);
            }
        }
        Some(value)
    }

    /// `oneOf`/`anyOf`: the first branch (with the schema's own
    /// properties), and each other branch as a variant.
    fn alternatives(
        &mut self,
        view: &View<'a>,
        first: &'a Value,
        pointer: &str,
        depth: usize,
        minimal: bool,
    ) -> Option<Value> {
        let own = (!view.properties.is_empty()).then(|| self.object(view, pointer, depth, minimal)).flatten();
        let value = merged(own.clone(), self.value(first, pointer, Slot::Property, depth + 1, minimal)?);
        for (number, (keyword, branch)) in view.alternatives.iter().enumerate().skip(1) {
            let other = self.detached(|g| g.value(branch, pointer, Slot::Property, depth + 1, minimal));
            if let Some(other) = other {
                self.vary(Reason::Alternative { keyword, number: number + 1 }, pointer, merged(own.clone(), other));
            }
        }
        Some(value)
    }

    fn of_kind(
        &mut self,
        view: &View<'a>,
        kind: Option<&str>,
        pointer: &str,
        depth: usize,
        minimal: bool,
    ) -> Option<Value> {
        match kind {
            Some("object") => self.object(view, pointer, depth, minimal),
            Some("array") => self.array(view, pointer, depth, minimal),
            Some("string") => Some(Value::String(string(view))),
            Some("integer") => Some(self.integer(view, pointer)),
            Some("number") => Some(number(view)),
            Some("boolean") => {
                Some(view.example.or(view.default).filter(|v| v.is_boolean()).cloned().unwrap_or(Value::Bool(true)))
            }
            Some("null") => Some(Value::Null),
            // A schema that does not say: an object, which a type left open
            // (`serde_json::Value`, a map) takes.
            _ => Some(Value::Object(Map::new())),
        }
    }

    fn object(&mut self, view: &View<'a>, pointer: &str, depth: usize, minimal: bool) -> Option<Value> {
        let mut object = Map::new();
        for (name, schema) in &view.properties {
            let at = format!("{pointer}/{}", escape(name));
            let required = view.required.contains(name);
            let forced = self.is_forced(&at);
            if !required && !forced && (minimal || View::of(self.root, schema).write_only) {
                self.trimmed |= minimal && self.mode == Mode::Maximal;
                continue;
            }
            match self.value(schema, &at, Slot::Property, depth + 1, minimal && !forced) {
                Some(value) => {
                    object.insert((*name).to_owned(), value);
                }
                None if required || forced => return None,
                None => {}
            }
        }
        if let Some(additional) = view.additional {
            if !minimal && !object.contains_key(EXAMPLE_KEY) {
                let at = format!("{pointer}/{EXAMPLE_KEY}");
                if let Some(value) = self.value(additional, &at, Slot::MapValue, depth + 1, minimal) {
                    object.insert(EXAMPLE_KEY.to_owned(), value);
                }
            }
        }
        Some(Value::Object(object))
    }

    fn array(&mut self, view: &View<'a>, pointer: &str, depth: usize, minimal: bool) -> Option<Value> {
        let Some(items) = view.items else { return Some(Value::Array(Vec::new())) };
        let count = view.min_items.clamp(1, MAX_ITEMS);
        let mut elements = Vec::with_capacity(count);
        for index in 0..count {
            let at = format!("{pointer}/{index}");
            match self.value(items, &at, Slot::Element, depth + 1, minimal) {
                Some(value) => elements.push(value),
                None if index < view.min_items => return None,
                None => break,
            }
        }
        Some(Value::Array(elements))
    }

    /// A plain integer, and the variants at the ends of its range.
    fn integer(&mut self, view: &View<'a>, pointer: &str) -> Value {
        let (low, high) = range(view);
        if let Some((largest, reason)) = largest(view, high) {
            self.vary(Reason::Largest(reason), pointer, Value::from(largest));
        }
        match view.minimum {
            Some(_) if low < 0 => self.vary(Reason::Minimum, pointer, Value::from(low)),
            Some(_) => {}
            None => self.vary(Reason::Negative, pointer, Value::from(-1)),
        }
        let example = [view.example, view.default].into_iter().flatten().find_map(Value::as_i64);
        Value::from(example.filter(|n| (low..=high).contains(n)).unwrap_or(1.clamp(low, high.max(low))))
    }

    fn enum_variants(&mut self, view: &View<'a>, pointer: &str) {
        for value in view.enumeration.iter().skip(1) {
            self.vary(Reason::Enum, pointer, (*value).clone());
        }
        if view.enumeration.iter().all(|value| value.is_string()) {
            self.vary(Reason::UnknownEnum, pointer, Value::String(UNKNOWN_VALUE.to_owned()));
        }
    }

    /// A value for a variant, whose own variants are not kept: a variant
    /// changes one thing.
    fn detached(&mut self, build: impl FnOnce(&mut Self) -> Option<Value>) -> Option<Value> {
        let kept = self.variants.len();
        let value = build(self);
        self.variants.truncate(kept);
        value
    }

    fn vary(&mut self, reason: Reason, pointer: &str, value: Value) {
        if self.mode == Mode::Maximal && !pointer.is_empty() {
            self.variants.push(Variant { reason, pointer: pointer.to_owned(), value });
        }
    }

    /// Whether the property at `pointer` is on the way to `forced`.
    fn is_forced(&self, pointer: &str) -> bool {
        self.forced.strip_prefix(pointer).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }
}

/// The schema's own properties and a branch's, when both are objects.
fn merged(own: Option<Value>, branch: Value) -> Value {
    match (own, branch) {
        (Some(Value::Object(mut own)), Value::Object(branch)) => {
            own.extend(branch);
            Value::Object(own)
        }
        (_, branch) => branch,
    }
}

/// A string: the example or default, else one in the shape of its format,
/// as long as `minLength` and `maxLength` allow.
fn string(view: &View<'_>) -> String {
    let written = [view.example, view.default].into_iter().flatten().find_map(Value::as_str);
    let mut text = written.map(str::to_owned).unwrap_or_else(|| by_format(view.format).to_owned());
    let min = view.min_length.min(1024);
    let count = text.chars().count();
    if count < min {
        text.extend(std::iter::repeat_n('x', min - count));
    }
    if let Some(max) = view.max_length {
        text = text.chars().take(max).collect();
    }
    text
}

fn by_format(format: Option<&str>) -> &'static str {
    match format {
        Some("date-time") => "2024-01-02T03:04:05Z",
        Some("date") => "2024-01-02",
        Some("time") => "03:04:05Z",
        Some("uri" | "url" | "uri-reference" | "iri") => "https://example.com/",
        Some("uri-template") => "https://example.com/{id}",
        Some("email" | "idn-email") => "octocat@example.com",
        Some("uuid") => "123e4567-e89b-12d3-a456-426614174000",
        Some("ipv4") => "192.0.2.1",
        Some("ipv6") => "2001:db8::1",
        Some("hostname") => "example.com",
        Some("byte") => "ZXhhbXBsZQ==",
        _ => "example",
    }
}

/// A number: the example or default, else 1.5 within the bounds.
fn number(view: &View<'_>) -> Value {
    let written = [view.example, view.default].into_iter().flatten().find(|v| v.is_number());
    if let Some(written) = written {
        return written.clone();
    }
    let low = view.minimum.map_or(f64::MIN, |b| b.value);
    let high = view.maximum.map_or(f64::MAX, |b| b.value);
    let value = if low <= high { 1.5_f64.clamp(low, high) } else { 1.5 };
    Number::from_f64(value).map_or(Value::from(1), Value::Number)
}

/// The integers the schema allows, within its format.
fn range(view: &View<'_>) -> (i64, i64) {
    let (format_low, format_high) = match view.format {
        Some("int32") => (i64::from(i32::MIN), i64::from(i32::MAX)),
        _ => (i64::MIN, i64::MAX),
    };
    let low = view.minimum.map_or(format_low, |bound| integer_bound(bound, true)).max(format_low);
    let high = view.maximum.map_or(format_high, |bound| integer_bound(bound, false)).min(format_high);
    (low, high)
}

/// The smallest (`low`) or largest integer a bound allows, saturating.
fn integer_bound(bound: Bound, low: bool) -> i64 {
    let edge = if low { bound.value.ceil() } else { bound.value.floor() };
    let on_edge = bound.exclusive && edge == bound.value;
    // `as` saturates at the ends of `i64`, and reads NaN as 0.
    let edge = edge as i64;
    match (on_edge, low) {
        (true, true) => edge.saturating_add(1),
        (true, false) => edge.saturating_sub(1),
        (false, _) => edge,
    }
}

/// The largest integer to try, and why: the format's largest (capped by a
/// `maximum`), or the `maximum` alone.
fn largest(view: &View<'_>, high: i64) -> Option<(i64, String)> {
    let format = view.format.filter(|format| matches!(*format, "int32" | "int64"));
    match (format, view.maximum) {
        (Some(format), Some(_)) if high < format_largest(format) => Some((high, "maximum".to_owned())),
        (Some(format), _) => Some((format_largest(format), format.to_owned())),
        (None, Some(_)) => Some((high, "maximum".to_owned())),
        (None, None) => None,
    }
}

fn format_largest(format: &str) -> i64 {
    if format == "int32" { i64::from(i32::MAX) } else { i64::MAX }
}

/// A property name as a JSON pointer token.
pub(super) fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}
