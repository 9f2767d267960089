//! The declaration behind a call, read from the example's own source, so
//! that what the tour shows is what the compiler checked.

use std::io::Write;

/// The example sources the tour calls into.
#[derive(Clone, Copy)]
pub(super) enum Source {
    GitHub,
    GitLab,
    JsonPlaceholder,
    Weather,
    Chat,
    Kube,
}

impl Source {
    fn text(self) -> &'static str {
        match self {
            Source::GitHub => include_str!("../github.rs"),
            Source::GitLab => include_str!("../gitlab.rs"),
            Source::JsonPlaceholder => include_str!("../jsonplaceholder.rs"),
            Source::Weather => include_str!("../weather.rs"),
            Source::Chat => include_str!("../chat.rs"),
            Source::Kube => include_str!("../kube.rs"),
        }
    }
}

/// Prints the attributes and signature of each method, as declared; a
/// method the source does not declare is an error, so the tour cannot
/// show a declaration that is not there.
pub(super) fn show(out: &mut (dyn Write + Send), source: Source, methods: &[&str]) -> std::io::Result<()> {
    for method in methods {
        let lines = declaration(source.text(), method);
        if lines.is_empty() {
            return Err(std::io::Error::other(format!("the example declares no method `{method}`")));
        }
        for line in lines {
            writeln!(out, "  │ {line}")?;
        }
    }
    Ok(())
}

/// The lines of a trait method's declaration: its attributes (not its
/// docs) and its signature, up to the `;`, without their indentation.
/// Empty when the source declares no such method.
fn declaration<'s>(source: &'s str, method: &str) -> Vec<&'s str> {
    let lines: Vec<&str> = source.lines().collect();
    let signature = [format!("fn {method}("), format!("fn {method}<")];
    let Some(at) = lines.iter().position(|line| {
        let line = line.trim_start();
        let line = line.strip_prefix("async ").unwrap_or(line);
        signature.iter().any(|start| line.starts_with(start.as_str())) && !line.ends_with('{')
    }) else {
        return Vec::new();
    };
    let first = lines[..at]
        .iter()
        .rposition(|line| {
            let line = line.trim_start();
            !(line.starts_with("#[") || line.starts_with("//"))
        })
        .map_or(0, |blank| blank + 1);
    let attributes = lines[first..at].iter().filter(|line| line.trim_start().starts_with("#["));
    let last = lines[at..].iter().position(|line| line.trim_end().ends_with(';')).map_or(at, |n| at + n);
    let indent = lines[at].len() - lines[at].trim_start().len();
    attributes.chain(&lines[at..=last]).map(|line| line.get(indent..).unwrap_or(line.trim_start())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declaration_is_its_attributes_and_signature() {
        assert_eq!(
            declaration(Source::GitHub.text(), "download_release_asset"),
            [
                "#[get(\"/repos/<owner>/<repo>/releases/assets/<asset_id>\")]",
                "#[header(\"Accept\", \"application/octet-stream\")]",
                "async fn download_release_asset(&self, owner: &str, repo: &str, asset_id: u64) -> Result<ByteStream>;",
            ]
        );
        let listing = declaration(Source::GitLab.text(), "list_issues");
        assert!(listing[0].starts_with("#[get(\"/projects/<id>/issues\")]"), "{listing:?}");
        assert!(listing.iter().any(|line| line.starts_with("#[paginate(")), "{listing:?}");
        assert!(listing.last().is_some_and(|line| line.ends_with(';')), "{listing:?}");
    }
}
