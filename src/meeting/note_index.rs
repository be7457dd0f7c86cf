//! Finding a note by its id, in a table that stores no id of its own.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasherDefault, Hasher};

use super::action::NoteId;
use super::state::Note;

/// Finds a note by its id. Keyed by a 64-bit hash of the id rather than the id itself, so an id
/// is stored once (in its note) and the table stays small: folding a long journal is mostly
/// adding notes. An id whose hash is already taken goes to a short list searched in order.
///
/// Keeping the hash in the table is what makes growing cheap: a table of bare note places
/// (`hashbrown::HashTable<usize>`, comparing ids through the notes) folds a whole journal as fast,
/// but must hash every id again from its note each time it grows, and the live loop grows it one
/// note at a time: at 47,687 notes the one insert that doubled it took 8.6 ms against 1 ms here,
/// over the keystroke's 2 ms budget (BENCHMARKS.md, "Meeting core").
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct NoteIndex {
    by_hash: HashMap<u64, usize, BuildHasherDefault<Prehashed>>,
    collided: Vec<usize>,
}

impl NoteIndex {
    /// FxHash's multiply-rotate over the bytes, then a full avalanche (MurmurHash3's finaliser),
    /// since the table uses the key's bits directly. Ids come from this program's own seats, so
    /// hash flooding is not a concern; a collision only costs a search of the short list.
    fn hash(id: &NoteId) -> u64 {
        const K: u64 = 0xf135_7aea_2e62_a9c5;
        let bytes = id.0.as_bytes();
        let mut h = bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            h = (h ^ u64::from_le_bytes(word)).wrapping_mul(K).rotate_left(26);
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(K);
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }

    pub(super) fn reserve(&mut self, n: usize) {
        self.by_hash.reserve(n);
    }

    pub(super) fn get(&self, notes: &[Note], id: &NoteId) -> Option<usize> {
        let &n = self.by_hash.get(&Self::hash(id))?;
        if notes[n].id == *id {
            return Some(n);
        }
        self.collided.iter().copied().find(|&c| notes[c].id == *id)
    }

    /// Records note `n`, whose id is not yet known.
    pub(super) fn insert(&mut self, id: &NoteId, n: usize) {
        match self.by_hash.entry(Self::hash(id)) {
            Entry::Vacant(slot) => {
                slot.insert(n);
            }
            Entry::Occupied(_) => self.collided.push(n),
        }
    }
}

/// The hasher for keys that are already hashes.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Prehashed(u64);

impl Hasher for Prehashed {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
