//! The command line: `SPEC --trait NAME --base-url URL [--operation ID]...
//! [--tag TAG]... [--path "METHOD /path"]... --out FILE`.

use crate::{Options, Selection};

/// How to call the command.
pub const USAGE: &str = "usage: client-gen SPEC --trait NAME --base-url URL \
[--operation ID]... [--tag TAG]... [--path \"METHOD /path\"]... --out FILE";

/// The options from the arguments after the program's name, or what is
/// wrong with them.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let mut args = args.into_iter();
    let mut spec = None;
    let (mut trait_name, mut base_url, mut out) = (None, None, None);
    let mut selection = Selection::default();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("`{name}` needs a value\n{USAGE}"));
        match arg.as_str() {
            "--trait" => trait_name = Some(value("--trait")?),
            "--base-url" => base_url = Some(value("--base-url")?),
            "--out" => out = Some(value("--out")?),
            "--operation" => selection.operations.push(value("--operation")?),
            "--tag" => selection.tags.push(value("--tag")?),
            "--path" => selection.paths.push(value("--path")?),
            "-h" | "--help" => return Err(USAGE.to_owned()),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`\n{USAGE}")),
            _ if spec.is_some() => return Err(format!("one description at a time: `{arg}` is a second one\n{USAGE}")),
            _ => spec = Some(arg),
        }
    }
    let missing = |name: &str| format!("`{name}` is required\n{USAGE}");
    Ok(Options {
        spec: spec.ok_or_else(|| missing("SPEC"))?,
        trait_name: trait_name.ok_or_else(|| missing("--trait"))?,
        base_url: base_url.ok_or_else(|| missing("--base-url"))?,
        selection,
        out: out.ok_or_else(|| missing("--out"))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &[&str]) -> Vec<String> {
        text.iter().map(|arg| (*arg).to_owned()).collect()
    }

    #[test]
    fn options_in_any_order() {
        let options = parse(args(&[
            "--trait",
            "Shop",
            "spec.yaml",
            "--operation",
            "a",
            "--tag",
            "t",
            "--base-url",
            "https://x",
            "--path",
            "GET /a",
            "--operation",
            "b",
            "--out",
            "src/shop.rs",
        ]))
        .expect("valid");
        assert_eq!(options.spec, "spec.yaml");
        assert_eq!(options.selection.operations, ["a", "b"]);
        assert_eq!(options.selection.paths, ["GET /a"]);
    }

    #[test]
    fn what_is_wrong_is_said() {
        assert!(parse(args(&["spec.yaml", "--trait"])).expect_err("refused").starts_with("`--trait` needs a value"));
        assert!(
            parse(args(&["spec.yaml", "--colour", "x"])).expect_err("refused").starts_with("unknown option `--colour`")
        );
        assert!(
            parse(args(&["--trait", "A", "--base-url", "https://x", "--out", "o"]))
                .expect_err("refused")
                .contains("SPEC")
        );
    }
}
