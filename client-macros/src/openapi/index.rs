//! The operations of a description, indexed by verb and path, with their
//! parameters, request body and responses resolved through `$ref`s.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::declared::Verb;
use super::schema::resolve;

/// A loaded description: the document (pruned) and where its operations
/// are. An operation's parameters, body and responses are read when a
/// method names it, so the methods of a trait cost what they use.
#[derive(Debug)]
pub(crate) struct Description {
    path: PathBuf,
    pub(crate) root: Value,
    pub(crate) operations: Vec<Endpoint>,
    /// Path part of each of the top-level `servers`, such as `/api/v3`.
    server_paths: Vec<String>,
    /// (verb, path with `{}` for placeholders) -> index in `operations`,
    /// for the path as written and for it behind each server path.
    by_key: HashMap<(Verb, String), usize>,
}

/// The verb and path of an operation.
#[derive(Debug)]
pub(crate) struct Endpoint {
    pub(crate) verb: Verb,
    /// As the description writes it: `/repos/{owner}/{repo}`.
    pub(crate) path: String,
}

impl Endpoint {
    /// `GET /repos/{owner}/{repo}`, for messages.
    pub(crate) fn display(&self) -> String {
        format!("{} {}", self.verb.upper(), self.path)
    }
}

#[derive(Debug)]
pub(crate) struct Operation {
    pub(crate) verb: Verb,
    /// As the description writes it: `/repos/{owner}/{repo}`.
    pub(crate) path: String,
    /// The path's `{names}` in order.
    pub(crate) placeholders: Vec<String>,
    pub(crate) params: Vec<Param>,
    pub(crate) request_body: Option<RequestBody>,
    pub(crate) responses: Vec<Response>,
    pub(crate) deprecated: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Location {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug)]
pub(crate) struct Param {
    pub(crate) name: String,
    pub(crate) location: Location,
    pub(crate) required: bool,
    pub(crate) schema: Option<Value>,
    pub(crate) description: String,
    pub(crate) allow_reserved: bool,
}

#[derive(Debug)]
pub(crate) struct RequestBody {
    pub(crate) required: bool,
    /// Media types, as written (`application/json`, `multipart/form-data`).
    pub(crate) content_types: Vec<String>,
}

#[derive(Debug)]
pub(crate) struct Response {
    /// `200`, `2XX`, `404`, `default`.
    pub(crate) status: String,
    /// The body's schema, `None` when the response has no content. A
    /// JSON media type is preferred when there are several.
    pub(crate) body: Option<ResponseBody>,
}

#[derive(Debug)]
pub(crate) struct ResponseBody {
    pub(crate) schema: Option<Value>,
    /// The schema of each item of a stream (`itemSchema`, OpenAPI 3.2).
    pub(crate) item_schema: Option<Value>,
    /// The media type's examples by name (`example` is named `example`),
    /// `$ref`s followed; empty unless the description was loaded keeping
    /// examples.
    pub(crate) examples: Vec<(String, Value)>,
}

impl Description {
    /// Indexes a parsed document, or says why it is not an OpenAPI 3
    /// description.
    pub(crate) fn new(path: PathBuf, root: Value) -> Result<Description, String> {
        check_version(&root)?;
        let server_paths = server_paths(&root);
        let mut operations = Vec::new();
        if let Some(paths) = root.get("paths").and_then(Value::as_object) {
            for (path, item) in paths {
                if let Some(external) = item.get("$ref").and_then(Value::as_str).filter(|r| !r.starts_with('#')) {
                    return Err(format!(
                        "the path `{path}` is a `$ref` to another file (`{external}`), which is not supported: \
                         bundle the description into one file first"
                    ));
                }
                let item = resolve(&root, item);
                for verb in Verb::ALL.into_iter().filter(|verb| item.get(verb.key()).is_some()) {
                    operations.push(Endpoint { verb, path: path.clone() });
                }
            }
        }
        let mut by_key = HashMap::new();
        for (index, operation) in operations.iter().enumerate() {
            by_key.entry((operation.verb, path_key(&operation.path))).or_insert(index);
            for server in &server_paths {
                let full = format!("{server}{}", operation.path);
                by_key.entry((operation.verb, path_key(&full))).or_insert(index);
            }
        }
        Ok(Description { path, root, operations, server_paths, by_key })
    }

    /// The file it was read from.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The operation at `verb` and `path` (placeholders in any spelling:
    /// only their positions count), read from the document.
    pub(crate) fn find(&self, verb: Verb, path: &str) -> Option<Operation> {
        let endpoint = &self.operations[*self.by_key.get(&(verb, path_key(path)))?];
        let item = resolve(&self.root, self.root.get("paths")?.get(&endpoint.path)?);
        let operation = item.get(verb.key())?;
        Some(Operation::new(&self.root, verb, &endpoint.path, item, operation))
    }

    /// Path parts of the top-level `servers`, for matching a declared
    /// base URL.
    pub(crate) fn server_paths(&self) -> &[String] {
        &self.server_paths
    }
}

impl Operation {
    fn new(root: &Value, verb: Verb, path: &str, item: &Value, operation: &Value) -> Operation {
        let operation = resolve(root, operation);
        let mut params: Vec<Param> = Vec::new();
        for list in [item.get("parameters"), operation.get("parameters")].into_iter().flatten() {
            for param in list.as_array().into_iter().flatten().filter_map(|p| Param::new(root, p)) {
                // An operation's parameter overrides the path item's.
                params.retain(|p| !(p.name == param.name && p.location == param.location));
                params.push(param);
            }
        }
        let responses = operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(status, response)| Response::new(root, status, response))
            .collect();
        Operation {
            verb,
            path: path.to_owned(),
            placeholders: placeholders(path),
            params,
            request_body: operation.get("requestBody").map(|body| RequestBody::new(root, body)),
            responses,
            deprecated: operation.get("deprecated").and_then(Value::as_bool).unwrap_or(false),
        }
    }

    /// `GET /repos/{owner}/{repo}`, for messages.
    pub(crate) fn display(&self) -> String {
        format!("{} {}", self.verb.upper(), self.path)
    }

    pub(crate) fn params_in(&self, location: Location) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(move |param| param.location == location)
    }

    /// The path parameter named `name`.
    pub(crate) fn path_param(&self, name: &str) -> Option<&Param> {
        self.params_in(Location::Path).find(|param| param.name == name)
    }

    /// Responses with a 2xx status; `default` when there is none.
    pub(crate) fn success_responses(&self) -> Vec<&Response> {
        let success: Vec<&Response> = self.responses.iter().filter(|r| r.status.starts_with('2')).collect();
        if success.is_empty() { self.responses.iter().filter(|r| r.status == "default").collect() } else { success }
    }

    /// Whether a 404 (or `4XX`) response is documented.
    pub(crate) fn documents_not_found(&self) -> bool {
        self.responses.iter().any(|r| r.status == "404" || r.status.eq_ignore_ascii_case("4XX"))
    }
}

impl Param {
    fn new(root: &Value, param: &Value) -> Option<Param> {
        let param = resolve(root, param);
        let location = match param.get("in")?.as_str()? {
            "path" => Location::Path,
            "query" => Location::Query,
            "header" => Location::Header,
            "cookie" => Location::Cookie,
            _ => return None,
        };
        let flag = |key| param.get(key).and_then(Value::as_bool).unwrap_or(false);
        let schema = param.get("schema").cloned().or_else(|| {
            // `content` instead of `schema`: one media type with a schema.
            param.get("content")?.as_object()?.values().next()?.get("schema").cloned()
        });
        Some(Param {
            name: param.get("name")?.as_str()?.to_owned(),
            location,
            required: location == Location::Path || flag("required"),
            schema,
            description: param.get("description").and_then(Value::as_str).unwrap_or_default().to_owned(),
            allow_reserved: flag("allowReserved"),
        })
    }
}

impl RequestBody {
    fn new(root: &Value, body: &Value) -> RequestBody {
        let body = resolve(root, body);
        let content_types = body.get("content").and_then(Value::as_object).into_iter().flatten();
        RequestBody {
            required: body.get("required").and_then(Value::as_bool).unwrap_or(false),
            content_types: content_types.map(|(media, _)| media.clone()).collect(),
        }
    }
}

impl Response {
    fn new(root: &Value, status: &str, response: &Value) -> Response {
        let response = resolve(root, response);
        let content = response.get("content").and_then(Value::as_object);
        let chosen = content
            .and_then(|content| content.iter().find(|(media, _)| is_json(media)).or_else(|| content.iter().next()));
        let body = chosen.map(|(_, entry)| ResponseBody::new(root, resolve(root, entry)));
        Response { status: status.to_owned(), body }
    }
}

impl ResponseBody {
    fn new(root: &Value, media: &Value) -> ResponseBody {
        let mut examples = Vec::new();
        if let Some(example) = media.get("example") {
            examples.push(("example".to_owned(), example.clone()));
        }
        for (name, example) in media.get("examples").and_then(Value::as_object).into_iter().flatten() {
            // An Example object's `value`; `externalValue` is not read.
            if let Some(value) = resolve(root, example).get("value") {
                examples.push((name.clone(), example_value(root, value).clone()));
            }
        }
        ResponseBody { schema: media.get("schema").cloned(), item_schema: media.get("itemSchema").cloned(), examples }
    }
}

/// `application/json`, `application/vnd.github+json`, `application/problem+json`.
pub(crate) fn is_json(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or(media).trim().to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json") || essence == "*/*" || essence == "application/*"
}

/// An example's value; GitHub writes some as a `$ref` to another Example
/// object (`{"$ref": "#/components/examples/issue"}`), whose `value` it is.
fn example_value<'a>(root: &'a Value, value: &'a Value) -> &'a Value {
    let is_reference = value.as_object().is_some_and(|object| object.len() == 1 && object.contains_key("$ref"));
    if !is_reference {
        return value;
    }
    let target = resolve(root, value);
    match target.get("value") {
        Some(inner) if !std::ptr::eq(target, value) => inner,
        _ => value,
    }
}

fn check_version(root: &Value) -> Result<(), String> {
    if !root.is_object() {
        return Err("the document is not an object".to_owned());
    }
    if let Some(version) = root.get("openapi") {
        let version = version.as_str().map(str::to_owned).unwrap_or_else(|| version.to_string());
        return if version.starts_with("3.") {
            Ok(())
        } else {
            Err(format!("OpenAPI {version} is not supported: expected 3.0 or 3.1"))
        };
    }
    if root.get("swagger").is_some() {
        return Err("this is a Swagger 2.0 description: convert it to OpenAPI 3 first".to_owned());
    }
    Err("no `openapi` version field: this is not an OpenAPI description".to_owned())
}

/// `https://host/api/v3/` -> `/api/v3`; `//gitlab.com` -> ``; `/v1` -> `/v1`.
pub(crate) fn url_path(url: &str) -> String {
    let url = url.split(['?', '#']).next().unwrap_or(url);
    let after_host = match url.find("//") {
        Some(start) => url[start + 2..].find('/').map_or("", |slash| &url[start + 2 + slash..]),
        None => url,
    };
    after_host.trim_end_matches('/').to_owned()
}

fn server_paths(root: &Value) -> Vec<String> {
    let servers = root.get("servers").and_then(Value::as_array).into_iter().flatten();
    let mut paths: Vec<String> =
        servers.filter_map(|server| server.get("url")?.as_str()).map(url_path).filter(|p| !p.is_empty()).collect();
    paths.dedup();
    paths
}

/// The `{names}` of a path, in order.
pub(crate) fn placeholders(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        names.push(rest[start + 1..start + len].to_owned());
        rest = &rest[start + len + 1..];
    }
    names
}

/// A path with each `{name}` replaced by `{}`.
pub(crate) fn path_key(path: &str) -> String {
    let mut key = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        key.push_str(&rest[..start]);
        key.push_str("{}");
        rest = &rest[start + len + 1..];
    }
    key.push_str(rest);
    key
}
