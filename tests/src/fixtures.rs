//! Types and documents shared by the async and blocking end-to-end suites.

use serde::Deserialize;

/// A GitHub user, as far as the suites read it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct User {
    /// The login name.
    pub login: String,
    /// The numeric id.
    pub id: u64,
}

/// A repository's owner.
#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct Owner {
    /// The login name.
    pub login: String,
}

/// A repository.
#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct Repo {
    /// The repository name.
    pub name: String,
    /// Who owns it.
    pub owner: Owner,
}

/// The user document every user endpoint of the suites serves.
pub const USER_JSON: &str = r#"{"login":"octocat","id":1}"#;

/// What [`USER_JSON`] decodes to.
pub fn octocat() -> User {
    User { login: "octocat".to_owned(), id: 1 }
}
