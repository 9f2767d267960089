//! The stub emitted after an error keeps every signature, so callers of a
//! blocking client and of its listings see nothing but the one error.

use client_runtime::blocking::Paginated;
use client_runtime::{Result, client};

#[client(blocking, base_url = "https://api.example.com")]
pub trait Foo {
    #[get("/users")]
    #[paginate(page(size = 0))]
    fn users(&self) -> Paginated<String>;

    #[delete("/users/<name>")]
    fn delete(&self, name: &str) -> Result<()>;
}

pub fn run() -> Result<()> {
    let client = FooClient::builder().bearer_auth("token").build()?;
    for user in client.users().max_pages(2) {
        client.delete(&user?)?;
    }
    let _other = FooClient::new()?;
    Ok(())
}

fn main() {
    let _ = run();
}
