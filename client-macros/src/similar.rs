//! "Did you mean": edit distance between names, for the attribute parser
//! and the OpenAPI check alike.

/// Levenshtein distance, counted in characters.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // `row[j]` is the distance from the prefix of `a` read so far to `b[..j]`.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            let next = substitute.min(row[j] + 1).min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The candidate closest to `name`, if it is close enough to be a typo:
/// at most one edit for short names, else a third of the name's length.
/// Case and `-`/`_` differences count as near misses too.
pub(crate) fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).max(1);
    let folded = fold(name);
    candidates
        .into_iter()
        .map(|candidate| {
            let d = if fold(candidate) == folded { 0 } else { distance(name, candidate) };
            (d, candidate)
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, candidate)| candidate)
}

/// Up to `count` candidates, nearest first, whatever their distance.
pub(crate) fn nearest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>, count: usize) -> Vec<&'a str> {
    let mut ranked: Vec<(usize, &str)> =
        candidates.into_iter().map(|candidate| (distance(name, candidate), candidate)).collect();
    ranked.sort();
    ranked.dedup_by(|a, b| a.1 == b.1);
    ranked.into_iter().take(count).map(|(_, candidate)| candidate).collect()
}

fn fold(name: &str) -> String {
    name.chars().map(|c| if c == '-' { '_' } else { c.to_ascii_lowercase() }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_ranks_near_names() {
        assert_eq!(distance("perpage", "per_page"), 1);
        assert_eq!(closest("PER-PAGE", ["per_page", "page"]), Some("per_page"));
        assert_eq!(closest("colour", ["per_page", "page"]), None);
        assert_eq!(nearest("GET /a", ["GET /b", "POST /a", "GET /a"], 2), ["GET /a", "GET /b"]);
    }
}
