//! Compile-fail tests: every misuse `#[client]` detects is an error that
//! points at the offending token. Regenerate the expected output with
//! `TRYBUILD=overwrite cargo test -p tests --test ui`.

use std::path::{Path, PathBuf};

#[test]
fn ui() {
    copy_openapi_fixtures();
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
    t.pass("ui-pass/*.rs");
}

/// The cases name their OpenAPI descriptions as a user does, relative to
/// the crate's manifest (`openapi = "openapi/shop.yaml"`). trybuild builds
/// them as a crate of its own in the target directory, wherever that is
/// (`CARGO_TARGET_DIR`), so the fixtures are copied next to its manifest.
fn copy_openapi_fixtures() {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi");
    let to = trybuild_crate().join("openapi");
    std::fs::create_dir_all(&to).expect("the fixtures' directory");
    for entry in std::fs::read_dir(&from).expect("tests/openapi") {
        let path = entry.expect("a fixture").path();
        let name = path.file_name().expect("a file name");
        std::fs::copy(&path, to.join(name)).expect("a fixture copied");
    }
}

/// `<target>/tests/trybuild/<package>/`, where trybuild writes the crate.
fn trybuild_crate() -> PathBuf {
    // Cargo's scratch directory for integration tests is `<target>/tmp`.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().expect("the target directory");
    target.join("tests").join("trybuild").join(env!("CARGO_PKG_NAME"))
}
