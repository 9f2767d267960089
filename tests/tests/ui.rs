//! Compile-fail tests: every misuse `#[client]` detects is an error that
//! points at the offending token. Regenerate the expected output with
//! `TRYBUILD=overwrite cargo test -p tests --test ui`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
    t.pass("ui-pass/*.rs");
}
