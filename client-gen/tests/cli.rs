//! The command: it writes the file, or says what is wrong and writes
//! nothing.

use std::path::Path;
use std::process::{Command, Output};

const SPEC: &str = r#"{"openapi": "3.0.3", "info": {"title": "Shop", "version": "1"},
  "paths": {"/orders": {"get": {"operationId": "orders/list", "tags": ["orders"],
    "responses": {"200": {"description": "ok", "content": {"application/json":
      {"schema": {"type": "array", "items": {"type": "string"}}}}}}}}}}"#;

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_client-gen")).current_dir(dir).args(args).output().expect("client-gen runs")
}

fn shop() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(dir.path().join("shop.json"), SPEC).expect("the description");
    dir
}

#[test]
fn writes_the_file() {
    let dir = shop();
    let args =
        ["shop.json", "--trait", "Shop", "--base-url", "https://shop.example", "--tag", "orders", "--out", "shop.rs"];
    let output = run(dir.path(), &args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let written = std::fs::read_to_string(dir.path().join("shop.rs")).expect("the file");
    assert!(written.contains("async fn orders_list(&self) -> Result<Vec<String>>;"), "{written}");
    assert!(written.contains(r#"openapi = "shop.json""#));
}

#[test]
fn an_unknown_operation_writes_nothing_and_names_the_nearest() {
    let dir = shop();
    let args = ["shop.json", "--trait", "Shop", "--base-url", "https://shop.example", "--operation", "order/list"];
    let output = run(dir.path(), &[&args[..], &["--out", "shop.rs"]].concat());
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no operation has the id `order/list`; did you mean `orders/list`?"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(!dir.path().join("shop.rs").exists());
}

#[test]
fn a_missing_option_is_a_usage_error() {
    let dir = shop();
    let output = run(dir.path(), &["shop.json", "--trait", "Shop", "--out", "shop.rs"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("`--base-url` is required"));
    assert!(!dir.path().join("shop.rs").exists());
}
