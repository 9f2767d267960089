//! One declared method, in plain data: what the checks compare with the
//! description. Nothing here depends on how the macro models a trait.

use proc_macro2::Span;

use crate::similar;

/// An HTTP method, as the description's path items name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Verb {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Verb {
    pub(crate) const ALL: [Verb; 8] =
        [Verb::Get, Verb::Put, Verb::Post, Verb::Delete, Verb::Options, Verb::Head, Verb::Patch, Verb::Trace];

    /// The lower-case key of a path item (`get`), which is also the
    /// macro's attribute name (`#[get]`).
    pub(crate) fn key(self) -> &'static str {
        match self {
            Verb::Get => "get",
            Verb::Put => "put",
            Verb::Post => "post",
            Verb::Delete => "delete",
            Verb::Options => "options",
            Verb::Head => "head",
            Verb::Patch => "patch",
            Verb::Trace => "trace",
        }
    }

    /// `get` -> `Verb::Get`; case-insensitive.
    pub(crate) fn from_key(key: &str) -> Option<Verb> {
        Verb::ALL.into_iter().find(|verb| verb.key().eq_ignore_ascii_case(key))
    }

    /// `GET`, for messages.
    pub(crate) fn upper(self) -> String {
        self.key().to_ascii_uppercase()
    }
}

/// One method of the trait.
#[derive(Clone, Debug)]
pub(crate) struct Declared {
    /// The method's name: where errors about the method as a whole go.
    pub(crate) span: Span,
    pub(crate) verb: Verb,
    pub(crate) template: Template,
    /// `#[query]` arguments, by the name sent on the wire, plus the query
    /// parameters the paginator sends itself (`page`, `per_page`, ...),
    /// spanned at `#[paginate]`.
    pub(crate) query: Vec<Arg>,
    /// `#[header("Name")]` arguments.
    pub(crate) headers: Vec<Arg>,
    /// `#[header("Name", "value")]` on the trait or the method: they count
    /// as declared for required headers, and are never reported as unknown.
    pub(crate) static_headers: Vec<String>,
    pub(crate) body: Option<Body>,
    pub(crate) returns: Returns,
    /// `#[openapi(skip = "...")]` entries.
    pub(crate) skips: Vec<Skip>,
    /// `#[openapi(undocumented = "name")]` entries: constant query
    /// parameters of the template the API accepts though its description
    /// leaves them out.
    pub(crate) undocumented: Vec<Undocumented>,
}

/// `undocumented = "name"` in `#[openapi(...)]` on a method.
#[derive(Clone, Debug)]
pub(crate) struct Undocumented {
    pub(crate) name: String,
    /// The string literal.
    pub(crate) span: Span,
}

/// The path template, `/repos/<owner>/<repo>/contents/<path..>?a=b`.
#[derive(Clone, Debug)]
pub(crate) struct Template {
    /// The string literal: where errors about the operation go.
    pub(crate) span: Span,
    pub(crate) segments: Vec<Segment>,
    /// Constant `name=value` pairs written after `?`, percent-decoded.
    pub(crate) query: Vec<ConstQuery>,
}

#[derive(Clone, Debug)]
pub(crate) enum Segment {
    /// Text between placeholders, such as `/repos/` or `/`.
    Literal(String),
    /// `<name>`, or `<name..>` when `rest`.
    Placeholder { name: String, rest: bool, span: Span },
}

/// A constant query pair of the template.
#[derive(Clone, Debug)]
pub(crate) struct ConstQuery {
    pub(crate) name: String,
    pub(crate) value: String,
    pub(crate) span: Span,
}

/// A query or header argument.
#[derive(Clone, Debug)]
pub(crate) struct Arg {
    /// The name on the wire (`ref` for `#[query("ref")] reference`).
    pub(crate) name: String,
    /// The argument is an `Option`.
    pub(crate) optional: bool,
    /// `#[query(undocumented)]` or `#[header("X-Name", undocumented)]`.
    pub(crate) undocumented: bool,
    pub(crate) span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BodyKind {
    /// `#[body]`: JSON.
    Json,
    /// `#[form]`: `application/x-www-form-urlencoded`.
    Form,
    /// `#[multipart]` with `#[part]` arguments: `multipart/form-data`.
    Multipart,
    /// `#[body(raw)]`: bytes, a stream or a file sent as they are.
    Raw,
}

#[derive(Clone, Debug)]
pub(crate) struct Body {
    pub(crate) kind: BodyKind,
    /// `#[body(raw, content_type = "...")]`: checked against the
    /// operation's media types.
    pub(crate) content_type: Option<String>,
    /// The body argument, or `#[multipart]`.
    pub(crate) span: Span,
}

/// The success value, after `Result<..>` and `Response<..>` are taken off.
#[derive(Clone, Debug)]
pub(crate) struct Returns {
    /// The return type: where response errors go.
    pub(crate) span: Span,
    /// `Option<T>`: a 404 is `None`.
    pub(crate) optional: bool,
    pub(crate) shape: Shape,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `()`: the body, if any, is ignored.
    Unit,
    /// A type decoded from JSON.
    Value,
    /// `Vec<T>` decoded from JSON.
    Array,
    /// `Paginated<T>`; `items` is the `#[paginate(items = "/pointer")]`.
    Paginated { items: Option<String> },
    /// `String`, `Vec<u8>`, `Bytes`, `ByteStream`: any body.
    Raw,
}

/// `skip = "name"` in `#[openapi(...)]` on a method.
#[derive(Clone, Debug)]
pub(crate) struct Skip {
    pub(crate) check: Check,
    /// The string literal naming the check.
    pub(crate) span: Span,
}

/// The checks a method can skip, by the name written in
/// `#[openapi(skip = "name")]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Check {
    /// The verb and path are an operation of the description. Skipping it
    /// skips every other check of the method.
    Operation,
    /// Placeholder names equal the description's path parameter names.
    PlaceholderNames,
    /// `<name..>` only where the parameter may hold slashes.
    RestPlaceholder,
    /// Every required path, query and header parameter is declared.
    RequiredParams,
    /// Every `#[query]`, `#[header]` and constant query name is documented.
    DeclaredParams,
    /// Constant query values fit the parameter's schema.
    QueryValues,
    /// A body is declared exactly when the operation requires one.
    Body,
    /// `#[body]`, `#[form]`, `#[multipart]` match the content type.
    ContentType,
    /// `Vec`/`Paginated` need an array; `T` needs a response body.
    ResponseShape,
    /// `Option<T>` needs a documented 404.
    NotFound,
    /// The operation is deprecated (a warning).
    Deprecated,
    /// A JSON body's type is the kind of value the operation takes
    /// (object, array, string), where the declaration shows it.
    BodyType,
    /// Not a check at compile time: skipping it leaves the method out of
    /// the generated conformance tests.
    Conformance,
}

impl Check {
    pub(crate) const ALL: [Check; 13] = [
        Check::Operation,
        Check::PlaceholderNames,
        Check::RestPlaceholder,
        Check::RequiredParams,
        Check::DeclaredParams,
        Check::QueryValues,
        Check::Body,
        Check::ContentType,
        Check::BodyType,
        Check::ResponseShape,
        Check::NotFound,
        Check::Deprecated,
        Check::Conformance,
    ];

    /// The name written in `#[openapi(skip = "...")]`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Check::Operation => "operation",
            Check::PlaceholderNames => "placeholder_names",
            Check::RestPlaceholder => "rest_placeholder",
            Check::RequiredParams => "required_params",
            Check::DeclaredParams => "declared_params",
            Check::QueryValues => "query_values",
            Check::Body => "body",
            Check::ContentType => "content_type",
            Check::ResponseShape => "response_shape",
            Check::NotFound => "not_found",
            Check::Deprecated => "deprecated",
            Check::BodyType => "body_type",
            Check::Conformance => "conformance",
        }
    }

    /// The check named `name`, or the message for an unknown name (with
    /// the closest known one).
    pub(crate) fn from_name(name: &str) -> Result<Check, String> {
        if let Some(check) = Check::ALL.into_iter().find(|check| check.name() == name) {
            return Ok(check);
        }
        let names: Vec<&str> = Check::ALL.iter().map(|check| check.name()).collect();
        Err(match similar::closest(name, names.iter().copied()) {
            Some(near) => format!("unknown OpenAPI check `{name}`; did you mean `{near}`?"),
            None => format!("unknown OpenAPI check `{name}`; expected one of: {}", names.join(", ")),
        })
    }
}

impl Template {
    /// Reads a template the macro has already validated:
    /// `/repos/<owner>/<repo>/contents/<path..>?a=b`. Every item gets
    /// `span`.
    pub(crate) fn from_text(text: &str, span: Span) -> Template {
        let (path, query) = text.split_once('?').unwrap_or((text, ""));
        let mut segments = Vec::new();
        let mut rest = path;
        while !rest.is_empty() {
            match rest.find('<') {
                Some(0) => {
                    let end = rest.find('>').unwrap_or(rest.len());
                    let inner = &rest[1..end];
                    let (name, is_rest) = match inner.strip_suffix("..") {
                        Some(name) => (name, true),
                        None => (inner, false),
                    };
                    segments.push(Segment::Placeholder { name: name.to_owned(), rest: is_rest, span });
                    rest = rest.get(end + 1..).unwrap_or("");
                }
                Some(start) => {
                    segments.push(Segment::Literal(rest[..start].to_owned()));
                    rest = &rest[start..];
                }
                None => {
                    segments.push(Segment::Literal(rest.to_owned()));
                    rest = "";
                }
            }
        }
        let query = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                ConstQuery { name: percent_decode(name), value: percent_decode(value), span }
            })
            .collect();
        Template { span, segments, query }
    }

    /// The placeholders in order, as (name, rest, span).
    pub(crate) fn placeholders(&self) -> impl Iterator<Item = (&str, bool, Span)> {
        self.segments.iter().filter_map(|segment| match segment {
            Segment::Placeholder { name, rest, span } => Some((name.as_str(), *rest, *span)),
            Segment::Literal(_) => None,
        })
    }

    /// The path written the description's way: `/repos/{owner}/{repo}`.
    pub(crate) fn openapi_path(&self) -> String {
        self.segments
            .iter()
            .map(|segment| match segment {
                Segment::Literal(text) => text.clone(),
                Segment::Placeholder { name, .. } => format!("{{{name}}}"),
            })
            .collect()
    }
}

/// `%XX` escapes decoded; anything malformed is kept as written.
pub(super) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
