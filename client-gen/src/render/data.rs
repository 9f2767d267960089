//! The data types: structs, enums of strings, untagged unions.

use super::layout::{attribute, doc_lines, field};
use super::text::Text;
use crate::model::{Alternative, Field, Kind, TypeDef, Variant};
use crate::names::{FIELD_RULES, Rule, Taken, VARIANT_RULES, common_rule, unraw};

/// Clippy's `enum_variant_names` looks at enums of at least this many variants.
const VARIANT_NAME_THRESHOLD: usize = 3;

/// Writes one definition; nothing for an alias or a type no method uses.
pub(crate) fn write_type(out: &mut String, def: &TypeDef, text: &mut Text<'_>) -> bool {
    if !(def.request || def.response) {
        return false;
    }
    match &def.kind {
        Kind::Struct(fields) => write_struct(out, def, fields, text),
        Kind::Enum(variants) => write_enum(out, def, variants, text),
        Kind::Untagged(alternatives) => write_union(out, def, alternatives, text),
        Kind::Alias(_) => return false,
    }
    true
}

fn derives(def: &TypeDef, extra: &[&'static str], text: &mut Text<'_>) -> Vec<String> {
    let mut derives: Vec<String> = ["Debug", "Clone"].iter().chain(extra).map(|name| (*name).to_owned()).collect();
    if def.request {
        text.uses.serde.insert("Serialize");
        derives.push("Serialize".to_owned());
    }
    if def.response {
        text.uses.serde.insert("Deserialize");
        derives.push("Deserialize".to_owned());
    }
    derives
}

fn write_struct(out: &mut String, def: &TypeDef, fields: &[Field], text: &mut Text<'_>) {
    doc_lines(out, &def.docs, 0);
    let extra: &[&str] = if def.request && def.default { &["PartialEq", "Default"] } else { &["PartialEq"] };
    attribute(out, "derive", &derives(def, extra, text), 0);
    // A keyword's `self_` is renamed on its own, not by a rule that happens
    // to fit it (`camelCase` turns `self_` into `self`).
    let escaped = |field: &Field| field.rust.ends_with('_');
    let pairs = fields.iter().filter(|field| !escaped(field)).map(|field| (field.rust.as_str(), field.wire.as_str()));
    let rule = common_rule(pairs, &FIELD_RULES, Rule::field);
    if let Ok(Some(rule)) = rule {
        attribute(out, "serde", &[format!("rename_all = {:?}", rule.name())], 0);
    }
    if fields.is_empty() {
        out.push_str(&format!("pub struct {} {{}}\n", def.name));
        return;
    }
    out.push_str(&format!("pub struct {} {{\n", def.name));
    for field_def in fields {
        doc_lines(out, &field_def.docs, 1);
        let mut serde = Vec::new();
        if (rule.is_err() || escaped(field_def)) && unraw(&field_def.rust) != field_def.wire {
            serde.push(format!("rename = {:?}", field_def.wire));
        }
        if def.request && field_def.may_be_absent {
            serde.push("skip_serializing_if = \"Option::is_none\"".to_owned());
        }
        if !serde.is_empty() {
            attribute(out, "serde", &serde, 1);
        }
        let ty = text.ty(&field_def.ty);
        field(out, &format!("pub {}", field_def.rust), &ty, 1);
    }
    out.push_str("}\n");
}

fn write_enum(out: &mut String, def: &TypeDef, variants: &[Variant], text: &mut Text<'_>) {
    doc_lines(out, &def.docs, 0);
    let extra = ["Copy", "PartialEq", "Eq", "Hash"];
    attribute(out, "derive", &derives(def, &extra, text), 0);
    let pairs = variants.iter().map(|variant| (variant.rust.as_str(), variant.wire.as_str()));
    let rule = common_rule(pairs, &VARIANT_RULES, Rule::variant);
    if let Ok(Some(rule)) = rule {
        attribute(out, "serde", &[format!("rename_all = {:?}", rule.name())], 0);
    }
    let mut names: Vec<&str> = variants.iter().map(|variant| variant.rust.as_str()).collect();
    let fallback = def.response.then(|| Taken::with(&names).claim("Other"));
    names.extend(fallback.as_deref());
    if similar_variant_names(&def.name, &names) {
        attribute(out, "allow", &["clippy::enum_variant_names".to_owned()], 0);
    }
    out.push_str(&format!("pub enum {} {{\n", def.name));
    for variant in variants {
        if rule.is_err() && variant.rust != variant.wire {
            attribute(out, "serde", &[format!("rename = {:?}", variant.wire)], 1);
        }
        out.push_str(&format!("    {},\n", variant.rust));
    }
    if let Some(fallback) = fallback {
        out.push_str("    /// A value the description does not list.\n    #[serde(other)]\n");
        out.push_str(&format!("    {fallback},\n"));
    }
    out.push_str("}\n");
}

fn write_union(out: &mut String, def: &TypeDef, alternatives: &[Alternative], text: &mut Text<'_>) {
    doc_lines(out, &def.docs, 0);
    attribute(out, "derive", &derives(def, &["PartialEq"], text), 0);
    attribute(out, "serde", &["untagged".to_owned()], 0);
    let names: Vec<&str> = alternatives.iter().map(|alternative| alternative.rust.as_str()).collect();
    if similar_variant_names(&def.name, &names) {
        attribute(out, "allow", &["clippy::enum_variant_names".to_owned()], 0);
    }
    out.push_str(&format!("pub enum {} {{\n", def.name));
    for alternative in alternatives {
        let ty = text.ty(&alternative.ty);
        out.push_str(&format!("    {}({ty}),\n", alternative.rust));
    }
    out.push_str("}\n");
}

/// Whether clippy's `enum_variant_names` could see a pattern: a variant
/// named after the enum, or one word that starts or ends every variant.
fn similar_variant_names(enum_name: &str, variants: &[&str]) -> bool {
    if variants.iter().any(|variant| variant.starts_with(enum_name) || variant.ends_with(enum_name)) {
        return true;
    }
    if variants.len() < VARIANT_NAME_THRESHOLD {
        return false;
    }
    let words: Vec<Vec<&str>> = variants.iter().map(|variant| camel_words(variant)).collect();
    let firsts: Vec<&str> = words.iter().filter_map(|w| w.first().copied()).collect();
    let lasts: Vec<&str> = words.iter().filter_map(|w| w.last().copied()).collect();
    let all_same = |picked: &[&str]| picked.len() == words.len() && picked.iter().all(|word| *word == picked[0]);
    all_same(&firsts) || all_same(&lasts)
}

/// `NotPlanned` is `Not`, `Planned`.
fn camel_words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (index, c) in name.char_indices().skip(1) {
        if c.is_ascii_uppercase() {
            words.push(&name[start..index]);
            start = index;
        }
    }
    words.push(&name[start..]);
    words
}
