//! ISO 8601 / RFC 3339 timestamps in UTC (`2026-01-05T10:00:00Z`), as
//! GitHub writes `expires_at`, without a date-time dependency.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// `when` as `YYYY-MM-DDTHH:MM:SSZ` (whole seconds; before 1970 is 1970).
pub fn format(when: SystemTime) -> String {
    let secs = when.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rest) = (secs / 86_400, secs % 86_400);
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

/// Parses `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `+00:00` (fractions of
/// a second are dropped). Other offsets, dates before 1970 and malformed
/// text are `None`.
pub fn parse(text: &str) -> Option<SystemTime> {
    let text = text.trim();
    let (date, time) = text.split_once(['T', ' '])?;
    let time = time.strip_suffix('Z').or_else(|| time.strip_suffix("+00:00"))?;
    let time = time.split_once('.').map_or(time, |(whole, _)| whole);
    let mut date_parts = date.split('-').map(|p| p.parse::<u64>().ok());
    let (year, month, day) = (date_parts.next()??, date_parts.next()??, date_parts.next()??);
    let mut time_parts = time.split(':').map(|p| p.parse::<u64>().ok());
    let (hour, minute, second) = (time_parts.next()??, time_parts.next()??, time_parts.next()??);
    if date_parts.next().is_some() || time_parts.next().is_some() {
        return None;
    }
    if !(1970..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    let secs = days.checked_mul(86_400)?.checked_add(hour * 3600 + minute * 60 + second)?;
    UNIX_EPOCH.checked_add(Duration::from_secs(secs))
}

/// Days since 1970-01-01 of a date (H. Hinnant's algorithm, years >= 1970).
fn days_from_civil(year: u64, month: u64, day: u64) -> u64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year / 400;
    let yoe = year - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe).saturating_sub(719_468)
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn format_then_parse_is_the_identity(secs in 0_u64..253_402_300_800) {
            let when = UNIX_EPOCH + Duration::from_secs(secs);
            prop_assert_eq!(parse(&format(when)), Some(when));
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,40}") {
            let _ = parse(&text);
        }

        #[test]
        fn parse_never_panics_on_near_misses(y in 0_u64..100_000, mo in 0_u64..100, d in 0_u64..100, h in 0_u64..100, mi in 0_u64..100, s in 0_u64..100) {
            let _ = parse(&std::format!("{y}-{mo}-{d}T{h}:{mi}:{s}Z"));
        }
    }

    #[test]
    fn round_trips_and_knows_the_calendar() {
        let when = parse("2016-07-11T22:14:10Z").expect("valid");
        assert_eq!(when.duration_since(UNIX_EPOCH).expect("after 1970").as_secs(), 1_468_275_250);
        assert_eq!(format(when), "2016-07-11T22:14:10Z");
        assert_eq!(format(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        assert_eq!(parse("2024-02-29T00:00:00.123+00:00").map(format).as_deref(), Some("2024-02-29T00:00:00Z"));
        for bad in [
            "",
            "2016-07-11",
            "2016-07-11T22:14:10+02:00",
            "2016-13-01T00:00:00Z",
            "1969-12-31T23:59:59Z",
            "x-y-zT1:2:3Z",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
