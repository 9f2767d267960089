//! Every placeholder has exactly one argument, every argument one use.

use std::collections::HashSet;

use crate::internals::ast::Method;
use crate::internals::checked::PathPiece;
use crate::internals::ctxt::Ctxt;
use crate::internals::ret;
use crate::internals::template::{Piece, Template};

pub(super) fn check(cx: &Ctxt, method: &Method) {
    let Some((_, Some(template))) = method.attrs.verb.get() else { return };
    let mut seen: HashSet<&str> = HashSet::new();
    let mut missing = Vec::new();
    for (name, _) in template.params() {
        if !seen.insert(name) {
            cx.error_spanned_by(&template.lit, format!("placeholder <{name}> is used twice"));
        }
        match method.args.iter().find(|arg| ident_name(&arg.ident) == name) {
            None => missing.push(name),
            Some(arg) => {
                if let Some((_, span)) = arg.role() {
                    cx.error_at(
                        span,
                        format!("`{name}` fills the placeholder <{name}>; it cannot also have an attribute"),
                    );
                } else if ret::is_option(&arg.ty) {
                    cx.error_spanned_by(
                        &arg.ty,
                        format!(
                            "a path placeholder always has a value: `{name}` cannot be an `Option`; declare one method per path, or pass the value with #[query]"
                        ),
                    );
                } else if ret::is_sequence(&arg.ty) {
                    cx.error_spanned_by(
                        &arg.ty,
                        format!(
                            "a placeholder takes one value, not a list: for several path segments, pass them joined by `/` in a `String` to a rest placeholder <{name}..>; to send a list, make `{name}` a query, #[query(join = \",\")]"
                        ),
                    );
                }
            }
        }
    }
    let unused: Vec<_> = method
        .args
        .iter()
        .filter(|arg| !arg.role.is_set() && !seen.contains(ident_name(&arg.ident).as_str()))
        .filter(|arg| !cx.is_broken_arg(&method.sig.ident, &arg.ident))
        .collect();
    // One placeholder without an argument and one argument without a use:
    // most likely one of the two names is misspelt, so say so once.
    if let ([name], [arg]) = (missing.as_slice(), unused.as_slice()) {
        cx.error_spanned_by(
            &arg.ident,
            format!(
                "`{}` is not used and placeholder <{name}> has no argument: rename the argument to `{name}`, or the placeholder to <{}>",
                arg.ident,
                ident_name(&arg.ident)
            ),
        );
        return;
    }
    for name in missing {
        cx.error_spanned_by(&template.lit, format!("placeholder <{name}> has no argument named `{name}`"));
    }
    for arg in unused {
        cx.error_spanned_by(
            &arg.ident,
            format!(
                "`{}` is not used: name a placeholder <{}> in the path, or mark it #[query], #[header(\"...\")], #[body], #[form] or #[part(\"...\")]",
                arg.ident,
                ident_name(&arg.ident)
            ),
        );
    }
}

/// The template's pieces, each placeholder with its argument.
pub(super) fn path<'a>(method: &'a Method, template: &'a Template) -> Option<Vec<PathPiece<'a>>> {
    template
        .pieces
        .iter()
        .map(|piece| match piece {
            Piece::Lit(text) => Some(PathPiece::Lit(text)),
            Piece::Param { name, rest } => {
                let arg = method.args.iter().find(|a| ident_name(&a.ident) == *name)?;
                Some(PathPiece::Param { name, rest: *rest, arg })
            }
        })
        .collect()
}

/// `r#type` fills `<type>`.
pub(crate) fn ident_name(ident: &syn::Ident) -> String {
    let text = ident.to_string();
    text.strip_prefix("r#").map_or(text.clone(), str::to_owned)
}
