//! Reading a journal's bytes: the header, every event line checked against its number and the
//! hash chain, and a torn tail (a crash mid-write) told apart from damage in the middle.

use std::fmt;

use chrono::{DateTime, FixedOffset};
use i18n_embed_fl::fl;
use serde::de::DeserializeOwned;

use crate::agenda::{Bound, LONGEST, OutOfBounds, YEARS};
use crate::i18n::current;

use super::format::{FORMAT, HeaderLineIn, HeaderProbe, LineIn, MAGIC, READS, line_hash};

/// A journal as read: what is whole and chained, and what trails it.
#[derive(Debug, Clone)]
pub struct Parsed<H, E> {
    pub header: H,
    pub entries: Vec<(DateTime<FixedOffset>, E)>,
    /// The hash of the last whole line: the fingerprint of these minutes.
    pub last_hash: String,
    /// Bytes of the whole, chained lines.
    pub valid_len: u64,
    /// An unfinished tail after them, as (its offset, its length).
    pub torn: Option<(u64, u64)>,
    /// The last line fits and chains but lacks its newline (a write that stopped just before it,
    /// or an editor that dropped it): kept, and a writer adds the newline before appending.
    pub unterminated: bool,
}

/// Why a journal cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("{}", fl!(current(), "journal-empty"))]
    Empty,
    /// Its first line is not a gavel header; what it is instead.
    #[error("{}", fl!(current(), "journal-not-minutes", found = .0.to_string()))]
    NotJournal(Found),
    /// A gavel journal of another format version.
    #[error("{}", fl!(current(), "journal-other-format", format = .0.to_string(), newest = FORMAT.to_string()))]
    OtherFormat(u32),
    /// Line `line` (counted from 1, the header being line 1) was changed: it is damaged, out of
    /// order, or does not chain; a crash leaves none of these.
    #[error(fmt = damaged)]
    Damaged { line: usize, why: Flaw },
    /// The header is whole and chained, but its agenda holds what no agenda file could: gavel
    /// never wrote it, and a meeting on it could not be timed or shown safely.
    #[error(fmt = out_of_bounds)]
    OutOfBounds(OutOfBounds),
}

/// What a header must satisfy beyond its shape before anything uses it.
pub trait Bounded {
    /// The first value past its bounds, if any.
    fn out_of_bounds(&self) -> Option<OutOfBounds>;
}

fn out_of_bounds(flaw: &OutOfBounds, f: &mut fmt::Formatter) -> fmt::Result {
    let l = current();
    let field = flaw.field.as_str();
    let why = match flaw.bound {
        Bound::Duration { seconds } => fl!(
            l,
            "journal-bound-duration",
            field = field,
            seconds = seconds.to_string(),
            days = LONGEST.num_days().to_string()
        ),
        Bound::DangerNotBelowWarning => fl!(l, "journal-bound-danger", field = field),
        Bound::Control { code } => {
            fl!(l, "journal-bound-control", field = field, code = format!("{code:04X}"))
        }
        Bound::Year { year } => fl!(
            l,
            "journal-bound-year",
            field = field,
            year = year.to_string(),
            first = YEARS.start().to_string(),
            last = YEARS.end().to_string()
        ),
    };
    f.write_str(&fl!(l, "journal-out-of-bounds", why = why))
}

/// What a file that is not minutes was found to be, as far as its bytes tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Found {
    /// YAML with a `sessions:` line: an agenda, given where its minutes were wanted.
    #[error("{}", fl!(current(), "journal-found-agenda"))]
    Agenda,
    /// JSON, but the first line has no gavel header.
    #[error("{}", fl!(current(), "journal-found-json"))]
    Json,
    /// Text of another kind.
    #[error("{}", fl!(current(), "journal-found-text"))]
    Text,
    /// Not UTF-8 text at all.
    #[error("{}", fl!(current(), "journal-found-binary"))]
    Binary,
}

/// Tells what a file that is not minutes is.
fn found(bytes: &[u8]) -> Found {
    let Ok(text) = std::str::from_utf8(bytes) else { return Found::Binary };
    let first = text.lines().next().unwrap_or_default();
    if serde_json::from_str::<serde::de::IgnoredAny>(first).is_ok() {
        Found::Json
    } else if text.lines().any(|line| line.starts_with("sessions:")) {
        Found::Agenda
    } else {
        Found::Text
    }
}

/// What is wrong with a line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Flaw {
    /// Not a complete record, and not a line cut short by a crash: it ends in its newline, or
    /// parses as JSON.
    #[error("{}", fl!(current(), "journal-flaw-unreadable"))]
    Unreadable,
    /// Its number is past the expected one: lines before it were removed.
    #[error("{}", fl!(current(), "journal-flaw-gap", found = found.to_string(), expected = expected.to_string()))]
    Gap { expected: u64, found: u64 },
    /// Its number was already used: it was inserted, or copied.
    #[error("{}", fl!(current(), "journal-flaw-repeated", found = found.to_string(), expected = expected.to_string()))]
    Repeated { expected: u64, found: u64 },
    /// It does not follow from the line before: that line was changed.
    #[error("{}", fl!(current(), "journal-flaw-unchained"))]
    Unchained,
}

/// A changed line shows as the next one no longer chaining to it, so that is the line named.
fn damaged(line: &usize, why: &Flaw, f: &mut fmt::Formatter) -> fmt::Result {
    let l = current();
    let text = match why {
        Flaw::Unchained => {
            fl!(l, "journal-line-changed", changed = (line - 1).to_string(), line = line.to_string())
        }
        why => fl!(l, "journal-line-flaw", line = line.to_string(), why = why.to_string()),
    };
    f.write_str(&text)
}

/// Parses a whole journal.
///
/// A torn tail (a crash while writing) is reported in [`Parsed::torn`], not as an error, and is
/// only ever one of two things: a last line without its newline that does not parse (the write
/// of that line never finished), or an end filled with zero bytes with no whole record after it
/// (what a crash leaves on some file systems, which grow the file before its bytes reach the
/// disk). Anything else that does not fit, the last line included when it ends in its newline,
/// was changed after it was written, and is named by its line number. A last line that fits but
/// lacks its newline is kept ([`Parsed::unterminated`]).
pub fn parse<H: DeserializeOwned + Bounded, E: DeserializeOwned>(
    bytes: &[u8],
) -> Result<Parsed<H, E>, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    let not_journal = || ReadError::NotJournal(found(bytes));
    let Some(header_end) = bytes.iter().position(|&b| b == b'\n') else {
        return Err(not_journal());
    };
    let header_line = &bytes[..header_end];
    let probe: HeaderProbe = serde_json::from_slice(header_line).map_err(|_| not_journal())?;
    if probe.magic.as_deref() != Some(MAGIC) {
        return Err(not_journal());
    }
    match probe.format {
        Some(format) if READS.contains(&format) => {}
        Some(other) => return Err(ReadError::OtherFormat(other)),
        None => return Err(not_journal()),
    }
    let header: HeaderLineIn<H> = serde_json::from_slice(header_line)
        .map_err(|_| ReadError::Damaged { line: 1, why: Flaw::Unreadable })?;
    if let Some(flaw) = header.header.out_of_bounds() {
        return Err(ReadError::OutOfBounds(flaw));
    }

    let mut entries = Vec::new();
    let mut last_hash = line_hash(header_line);
    let mut offset = header_end + 1;
    let mut line_no = 1;
    let mut unterminated = false;
    while offset < bytes.len() {
        line_no += 1;
        let rest = &bytes[offset..];
        let (line, next, whole) = match rest.iter().position(|&b| b == b'\n') {
            Some(end) => (&rest[..end], offset + end + 1, true),
            None => (rest, bytes.len(), false),
        };
        if is_torn(line, whole, &bytes[next..]) {
            return Ok(torn(header.header, entries, last_hash, offset, bytes.len()));
        }
        let expected = entries.len() as u64 + 1;
        let flaw = match serde_json::from_slice::<LineIn<E>>(line) {
            Err(_) => Some(Flaw::Unreadable),
            Ok(l) if l.seq > expected => Some(Flaw::Gap { expected, found: l.seq }),
            Ok(l) if l.seq < expected => Some(Flaw::Repeated { expected, found: l.seq }),
            Ok(l) if l.prev != last_hash => Some(Flaw::Unchained),
            Ok(l) => {
                entries.push((l.at, l.event));
                last_hash = line_hash(line);
                None
            }
        };
        if let Some(why) = flaw {
            return Err(ReadError::Damaged { line: line_no, why });
        }
        unterminated = !whole;
        offset = next;
    }
    Ok(Parsed {
        header: header.header,
        entries,
        last_hash,
        valid_len: bytes.len() as u64,
        torn: None,
        unterminated,
    })
}

/// Whether a line that starts the rest of the file, `after` following it, is what a crash
/// leaves rather than what an edit does. A line gavel began to write but did not finish has no
/// newline and is not JSON (a record is one JSON object, so any part of it short of the whole is
/// not). Zero bytes are never in anything gavel writes (JSON escapes them), so a line that
/// starts with one was never written by it: the file was grown by a crash before its bytes
/// reached the disk, as long as no whole record follows.
fn is_torn(line: &[u8], whole: bool, after: &[u8]) -> bool {
    if !whole && serde_json::from_slice::<serde::de::IgnoredAny>(line).is_err() {
        return true;
    }
    line.first() == Some(&0) && !has_record_after(after)
}

fn torn<H, E>(
    header: H,
    entries: Vec<(DateTime<FixedOffset>, E)>,
    last_hash: String,
    offset: usize,
    len: usize,
) -> Parsed<H, E> {
    Parsed {
        header,
        entries,
        last_hash,
        valid_len: offset as u64,
        torn: Some((offset as u64, (len - offset) as u64)),
        unterminated: false,
    }
}

/// Whether any whole line after this point reads as a journal record.
fn has_record_after(bytes: &[u8]) -> bool {
    #[derive(serde::Deserialize)]
    struct Shape {
        #[allow(dead_code)]
        seq: u64,
        #[allow(dead_code)]
        prev: String,
    }
    let mut lines = bytes.split(|&b| b == b'\n').peekable();
    while let Some(line) = lines.next() {
        // The piece after the last newline is not whole.
        if lines.peek().is_none() {
            break;
        }
        if serde_json::from_slice::<Shape>(line).is_ok() {
            return true;
        }
    }
    false
}
