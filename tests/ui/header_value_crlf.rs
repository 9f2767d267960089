use client_runtime::{Result, client};

#[client]
#[header("X-Trace", "1\r\nX-Injected: yes")]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Result<String>;
}

fn main() {}
