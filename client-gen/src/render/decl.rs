//! The trait: `#[client(...)]` and one method per operation.

use super::layout::{attribute, doc_lines, indent, signature};
use super::text::Text;
use crate::method::{Arg, Method, Paging, Returns, Role};

/// Above this many parameters (`&self` included), clippy asks for fewer.
const CLIPPY_MAX_ARGUMENTS: usize = 7;

/// What the trait is declared with.
#[derive(Debug)]
pub(crate) struct TraitHead<'a> {
    pub(crate) name: &'a str,
    pub(crate) base_url: &'a str,
    pub(crate) spec: &'a str,
    pub(crate) docs: Vec<String>,
}

pub(crate) fn write_trait(out: &mut String, head: &TraitHead<'_>, methods: &[Method], text: &mut Text<'_>) {
    doc_lines(out, &head.docs, 0);
    text.runtime("client");
    let items = [format!("base_url = {:?}", head.base_url), format!("openapi = {:?}", head.spec)];
    attribute(out, "client", &items, 0);
    out.push_str(&format!("pub trait {} {{\n", head.name));
    for (index, method) in methods.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        write_method(out, method, text);
    }
    out.push_str("}\n");
}

fn write_method(out: &mut String, method: &Method, text: &mut Text<'_>) {
    doc_lines(out, &method.docs, 1);
    if !method.skips.is_empty() {
        for skip in &method.skips {
            out.push_str(&format!("{}// {}\n", indent(1), skip.reason));
        }
        let items: Vec<String> = method.skips.iter().map(|skip| format!("skip = {:?}", skip.check)).collect();
        attribute(out, "openapi", &items, 1);
    }
    attribute(out, method.verb.key(), &[format!("{:?}", method.template)], 1);
    if let Some(paging) = &method.paging {
        attribute(out, "paginate", &paginate(paging), 1);
    }
    if method.multipart {
        out.push_str(&format!("{}#[multipart]\n", indent(1)));
    }
    if method.args.len() + 1 > CLIPPY_MAX_ARGUMENTS {
        out.push_str(&format!("{}#[allow(clippy::too_many_arguments)]\n", indent(1)));
    }
    let mut params = vec!["&self".to_owned()];
    params.extend(method.args.iter().map(|arg| parameter(arg, text)));
    let paginated = matches!(method.returns, Returns::Paginated(_));
    let head = format!("{}fn {}", if paginated { "" } else { "async " }, method.name);
    let ret = returns(&method.returns, text);
    signature(out, &head, &params, &ret, 1);
}

/// `link`, `page(size = 50)`, `items = "/items"`.
fn paginate(paging: &Paging) -> Vec<String> {
    let (style, items) = match paging {
        Paging::Link { items } => ("link".to_owned(), items),
        Paging::Page { size: None, items } => ("page".to_owned(), items),
        Paging::Page { size: Some(size), items } => (format!("page(size = {size})"), items),
    };
    let mut out = vec![style];
    out.extend(items.iter().map(|pointer| format!("items = {pointer:?}")));
    out
}

fn parameter(arg: &Arg, text: &mut Text<'_>) -> String {
    let ty = text.arg(&arg.ty);
    let attribute = match &arg.role {
        Role::Path => String::new(),
        Role::Query { wire, join } => {
            let mut items = Vec::new();
            if crate::names::unraw(&arg.name) != wire {
                items.push(format!("{wire:?}"));
            }
            if let Some(separator) = join {
                items.push(format!("join = {separator:?}"));
            }
            if items.is_empty() { "#[query] ".to_owned() } else { format!("#[query({})] ", items.join(", ")) }
        }
        Role::Header { wire } => format!("#[header({wire:?})] "),
        Role::Json => "#[body] ".to_owned(),
        Role::Form => "#[form] ".to_owned(),
        Role::Part { wire } => format!("#[part({wire:?})] "),
        Role::Raw { content_type: None } => "#[body(raw)] ".to_owned(),
        Role::Raw { content_type: Some(content_type) } => format!("#[body(raw, content_type = {content_type:?})] "),
    };
    format!("{attribute}{}: {ty}", arg.name)
}

fn returns(returns: &Returns, text: &mut Text<'_>) -> String {
    let result = |text: &mut Text<'_>, inner: String| format!("{}<{inner}>", text.runtime("Result"));
    match returns {
        Returns::Unit => result(text, "()".to_owned()),
        Returns::YesNo => result(text, "Option<()>".to_owned()),
        Returns::Decoded(ty) => {
            let ty = text.ty(ty);
            result(text, ty)
        }
        Returns::List(ty) => {
            let ty = text.ty(ty);
            result(text, format!("Vec<{ty}>"))
        }
        Returns::Paginated(ty) => format!("{}<{}>", text.runtime("Paginated"), text.ty(ty)),
        Returns::Text => result(text, "String".to_owned()),
        Returns::Stream => {
            let stream = text.runtime("ByteStream");
            result(text, stream)
        }
    }
}
