//! Rust names for the description's names: types, variants, fields,
//! methods and arguments, and the serde renames that map them back.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words Rust reserves (2024 edition), which a field or argument can only
/// use as a raw identifier.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true",
    "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers: they get a `_` after them.
const NOT_RAW: [&str; 4] = ["self", "super", "crate", "Self"];

/// Whether `name` is a Rust keyword.
pub(crate) fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// The description's name with the characters that carry meaning spelled
/// out (`+1` is `plus 1`, GitHub's reaction) and everything else that is
/// not ASCII alphanumeric turned into a word break.
fn words(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    for (index, c) in name.chars().enumerate() {
        match c {
            '+' => out.push_str(" plus "),
            '-' if index == 0 => out.push_str(" minus "),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// `snake_case`, a valid identifier: `html_url`, `r#type`, `self_`,
/// `n2fa`; `fallback` when nothing of the name is left.
pub(crate) fn snake(name: &str, fallback: &str) -> String {
    let mut snake = words(name).to_snake_case();
    if snake.is_empty() {
        snake = fallback.to_owned();
    }
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        snake.insert(0, 'n');
    }
    escape_keyword(snake)
}

/// `r#type` for `type`, `self_` for `self`.
pub(crate) fn escape_keyword(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if is_keyword(&name) {
        format!("r#{name}")
    } else {
        name
    }
}

/// `UpperCamelCase`, a valid identifier: `SimpleUser`, `V2`, `SelfValue`;
/// `fallback` when nothing of the name is left.
pub(crate) fn pascal(name: &str, fallback: &str) -> String {
    let mut pascal = words(name).to_upper_camel_case();
    if pascal.is_empty() {
        pascal = fallback.to_owned();
    }
    if pascal.starts_with(|c: char| c.is_ascii_digit()) {
        pascal.insert(0, 'V');
    }
    if pascal == "Self" {
        pascal.push_str("Value");
    }
    pascal
}

/// The identifier without `r#`: the name serde sees.
pub(crate) fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// Names taken in one namespace, handing out `name`, `name2`, `name3`...
#[derive(Debug, Default)]
pub(crate) struct Taken {
    names: BTreeSet<String>,
}

impl Taken {
    /// Names that are taken from the start.
    pub(crate) fn with(reserved: &[&str]) -> Taken {
        Taken { names: reserved.iter().map(|name| (*name).to_owned()).collect() }
    }

    /// `base`, or `base` with the first free number after it (`_2` for
    /// snake-case names, `2` for the others).
    pub(crate) fn claim(&mut self, base: &str) -> String {
        let mut candidate = base.to_owned();
        let separator = if base.contains('_') || base.starts_with(|c: char| c.is_ascii_lowercase()) { "_" } else { "" };
        let mut number = 2;
        while self.names.contains(unraw(&candidate)) || self.names.contains(&candidate) {
            candidate = format!("{}{separator}{number}", unraw(base));
            number += 1;
        }
        self.names.insert(unraw(&candidate).to_owned());
        candidate
    }
}

/// A `#[serde(rename_all = "...")]` rule: the name it gives a Rust name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rule {
    Lower,
    Upper,
    Camel,
    Pascal,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

impl Rule {
    /// The attribute's value.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Rule::Lower => "lowercase",
            Rule::Upper => "UPPERCASE",
            Rule::Camel => "camelCase",
            Rule::Pascal => "PascalCase",
            Rule::Snake => "snake_case",
            Rule::ScreamingSnake => "SCREAMING_SNAKE_CASE",
            Rule::Kebab => "kebab-case",
            Rule::ScreamingKebab => "SCREAMING-KEBAB-CASE",
        }
    }

    /// What serde makes of a variant name (`NotPlanned`) under this rule.
    pub(crate) fn variant(self, variant: &str) -> String {
        match self {
            Rule::Pascal => variant.to_owned(),
            Rule::Lower => variant.to_ascii_lowercase(),
            Rule::Upper => variant.to_ascii_uppercase(),
            Rule::Camel => lower_first(variant),
            Rule::Snake => variant_snake(variant),
            Rule::ScreamingSnake => variant_snake(variant).to_ascii_uppercase(),
            Rule::Kebab => variant_snake(variant).replace('_', "-"),
            Rule::ScreamingKebab => variant_snake(variant).to_ascii_uppercase().replace('_', "-"),
        }
    }

    /// What serde makes of a field name (`html_url`) under this rule.
    pub(crate) fn field(self, field: &str) -> String {
        match self {
            Rule::Lower | Rule::Snake => field.to_owned(),
            Rule::Upper | Rule::ScreamingSnake => field.to_ascii_uppercase(),
            Rule::Pascal => field_pascal(field),
            Rule::Camel => lower_first(&field_pascal(field)),
            Rule::Kebab => field.replace('_', "-"),
            Rule::ScreamingKebab => field.to_ascii_uppercase().replace('_', "-"),
        }
    }
}

/// The rules tried for variants, the plainest first.
pub(crate) const VARIANT_RULES: [Rule; 7] =
    [Rule::Lower, Rule::Snake, Rule::Kebab, Rule::ScreamingSnake, Rule::Camel, Rule::Upper, Rule::ScreamingKebab];

/// The rules tried for fields.
pub(crate) const FIELD_RULES: [Rule; 5] =
    [Rule::Camel, Rule::Pascal, Rule::Kebab, Rule::ScreamingSnake, Rule::ScreamingKebab];

/// The first rule under which every `(rust, wire)` pair matches, if the
/// names need one at all; `Err(())` when no rule fits them all.
pub(crate) fn common_rule<'a>(
    pairs: impl Iterator<Item = (&'a str, &'a str)> + Clone,
    rules: &[Rule],
    apply: fn(Rule, &str) -> String,
) -> Result<Option<Rule>, ()> {
    if pairs.clone().all(|(rust, wire)| unraw(rust) == wire) {
        return Ok(None);
    }
    rules
        .iter()
        .copied()
        .find(|rule| pairs.clone().all(|(rust, wire)| apply(*rule, unraw(rust)) == wire))
        .map(Some)
        .ok_or(())
}

fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

fn variant_snake(variant: &str) -> String {
    let mut snake = String::new();
    for (i, ch) in variant.char_indices() {
        if i > 0 && ch.is_uppercase() {
            snake.push('_');
        }
        snake.push(ch.to_ascii_lowercase());
    }
    snake
}

fn field_pascal(field: &str) -> String {
    let mut pascal = String::new();
    let mut capitalize = true;
    for ch in field.chars() {
        if ch == '_' {
            capitalize = true;
        } else if capitalize {
            pascal.push(ch.to_ascii_uppercase());
            capitalize = false;
        } else {
            pascal.push(ch);
        }
    }
    pascal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_rust_can_spell() {
        assert_eq!(snake("issues/list-for-repo", "op"), "issues_list_for_repo");
        assert_eq!(snake("getApiV4ProjectsIdIssues", "op"), "get_api_v4_projects_id_issues");
        assert_eq!(snake("type", "f"), "r#type");
        assert_eq!(snake("self", "f"), "self_");
        assert_eq!(snake("+1", "f"), "plus_1");
        assert_eq!(snake("-1", "f"), "minus_1");
        assert_eq!(snake("2fa", "f"), "n2fa");
        assert_eq!(snake("@@", "field"), "field");
        assert_eq!(pascal("simple-user", "T"), "SimpleUser");
        assert_eq!(pascal("API_Entities_Project", "T"), "ApiEntitiesProject");
        assert_eq!(pascal("self", "T"), "SelfValue");
        assert_eq!(pascal("0", "T"), "V0");
        assert_eq!(pascal("", "Empty"), "Empty");
    }

    #[test]
    fn serde_rules_as_serde_applies_them() {
        assert_eq!(Rule::Snake.variant("NotPlanned"), "not_planned");
        assert_eq!(Rule::Camel.field("html_url"), "htmlUrl");
        assert_eq!(Rule::Kebab.field("content_type"), "content-type");
        let pairs = [("Open", "open"), ("NotPlanned", "not_planned")];
        assert_eq!(common_rule(pairs.iter().copied(), &VARIANT_RULES, Rule::variant), Ok(Some(Rule::Snake)));
        let plain = [("id", "id"), ("r#type", "type")];
        assert_eq!(common_rule(plain.iter().copied(), &FIELD_RULES, Rule::field), Ok(None));
    }

    #[test]
    fn taken_names_get_numbers() {
        let mut taken = Taken::with(&["Result"]);
        assert_eq!(taken.claim("Result"), "Result2");
        assert_eq!(taken.claim("User"), "User");
        assert_eq!(taken.claim("User"), "User2");
        let mut fields = Taken::default();
        assert_eq!(fields.claim("plus_1"), "plus_1");
        assert_eq!(fields.claim("plus_1"), "plus_1_2");
        assert_eq!(fields.claim("r#type"), "r#type");
        assert_eq!(fields.claim("type"), "type_2");
    }
}
