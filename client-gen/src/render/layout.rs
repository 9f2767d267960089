//! Lines as rustfmt lays them out (with the workspace's `max_width = 120`
//! and `use_small_heuristics = "Max"`), for the few shapes the file has:
//! signatures, attributes, fields. Doc comments are never wrapped.

/// The width lines are fitted into.
pub(crate) const MAX_WIDTH: usize = 120;

/// Four spaces per level.
pub(crate) fn indent(level: usize) -> String {
    "    ".repeat(level)
}

fn width(text: &str) -> usize {
    text.chars().count()
}

/// `/// text` lines, `///` alone for an empty one.
pub(crate) fn doc_lines(out: &mut String, docs: &[String], level: usize) {
    for line in docs {
        let pad = indent(level);
        if line.is_empty() {
            out.push_str(&format!("{pad}///\n"));
        } else {
            out.push_str(&format!("{pad}/// {line}\n"));
        }
    }
}

/// `#[name(a, b)]`, or each item on a line of its own when that is too wide.
pub(crate) fn attribute(out: &mut String, name: &str, items: &[String], level: usize) {
    let pad = indent(level);
    let line = format!("{pad}#[{name}({})]", items.join(", "));
    if width(&line) <= MAX_WIDTH || items.is_empty() {
        out.push_str(&line);
        out.push('\n');
        return;
    }
    out.push_str(&format!("{pad}#[{name}(\n"));
    let inner = indent(level + 1);
    let items: Vec<String> = items.iter().map(|item| format!("{inner}{item}")).collect();
    out.push_str(&items.join(",\n"));
    out.push_str(&format!("\n{pad})]\n"));
}

/// `head: ty,` (a field or variant), the type on the next line when the
/// whole is too wide.
pub(crate) fn field(out: &mut String, head: &str, ty: &str, level: usize) {
    let pad = indent(level);
    let line = format!("{pad}{head}: {ty},");
    if width(&line) <= MAX_WIDTH {
        out.push_str(&line);
    } else {
        out.push_str(&format!("{pad}{head}:\n{}{ty},", indent(level + 1)));
    }
    out.push('\n');
}

/// A method signature ending in `;`: on one line when it fits (with room
/// to spare for the ` {` rustfmt counts); else the
/// parameters on the first line and the return type on the next, when
/// the parameters fit in what the line leaves them; else one parameter
/// per line.
pub(crate) fn signature(out: &mut String, head: &str, params: &[String], ret: &str, level: usize) {
    let pad = indent(level);
    let joined = params.join(", ");
    let one_line = format!("{pad}{head}({joined}) -> {ret};");
    // rustfmt counts a body's ` {` where the declaration has `;`.
    if width(&one_line) < MAX_WIDTH {
        out.push_str(&one_line);
        out.push('\n');
        return;
    }
    // rustfmt's budget for the parameters on one line: the width less the
    // indent, `head(`, the return type, `) ` and ` {` (`-> ` not counted).
    let used = width(&pad) + width(head) + 1 + width(ret) + 3 + 2;
    if used < MAX_WIDTH && width(&joined) <= MAX_WIDTH - used {
        out.push_str(&format!("{pad}{head}({joined})\n{pad}-> {ret};\n"));
        return;
    }
    out.push_str(&format!("{pad}{head}(\n"));
    let inner = indent(level + 1);
    for param in params {
        out.push_str(&format!("{inner}{param},\n"));
    }
    out.push_str(&format!("{pad}) -> {ret};\n"));
}
