//! The bytes of a journal: one header line, then one line per event, each event line carrying
//! the sha256 of the line before it. See `docs/journal-format.md`.

use chrono::{DateTime, FixedOffset};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What the header line says it is, so that any other JSON file is told apart at once.
pub const MAGIC: &str = "gavel minutes";

/// The journal format this program writes. Format 2 added a note's `written_at`; format 3 a
/// rehearsal (the header's `rehearsal`, the event `held_as_meeting`).
pub const FORMAT: u32 = crate::meeting::Header::FORMAT;

/// The formats this program reads: every one an earlier gavel wrote. A journal started in an
/// older format is resumed as it is: its header keeps its number, and the events added to it
/// are read by that older gavel too, which passes over the fields it does not know.
pub const READS: std::ops::RangeInclusive<u32> = 1..=FORMAT;

/// The first line: `{"magic":"gavel minutes","format":1,"header":{…}}`.
#[derive(Serialize)]
pub struct HeaderLineOut<'a, H> {
    pub magic: &'static str,
    pub format: u32,
    pub header: &'a H,
}

/// Read in two steps: magic and format first, so that a journal from another version is named
/// as such instead of failing on a field it does not know.
#[derive(Deserialize)]
pub struct HeaderProbe {
    pub magic: Option<String>,
    pub format: Option<u32>,
}

#[derive(Deserialize)]
pub struct HeaderLineIn<H> {
    pub header: H,
}

/// An event line: `{"seq":1,"at":"…","event":{…},"prev":"<sha256 of the line before>"}`.
#[derive(Serialize)]
pub struct LineOut<'a, E> {
    pub seq: u64,
    #[serde(with = "crate::meeting::millis")]
    pub at: &'a DateTime<FixedOffset>,
    pub event: &'a E,
    pub prev: &'a str,
}

#[derive(Deserialize)]
#[serde(bound = "E: DeserializeOwned")]
pub struct LineIn<E> {
    pub seq: u64,
    #[serde(with = "crate::meeting::millis")]
    pub at: DateTime<FixedOffset>,
    pub event: E,
    pub prev: String,
}

/// The chain's link: the sha256 of a line's bytes without its newline, in lowercase hex.
pub fn line_hash(line: &[u8]) -> String {
    hex::encode(Sha256::digest(line))
}

/// The header line's bytes, newline included.
pub fn encode_header<H: Serialize>(header: &H) -> serde_json::Result<Vec<u8>> {
    let mut line = serde_json::to_vec(&HeaderLineOut { magic: MAGIC, format: FORMAT, header })?;
    line.push(b'\n');
    Ok(line)
}

/// An event line's bytes, newline included.
pub fn encode_line<E: Serialize>(
    seq: u64,
    at: &DateTime<FixedOffset>,
    event: &E,
    prev: &str,
) -> serde_json::Result<Vec<u8>> {
    let mut line = serde_json::to_vec(&LineOut { seq, at, event, prev })?;
    line.push(b'\n');
    Ok(line)
}
