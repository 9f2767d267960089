//! The generated file, as text: a header saying how to generate it again,
//! the `use`s, the trait, then the data types in order of name (so that
//! adding an operation moves no type).

mod data;
mod decl;
mod layout;
mod text;

use self::text::{Text, Uses};
use crate::method::Method;
use crate::model::TypeDef;
pub(crate) use decl::TraitHead;

/// The whole file.
pub(crate) fn file(
    command: &[(String, String)],
    left_out: &[String],
    head: &TraitHead<'_>,
    methods: &[Method],
    defs: &[TypeDef],
) -> String {
    let mut text = Text { defs, uses: Uses::default() };
    let mut body = String::new();
    decl::write_trait(&mut body, head, methods, &mut text);
    let mut order: Vec<&TypeDef> = defs.iter().collect();
    order.sort_by(|a, b| a.name.cmp(&b.name));
    for def in order {
        let mut item = String::new();
        if data::write_type(&mut item, def, &mut text) {
            body.push('\n');
            body.push_str(&item);
        }
    }
    let mut out = header(command, left_out);
    out.push_str(&uses(&text.uses));
    out.push('\n');
    out.push_str(&body);
    out
}

/// The command that writes this file: the description and the first two
/// options on one line, then one option per line.
fn header(command: &[(String, String)], left_out: &[String]) -> String {
    let mut out = String::from(
        "// Generated from an OpenAPI description by `client-gen`:\n//\n//     cargo run -p client-gen --",
    );
    for (index, (option, value)) in command.iter().enumerate() {
        if index > 2 {
            out.push_str(" \\\n//        ");
        }
        if !option.is_empty() {
            out.push(' ');
            out.push_str(option);
        }
        out.push(' ');
        out.push_str(&shell_quote(value));
    }
    if !left_out.is_empty() {
        out.push_str("\n//\n// Left out, as no declaration can name them:");
        for note in left_out {
            out.push_str("\n// - ");
            out.push_str(note);
        }
    }
    out.push_str(
        "\n//\n// It is yours to edit. To follow a new version of the description, generate it\n\
         // again into another file and compare; `openapi = ...` keeps every method\n\
         // checked against the description at compile time.\n\n",
    );
    out
}

/// A word as a POSIX shell reads it back.
fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=@+,%".contains(c));
    if plain { word.to_owned() } else { format!("'{}'", word.replace('\'', "'\\''")) }
}

fn uses(uses: &Uses) -> String {
    let mut out = String::new();
    if uses.map {
        out.push_str("use std::collections::BTreeMap;\n\n");
    }
    out.push_str(&use_line("client_runtime", &uses.runtime));
    out.push_str(&use_line("serde", &uses.serde));
    out
}

/// `use krate::Name;` or `use krate::{A, B};`, as rustfmt writes them.
fn use_line(krate: &str, names: &std::collections::BTreeSet<&str>) -> String {
    let names: Vec<&str> = names.iter().copied().collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("use {krate}::{one};\n"),
        many => format!("use {krate}::{{{}}};\n", many.join(", ")),
    }
}
