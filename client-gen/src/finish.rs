//! What can only be decided once every type is known: where a type would
//! contain itself (a `Box` there), which types are sent and which are read
//! (derives, the enum fallback), which can derive `Default`, and which
//! union variants are large enough to box (`clippy::large_enum_variant`).

use std::collections::HashSet;

use crate::model::{Kind, Ty, TypeDef, TypeId};

/// How much larger (in bytes, estimated) one union variant may be than
/// another before it is boxed; clippy's threshold is 200.
const LARGE_VARIANT: usize = 128;

/// Runs every pass; `requests` and `responses` are the types the methods
/// send and read.
pub(crate) fn finish(defs: &mut [TypeDef], requests: &[Ty], responses: &[Ty]) {
    box_cycles(defs);
    box_large_variants(defs);
    mark(defs, requests, |def| &mut def.request);
    mark(defs, responses, |def| &mut def.response);
    defaults(defs);
}

/// The types a definition holds, with whether each is held inline (not
/// behind a `Vec`, map or `Box`).
fn held(ty: &Ty, inline: bool, out: &mut Vec<(TypeId, bool)>) {
    match ty {
        Ty::Named(id) => out.push((*id, inline)),
        Ty::Option(inner) => held(inner, inline, out),
        Ty::Vec(inner) | Ty::Map(inner) | Ty::Boxed(inner) => held(inner, false, out),
        _ => {}
    }
}

fn types_of(def: &TypeDef) -> Vec<&Ty> {
    match &def.kind {
        Kind::Struct(fields) => fields.iter().map(|field| &field.ty).collect(),
        Kind::Untagged(alternatives) => alternatives.iter().map(|alternative| &alternative.ty).collect(),
        Kind::Alias(ty) => vec![ty],
        Kind::Enum(_) => Vec::new(),
    }
}

fn types_of_mut(def: &mut TypeDef) -> Vec<&mut Ty> {
    match &mut def.kind {
        Kind::Struct(fields) => fields.iter_mut().map(|field| &mut field.ty).collect(),
        Kind::Untagged(alternatives) => alternatives.iter_mut().map(|alternative| &mut alternative.ty).collect(),
        Kind::Alias(ty) => vec![ty],
        Kind::Enum(_) => Vec::new(),
    }
}

/// The definitions each one holds inline.
fn inline_edges(defs: &[TypeDef]) -> Vec<Vec<TypeId>> {
    defs.iter()
        .map(|def| {
            let mut out = Vec::new();
            types_of(def).into_iter().for_each(|ty| held(ty, true, &mut out));
            out.into_iter().filter(|(_, inline)| *inline).map(|(id, _)| id).collect()
        })
        .collect()
}

/// Every definition reachable from `start` through inline edges.
fn reach(edges: &[Vec<TypeId>], start: TypeId) -> HashSet<TypeId> {
    let mut seen = HashSet::new();
    let mut stack = vec![start];
    while let Some(id) = stack.pop() {
        if seen.insert(id) {
            stack.extend(edges[id.0].iter().copied());
        }
    }
    seen
}

/// `Box`es every inline edge on a cycle, so that no type contains itself.
fn box_cycles(defs: &mut [TypeDef]) {
    let edges = inline_edges(defs);
    let reaches: Vec<HashSet<TypeId>> = (0..defs.len()).map(|index| reach(&edges, TypeId(index))).collect();
    for (index, def) in defs.iter_mut().enumerate() {
        for ty in types_of_mut(def) {
            box_where(ty, &|target| reaches[target.0].contains(&TypeId(index)));
        }
    }
}

/// Boxes the inline named types of `ty` for which `cyclic` holds.
fn box_where(ty: &mut Ty, cyclic: &dyn Fn(TypeId) -> bool) {
    match ty {
        Ty::Named(id) if cyclic(*id) => *ty = Ty::Boxed(Box::new(Ty::Named(*id))),
        Ty::Option(inner) => box_where(inner, cyclic),
        _ => {}
    }
}

/// How deep the size estimate looks into nested types.
const SIZE_DEPTH: usize = 64;

/// Boxes the largest variants of a union while they are much larger than
/// the next one.
fn box_large_variants(defs: &mut [TypeDef]) {
    let mut known = vec![None; defs.len()];
    for index in 0..defs.len() {
        while let Kind::Untagged(alternatives) = &defs[index].kind {
            let mut sizes: Vec<(usize, usize)> = alternatives
                .iter()
                .enumerate()
                .map(|(at, alternative)| (size(defs, &alternative.ty, &mut known, 0), at))
                .collect();
            sizes.sort_unstable_by(|a, b| b.cmp(a));
            let [(largest, at), (next, _), ..] = sizes[..] else { break };
            if largest <= next + LARGE_VARIANT {
                break;
            }
            if let Kind::Untagged(alternatives) = &mut defs[index].kind {
                let ty = std::mem::replace(&mut alternatives[at].ty, Ty::Value);
                alternatives[at].ty = Ty::Boxed(Box::new(ty));
            }
            known[index] = None;
        }
    }
}

/// A generous estimate of a type's size in bytes, remembered per type in
/// `known`. Cycles are boxed by now, so the inline types form a tree.
fn size(defs: &[TypeDef], ty: &Ty, known: &mut [Option<usize>], depth: usize) -> usize {
    match ty {
        Ty::Bool | Ty::Int(_) | Ty::Float | Ty::Boxed(_) => 8,
        Ty::Str | Ty::Vec(_) | Ty::Map(_) => 24,
        Ty::Value => 32,
        Ty::Option(inner) => size(defs, inner, known, depth) + 8,
        Ty::Named(_) if depth > SIZE_DEPTH => 8,
        Ty::Named(id) => {
            if let Some(size) = known[id.0] {
                return size;
            }
            let total = match &defs[id.0].kind {
                Kind::Enum(_) => 8,
                Kind::Struct(fields) => fields.iter().map(|field| size(defs, &field.ty, known, depth + 1)).sum(),
                Kind::Untagged(alternatives) => {
                    alternatives.iter().map(|a| size(defs, &a.ty, known, depth + 1)).max().unwrap_or(0) + 8
                }
                Kind::Alias(ty) => size(defs, ty, known, depth + 1),
            };
            known[id.0] = Some(total.max(8));
            total.max(8)
        }
    }
}

/// Sets `flag` on every definition reachable from `roots`.
fn mark(defs: &mut [TypeDef], roots: &[Ty], flag: fn(&mut TypeDef) -> &mut bool) {
    let mut stack = Vec::new();
    roots.iter().for_each(|ty| ty.named(&mut stack));
    while let Some(id) = stack.pop() {
        let def = &mut defs[id.0];
        if *flag(def) {
            continue;
        }
        *flag(def) = true;
        types_of(def).into_iter().for_each(|ty| ty.named(&mut stack));
    }
}

/// Which structs can derive `Default`: those whose every field can.
fn defaults(defs: &mut [TypeDef]) {
    for def in defs.iter_mut() {
        def.default = matches!(def.kind, Kind::Struct(_));
    }
    loop {
        let mut changed = false;
        for index in 0..defs.len() {
            if defs[index].default && !types_of(&defs[index]).iter().all(|ty| has_default(defs, ty)) {
                defs[index].default = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

fn has_default(defs: &[TypeDef], ty: &Ty) -> bool {
    match ty {
        Ty::Named(id) => match &defs[id.0].kind {
            Kind::Alias(inner) => has_default(defs, inner),
            _ => defs[id.0].default,
        },
        Ty::Boxed(inner) => has_default(defs, inner),
        _ => true,
    }
}
