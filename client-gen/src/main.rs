//! `client-gen`: writes a checked `#[client]` declaration from an OpenAPI
//! description. See the library's documentation and `README.md`.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let options = match client_gen::cli::parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let generated = match client_gen::generate(&options, Path::new(".")) {
        Ok(generated) => generated,
        Err(err) => {
            eprintln!("{err}\nnothing was written");
            return ExitCode::FAILURE;
        }
    };
    for note in &generated.left_out {
        eprintln!("left out: {note}");
    }
    match std::fs::write(&options.out, generated.text) {
        Ok(()) => {
            eprintln!("wrote {}", options.out);
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: cannot write {}: {err}", options.out);
            ExitCode::FAILURE
        }
    }
}
