//! One small description per feature in `tests/cases/<case>/`, generated
//! with the arguments in its `args` (one per line) and compared with its
//! `expected.rs`, or, for a selection that fails, with `expected.err`.
//!
//! The command runs in `tests/generated/` of the workspace, so that each
//! `expected.rs` is also compiled there as a module (its `src/cases.rs`):
//! the macro checks it against its description, and clippy and rustfmt
//! see it. `BLESS=1 cargo test -p client-gen --test golden` rewrites the
//! expected files.

use std::path::{Path, PathBuf};

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/cases")
        .map(|entry| entry.expect("a case").path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    cases
}

/// Where the command runs: the crate that compiles the expected files.
fn run_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/generated")
}

fn compare(path: &Path, actual: &str, problems: &mut Vec<String>) {
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, actual).expect("write the expected file");
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected != actual {
        problems.push(format!("{} differs; it would be:\n{actual}", path.display()));
    }
}

#[test]
fn every_case_gives_its_expected_file() {
    let mut problems = Vec::new();
    for case in cases() {
        let args = std::fs::read_to_string(case.join("args")).expect("args");
        let args = args.lines().filter(|line| !line.is_empty()).map(str::to_owned);
        let options = client_gen::cli::parse(args).expect("valid args");
        match client_gen::generate(&options, &run_dir()) {
            Ok(generated) => {
                compare(&case.join("expected.rs"), &generated.text, &mut problems);
                let again = client_gen::generate(&options, &run_dir()).expect("the same again");
                assert!(again == generated, "{}: a second run gives other bytes", case.display());
            }
            Err(err) => compare(&case.join("expected.err"), &format!("{err}\n"), &mut problems),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
