//! Checks one declared method against the description.

use proc_macro2::Span;

use super::declared::{Check, Declared, Verb};
use super::finding::{Finding, Severity};
use super::index::{Description, Endpoint, Operation, url_path};
use super::{body, params, response};
use crate::similar;

/// How many operations a "not in the description" error names.
const NEAREST: usize = 3;

/// Every finding about `method`. `base_url` is the trait's
/// `#[client(base_url = ...)]`, if it has one: its path (`/api/v4`) is
/// put before the template, and the description's paths are tried both as
/// written and behind the path of each of its `servers`.
pub(crate) fn check(description: &Description, base_url: Option<&str>, method: &Declared) -> Vec<Finding> {
    let path = declared_path(base_url, method);
    // A server answers HEAD wherever it answers GET (RFC 9110), and
    // descriptions seldom list HEAD.
    let found = description
        .find(method.verb, &path)
        .or_else(|| if method.verb == Verb::Head { description.find(Verb::Get, &path) } else { None });
    if let Some(skip) = method.skips.iter().find(|skip| skip.check == Check::Operation) {
        return match found {
            Some(operation) => vec![unneeded_skip(skip.check, skip.span, &operation)],
            None => Vec::new(),
        };
    }
    let Some(operation) = &found else {
        return vec![missing_operation(description, method, &path)];
    };
    let mut findings = Vec::new();
    placeholders(operation, method, &mut findings);
    params::check(description, operation, method, &mut findings);
    body::check(operation, method, &mut findings);
    response::check(description, operation, method, &mut findings);
    if operation.deprecated {
        let message = format!("`{}` is deprecated in the OpenAPI description", operation.display());
        findings.push(Finding::warning(Check::Deprecated, method.template.span, message));
    }
    apply_skips(operation, method, findings)
}

fn declared_path(base_url: Option<&str>, method: &Declared) -> String {
    let base = base_url.map(url_path).unwrap_or_default();
    format!("{base}{}", method.template.openapi_path())
}

fn missing_operation(description: &Description, method: &Declared, path: &str) -> Finding {
    // Compare in the description's own spelling: without a server path.
    let relative = description
        .server_paths()
        .iter()
        .find_map(|server| path.strip_prefix(server.as_str()).filter(|rest| rest.starts_with('/')))
        .unwrap_or(path);
    let wanted = format!("{} {relative}", method.verb.upper());
    let mut message = format!("`{wanted}` is not an operation of the OpenAPI description");
    let same_path: Vec<String> =
        description.operations.iter().filter(|op| op.path == relative).map(|op| op.verb.upper()).collect();
    if !same_path.is_empty() {
        message.push_str(&format!("; `{relative}` has {}", same_path.join(", ")));
    }
    let displays: Vec<String> = description.operations.iter().map(Endpoint::display).collect();
    let nearest = similar::nearest(&wanted, displays.iter().map(String::as_str), NEAREST);
    if !nearest.is_empty() {
        let listed: Vec<String> = nearest.iter().map(|op| format!("`{op}`")).collect();
        message.push_str(&format!("; the nearest are {}", listed.join(", ")));
    }
    Finding::error(Check::Operation, method.template.span, message)
}

/// Names and `<rest..>` of the placeholders, matched to the description's
/// `{names}` by position (from the end, since a base URL's path may come
/// first).
fn placeholders(operation: &Operation, method: &Declared, findings: &mut Vec<Finding>) {
    let declared: Vec<_> = method.template.placeholders().collect();
    for ((name, rest, span), documented) in declared.iter().rev().zip(operation.placeholders.iter().rev()) {
        if !same_name(name, documented) {
            let written = if KEYWORDS.contains(&documented.as_str()) {
                format!("`<{documented}_>`")
            } else {
                format!("`<{documented}>`")
            };
            let message = format!(
                "the OpenAPI description calls this path parameter `{documented}` (in `{}`), not `{name}`: write {written}",
                operation.display()
            );
            findings.push(Finding::error(Check::PlaceholderNames, *span, message));
        }
        if *rest {
            if let Err(reason) = may_hold_slashes(operation, documented) {
                let message = format!("`<{name}..>` keeps slashes, but {reason}; write `<{name}>`");
                findings.push(Finding::error(Check::RestPlaceholder, *span, message));
            }
        }
    }
}

/// Rust keywords cannot name an argument: `<ref_>` or `<r#ref>` stands
/// for a parameter named `ref`.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true",
    "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

fn same_name(declared: &str, documented: &str) -> bool {
    if declared == documented {
        return true;
    }
    let unescaped = declared.strip_prefix("r#").or_else(|| declared.strip_suffix('_'));
    unescaped == Some(documented) && KEYWORDS.contains(&documented)
}

/// The `<name..>` rule: the parameter ends the path, and either its name
/// says it is a path or a Git reference (`path`, `*_path`, `dir`, `ref`,
/// `basehead`), or its description mentions a path, a slash or `heads/`,
/// or it has `allowReserved: true`; and its description does not ask for
/// URL encoding.
pub(crate) fn may_hold_slashes(operation: &Operation, name: &str) -> Result<(), String> {
    if !operation.path.ends_with(&format!("{{{name}}}")) {
        return Err(format!("`{{{name}}}` does not end the path `{}`", operation.path));
    }
    let Some(param) = operation.path_param(name) else { return Ok(()) };
    let text = param.description.to_ascii_lowercase();
    if ["url encoded", "url-encoded", "urlencoded", "%2f"].iter().any(|sign| text.contains(sign)) {
        return Err(format!("the OpenAPI description says `{name}` must be URL-encoded"));
    }
    let named = ["path", "dir", "ref", "basehead"].contains(&name) || name.ends_with("_path");
    let described = ["path", "slash", "heads/"].iter().any(|sign| text.contains(sign));
    if param.allow_reserved || named || described {
        Ok(())
    } else {
        Err(format!("nothing in the OpenAPI description says `{name}` may hold slashes"))
    }
}

/// Drops what a `skip` silences, and warns about a `skip` that silences
/// nothing: the description may have been fixed.
fn apply_skips(operation: &Operation, method: &Declared, mut findings: Vec<Finding>) -> Vec<Finding> {
    let mut seen = Vec::new();
    for skip in &method.skips {
        if seen.contains(&skip.check) {
            continue;
        }
        seen.push(skip.check);
        let before = findings.len();
        findings.retain(|finding| finding.check != skip.check);
        // `conformance` silences no finding: it leaves the method out of
        // the generated tests.
        if findings.len() == before && skip.check != Check::Conformance {
            findings.push(unneeded_skip(skip.check, skip.span, operation));
        }
    }
    findings
}

fn unneeded_skip(check: Check, span: Span, operation: &Operation) -> Finding {
    let message = format!(
        "`{}` passes the `{}` check against the OpenAPI description: remove this skip",
        operation.display(),
        check.name()
    );
    Finding { span, severity: Severity::Warning, check, message }
}
