//! The in-process store: bounded by bytes, evicting the least recently
//! used entries first, and indexed by [`Resource`] for invalidations.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

use super::entry::Entry;
use super::key::{Key, Resource};

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
    /// The keys stored for each URL.
    by_resource: HashMap<Resource, Vec<Key>>,
    clock: u64,
    bytes: usize,
}

#[derive(Debug)]
struct Slot {
    entry: Arc<Entry>,
    resource: Resource,
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

    /// Stores the entry for `resource`, evicting the least recently used
    /// ones until it fits. An entry larger than the whole bound is not
    /// stored: `false`.
    pub(crate) fn put(&self, key: Key, resource: Resource, entry: Entry) -> bool {
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
        state.by_resource.entry(resource).or_default().push(key);
        state.bytes += size;
        state.entries.insert(key, Slot { entry: Arc::new(entry), resource, size, used });
        true
    }

    pub(crate) fn remove(&self, key: &Key) {
        self.lock().remove(key);
    }

    /// Forgets every entry stored for these resources.
    pub(crate) fn invalidate(&self, resources: &[Resource]) {
        let mut state = self.lock();
        for resource in resources {
            for key in state.by_resource.remove(resource).unwrap_or_default() {
                state.remove(&key);
            }
        }
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
        let Some(slot) = self.entries.remove(key) else { return };
        self.by_use.remove(&slot.used);
        self.bytes -= slot.size;
        if let Some(keys) = self.by_resource.get_mut(&slot.resource) {
            keys.retain(|k| k != key);
            if keys.is_empty() {
                self.by_resource.remove(&slot.resource);
            }
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

    fn url(n: usize) -> Url {
        Url::parse(&format!("https://a.example/{n}")).expect("url")
    }

    fn key(n: usize) -> Key {
        Key::new(&Method::GET, &url(n), &HeaderMap::new(), &[])
    }

    fn resource(n: usize) -> Resource {
        Resource::new(&url(n))
    }

    fn entry(body_len: usize) -> Entry {
        Entry { body: Bytes::from(vec![b'x'; body_len]), ..sample() }
    }

    #[test]
    fn stays_within_its_byte_bound() {
        let one = entry(1000).size();
        let store = MemoryStore::new(one * 3 + one / 2);
        for n in 0..50 {
            store.put(key(n), resource(n), entry(1000));
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
        store.put(key(1), resource(1), entry(100));
        store.put(key(2), resource(2), entry(100));
        assert!(store.get(&key(1)).is_some(), "1 is now the most recent");
        store.put(key(3), resource(3), entry(100));
        assert!(store.get(&key(1)).is_some());
        assert!(store.get(&key(2)).is_none(), "2 was the least recently used");
        assert!(store.get(&key(3)).is_some());
    }

    #[test]
    fn replacing_an_entry_counts_it_once() {
        let store = MemoryStore::new(1 << 20);
        store.put(key(1), resource(1), entry(100));
        store.put(key(1), resource(1), entry(300));
        assert_eq!(store.len(), 1);
        assert_eq!(store.bytes(), entry(300).size());
        store.remove(&key(1));
        assert_eq!((store.len(), store.bytes()), (0, 0));
    }

    #[test]
    fn an_invalidation_forgets_every_key_of_the_resource() {
        let store = MemoryStore::new(1 << 20);
        let alice = Key::new(&Method::GET, &url(1), &auth("Bearer alice"), &[]);
        let bob = Key::new(&Method::GET, &url(1), &auth("Bearer bob"), &[]);
        let head = Key::new(&Method::HEAD, &url(1), &HeaderMap::new(), &[]);
        for key in [alice, bob, head] {
            store.put(key, resource(1), entry(10));
        }
        store.put(key(2), resource(2), entry(10));
        store.invalidate(&[resource(1), resource(3)]);
        assert!(store.get(&alice).is_none() && store.get(&bob).is_none() && store.get(&head).is_none());
        assert!(store.get(&key(2)).is_some(), "another URL stays");
        assert_eq!(store.bytes(), entry(10).size());
        store.invalidate(&[resource(2)]);
        assert_eq!((store.len(), store.bytes()), (0, 0));
        assert!(store.lock().by_resource.is_empty(), "no index left behind");
    }

    #[test]
    fn eviction_and_replacement_keep_the_index_in_step() {
        let one = entry(100).size();
        let store = MemoryStore::new(one * 2);
        for n in 0..10 {
            store.put(key(n), resource(n), entry(100));
            store.put(key(n), resource(n), entry(100));
        }
        let state = store.lock();
        assert_eq!(state.by_resource.len(), 2);
        assert!(state.by_resource.values().all(|keys| keys.len() == 1));
    }

    fn auth(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(http::header::AUTHORIZATION, http::HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn an_entry_larger_than_the_bound_is_not_stored() {
        let store = MemoryStore::new(500);
        store.put(key(1), resource(1), entry(100));
        store.put(key(2), resource(2), entry(10_000));
        assert!(store.get(&key(2)).is_none());
        assert!(store.get(&key(1)).is_some(), "nothing was evicted for it");
    }
}
