//! Collects every error of a trait, so that all are reported at once.

use std::cell::RefCell;
use std::fmt::Display;

use proc_macro2::{Ident, Span};
use quote::ToTokens;

#[derive(Default)]
pub(crate) struct Ctxt {
    errors: RefCell<Vec<syn::Error>>,
    /// Arguments, as (method, argument), whose attribute could not be read:
    /// already reported, so later checks do not call them unused.
    broken_args: RefCell<Vec<(String, String)>>,
}

impl Ctxt {
    pub(crate) fn error_spanned_by<T: ToTokens, M: Display>(&self, tokens: T, message: M) {
        self.errors.borrow_mut().push(syn::Error::new_spanned(tokens, message));
    }

    pub(crate) fn error_at<M: Display>(&self, span: Span, message: M) {
        self.errors.borrow_mut().push(syn::Error::new(span, message));
    }

    pub(crate) fn syn_error(&self, err: syn::Error) {
        self.errors.borrow_mut().push(err);
    }

    /// Records that an argument's attribute was reported as malformed.
    pub(crate) fn broken_arg(&self, method: &Ident, arg: &Ident) {
        self.broken_args.borrow_mut().push((method.to_string(), arg.to_string()));
    }

    /// Whether an argument's attribute was reported as malformed.
    pub(crate) fn is_broken_arg(&self, method: &Ident, arg: &Ident) -> bool {
        let (method, arg) = (method.to_string(), arg.to_string());
        self.broken_args.borrow().iter().any(|(m, a)| *m == method && *a == arg)
    }

    /// All errors, combined into one, or `Ok` when there were none.
    pub(crate) fn check(self) -> syn::Result<()> {
        let mut errors = self.errors.into_inner().into_iter();
        let Some(mut combined) = errors.next() else { return Ok(()) };
        for err in errors {
            combined.combine(err);
        }
        Err(combined)
    }
}
