//! Field paths (`sessions[2].topics[4].duration`) and where they sit in the source.
//!
//! serde reports a path but, reading from a parsed value, no position; the checks in
//! `validate.rs` know only paths. One pass of a position-keeping YAML parser over the same text
//! maps a path back to its line and column. It runs only when there is an error to report.

use std::fmt;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// One step of a field path: a key of a mapping, or a place in a list (counted from 0 here,
/// shown counted from 1, as the chair counts sessions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// Where in an agenda a value lives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Seg>);

impl FieldPath {
    pub fn root() -> Self {
        FieldPath(Vec::new())
    }

    pub fn key(&self, key: &str) -> Self {
        let mut segs = self.0.clone();
        segs.push(Seg::Key(key.to_owned()));
        FieldPath(segs)
    }

    pub fn index(&self, index: usize) -> Self {
        let mut segs = self.0.clone();
        segs.push(Seg::Index(index));
        FieldPath(segs)
    }

    pub fn from_serde(path: &serde_path_to_error::Path) -> Self {
        use serde_path_to_error::Segment;
        let segs = path
            .iter()
            .filter_map(|seg| match seg {
                Segment::Seq { index } => Some(Seg::Index(*index)),
                Segment::Map { key } => Some(Seg::Key(key.clone())),
                Segment::Enum { variant } => Some(Seg::Key(variant.clone())),
                Segment::Unknown => None,
            })
            .collect();
        FieldPath(segs)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                // A key is what the file says, and may be an unknown field holding anything.
                Seg::Key(key) if i == 0 => f.write_str(&crate::text::escaped(key))?,
                Seg::Key(key) => write!(f, ".{}", crate::text::escaped(key))?,
                Seg::Index(index) => write!(f, "[{}]", index + 1)?,
            }
        }
        Ok(())
    }
}

/// A line and column, both counted from 1; the column counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// Which part of a field an error points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The value (a bad duration): the caret goes under the value.
    Value,
    /// The key (an unknown field): the caret goes under the key.
    Key,
}

struct Entry {
    path: Vec<Seg>,
    key: Option<Pos>,
    value: Pos,
}

enum Frame {
    Map { path: Vec<Seg>, key: Option<(String, Pos)> },
    Seq { path: Vec<Seg>, next: usize },
}

#[derive(Default)]
struct Indexer {
    entries: Vec<Entry>,
    stack: Vec<Frame>,
    /// Depth inside a mapping or list used as a key, which no agenda path can reach.
    in_complex_key: usize,
}

fn pos(mark: Marker) -> Pos {
    Pos { line: mark.line(), col: mark.col() + 1 }
}

impl Indexer {
    fn node(&mut self, mark: Marker, opens: Option<bool>) {
        if self.in_complex_key > 0 {
            if opens.is_some() {
                self.in_complex_key += 1;
            }
            return;
        }
        let (path, key) = match self.stack.last_mut() {
            None => (Vec::new(), None),
            Some(Frame::Map { key: pending @ None, .. }) => {
                // This node is a key.
                match opens {
                    None => *pending = Some((String::new(), pos(mark))),
                    Some(_) => {
                        *pending = Some(("?".into(), pos(mark)));
                        self.in_complex_key = 1;
                    }
                }
                return;
            }
            Some(Frame::Map { path, key: pending @ Some(_) }) => {
                let (name, at) = pending.take().unwrap_or((String::new(), Pos { line: 1, col: 1 }));
                let mut path = path.clone();
                path.push(Seg::Key(name));
                (path, Some(at))
            }
            Some(Frame::Seq { path, next }) => {
                let mut path = path.clone();
                path.push(Seg::Index(*next));
                *next += 1;
                (path, None)
            }
        };
        self.entries.push(Entry { path: path.clone(), key, value: pos(mark) });
        match opens {
            Some(true) => self.stack.push(Frame::Map { path, key: None }),
            Some(false) => self.stack.push(Frame::Seq { path, next: 0 }),
            None => {}
        }
    }

    fn close(&mut self) {
        if self.in_complex_key > 0 {
            self.in_complex_key -= 1;
            return;
        }
        self.stack.pop();
    }
}

impl MarkedEventReceiver for Indexer {
    fn on_event(&mut self, event: Event, mark: Marker) {
        match event {
            Event::Scalar(value, ..) => {
                // A scalar that is a key names the next value.
                if self.in_complex_key == 0
                    && let Some(Frame::Map { path, key: pending @ None }) = self.stack.last_mut()
                {
                    *pending = Some((value, pos(mark)));
                    // A block mapping's start is reported at its first colon; its first key is
                    // where a reader looks for it.
                    let at = pos(mark);
                    if let Some(entry) = self.entries.iter_mut().rev().find(|e| &e.path == path)
                        && (at.line, at.col) < (entry.value.line, entry.value.col)
                    {
                        entry.value = at;
                    }
                    return;
                }
                self.node(mark, None);
            }
            Event::Alias(_) => self.node(mark, None),
            Event::MappingStart(..) => self.node(mark, Some(true)),
            Event::SequenceStart(..) => self.node(mark, Some(false)),
            Event::MappingEnd | Event::SequenceEnd => self.close(),
            _ => {}
        }
    }
}

/// Finds where a path is in the source: the deepest part of it that exists, so a missing field
/// points at the mapping that should hold it.
pub fn locate(source: &str, path: &FieldPath, anchor: Anchor) -> Option<Pos> {
    let mut indexer = Indexer::default();
    let mut parser = Parser::new_from_str(source);
    // A parse error here only shortens the index; serde_yaml already accepted this text.
    let _ = parser.load(&mut indexer, false);
    // The root alone says nothing a reader can use: no position then.
    for len in (1..=path.0.len()).rev() {
        let prefix = &path.0[..len];
        if let Some(entry) = indexer.entries.iter().find(|e| e.path == prefix) {
            return Some(match (anchor, entry.key) {
                (Anchor::Key, Some(key)) if len == path.0.len() => key,
                _ => entry.value,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "title: x\nsessions:\n  - title: a\n    duration: 4o m\n    topics:\n      - one\n      - title: two\n        duraton: 5m\n";

    fn at(path: FieldPath, anchor: Anchor) -> (usize, usize) {
        let Some(p) = locate(SRC, &path, anchor) else { panic!("{path} not located") };
        (p.line, p.col)
    }

    #[test]
    fn finds_values_keys_and_the_nearest_parent() {
        let s0 = FieldPath::root().key("sessions").index(0);
        assert_eq!(at(s0.key("duration"), Anchor::Value), (4, 15));
        assert_eq!(at(s0.key("duration"), Anchor::Key), (4, 5));
        assert_eq!(at(s0.key("topics").index(1).key("duraton"), Anchor::Key), (8, 9));
        assert_eq!(at(s0.key("topics").index(0), Anchor::Value), (6, 9));
        // Not there: the session mapping itself.
        assert_eq!(at(s0.key("summary"), Anchor::Value), (3, 5));
    }

    #[test]
    fn paths_read_counted_from_one() {
        let p = FieldPath::root().key("sessions").index(1).key("topics").index(3).key("duration");
        assert_eq!(p.to_string(), "sessions[2].topics[4].duration");
    }
}
