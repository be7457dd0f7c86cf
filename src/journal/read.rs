//! Reading a journal's bytes: the header, every event line checked against its number and the
//! hash chain, and a torn tail (a crash mid-write) told apart from damage in the middle.

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::de::DeserializeOwned;

use crate::agenda::{Bound, LONGEST, OutOfBounds, YEARS};

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
    #[error("the file is empty; it is not a gavel minutes file")]
    Empty,
    /// Its first line is not a gavel header; what it is instead.
    #[error("this is not a gavel minutes file: {0}")]
    NotJournal(Found),
    /// A gavel journal of another format version.
    #[error(
        "these minutes are in format {0}, and this gavel reads formats 1 to {FORMAT}; use the gavel version that wrote them"
    )]
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
    let field = &flaw.field;
    f.write_str("the header's agenda is not one gavel could have written: ")?;
    match flaw.bound {
        Bound::Duration { seconds } => write!(
            f,
            "{field} is {seconds} seconds, and a planned time is longer than zero and at most {} days",
            LONGEST.num_days()
        ),
        Bound::DangerNotBelowWarning => write!(f, "{field} is not less time left than thresholds.warning"),
        Bound::Control { code } => {
            write!(f, "{field} contains a control character (U+{code:04X}), which could garble the screen")
        }
        Bound::Year { year } => write!(
            f,
            "{field} is in the year {year}, and a meeting's date is in the years {} to {}",
            YEARS.start(),
            YEARS.end()
        ),
    }
}

/// What a file that is not minutes was found to be, as far as its bytes tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Found {
    /// YAML with a `sessions:` line: an agenda, given where its minutes were wanted.
    #[error(
        "it reads as an agenda (YAML with sessions), and minutes are the .jsonl file a meeting on it writes"
    )]
    Agenda,
    /// JSON, but the first line has no gavel header.
    #[error("its first line is JSON, but not a gavel header")]
    Json,
    /// Text of another kind.
    #[error("it is text, and its first line is not a gavel header")]
    Text,
    /// Not UTF-8 text at all.
    #[error("it is not text (not UTF-8)")]
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
    #[error("the line is damaged (not a complete gavel record)")]
    Unreadable,
    /// Its number is past the expected one: lines before it were removed.
    #[error("record {found} where record {expected} was expected: a line before this one was removed")]
    Gap { expected: u64, found: u64 },
    /// Its number was already used: it was inserted, or copied.
    #[error("record {found} where record {expected} was expected: this line was inserted or copied")]
    Repeated { expected: u64, found: u64 },
    /// It does not follow from the line before: that line was changed.
    #[error("this line does not follow from the line before it")]
    Unchained,
}

/// A changed line shows as the next one no longer chaining to it, so that is the line named.
fn damaged(line: &usize, why: &Flaw, f: &mut fmt::Formatter) -> fmt::Result {
    match why {
        Flaw::Unchained => write!(
            f,
            "line {} was changed: line {line} no longer follows from it (the hash chain is broken there)",
            line - 1
        ),
        why => write!(f, "line {line}: {why}"),
    }
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
