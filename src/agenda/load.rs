//! Reading an agenda file: bounded, UTF-8, NFC, YAML, then the rules; every failure becomes one
//! [`LoadError`] that names the file, the line and column, and the field.

// A load fails at most once a run, so the error's size costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use unicode_normalization::{UnicodeNormalization, is_nfc_quick};
use unicode_width::UnicodeWidthChar;

use super::Agenda;
use super::locate::{Anchor, FieldPath, Pos, Seg, locate};
use super::raw::RawAgenda;
use super::validate;
use crate::base::{NotRegular, io_reason, open_regular};

/// The largest file taken as an agenda. A 5,000-topic agenda is about a third of this.
pub const MAX_AGENDA_BYTES: u64 = 2 * 1024 * 1024;

/// Why an agenda could not be had: the file itself, or what is in it. The two get different exit
/// codes, so a script can tell a wrong path from a wrong agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Missing, a folder, unreadable, too large.
    File,
    /// Read, but not a valid agenda.
    Content,
}

/// One clear message about a bad agenda. It wraps no other error: the reason is already in the
/// chair's words. The message is laid out over several lines, so `Display` is written by hand.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    pub kind: ErrorKind,
    /// The file as the user named it.
    pub file: String,
    pub pos: Option<Pos>,
    /// The field, as `sessions[2].topics[4].duration`.
    pub field: Option<String>,
    pub message: String,
    /// The offending source line as shown under the message (a long one cut to a window), and
    /// the character column, counted from 1, of the caret under it.
    pub source_line: Option<(String, usize)>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(pos) = self.pos {
            write!(f, ":{}:{}", pos.line, pos.col)?;
        }
        f.write_str(": ")?;
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)?;
        if let (Some((line, col)), Some(pos)) = (&self.source_line, self.pos) {
            let number = pos.line.to_string();
            let gutter = " ".repeat(number.len());
            let caret_at: usize = line.chars().take(col.saturating_sub(1)).filter_map(|c| c.width()).sum();
            write!(f, "\n {number} | {line}\n {gutter} | {}^", " ".repeat(caret_at))?;
        }
        Ok(())
    }
}

impl LoadError {
    fn file(file: &str, message: impl Into<String>) -> Self {
        LoadError {
            kind: ErrorKind::File,
            file: file.to_owned(),
            pos: None,
            field: None,
            message: message.into(),
            source_line: None,
        }
    }

    fn content(file: &str, message: impl Into<String>) -> Self {
        LoadError { kind: ErrorKind::Content, ..LoadError::file(file, message) }
    }

    fn at(mut self, source: &str, pos: Option<Pos>) -> Self {
        self.pos = pos;
        self.source_line = pos.and_then(|p| {
            let line = source.lines().nth(p.line.saturating_sub(1))?;
            Some(window(&printable(line), p.col))
        });
        self
    }
}

/// At most about a screen's width of a long line, around the column, and where the column falls
/// in what is kept.
fn window(line: &str, col: usize) -> (String, usize) {
    const BEFORE: usize = 40;
    const WIDTH: usize = 100;
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= WIDTH {
        return (line.to_owned(), col);
    }
    let from = col.saturating_sub(1).saturating_sub(BEFORE).min(chars.len());
    let to = (from + WIDTH).min(chars.len());
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.extend(&chars[from..to]);
    if to < chars.len() {
        out.push('…');
    }
    // Shift the caret by what was cut, and past the ellipsis.
    (out, col.saturating_sub(from) + usize::from(from > 0))
}

/// A source line made safe to print: no control or invisible character reaches the terminal.
/// One character for one, so the caret's column still counts true.
fn printable(line: &str) -> String {
    line.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() || crate::text::is_invisible(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Reads and checks the agenda at `path`; `path` is also how errors name the file.
pub fn load_file(path: &Path) -> Result<Agenda, LoadError> {
    load_file_hashed(path).map(|(agenda, _)| agenda)
}

/// [`load_file`], with the sha256 of the file's bytes (lowercase hex), which the minutes keep to
/// notice an agenda changed under a running meeting.
pub fn load_file_hashed(path: &Path) -> Result<(Agenda, String), LoadError> {
    use sha2::{Digest, Sha256};
    let name = path.display().to_string();
    let bytes = read_bounded(path).map_err(|message| LoadError::file(&name, message))?;
    let agenda = parse_bytes(&bytes, &name)?;
    Ok((agenda, hex::encode(Sha256::digest(&bytes))))
}

fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    let (file, meta) = open_regular(path, File::options().read(true)).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => "there is no such file".to_owned(),
        io::ErrorKind::IsADirectory => "is a folder, not an agenda file".to_owned(),
        _ => match NotRegular::of(&e) {
            Some(not) => not.to_string(),
            None => format!("cannot be read: {}", io_reason(&e)),
        },
    })?;
    if meta.len() > MAX_AGENDA_BYTES {
        return Err(too_large(meta.len()));
    }
    // The size can change between the look and the read: never read more than the limit allows.
    let mut bytes = Vec::new();
    file.take(MAX_AGENDA_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot be read: {}", io_reason(&e)))?;
    if bytes.len() as u64 > MAX_AGENDA_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_large(size: u64) -> String {
    format!(
        "is {} bytes, too large to be an agenda (the limit is {} MiB); it was not read",
        size,
        MAX_AGENDA_BYTES / (1024 * 1024)
    )
}

/// Checks an agenda held in memory; `name` is how errors name it.
pub fn parse_str(text: &str, name: &str) -> Result<Agenda, LoadError> {
    parse_bytes(text.as_bytes(), name)
}

pub fn parse_bytes(bytes: &[u8], name: &str) -> Result<Agenda, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, e, name))?;
    // Decomposed Hangul renders broken and compares unequal: compose everything once, here.
    let text: std::borrow::Cow<str> = match is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => text.into(),
        _ => text.nfc().collect::<String>().into(),
    };
    let empty = "the file is empty; an agenda needs at least a title, date, start, timezone and sessions (`gavel new` writes a starter)";
    if text.trim().is_empty() {
        return Err(LoadError::content(name, empty));
    }
    let mut value: serde_yaml::Value =
        serde_yaml::from_str(&text).map_err(|e| yaml_error(&e, &text, name))?;
    if value.is_null() {
        return Err(LoadError::content(name, empty));
    }
    value.apply_merge().map_err(|e| yaml_error(&e, &text, name))?;
    let raw: RawAgenda = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = FieldPath::from_serde(e.path());
        let (path, message, anchor) = serde_message(path, &e.into_inner().to_string());
        located(name, &text, &path, message, anchor)
    })?;
    validate::agenda(raw).map_err(|e| located(name, &text, &e.path, e.message, e.anchor))
}

fn located(name: &str, text: &str, path: &FieldPath, message: String, anchor: Anchor) -> LoadError {
    let mut error = LoadError::content(name, message).at(text, locate(text, path, anchor));
    if !path.0.is_empty() {
        error.field = Some(path.to_string());
    }
    error
}

fn not_utf8(bytes: &[u8], e: std::str::Utf8Error, name: &str) -> LoadError {
    let good = &bytes[..e.valid_up_to()];
    let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
    let byte = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
    LoadError {
        pos: Some(Pos { line, col }),
        ..LoadError::content(
            name,
            format!("the file is not UTF-8 text (byte 0x{byte:02X}); save it as UTF-8"),
        )
    }
}

fn yaml_error(e: &serde_yaml::Error, text: &str, name: &str) -> LoadError {
    let full = e.to_string();
    let message = if full.contains("repetition limit exceeded") {
        "uses YAML aliases to repeat content far more than any agenda needs; refused without expanding it"
            .to_owned()
    } else if full.contains("recursion limit exceeded") {
        "nests lists and mappings far deeper than any agenda; refused".to_owned()
    } else if full.contains("more than one document") {
        "holds more than one YAML document (a line `---` starts another); an agenda is one document"
            .to_owned()
    } else {
        // libyaml says "problem at line L column C, context at line L column C".
        let mut parts = full.split(", ");
        let problem = parts.next().unwrap_or(&full);
        let problem = problem.split(" at line ").next().unwrap_or(problem);
        let problem = problem.split(" at position ").next().unwrap_or(problem);
        let context = parts.next().map(|c| c.split(" at line ").next().unwrap_or(c));
        match context {
            Some(context) => format!(
                "this is not valid YAML: {problem} ({context}); check the indentation and quoting here"
            ),
            None => format!("this is not valid YAML: {problem}; check the indentation and quoting here"),
        }
    };
    let pos = e.location().map(|l| Pos { line: l.line(), col: l.column() });
    LoadError::content(name, message).at(text, pos)
}

/// Rewrites serde's words into the chair's: no Rust types, and a suggestion for a misspelt field.
fn serde_message(path: FieldPath, message: &str) -> (FieldPath, String, Anchor) {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        // The field is the file's, so may itself hold a backquote: cut where serde's words begin.
        let end = rest.rfind("`, expected ").or_else(|| rest.rfind("`, there are no fields"));
        let (field, expected) = match end {
            Some(end) => (&rest[..end], &rest[end + 1..]),
            None => (rest, ""),
        };
        let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let closest = known
            .iter()
            .map(|k| (strsim::damerau_levenshtein(field, k), *k))
            .min()
            .filter(|(distance, k)| *distance <= 2.max(k.len() / 4) && *distance < k.len());
        let text = match closest {
            Some((_, k)) => format!("unknown field; did you mean `{k}`?"),
            None if known.is_empty() => "unknown field; nothing else belongs here".to_owned(),
            None => format!("unknown field; the fields here are {}", known.join(", ")),
        };
        // serde_path_to_error may already have stepped into the unknown key.
        let path = match path.0.last() {
            Some(Seg::Key(last)) if last == field => path,
            _ => path.key(field),
        };
        return (path, text, Anchor::Key);
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return (
            path,
            format!("expected {}, found {}", plain_expected(expected), plain_found(found)),
            Anchor::Value,
        );
    }
    (path, message.to_owned(), Anchor::Value)
}

fn plain_expected(expected: &str) -> String {
    match expected {
        "a sequence" => "a list".into(),
        "a boolean" => "true or false".into(),
        other => other.into(),
    }
}

fn plain_found(found: &str) -> String {
    let quoted = |s: &str| s.trim_matches('`').to_owned();
    if let Some(s) = found.strip_prefix("string ") {
        format!("the text {s}")
    } else if let Some(n) = found.strip_prefix("integer ").or_else(|| found.strip_prefix("floating point ")) {
        format!("the number {}", quoted(n))
    } else if let Some(b) = found.strip_prefix("boolean ") {
        quoted(b)
    } else {
        match found {
            "sequence" => "a list".into(),
            "map" => "a mapping".into(),
            "unit value" => "nothing".into(),
            other => other.into(),
        }
    }
}
