use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Result<String>;

    #[idempotent]
    fn first(&self, #[query] page: u32) -> Result<String> {
        let _ = page;
        self.users()
    }
}

fn main() {}
