// An async client's stream is a `Stream`, not a reader: reading it as one
// is a type error, not a runtime error.
use std::io::Read as _;

fn read_all(mut stream: client_runtime::ByteStream) -> Vec<u8> {
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("read");
    bytes
}

fn main() {}
