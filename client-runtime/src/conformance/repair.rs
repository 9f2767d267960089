//! Taking a failed value from the complete payload, so that one run
//! names every field of a payload that fails, not only the first.

use serde_json::Value;

use super::run::Failure;

/// How many values one payload may take before it is given up.
pub(super) const MAX_REPAIRS: usize = 32;

/// Puts into `document` the value `complete` has where `failure` is (or
/// the field it misses); `false` when there is nothing to take.
pub(super) fn repair(document: &mut Value, complete: &Value, failure: &Failure) -> bool {
    let Some(mut tokens) = tokens_of(document, &failure.path) else { return false };
    if let Some(field) = missing_field(&failure.reason) {
        tokens.push(field.to_owned());
        let Some(source) = follow(complete, &tokens) else { return false };
        let field = tokens.pop().unwrap_or_default();
        return match follow_mut(document, &tokens) {
            Some(Value::Object(target)) if !target.contains_key(&field) => {
                target.insert(field, source.clone());
                true
            }
            _ => false,
        };
    }
    // The document itself is not replaced: that would only try the
    // complete payload again.
    if tokens.is_empty() {
        return false;
    }
    let Some(source) = follow(complete, &tokens) else { return false };
    match follow_mut(document, &tokens) {
        Some(slot) if slot != source => {
            *slot = source.clone();
            true
        }
        _ => false,
    }
}

/// `missing field `x`` -> `x`.
fn missing_field(reason: &str) -> Option<&str> {
    let rest = reason.strip_prefix("missing field `")?;
    rest.split_once('`').map(|(field, _)| field)
}

/// The keys and indexes of a path as decode errors spell it, read against
/// the document (a key may hold `.` or `[`: the longest key that fits wins).
fn tokens_of(document: &Value, path: &str) -> Option<Vec<String>> {
    let mut tokens = Vec::new();
    if path == "." {
        return Some(tokens);
    }
    let mut rest = path;
    let mut current = document;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let (index, tail) = after.split_once(']')?;
            current = current.get(index.parse::<usize>().ok()?)?;
            tokens.push(index.to_owned());
            rest = tail;
            continue;
        }
        if !tokens.is_empty() {
            rest = rest.strip_prefix('.')?;
        }
        let key = current
            .as_object()?
            .keys()
            .filter(|key| {
                rest.strip_prefix(key.as_str()).is_some_and(|tail| tail.is_empty() || tail.starts_with(['.', '[']))
            })
            .max_by_key(|key| key.len())?;
        current = &current[key.as_str()];
        rest = &rest[key.len()..];
        tokens.push(key.clone());
    }
    Some(tokens)
}

/// The value at `tokens` in the complete payload, whose arrays hold one
/// element: an index past its end reads its first.
fn follow<'a>(document: &'a Value, tokens: &[String]) -> Option<&'a Value> {
    let mut current = document;
    for token in tokens {
        current = match current {
            Value::Array(items) => {
                let index: usize = token.parse().ok()?;
                items.get(index).or_else(|| items.first())?
            }
            Value::Object(object) => object.get(token)?,
            _ => return None,
        };
    }
    Some(current)
}

fn follow_mut<'a>(document: &'a mut Value, tokens: &[String]) -> Option<&'a mut Value> {
    let mut current = document;
    for token in tokens {
        current = match current {
            Value::Array(items) => items.get_mut(token.parse::<usize>().ok()?)?,
            Value::Object(object) => object.get_mut(token)?,
            _ => return None,
        };
    }
    Some(current)
}
