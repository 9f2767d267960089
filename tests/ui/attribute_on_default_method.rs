use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    fn users(&self) -> Result<String>;

    #[get("/me")]
    fn me(&self) -> Result<String> {
        self.users()
    }
}

fn main() {}
