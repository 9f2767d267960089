//! Each generated file is exactly what the command in its header writes:
//! the command is read back from the header (as a shell would split it),
//! run from this crate's directory, and the bytes compared.

use std::path::Path;

const FILES: [&str; 3] = ["src/github.rs", "src/github_uploads.rs", "src/gitlab.rs"];

/// The words after `cargo run -p client-gen --` in the header comment.
fn command(text: &str) -> Vec<String> {
    let mut joined = String::new();
    for line in text.lines().map_while(|line| line.strip_prefix("//")).skip_while(|line| !line.contains(" -- ")) {
        let line = line.trim();
        if line.is_empty() {
            break;
        }
        joined.push_str(line.trim_end_matches('\\'));
        joined.push(' ');
    }
    let (_, args) = joined.split_once(" -- ").expect("a command in the header");
    shell_words(args)
}

/// Splits on spaces, with `'...'` quoting (and `'\''` for a quote).
fn shell_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let (mut quoted, mut started, mut escaped) = (false, false, false);
    for c in text.chars() {
        match c {
            c if escaped => {
                word.push(c);
                escaped = false;
            }
            '\'' => {
                quoted = !quoted;
                started = true;
            }
            '\\' if !quoted => {
                escaped = true;
                started = true;
            }
            ' ' if !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                }
                started = false;
            }
            c => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    words
}

#[test]
fn the_files_are_what_their_commands_write() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in FILES {
        let written = std::fs::read_to_string(dir.join(file)).expect("the generated file");
        let options = client_gen::cli::parse(command(&written)).expect("the header's command");
        assert_eq!(options.out, file, "the header names the file it writes");
        let again = client_gen::generate(&options, dir).unwrap_or_else(|err| panic!("{file}: {err}")).text;
        assert!(again == written, "{file} differs from what `client-gen` writes now: generate it again");
    }
}

#[test]
fn shell_words_read_quotes() {
    assert_eq!(shell_words("a 'GET /x/{y}' 'it'\\''s'"), ["a", "GET /x/{y}", "it's"]);
}
