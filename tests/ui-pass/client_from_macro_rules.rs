//! `#[client]` written by a `macro_rules!` macro, in the shapes such macros
//! take: the attribute written in the macro and the methods passed in, the
//! attribute passed in and the methods written in the macro, the receiver,
//! argument names and return types passed as fragments. Generated code
//! names the receiver and the arguments by the user's own tokens, so macro
//! hygiene accepts them, and its own locals never clash with arguments
//! named like them (`__call`, `__form`, `__value`).

use client_runtime::{Paginated, Result, client};
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
pub struct User {
    pub login: String,
}

/// The attribute in the macro; the methods from the caller.
macro_rules! api {
    ($name:ident { $($methods:tt)* }) => {
        #[client(base_url = "http://127.0.0.1:1")]
        pub trait $name { $($methods)* }
    };
}

api!(Users {
    #[get("/users/<name>")]
    async fn user(&self, name: &str, #[query] page: Option<u32>) -> Result<User>;

    #[post("/users")]
    async fn create(&self, #[body] user: &User, #[header("X-Trace")] __call: Option<&str>) -> Result<User>;

    #[get("/users")]
    #[paginate(page(size = 10))]
    fn list(&self, #[query] q: &str) -> Paginated<User>;

    #[post("/avatars")]
    #[multipart]
    async fn avatar(&self, #[part("name")] __form: String, #[part("note")] __value: Option<String>) -> Result<()>;
});

/// The attribute from the caller; the methods, receiver, names and return
/// types assembled in the macro, from fragments.
macro_rules! blocking_api {
    ($(#[$attr:meta])* $name:ident, $recv:ident, $arg:ident, $ret:ty) => {
        $(#[$attr])*
        pub trait $name {
            #[get("/users/<login>")]
            fn user(&$recv, login: &str, #[query] $arg: Option<u32>) -> $ret;

            #[put("/users/<login>")]
            fn replace(&self, login: &str, #[body] user: &User) -> Result<()>;

            #[get("/users")]
            #[paginate(link)]
            fn list(&self) -> client_runtime::blocking::Paginated<User>;
        }
    };
}

blocking_api!(#[client(blocking, base_url = "http://127.0.0.1:1")] BlockingUsers, self, page, Result<User>);

fn main() {
    let users = UsersClient::new().expect("client");
    let _ = &users;
    let blocking = BlockingUsersClient::new().expect("client");
    let _ = &blocking;
}
