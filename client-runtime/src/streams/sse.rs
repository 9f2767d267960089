//! An incremental parser for `text/event-stream`, after the WHATWG HTML
//! specification's "event stream interpretation" rules.
//!
//! It is fed the body chunk by chunk, wherever the chunks happen to be cut,
//! and produces the same events for any split: a CRLF cut between two
//! chunks is one line ending, a BOM cut in two is still a BOM. It does no
//! I/O and never panics on any input.
//!
//! Memory is bounded: the event being assembled (its data, its type and the
//! line not yet ended) may not grow past the cap.

use std::collections::VecDeque;
use std::time::Duration;

/// The UTF-8 byte order mark, skipped once at the start of a stream.
const BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// One dispatched event, its data still text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawEvent {
    /// The type: the `event:` field, or `"message"`.
    pub(crate) event: String,
    /// The `data:` lines joined with `\n`.
    pub(crate) data: String,
    /// The last event id at dispatch time; `None` when empty.
    pub(crate) id: Option<String>,
    /// A `retry:` given in this event's fields.
    pub(crate) retry: Option<Duration>,
}

/// The assembled event went past the cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooLarge;

/// The parser's state between chunks.
#[derive(Debug)]
pub(crate) struct SseParser {
    max_size: usize,
    /// How many bytes of a leading BOM were matched so far; `None` once the
    /// start of the stream is behind us.
    bom_matched: Option<usize>,
    /// The previous chunk ended with CR: a LF opening this one belongs to it.
    after_cr: bool,
    /// The current line, when it spans chunks.
    line: Vec<u8>,
    data: Vec<u8>,
    event_type: Vec<u8>,
    /// The id buffer: set by `id:` fields, kept across events.
    id_buffer: String,
    /// The last event id as of the last dispatch: what a reconnection sends.
    last_event_id: String,
    /// `retry:` seen in the fields of the event being assembled.
    event_retry: Option<Duration>,
    /// The latest `retry:` of the whole stream.
    reconnection_time: Option<Duration>,
}

impl SseParser {
    pub(crate) fn new(max_size: usize) -> Self {
        Self {
            max_size,
            bom_matched: Some(0),
            after_cr: false,
            line: Vec::new(),
            data: Vec::new(),
            event_type: Vec::new(),
            id_buffer: String::new(),
            last_event_id: String::new(),
            event_retry: None,
            reconnection_time: None,
        }
    }

    pub(crate) fn set_max_size(&mut self, max_size: usize) {
        self.max_size = max_size;
    }

    /// The id a reconnection sends as `Last-Event-ID`; `None` when empty.
    pub(crate) fn last_event_id(&self) -> Option<&str> {
        (!self.last_event_id.is_empty()).then_some(self.last_event_id.as_str())
    }

    /// The latest `retry:` the server sent.
    pub(crate) fn reconnection_time(&self) -> Option<Duration> {
        self.reconnection_time
    }

    /// The connection ended: an event not yet terminated by a blank line is
    /// discarded, as the specification requires, and the next body starts
    /// afresh (it may have a BOM of its own). The last event id and the
    /// reconnection time are kept.
    pub(crate) fn reset_connection(&mut self) {
        self.bom_matched = Some(0);
        self.after_cr = false;
        self.line.clear();
        self.data.clear();
        self.event_type.clear();
        self.event_retry = None;
        self.id_buffer.clone_from(&self.last_event_id);
    }

    /// Parses one chunk, pushing every event it completes onto `out`.
    pub(crate) fn feed(&mut self, chunk: &[u8], out: &mut VecDeque<RawEvent>) -> Result<(), TooLarge> {
        let mut rest = self.skip_bom(chunk);
        if self.pending_size() > self.max_size {
            return Err(TooLarge);
        }
        if self.after_cr && !rest.is_empty() {
            self.after_cr = false;
            if rest[0] == b'\n' {
                rest = &rest[1..];
            }
        }
        while let Some(end) = rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            if self.line.is_empty() {
                self.process_line(&rest[..end], out)?;
            } else {
                self.grow_line(&rest[..end])?;
                let line = std::mem::take(&mut self.line);
                let processed = self.process_line(&line, out);
                self.line = line;
                self.line.clear();
                processed?;
            }
            let crlf = rest[end] == b'\r' && rest.get(end + 1) == Some(&b'\n');
            self.after_cr = rest[end] == b'\r' && end + 1 == rest.len();
            rest = &rest[end + if crlf { 2 } else { 1 }..];
        }
        self.grow_line(rest)
    }

    /// Strips a leading BOM, even one cut across chunks.
    fn skip_bom<'a>(&mut self, chunk: &'a [u8]) -> &'a [u8] {
        let Some(mut matched) = self.bom_matched else { return chunk };
        let mut rest = chunk;
        while let Some((&byte, tail)) = rest.split_first() {
            if byte != BOM[matched] {
                // Not a BOM after all: the bytes taken for one are data.
                self.line.extend_from_slice(&BOM[..matched]);
                self.bom_matched = None;
                return rest;
            }
            matched += 1;
            rest = tail;
            if matched == BOM.len() {
                self.bom_matched = None;
                return rest;
            }
        }
        self.bom_matched = Some(matched);
        rest
    }

    fn grow_line(&mut self, bytes: &[u8]) -> Result<(), TooLarge> {
        if self.pending_size().saturating_add(bytes.len()) > self.max_size {
            return Err(TooLarge);
        }
        self.line.extend_from_slice(bytes);
        Ok(())
    }

    fn pending_size(&self) -> usize {
        self.line.len().saturating_add(self.data.len()).saturating_add(self.event_type.len())
    }

    fn process_line(&mut self, line: &[u8], out: &mut VecDeque<RawEvent>) -> Result<(), TooLarge> {
        if line.is_empty() {
            self.dispatch(out);
            return Ok(());
        }
        let (field, value) = match line.iter().position(|&b| b == b':') {
            Some(0) => return Ok(()), // a comment, or a keep-alive
            Some(colon) => {
                let value = &line[colon + 1..];
                (&line[..colon], value.strip_prefix(b" ").unwrap_or(value))
            }
            None => (line, &[][..]),
        };
        let fits = |held: usize| held.saturating_add(value.len()) < self.max_size;
        match field {
            b"data" if !fits(self.data.len() + self.event_type.len()) => return Err(TooLarge),
            b"data" => {
                self.data.extend_from_slice(value);
                self.data.push(b'\n');
            }
            b"event" if !fits(self.data.len()) => return Err(TooLarge),
            b"event" => {
                self.event_type.clear();
                self.event_type.extend_from_slice(value);
            }
            b"id" if !fits(0) => return Err(TooLarge),
            b"id" if !value.contains(&0) => self.id_buffer = String::from_utf8_lossy(value).into_owned(),
            b"retry" => {
                if let Some(millis) = all_digits(value) {
                    let retry = Duration::from_millis(millis);
                    self.event_retry = Some(retry);
                    self.reconnection_time = Some(retry);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn dispatch(&mut self, out: &mut VecDeque<RawEvent>) {
        self.last_event_id.clone_from(&self.id_buffer);
        let retry = self.event_retry.take();
        if self.data.is_empty() {
            self.event_type.clear();
            return;
        }
        self.data.pop(); // the `\n` after the last data line
        let data = text(std::mem::take(&mut self.data));
        let event =
            if self.event_type.is_empty() { "message".to_owned() } else { text(std::mem::take(&mut self.event_type)) };
        self.event_type.clear();
        out.push_back(RawEvent { event, data, id: self.last_event_id().map(str::to_owned), retry });
    }
}

/// The value as milliseconds when it is only ASCII digits (saturating).
fn all_digits(value: &[u8]) -> Option<u64> {
    if value.is_empty() || !value.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(value.iter().fold(0_u64, |n, &d| n.saturating_mul(10).saturating_add(u64::from(d - b'0'))))
}

/// UTF-8 text, invalid sequences replaced as the specification's decoder
/// does; valid text (the usual case) is not copied.
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const CAP: usize = 1024 * 1024;

    fn parse_chunks(chunks: &[&[u8]]) -> (Vec<RawEvent>, SseParser) {
        let mut parser = SseParser::new(CAP);
        let mut out = VecDeque::new();
        for chunk in chunks {
            parser.feed(chunk, &mut out).expect("within the cap");
        }
        (out.into_iter().collect(), parser)
    }

    fn parse(input: &str) -> Vec<RawEvent> {
        parse_chunks(&[input.as_bytes()]).0
    }

    fn data(events: &[RawEvent]) -> Vec<&str> {
        events.iter().map(|e| e.data.as_str()).collect()
    }

    #[test]
    fn lf_crlf_and_cr_line_endings_mixed() {
        let events = parse("data: a\n\ndata: b\r\n\r\ndata: c\r\rdata: d\r\n\ndata: e\n\r");
        assert_eq!(data(&events), ["a", "b", "c", "d", "e"]);
    }

    #[test]
    fn a_crlf_split_across_chunks_is_one_line_ending() {
        let (events, _) = parse_chunks(&[b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"]);
        assert_eq!(data(&events), ["a\nb"]);
    }

    #[test]
    fn a_leading_bom_is_skipped_once() {
        assert_eq!(data(&parse("\u{feff}data: a\n\n")), ["a"]);
        // Only at the start: later it is part of the field name.
        assert_eq!(data(&parse("\u{feff}\u{feff}data: a\n\n")), Vec::<&str>::new());
        let bom = "\u{feff}data: b\n\n".as_bytes();
        let (events, _) = parse_chunks(&[&bom[..1], &bom[1..2], &bom[2..]]);
        assert_eq!(data(&events), ["b"]);
    }

    #[test]
    fn half_a_bom_is_data() {
        let (events, _) = parse_chunks(&[&[0xEF, 0xBB], b"x\ndata: y\n\n"]);
        assert_eq!(data(&events), ["y"]);
    }

    #[test]
    fn multi_line_data_is_joined_with_lf() {
        let events = parse("data: first\ndata:second\ndata\ndata:  third\n\n");
        assert_eq!(data(&events), ["first\nsecond\n\n third"]);
    }

    #[test]
    fn comments_are_ignored() {
        let events = parse(": keep-alive\n\n:\ndata: a\n: inside\ndata: b\n\n");
        assert_eq!(data(&events), ["a\nb"]);
    }

    #[test]
    fn a_field_without_a_colon_has_an_empty_value() {
        let events = parse("data\n\nevent\ndata: x\n\n");
        assert_eq!(data(&events), ["", "x"]);
        assert_eq!(events[1].event, "message");
    }

    #[test]
    fn only_one_leading_space_is_stripped() {
        let events = parse("event:  spaced\ndata:\tx\n\n");
        assert_eq!(events[0].event, " spaced");
        assert_eq!(events[0].data, "\tx");
    }

    #[test]
    fn the_event_type_defaults_to_message_and_resets() {
        let events = parse("event: add\ndata: 1\n\ndata: 2\n\n");
        assert_eq!(events[0].event, "add");
        assert_eq!(events[1].event, "message");
    }

    #[test]
    fn an_id_with_nul_is_ignored() {
        let events = parse("id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n");
        assert_eq!(events[1].id.as_deref(), Some("1"));
    }

    #[test]
    fn the_last_event_id_persists_and_an_empty_id_resets_it() {
        let (events, parser) = parse_chunks(&[b"id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n"]);
        let ids: Vec<_> = events.iter().map(|e| e.id.as_deref()).collect();
        assert_eq!(ids, [Some("7"), Some("7"), None]);
        assert_eq!(parser.last_event_id(), None);
    }

    #[test]
    fn an_id_takes_effect_at_the_blank_line_even_without_data() {
        let (events, parser) = parse_chunks(&[b"id: 9\n\n"]);
        assert!(events.is_empty());
        assert_eq!(parser.last_event_id(), Some("9"));
        let (_, unterminated) = parse_chunks(&[b"id: 9\n"]);
        assert_eq!(unterminated.last_event_id(), None);
    }

    #[test]
    fn retry_is_taken_only_when_all_digits() {
        for (line, expected) in [
            ("retry: 1500", Some(1500)),
            ("retry: 15s", None),
            ("retry: -1", None),
            ("retry:  1", None),
            ("retry:", None),
            ("retry: 1.5", None),
        ] {
            let (events, parser) = parse_chunks(&[format!("{line}\ndata: x\n\n").as_bytes()]);
            let expected = expected.map(Duration::from_millis);
            assert_eq!(parser.reconnection_time(), expected, "{line}");
            assert_eq!(events[0].retry, expected, "{line}");
        }
    }

    #[test]
    fn a_huge_retry_saturates() {
        let (_, parser) = parse_chunks(&[b"retry: 99999999999999999999999999\n"]);
        assert_eq!(parser.reconnection_time(), Some(Duration::from_millis(u64::MAX)));
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let events = parse("foo: bar\ndata: a\nDATA: b\n\n");
        assert_eq!(data(&events), ["a"]);
    }

    #[test]
    fn an_unterminated_event_is_not_dispatched() {
        assert!(parse("data: a\n").is_empty());
        assert!(parse("data: a").is_empty());
    }

    #[test]
    fn reset_discards_the_partial_event_and_keeps_the_id() {
        let (_, mut parser) = parse_chunks(&[b"id: 3\ndata: a\n\nid: 4\ndata: partial\n"]);
        parser.reset_connection();
        let mut out = VecDeque::new();
        parser.feed(b"\xEF\xBB\xBFdata: b\n\n", &mut out).expect("small");
        assert_eq!(out[0].data, "b");
        assert_eq!(out[0].id.as_deref(), Some("3"));
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let (events, _) = parse_chunks(&[b"data: \xFF\xFEok\n\n"]);
        assert_eq!(events[0].data, "\u{FFFD}\u{FFFD}ok");
    }

    #[test]
    fn the_cap_bounds_one_line_and_one_event() {
        let mut parser = SseParser::new(16);
        let mut out = VecDeque::new();
        assert_eq!(parser.feed(b"data: 0123456789abcdef", &mut out), Err(TooLarge));

        let mut parser = SseParser::new(16);
        parser.feed(b"data: 0123456\n", &mut out).expect("8 bytes");
        assert_eq!(parser.feed(b"data: 89abcdef\n", &mut out), Err(TooLarge));

        let mut parser = SseParser::new(16);
        for _ in 0..100 {
            parser.feed(b"data: 0123456789\n\n: comment that is long enough\n", &mut out).expect("each small");
        }
        assert_eq!(out.len(), 100);
    }

    proptest! {
        #[test]
        fn any_split_gives_the_same_events(
            input in proptest::collection::vec(
                prop_oneof![
                    Just(b'\n'), Just(b'\r'), Just(b':'), Just(b' '), Just(0_u8), Just(0xEF), Just(0xBB), Just(0xBF),
                    proptest::sample::select(b"dataeventidretry0123456789x".to_vec()),
                    any::<u8>(),
                ],
                0..400,
            ),
            cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..12),
        ) {
            let (whole, whole_parser) = parse_chunks(&[&input]);
            let chunks = crate::streams::cut(&input, &cuts);
            let (split, split_parser) = parse_chunks(&chunks);
            prop_assert_eq!(whole, split);
            prop_assert_eq!(whole_parser.last_event_id(), split_parser.last_event_id());
            prop_assert_eq!(whole_parser.reconnection_time(), split_parser.reconnection_time());
        }

        #[test]
        fn byte_at_a_time_matches_and_arbitrary_bytes_never_panic(input in proptest::collection::vec(any::<u8>(), 0..300)) {
            let (whole, _) = parse_chunks(&[&input]);
            let bytes: Vec<&[u8]> = input.chunks(1).collect();
            let (split, _) = parse_chunks(&bytes);
            prop_assert_eq!(whole, split);
        }

        #[test]
        fn a_small_cap_errs_instead_of_growing(input in proptest::collection::vec(any::<u8>(), 0..300), cap in 0_usize..40) {
            let mut parser = SseParser::new(cap);
            let mut out = VecDeque::new();
            for chunk in input.chunks(7) {
                if parser.feed(chunk, &mut out).is_err() {
                    break;
                }
                prop_assert!(parser.pending_size() <= cap);
            }
        }

        #[test]
        fn well_formed_events_round_trip(
            events in proptest::collection::vec(("[a-z]{0,8}", "[a-zA-Z0-9 {}\":,]{0,30}", "[0-9]{1,4}"), 1..20),
            ending in prop_oneof![Just("\n"), Just("\r\n"), Just("\r")],
        ) {
            let mut text = String::new();
            for (kind, payload, id) in &events {
                if !kind.is_empty() {
                    text.push_str(&format!("event: {kind}{ending}"));
                }
                text.push_str(&format!("id: {id}{ending}data: {payload}{ending}{ending}"));
            }
            let parsed = parse(&text);
            prop_assert_eq!(parsed.len(), events.len());
            for (got, (kind, payload, id)) in parsed.iter().zip(&events) {
                prop_assert_eq!(&got.event, if kind.is_empty() { "message" } else { kind.as_str() });
                prop_assert_eq!(&got.data, payload);
                prop_assert_eq!(got.id.as_deref(), Some(id.as_str()));
            }
        }
    }
}
