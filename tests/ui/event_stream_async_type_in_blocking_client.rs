use client_runtime::{EventStream, Result, client};

#[client(blocking)]
pub trait Api {
    #[get("/events")]
    fn events(&self) -> Result<EventStream<String>>;
}

fn main() {}
