//! The request body: JSON (`#[body]`), a form (`#[form]`), multipart
//! parts (`#[multipart]` with `#[part]`s), or raw bytes (`#[body(raw)]`),
//! as the operation's media types say.

use serde_json::{Map, Value};

use crate::form::{properties, resolved, types};
use crate::method::{Arg, ArgType, Role, Skip, Source};
use crate::names::{Taken, snake};
use crate::openapi::declared::Verb;
use crate::openapi::index::is_json;
use crate::types::{Types, integer};

/// The body's arguments.
#[derive(Debug, Default)]
pub(crate) struct BodyArgs {
    pub(crate) args: Vec<Arg>,
    pub(crate) multipart: bool,
}

/// How a media type is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Json,
    Form,
    Multipart,
    Raw,
}

pub(crate) fn build<'a>(
    source: &Source<'a>,
    types: &mut Types<'a>,
    hint: &str,
    names: &mut Taken,
    skips: &mut Vec<Skip>,
) -> BodyArgs {
    let root = source.root;
    let Some(body) = source.raw.get("requestBody").map(|body| resolved(root, body)) else {
        return BodyArgs::default();
    };
    let required = body.get("required").and_then(Value::as_bool) == Some(true);
    if matches!(source.operation.verb, Verb::Get | Verb::Head) {
        if required {
            let reason = format!(
                "The description gives this {} a request body, which HTTP does not define for it.",
                source.operation.verb.upper()
            );
            skips.push(Skip { check: "body", reason });
        }
        return BodyArgs::default();
    }
    let Some((media, kind)) = body.get("content").and_then(Value::as_object).and_then(choose) else {
        return raw(names, None);
    };
    let content = body.get("content").and_then(Value::as_object);
    let schema = content.and_then(|content| content.get(media)).map(|entry| resolved(root, entry));
    let schema = schema.and_then(|entry| entry.get("schema"));
    match kind {
        Kind::Json | Kind::Form => {
            let ty = schema.map_or(crate::model::Ty::Value, |schema| types.ty(schema, &format!("{hint}Body"), 1));
            let role = if kind == Kind::Json { Role::Json } else { Role::Form };
            let arg = Arg { name: names.claim("body"), role, ty: ArgType::Borrowed(ty.required()) };
            BodyArgs { args: vec![arg], multipart: false }
        }
        Kind::Multipart => match schema.map(|schema| parts(root, schema, names)) {
            Some(args) if !args.is_empty() => BodyArgs { args, multipart: true },
            _ => raw(names, None),
        },
        Kind::Raw => raw(names, stated_type(media)),
    }
}

/// The media type the declaration language sends best: JSON, then a form,
/// then multipart, then the first one as raw bytes.
fn choose(content: &Map<String, Value>) -> Option<(&str, Kind)> {
    let kinds: Vec<(&str, Kind)> = content.keys().map(|media| (media.as_str(), kind(media))).collect();
    [Kind::Json, Kind::Form, Kind::Multipart, Kind::Raw]
        .into_iter()
        .find_map(|wanted| kinds.iter().find(|(_, kind)| *kind == wanted).copied())
}

fn kind(media: &str) -> Kind {
    let essence = media.split(';').next().unwrap_or(media).trim().to_ascii_lowercase();
    if essence == "application/x-www-form-urlencoded" {
        Kind::Form
    } else if essence.starts_with("multipart/") {
        Kind::Multipart
    } else if is_json(&essence) && essence != "*/*" && essence != "application/*" {
        Kind::Json
    } else {
        Kind::Raw
    }
}

/// The content type to state on `#[body(raw)]`: one that says more than
/// "some bytes", which the body itself would otherwise carry.
fn stated_type(media: &str) -> Option<String> {
    let essence = media.split(';').next().unwrap_or(media).trim().to_ascii_lowercase();
    (!essence.contains('*') && essence != "application/octet-stream").then_some(essence)
}

fn raw(names: &mut Taken, content_type: Option<String>) -> BodyArgs {
    let arg = Arg { name: names.claim("body"), role: Role::Raw { content_type }, ty: ArgType::Body };
    BodyArgs { args: vec![arg], multipart: false }
}

/// One `#[part]` per property: files as `Part`, numbers, booleans and text
/// as values, anything else as a `Part` the caller builds.
fn parts(root: &Value, schema: &Value, names: &mut Taken) -> Vec<Arg> {
    properties(root, schema)
        .into_iter()
        .map(|property| {
            let schema = resolved(root, property.schema);
            let binary = schema.get("format").is_some_and(|f| f == "binary" || f == "byte")
                || schema.get("contentMediaType").is_some();
            let ty = match (types(schema).first().copied(), binary) {
                (Some("string"), false) => ArgType::Str,
                (Some("integer"), _) => ArgType::Int(integer(schema)),
                (Some("number"), _) => ArgType::Float,
                (Some("boolean"), _) => ArgType::Bool,
                _ => ArgType::Part,
            };
            let ty = if property.required { ty } else { ty.optional() };
            let role = Role::Part { wire: property.name.to_owned() };
            Arg { name: names.claim(&snake(property.name, "part")), role, ty }
        })
        .collect()
}
