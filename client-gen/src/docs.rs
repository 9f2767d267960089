//! Doc comments from the description's Markdown.
//!
//! The text is kept, but made safe for rustdoc and clippy: a code block
//! without a language would be compiled as a doctest, so it becomes
//! `text`; indentation is dropped outside code blocks (an indented block
//! is a doctest too); a list item's or quote's continuation lines are
//! indented or quoted (`clippy::doc_lazy_continuation`); tabs, trailing
//! spaces, control and bidirectional-override characters go.

use serde_json::Value;

/// Doc lines for a type: the schema's `description`, else its `title`.
pub(crate) fn of_schema(schema: &Value) -> Vec<String> {
    let text = schema.get("description").or_else(|| schema.get("title")).and_then(Value::as_str);
    lines(text.unwrap_or_default())
}

/// Doc lines for a field: what the property itself says, not what the
/// type it refers to says (that is on the type).
pub(crate) fn of_property(schema: &Value) -> Vec<String> {
    of_schema(schema)
}

/// Paragraphs joined with an empty line between them; empty ones dropped.
pub(crate) fn paragraphs(parts: Vec<Vec<String>>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in parts.into_iter().filter(|part| !part.is_empty()) {
        if !out.is_empty() {
            out.push(String::new());
        }
        out.extend(part);
    }
    out
}

/// Markdown text as doc comment lines, without the `///`.
pub(crate) fn lines(text: &str) -> Vec<String> {
    let mut writer = Writer::default();
    for line in clean(text).lines() {
        writer.line(line);
    }
    writer.finish()
}

/// The text without what has no place in a comment.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', "    ")
        .chars()
        .filter(|c| *c == '\n' || !(c.is_control() || is_bidi_control(*c)))
        .collect()
}

/// Characters rustc refuses in comments (`text_direction_codepoint_in_comment`).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[derive(Default)]
struct Writer {
    out: Vec<String>,
    /// The fence of the open code block (its marker characters).
    fence: Option<String>,
    context: Context,
}

/// What a non-blank line continues.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Context {
    #[default]
    Paragraph,
    /// A list item whose text starts this many columns in.
    Item(usize),
    Quote,
}

impl Writer {
    fn line(&mut self, line: &str) {
        let trimmed = line.trim();
        if let Some(fence) = &self.fence {
            if trimmed.starts_with(fence.as_str())
                && trimmed.trim_start_matches(fence.chars().next().unwrap_or('`')).is_empty()
            {
                self.fence = None;
            }
            self.out.push(line.trim_end().to_owned());
            return;
        }
        if let Some((marker, info)) = opening_fence(trimmed) {
            self.fence = Some(marker.to_owned());
            self.context = Context::Paragraph;
            self.out.push(format!("{marker}{}", fence_language(info)));
            return;
        }
        if trimmed.is_empty() {
            self.context = Context::Paragraph;
            self.push_blank();
            return;
        }
        if trimmed.starts_with('>') {
            self.context = Context::Quote;
            self.out.push(trimmed.to_owned());
            return;
        }
        if let Some(width) = list_marker(trimmed) {
            self.context = Context::Item(width);
            self.out.push(trimmed.to_owned());
            return;
        }
        let line = match self.context {
            Context::Paragraph => trimmed.to_owned(),
            Context::Item(width) => format!("{}{trimmed}", " ".repeat(width)),
            Context::Quote => format!("> {trimmed}"),
        };
        self.out.push(line);
    }

    fn push_blank(&mut self) {
        if self.out.last().is_some_and(|last| !last.is_empty()) {
            self.out.push(String::new());
        }
    }

    fn finish(mut self) -> Vec<String> {
        if let Some(fence) = self.fence.take() {
            self.out.push(fence);
        }
        while self.out.last().is_some_and(String::is_empty) {
            self.out.pop();
        }
        self.out
    }
}

/// "```rust" is ("```", "rust"); at least three backticks or tildes.
fn opening_fence(line: &str) -> Option<(&str, &str)> {
    let marker = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let count = line.chars().take_while(|c| *c == marker).count();
    if count < 3 {
        return None;
    }
    let (fence, info) = line.split_at(count);
    (!info.contains('`')).then_some((fence, info.trim()))
}

/// The language of a code block: `text` where rustdoc would take the block
/// for Rust and run it as a doctest.
fn fence_language(info: &str) -> &str {
    const RUSTDOC: [&str; 8] =
        ["rust", "ignore", "should_panic", "no_run", "compile_fail", "test_harness", "standalone_crate", "edition2021"];
    let words = info.split(|c: char| c == ',' || c.is_whitespace()).filter(|word| !word.is_empty());
    let rustish = words.clone().all(|word| RUSTDOC.contains(&word) || word.starts_with("edition"));
    if info.is_empty() || rustish { "text" } else { info }
}

/// The width of a list marker and its space: `- ` is 2, `10. ` is 4.
fn list_marker(line: &str) -> Option<usize> {
    if ["- ", "* ", "+ "].iter().any(|marker| line.starts_with(marker)) {
        return Some(2);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && digits < 10 && (rest.starts_with(". ") || rest.starts_with(") "))).then_some(digits + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_blocks_never_become_doctests() {
        assert_eq!(lines("Run:\n\n```\nlet x = 1;\n```"), ["Run:", "", "```text", "let x = 1;", "```"]);
        assert_eq!(lines("```json\n{\"a\": 1}\n```"), ["```json", "{\"a\": 1}", "```"]);
        assert_eq!(lines("text\n\n    indented code"), ["text", "", "indented code"]);
        assert_eq!(lines("```rust\nopen"), ["```text", "open", "```"]);
    }

    #[test]
    fn continuation_lines_are_indented_or_quoted() {
        assert_eq!(lines("- one\ncontinued\n\nafter"), ["- one", "  continued", "", "after"]);
        assert_eq!(lines("10. ten\nmore"), ["10. ten", "    more"]);
        assert_eq!(lines("> [!NOTE]\n> text\nlazy"), ["> [!NOTE]", "> text", "> lazy"]);
    }

    #[test]
    fn what_has_no_place_in_a_comment_goes() {
        assert_eq!(lines("a\t b  \r\n\r\n\r\nc\u{202E}d\u{7}"), ["a     b", "", "cd"]);
        assert!(lines("  \n\n").is_empty());
    }
}
