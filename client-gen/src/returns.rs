//! The return type, from the success responses, and the paging where it
//! can be recognised: a documented `Link` header (`#[paginate(link)]`), or
//! `page` and `per_page` parameters (`#[paginate(page)]`, GitLab's
//! style); either with `items = "/name"` when the answer is an envelope
//! with one array (GitHub's searches).

use serde_json::{Map, Value};

use crate::form::resolved;
use crate::method::{Paging, Returns, Source};
use crate::model::{Kind, Ty};
use crate::openapi::declared::Verb;
use crate::openapi::index::{Location, is_json};
use crate::types::Types;

/// The page size the runtime asks for unless told otherwise.
const DEFAULT_PAGE_SIZE: u64 = 100;

/// The return type and the paging.
#[derive(Debug)]
pub(crate) struct Built {
    pub(crate) returns: Returns,
    pub(crate) paging: Option<Paging>,
}

pub(crate) fn build<'a>(source: &Source<'a>, types: &mut Types<'a>, hint: &str) -> Built {
    let plain = |returns| Built { returns, paging: None };
    let operation = &source.operation;
    if operation.verb == Verb::Head {
        return plain(Returns::Unit);
    }
    let root = source.root;
    let success = success_responses(source);
    let with_body = success.iter().find_map(|response| Some((*response, content(root, response)?)));
    let Some((response, content)) = with_body else {
        let yes_no = operation.verb == Verb::Get && !success.is_empty() && operation.documents_not_found();
        return plain(if yes_no { Returns::YesNo } else { Returns::Unit });
    };
    let json = content.iter().find(|(media, _)| is_json(media));
    let Some((_, entry)) = json else {
        let text = content.keys().any(|media| media.to_ascii_lowercase().starts_with("text/"));
        return plain(if text { Returns::Text } else { Returns::Stream });
    };
    let schema = resolved(root, entry).get("schema");
    match schema.map(|schema| resolved(root, schema)).and_then(open_object) {
        Some(true) => return plain(Returns::Unit),
        Some(false) => return plain(Returns::Decoded(Ty::Value)),
        None => {}
    }
    let ty = match schema {
        Some(schema) => types.ty(schema, &format!("{hint}Response"), 1).required(),
        None => Ty::Value,
    };
    let link = documents_link(root, response);
    match ty {
        Ty::Vec(item) if link => {
            Built { returns: Returns::Paginated(*item), paging: Some(Paging::Link { items: None }) }
        }
        Ty::Vec(item) => match page_size(source) {
            Some(size) => {
                Built { returns: Returns::Paginated(*item), paging: Some(Paging::Page { size, items: None }) }
            }
            None => plain(Returns::List(*item)),
        },
        Ty::Named(id) => {
            let size = page_size(source);
            let Some((field, item)) = (link || size.is_some()).then(|| envelope(types, id)).flatten() else {
                return plain(Returns::Decoded(Ty::Named(id)));
            };
            let items = Some(format!("/{field}"));
            let paging = match size {
                Some(size) if !link => Paging::Page { size, items },
                _ => Paging::Link { items },
            };
            Built { returns: Returns::Paginated(item), paging: Some(paging) }
        }
        other => plain(Returns::Decoded(other)),
    }
}

/// An answer that is an object and says nothing of its fields: `Some(true)`
/// when it can have none (GitHub's `empty-object`, `additionalProperties:
/// false`), `Some(false)` when it may have any. GitHub documents both with
/// a `null` example (its `202 Accepted`), so neither is decoded as a map:
/// the first is `()`, the second `serde_json::Value`.
fn open_object(schema: &Value) -> Option<bool> {
    let no_properties = schema.get("properties").and_then(Value::as_object).is_none_or(|p| p.is_empty());
    let composite = ["allOf", "oneOf", "anyOf"].iter().any(|key| schema.get(key).is_some());
    if schema.get("type").is_none_or(|t| t != "object") || !no_properties || composite {
        return None;
    }
    match schema.get("additionalProperties") {
        Some(Value::Bool(false)) => Some(true),
        Some(values) if values.is_object() && crate::form::says_type(values) => None,
        _ => Some(false),
    }
}

/// The 2xx responses in order of status, or `default` when there is none.
fn success_responses<'a>(source: &Source<'a>) -> Vec<&'a Value> {
    let Some(responses) = source.raw.get("responses").and_then(Value::as_object) else { return Vec::new() };
    let success: Vec<&Value> =
        responses.iter().filter(|(status, _)| status.starts_with('2')).map(|(_, response)| response).collect();
    if success.is_empty() { responses.get("default").into_iter().collect() } else { success }
}

/// A response's media types, when it has any.
fn content<'a>(root: &'a Value, response: &'a Value) -> Option<&'a Map<String, Value>> {
    resolved(root, response).get("content").and_then(Value::as_object).filter(|content| !content.is_empty())
}

fn documents_link(root: &Value, response: &Value) -> bool {
    let headers = resolved(root, response).get("headers").and_then(Value::as_object);
    headers.is_some_and(|headers| headers.keys().any(|name| name.eq_ignore_ascii_case("link")))
}

/// An envelope's one array field and its item type: `items` of a search.
fn envelope(types: &mut Types<'_>, id: crate::model::TypeId) -> Option<(String, Ty)> {
    types.define_queued();
    let Kind::Struct(fields) = &types.defs[id.0].kind else { return None };
    let mut arrays = fields.iter().filter_map(|field| match field.ty.clone().required() {
        Ty::Vec(item) => Some((field.wire.clone(), *item)),
        _ => None,
    });
    let first = arrays.next()?;
    let simple = !first.0.contains(['/', '~']);
    (arrays.next().is_none() && simple).then_some(first)
}

/// `Some(size)` when the operation takes `page` and `per_page` (the size
/// stated only when the description caps it below the runtime's 100).
fn page_size(source: &Source<'_>) -> Option<Option<u64>> {
    let operation = &source.operation;
    let param = |name: &str| operation.params_in(Location::Query).find(|param| param.name == name);
    let (page, per_page) = (param("page")?, param("per_page")?);
    if page.required || per_page.required {
        return None;
    }
    let maximum = per_page.schema.as_ref().map(|schema| resolved(source.root, schema)).and_then(|s| s.get("maximum"));
    let maximum = maximum.and_then(Value::as_u64).filter(|max| *max > 0 && *max < DEFAULT_PAGE_SIZE);
    Some(maximum)
}
