//! The README shows files of the repository verbatim: each fenced block
//! after a `<!-- file: path -->` line is that file, byte for byte, so the
//! quickstart a new user copies is the one the workspace builds.

use std::path::Path;

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace")
}

/// `(path, block)` for every marked block of a Markdown text.
fn marked_blocks(markdown: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        let Some(path) = line.strip_prefix("<!-- file: ").and_then(|rest| rest.strip_suffix(" -->")) else {
            continue;
        };
        let fence = lines.next().unwrap_or_default();
        assert!(fence.starts_with("```"), "the line after the marker of {path} opens a fenced block: {fence:?}");
        let mut block = String::new();
        for line in lines.by_ref().take_while(|line| *line != "```") {
            block.push_str(line);
            block.push('\n');
        }
        found.push((path.to_owned(), block));
    }
    found
}

#[test]
fn the_readme_s_quickstart_is_the_quickstart_the_workspace_builds() {
    let readme = std::fs::read_to_string(workspace().join("README.md")).expect("README.md");
    let blocks = marked_blocks(&readme);
    let paths: Vec<&str> = blocks.iter().map(|(path, _)| path.as_str()).collect();
    assert_eq!(paths, ["examples/quickstart/Cargo.toml", "examples/quickstart/src/main.rs"]);
    for (path, block) in blocks {
        let file = std::fs::read_to_string(workspace().join(&path)).expect(&path);
        assert_eq!(block, file, "the README's {path} differs from the file");
    }
}

#[test]
fn the_readme_opens_with_how_to_depend_on_the_library() {
    let readme = std::fs::read_to_string(workspace().join("README.md")).expect("README.md");
    let install = readme.find("## Install").expect("an Install section");
    let first_section = readme.find("\n## ").expect("sections");
    assert_eq!(install, first_section + 1, "Install is the first section");
    assert!(readme[install..].contains("[dependencies]\nclient-runtime = \"0.1\""));
}
