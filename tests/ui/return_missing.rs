use client_runtime::client;

#[client]
pub trait Api {
    #[delete("/users/<name>")]
    fn delete(&self, name: &str);
}

fn main() {}
