//! The in-process store: bounded by bytes, evicting the least recently
//! used entries first.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

use super::entry::Entry;
use super::key::Key;

/// Entries by key, with a use counter ordering them for eviction.
#[derive(Debug)]
pub(crate) struct MemoryStore {
    max_bytes: usize,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    entries: HashMap<Key, Slot>,
    /// Last use → key, oldest first.
    by_use: BTreeMap<u64, Key>,
    clock: u64,
    bytes: usize,
}

#[derive(Debug)]
struct Slot {
    entry: Arc<Entry>,
    size: usize,
    used: u64,
}

impl MemoryStore {
    pub(crate) fn new(max_bytes: usize) -> Self {
        Self { max_bytes, state: Mutex::new(State::default()) }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state stays consistent between statements, so a panic
        // elsewhere while holding the lock leaves nothing half-done.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The entry, marked as just used.
    pub(crate) fn get(&self, key: &Key) -> Option<Arc<Entry>> {
        let mut state = self.lock();
        let now = state.tick();
        let slot = state.entries.get_mut(key)?;
        let previous = std::mem::replace(&mut slot.used, now);
        let entry = slot.entry.clone();
        state.by_use.remove(&previous);
        state.by_use.insert(now, *key);
        Some(entry)
    }

    /// Stores the entry, evicting the least recently used ones until it
    /// fits. An entry larger than the whole bound is not stored: `false`.
    pub(crate) fn put(&self, key: Key, entry: Entry) -> bool {
        let size = entry.size();
        let mut state = self.lock();
        state.remove(&key);
        if size > self.max_bytes {
            return false;
        }
        while state.bytes.saturating_add(size) > self.max_bytes {
            let Some((_, oldest)) = state.by_use.pop_first() else { break };
            state.remove(&oldest);
        }
        let used = state.tick();
        state.by_use.insert(used, key);
        state.bytes += size;
        state.entries.insert(key, Slot { entry: Arc::new(entry), size, used });
        true
    }

    pub(crate) fn remove(&self, key: &Key) {
        self.lock().remove(key);
    }

    /// The bytes held, as counted against the bound.
    pub(crate) fn bytes(&self) -> usize {
        self.lock().bytes
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.lock().entries.len()
    }

    pub(crate) fn max_bytes(&self) -> usize {
        self.max_bytes
    }
}

impl State {
    fn tick(&mut self) -> u64 {
        self.clock = self.clock.wrapping_add(1);
        self.clock
    }

    fn remove(&mut self, key: &Key) {
        if let Some(slot) = self.entries.remove(key) {
            self.by_use.remove(&slot.used);
            self.bytes -= slot.size;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::entry::tests::sample;
    use bytes::Bytes;
    use http::{HeaderMap, Method};
    use url::Url;

    fn key(n: usize) -> Key {
        let url = Url::parse(&format!("https://a.example/{n}")).expect("url");
        Key::new(&Method::GET, &url, &HeaderMap::new(), &[])
    }

    fn entry(body_len: usize) -> Entry {
        Entry { body: Bytes::from(vec![b'x'; body_len]), ..sample() }
    }

    #[test]
    fn stays_within_its_byte_bound() {
        let one = entry(1000).size();
        let store = MemoryStore::new(one * 3 + one / 2);
        for n in 0..50 {
            store.put(key(n), entry(1000));
            assert!(store.bytes() <= store.max_bytes(), "{} > {}", store.bytes(), store.max_bytes());
        }
        assert_eq!(store.len(), 3);
        assert!(store.get(&key(49)).is_some());
        assert!(store.get(&key(46)).is_none());
    }

    #[test]
    fn evicts_the_least_recently_used() {
        let one = entry(100).size();
        let store = MemoryStore::new(one * 2);
        store.put(key(1), entry(100));
        store.put(key(2), entry(100));
        assert!(store.get(&key(1)).is_some(), "1 is now the most recent");
        store.put(key(3), entry(100));
        assert!(store.get(&key(1)).is_some());
        assert!(store.get(&key(2)).is_none(), "2 was the least recently used");
        assert!(store.get(&key(3)).is_some());
    }

    #[test]
    fn replacing_an_entry_counts_it_once() {
        let store = MemoryStore::new(1 << 20);
        store.put(key(1), entry(100));
        store.put(key(1), entry(300));
        assert_eq!(store.len(), 1);
        assert_eq!(store.bytes(), entry(300).size());
        store.remove(&key(1));
        assert_eq!((store.len(), store.bytes()), (0, 0));
    }

    #[test]
    fn an_entry_larger_than_the_bound_is_not_stored() {
        let store = MemoryStore::new(500);
        store.put(key(1), entry(100));
        store.put(key(2), entry(10_000));
        assert!(store.get(&key(2)).is_none());
        assert!(store.get(&key(1)).is_some(), "nothing was evicted for it");
    }
}
