use client_runtime::client;

#[client]
pub struct Api {
    pub base: String,
}

fn main() {}
