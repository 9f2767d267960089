//! Which operations to generate: by operationId, by tag, by verb and
//! path; every operation when nothing is named. A name that matches
//! nothing is an error with the nearest names.

use serde_json::Value;

use crate::form::resolved;
use crate::method::Source;
use crate::openapi::declared::Verb;
use crate::openapi::index::Description;
use crate::similar;

/// What the command line named.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// `--operation ID`.
    pub operations: Vec<String>,
    /// `--tag TAG`.
    pub tags: Vec<String>,
    /// `--path "METHOD /path"`.
    pub paths: Vec<String>,
}

impl Selection {
    fn is_empty(&self) -> bool {
        self.operations.is_empty() && self.tags.is_empty() && self.paths.is_empty()
    }
}

/// An operation of the description, as the selection sees it.
struct Entry<'a> {
    verb: Verb,
    path: &'a str,
    id: Option<&'a str>,
    tags: Vec<&'a str>,
    item: &'a Value,
    raw: &'a Value,
}

/// The selected operations in the description's order, or every problem
/// with the selection.
pub(crate) fn select<'a>(
    description: &'a Description,
    selection: &Selection,
    base_path: &str,
) -> Result<Vec<Source<'a>>, Vec<String>> {
    let entries = entries(description);
    let mut chosen = vec![selection.is_empty(); entries.len()];
    let mut problems = Vec::new();
    for id in &selection.operations {
        mark(&entries, &mut chosen, |entry| entry.id == Some(id.as_str()), || unknown_id(&entries, id), &mut problems);
    }
    // Named one by one, by id or path, rather than by tag or as all.
    let mut named = chosen.clone();
    for tag in &selection.tags {
        mark(
            &entries,
            &mut chosen,
            |entry| entry.tags.contains(&tag.as_str()),
            || unknown_tag(&entries, tag),
            &mut problems,
        );
    }
    for wanted in &selection.paths {
        match by_path(description, &entries, wanted, base_path) {
            Ok(index) => {
                chosen[index] = true;
                named[index] = true;
            }
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let root = &description.root;
    let sources = entries
        .iter()
        .zip(chosen.iter().zip(&named))
        .filter(|(_, (chosen, _))| **chosen)
        .filter_map(|(entry, (_, named))| {
            let operation = description.find(entry.verb, entry.path)?;
            let id = entry.id.map(str::to_owned);
            Some(Source {
                operation,
                raw: entry.raw,
                item: entry.item,
                id,
                root,
                named: *named && !selection.is_empty(),
            })
        })
        .collect();
    Ok(sources)
}

fn mark<'a>(
    entries: &[Entry<'a>],
    chosen: &mut [bool],
    matches: impl Fn(&Entry<'a>) -> bool,
    unknown: impl FnOnce() -> String,
    problems: &mut Vec<String>,
) {
    let mut found = false;
    for (entry, chosen) in entries.iter().zip(chosen.iter_mut()) {
        if matches(entry) {
            *chosen = true;
            found = true;
        }
    }
    if !found {
        problems.push(unknown());
    }
}

fn entries(description: &Description) -> Vec<Entry<'_>> {
    let root = &description.root;
    let paths = root.get("paths");
    description
        .operations
        .iter()
        .filter_map(|endpoint| {
            let item = resolved(root, paths?.get(&endpoint.path)?);
            let raw = resolved(root, item.get(endpoint.verb.key())?);
            let id = raw.get("operationId").and_then(Value::as_str);
            let tags = raw.get("tags").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str);
            Some(Entry { verb: endpoint.verb, path: &endpoint.path, id, tags: tags.collect(), item, raw })
        })
        .collect()
}

fn unknown_id(entries: &[Entry<'_>], id: &str) -> String {
    let ids: Vec<&str> = entries.iter().filter_map(|entry| entry.id).collect();
    format!("no operation has the id `{id}`{}", hint(id, &ids))
}

fn unknown_tag(entries: &[Entry<'_>], tag: &str) -> String {
    let mut tags: Vec<&str> = entries.iter().flat_map(|entry| entry.tags.iter().copied()).collect();
    tags.sort_unstable();
    tags.dedup();
    format!("no operation has the tag `{tag}`{}", hint(tag, &tags))
}

/// "; did you mean `x`?", or the nearest three names.
fn hint(name: &str, known: &[&str]) -> String {
    if let Some(near) = similar::closest(name, known.iter().copied()) {
        return format!("; did you mean `{near}`?");
    }
    let nearest: Vec<String> =
        similar::nearest(name, known.iter().copied(), 3).iter().map(|near| format!("`{near}`")).collect();
    if nearest.is_empty() { String::new() } else { format!("; the nearest are {}", nearest.join(", ")) }
}

/// `GET /users/{username}` (or `<username>`), as written, behind one of
/// the description's server paths, or behind the base URL's path (as a
/// template of the declaration is).
fn by_path(description: &Description, entries: &[Entry<'_>], wanted: &str, base_path: &str) -> Result<usize, String> {
    let usage = format!("`--path {wanted:?}`: write the verb and the path, as in \"GET /users/{{username}}\"");
    let (verb, path) = wanted.trim().split_once(' ').ok_or_else(|| usage.clone())?;
    let verb = Verb::from_key(verb.trim()).ok_or_else(|| usage.clone())?;
    let path: String = path
        .trim()
        .chars()
        .map(|c| {
            if c == '<' {
                '{'
            } else if c == '>' {
                '}'
            } else {
                c
            }
        })
        .collect();
    let path = path.replace("..}", "}");
    let found = description.find(verb, &path).or_else(|| description.find(verb, &format!("{base_path}{path}")));
    let found = found.and_then(|operation| {
        entries.iter().position(|entry| entry.verb == operation.verb && entry.path == operation.path)
    });
    found.ok_or_else(|| {
        let displays: Vec<String> =
            entries.iter().map(|entry| format!("{} {}", entry.verb.upper(), entry.path)).collect();
        let displays: Vec<&str> = displays.iter().map(String::as_str).collect();
        format!(
            "`{} {path}` is not an operation of the description{}",
            verb.upper(),
            hint(&format!("{} {path}", verb.upper()), &displays)
        )
    })
}
