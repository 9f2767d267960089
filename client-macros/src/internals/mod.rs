//! Reading and checking a `#[client]` trait: `parse` reads the trait into
//! the `ast`, `check` turns it into the `checked` model or reports why not,
//! and every error goes to the `Ctxt` so that all are reported at once.

pub(crate) mod ast;
pub(crate) mod attr;
pub(crate) mod check;
pub(crate) mod checked;
pub(crate) mod ctxt;
pub(crate) mod parse;
pub(crate) mod ret;
pub(crate) mod slot;
pub(crate) mod spec;
pub(crate) mod symbol;
pub(crate) mod template;
