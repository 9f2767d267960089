//! Running a method's payloads through a decoder, and finding which
//! variant broke a batch.

use serde_json::Value;

use super::variant::{self, Reason, Variant};
use super::{Method, Payload, Report};
use super::{message, repair};

/// Where a decode failed (a path as decode errors spell it, `.` for the
/// document) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Failure {
    pub(super) path: String,
    pub(super) reason: String,
}

impl Failure {
    pub(super) fn new(path: String, reason: String) -> Failure {
        Failure { path, reason }
    }

    /// The failure with its path put under `outer` (an item's path under
    /// the items array's).
    pub(super) fn under(self, outer: &str) -> Failure {
        let path = match (outer, self.path.as_str()) {
            (".", _) => self.path,
            (_, ".") => outer.to_owned(),
            (_, inner) if inner.starts_with('[') => format!("{outer}{inner}"),
            (_, inner) => format!("{outer}.{inner}"),
        };
        Failure { path, ..self }
    }
}

/// What one decode gave.
pub(super) type Outcome = Result<(), Failure>;

/// Every payload of `method` through `decode`.
pub(super) fn method(method: &Method, decode: impl Fn(&[u8]) -> Outcome) -> Report {
    let mut report = Report::default();
    report.notes.extend(method.notes.iter().map(|note| format!("`{}`: {note}", method.name)));
    for payload in method.payloads {
        self::payload(method, payload, &decode, &mut report);
    }
    message::gather_notes(method, &mut report);
    report
}

fn payload(method: &Method, payload: &Payload, decode: &impl Fn(&[u8]) -> Outcome, report: &mut Report) {
    let variants = payload.variants.lines().filter(|line| !line.trim().is_empty()).count();
    if let Err(failure) = decode(payload.json.as_bytes()) {
        report.failures.push(message::payload_failure(method, payload, &failure, variants));
        let complete = payload.complete.and_then(|index| method.payloads.get(index));
        if let Some(complete) = complete {
            every_failure(method, payload, complete, failure, decode, report);
        }
        return;
    }
    if variants == 0 {
        return;
    }
    let Ok(document) = serde_json::from_str::<Value>(payload.json) else { return };
    let (variants, unreadable) = variant::parse(payload.variants, &document);
    for line in unreadable {
        report.failures.push(message::unreadable_variant(method, payload, &line));
    }
    for batch in variant::batches(&variants) {
        self::batch(method, &document, batch, decode, report);
    }
}

/// After a payload's first failure: takes the failed value from the
/// complete payload and decodes again, reporting each further failure.
fn every_failure(
    method: &Method,
    payload: &Payload,
    complete: &Payload,
    mut failure: Failure,
    decode: &impl Fn(&[u8]) -> Outcome,
    report: &mut Report,
) {
    let (Ok(mut document), Ok(complete)) =
        (serde_json::from_str::<Value>(payload.json), serde_json::from_str::<Value>(complete.json))
    else {
        return;
    };
    for _ in 0..repair::MAX_REPAIRS {
        if !repair::repair(&mut document, &complete, &failure) {
            return;
        }
        match decode(&serde_json::to_vec(&document).unwrap_or_default()) {
            Ok(()) => return,
            Err(next) => {
                report.failures.push(message::payload_failure(method, payload, &next, 0));
                failure = next;
            }
        }
    }
}

/// Decodes the document with every variant of `batch`; on a failure, the
/// variant it names is reported and taken out, and the rest tried again.
fn batch(
    method: &Method,
    document: &Value,
    mut active: Vec<&Variant>,
    decode: &impl Fn(&[u8]) -> Outcome,
    report: &mut Report,
) {
    while !active.is_empty() {
        let Err(failure) = decode(&variant::apply(document, &active)) else { return };
        let (named, others): (Vec<&Variant>, Vec<&Variant>) = active.iter().partition(|variant| {
            variant::contains(&variant.path, &failure.path) || variant::contains(&failure.path, &variant.path)
        });
        match named.as_slice() {
            [] => {
                // Nothing the failure names: the variants broke it
                // together. Each is tried alone.
                alone(method, document, &active, decode, report);
                return;
            }
            [only] => record(method, only, &failure, report),
            several => alone(method, document, several, decode, report),
        }
        active = others;
    }
}

/// Tries each variant on its own.
fn alone(
    method: &Method,
    document: &Value,
    variants: &[&Variant],
    decode: &impl Fn(&[u8]) -> Outcome,
    report: &mut Report,
) {
    for variant in variants {
        if let Err(failure) = decode(&variant::apply(document, &[variant])) {
            record(method, variant, &failure, report);
        }
    }
}

fn record(method: &Method, variant: &Variant, failure: &Failure, report: &mut Report) {
    match variant.reason {
        // Gathered into one note for the method.
        Reason::Negative => report.negatives.push((variant.path.clone(), failure.reason.clone())),
        Reason::UnknownEnum => report.notes.push(message::unknown_enum_note(method, variant, failure)),
        _ => report.failures.push(message::variant_failure(method, variant, failure)),
    }
}
