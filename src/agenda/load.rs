//! Reading an agenda file: bounded, UTF-8, NFC, YAML, then the rules; every failure becomes one
//! [`LoadError`] that names the file, the line and column, and the field.

// A load fails at most once a run, so the error's size costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use i18n_embed_fl::fl;
use unicode_normalization::{UnicodeNormalization, is_nfc_quick};
use unicode_width::UnicodeWidthChar;

use super::Agenda;
use super::locate::{Anchor, FieldPath, Pos, Seg, locate};
use super::raw::RawAgenda;
use super::tell::library_words;
use super::validate;
use crate::base::{Kind, NotRegular, io_reason, open_regular};
use crate::i18n::current;

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
        io::ErrorKind::NotFound => fl!(current(), "agenda-no-such-file"),
        io::ErrorKind::IsADirectory => fl!(current(), "agenda-is-a-folder"),
        _ => match NotRegular::of(&e) {
            Some(not) => not_regular(not),
            None => cannot_read(&e),
        },
    })?;
    if meta.len() > MAX_AGENDA_BYTES {
        return Err(too_large(meta.len()));
    }
    // The size can change between the look and the read: never read more than the limit allows.
    let mut bytes = Vec::new();
    file.take(MAX_AGENDA_BYTES + 1).read_to_end(&mut bytes).map_err(|e| cannot_read(&e))?;
    if bytes.len() as u64 > MAX_AGENDA_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_large(size: u64) -> String {
    // As text: the catalog would group the digits of a number.
    let limit = MAX_AGENDA_BYTES / (1024 * 1024);
    fl!(current(), "agenda-too-large", size = size.to_string(), limit = limit.to_string())
}

/// What the path names instead of a regular file.
fn not_regular(not: &NotRegular) -> String {
    let what = match not.what {
        Kind::Fifo => fl!(current(), "agenda-kind-fifo"),
        Kind::Device => fl!(current(), "agenda-kind-device"),
        Kind::Socket => fl!(current(), "agenda-kind-socket"),
        Kind::Folder | Kind::Other => fl!(current(), "agenda-kind-other"),
    };
    fl!(current(), "agenda-not-regular", what = what)
}

fn cannot_read(e: &io::Error) -> String {
    if e.kind() == io::ErrorKind::PermissionDenied {
        return fl!(current(), "agenda-cannot-read-permission");
    }
    // The reason in the reader's words where the catalog has them (disk errors), else the system's.
    fl!(current(), "agenda-cannot-read", reason = io_reason(e))
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
    let empty = || fl!(current(), "agenda-empty");
    if text.trim().is_empty() {
        return Err(LoadError::content(name, empty()));
    }
    let mut value: serde_yaml::Value =
        serde_yaml::from_str(&text).map_err(|e| yaml_error(&e, &text, name))?;
    if value.is_null() {
        return Err(LoadError::content(name, empty()));
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
        ..LoadError::content(name, fl!(current(), "agenda-not-utf8", byte = format!("{byte:02X}")))
    }
}

fn yaml_error(e: &serde_yaml::Error, text: &str, name: &str) -> LoadError {
    let full = e.to_string();
    let message = if full.contains("repetition limit exceeded") {
        fl!(current(), "agenda-alias-bomb")
    } else if full.contains("recursion limit exceeded") {
        fl!(current(), "agenda-too-deep")
    } else if full.contains("more than one document") {
        fl!(current(), "agenda-two-documents")
    } else {
        // libyaml says "problem at line L column C, context at line L column C".
        let mut parts = full.split(", ");
        let problem = parts.next().unwrap_or(&full);
        let problem = problem.split(" at line ").next().unwrap_or(problem);
        let problem = problem.split(" at position ").next().unwrap_or(problem);
        let context = parts.next().map(|c| c.split(" at line ").next().unwrap_or(c));
        let problem = yaml_problem(problem).or_else(|| library_words(problem));
        let context = context.and_then(|c| yaml_context(c).or_else(|| library_words(c)));
        match (problem, context) {
            (Some(problem), Some(context)) => {
                fl!(current(), "agenda-yaml-in-context", problem = problem, context = context)
            }
            (Some(problem), None) => fl!(current(), "agenda-yaml-problem", problem = problem),
            (None, _) => fl!(current(), "agenda-yaml"),
        }
    };
    let pos = e.location().map(|l| Pos { line: l.line(), col: l.column() });
    LoadError::content(name, message).at(text, pos)
}

/// What the YAML reader found wrong, from the catalog: the complaints a hand-written agenda can
/// meet. `None` for one the catalog does not hold.
fn yaml_problem(problem: &str) -> Option<String> {
    let l = current();
    if let Some(key) = problem.strip_prefix("duplicate entry with key ") {
        return Some(fl!(l, "agenda-yaml-duplicate-key", key = key));
    }
    Some(match problem {
        "did not find expected '-' indicator" => fl!(l, "agenda-yaml-expected-dash"),
        "found unexpected end of stream" => fl!(l, "agenda-yaml-end-of-stream"),
        "mapping values are not allowed in this context" => fl!(l, "agenda-yaml-mapping-values"),
        "did not find expected key" => fl!(l, "agenda-yaml-expected-key"),
        "found character that cannot start any token" => fl!(l, "agenda-yaml-bad-start"),
        "could not find expected ':'" => fl!(l, "agenda-yaml-expected-colon"),
        "did not find expected node content" => fl!(l, "agenda-yaml-expected-node"),
        "did not find expected ',' or ']'" => fl!(l, "agenda-yaml-expected-bracket"),
        "did not find expected ',' or '}'" => fl!(l, "agenda-yaml-expected-brace"),
        "found a tab character that violates indentation" => fl!(l, "agenda-yaml-tab-indentation"),
        "found a tab character where an indentation space is expected" => {
            fl!(l, "agenda-yaml-tab-for-space")
        }
        "found unknown escape character" => fl!(l, "agenda-yaml-unknown-escape"),
        "block sequence entries are not allowed in this context" => fl!(l, "agenda-yaml-sequence-entries"),
        "found unexpected ':'" => fl!(l, "agenda-yaml-unexpected-colon"),
        "control characters are not allowed" => fl!(l, "agenda-yaml-control-characters"),
        "found undefined tag handle" => fl!(l, "agenda-yaml-undefined-tag"),
        "did not find expected alphabetic or numeric character" => fl!(l, "agenda-yaml-expected-name"),
        "found unexpected document indicator" => fl!(l, "agenda-yaml-document-indicator"),
        "unknown anchor" => fl!(l, "agenda-yaml-unknown-anchor"),
        "expected a mapping or list of mappings for merging, but found scalar" => {
            fl!(l, "agenda-yaml-merge-scalar")
        }
        "unexpected tagged value in merge" => fl!(l, "agenda-yaml-merge-tagged"),
        "expected a mapping for merging, but found scalar" => fl!(l, "agenda-yaml-merge-into-scalar"),
        "expected a mapping for merging, but found sequence" => fl!(l, "agenda-yaml-merge-into-list"),
        _ => return None,
    })
}

/// Where the YAML reader was when it found a problem, from the catalog.
fn yaml_context(context: &str) -> Option<String> {
    let l = current();
    Some(match context {
        "while parsing a block collection" => fl!(l, "agenda-yaml-in-block-collection"),
        "while parsing a block mapping" => fl!(l, "agenda-yaml-in-block-mapping"),
        "while parsing a block node" => fl!(l, "agenda-yaml-in-block-node"),
        "while parsing a flow sequence" => fl!(l, "agenda-yaml-in-flow-sequence"),
        "while parsing a flow mapping" => fl!(l, "agenda-yaml-in-flow-mapping"),
        "while parsing a flow node" => fl!(l, "agenda-yaml-in-flow-node"),
        "while parsing a node" => fl!(l, "agenda-yaml-in-node"),
        "while scanning a quoted scalar" => fl!(l, "agenda-yaml-in-quoted"),
        "while parsing a quoted scalar" => fl!(l, "agenda-yaml-in-parsing-quoted"),
        "while scanning a plain scalar" => fl!(l, "agenda-yaml-in-plain"),
        "while scanning a block scalar" => fl!(l, "agenda-yaml-in-block-scalar"),
        "while scanning a simple key" => fl!(l, "agenda-yaml-in-simple-key"),
        "while scanning for the next token" => fl!(l, "agenda-yaml-in-next-token"),
        "while scanning an anchor" => fl!(l, "agenda-yaml-in-anchor"),
        "while scanning an alias" => fl!(l, "agenda-yaml-in-alias"),
        "while scanning a tag" => fl!(l, "agenda-yaml-in-tag"),
        "while parsing a tag" => fl!(l, "agenda-yaml-in-parsing-tag"),
        _ => return None,
    })
}

/// Rewrites serde's words into the chair's, from the catalog: no Rust types, and a suggestion
/// for a misspelt field.
fn serde_message(path: FieldPath, message: &str) -> (FieldPath, String, Anchor) {
    let l = current();
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
            Some((_, k)) => fl!(l, "agenda-unknown-field-did-you-mean", known = k),
            None if known.is_empty() => fl!(l, "agenda-unknown-field-nothing"),
            None => {
                let names: Vec<String> =
                    known.iter().map(|&k| fl!(l, "agenda-field-name", name = k)).collect();
                fl!(l, "agenda-unknown-field-list", known = names.join(&fl!(l, "agenda-field-separator")))
            }
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
        && let (Some(expected), Some(found)) = (plain_expected(expected), plain_found(found))
    {
        return (path, fl!(l, "agenda-wrong-type", expected = expected, found = found), Anchor::Value);
    }
    let text = library_words(message).unwrap_or_else(|| fl!(l, "agenda-does-not-fit"));
    (path, text, Anchor::Value)
}

/// What serde says belongs there (a visitor's `expecting` in `raw.rs`, or serde's own), in the
/// catalog's words; `None` for words the catalog does not hold, in a language other than English.
fn plain_expected(expected: &str) -> Option<String> {
    let l = current();
    Some(match expected {
        "a sequence" => fl!(l, "agenda-expected-list"),
        "a boolean" => fl!(l, "agenda-expected-boolean"),
        "text" => fl!(l, "agenda-expected-text"),
        "a duration such as 40m, 1h30m or 90s" => fl!(l, "agenda-expected-duration"),
        "an agenda (a mapping with title, date, start, timezone and sessions)" => {
            fl!(l, "agenda-expected-agenda")
        }
        "thresholds (a mapping with warning and danger)" => fl!(l, "agenda-expected-thresholds"),
        "a session (a mapping with title, duration and topics) or a break (break and duration)" => {
            fl!(l, "agenda-expected-item")
        }
        "a topic (a mapping with title, duration, presenter, notes)" => fl!(l, "agenda-expected-topic-map"),
        "an attendee (a mapping with name and role)" => fl!(l, "agenda-expected-attendee-map"),
        "a topic: its title, or a mapping with title, duration, presenter, notes" => {
            fl!(l, "agenda-expected-topic")
        }
        "an attendee: a name, or a mapping with name and role" => fl!(l, "agenda-expected-attendee"),
        "field identifier" => fl!(l, "agenda-expected-field-name"),
        other => return library_words(other),
    })
}

/// What serde found instead, in the catalog's words; `None` as for [`plain_expected`].
fn plain_found(found: &str) -> Option<String> {
    let l = current();
    let quoted = |s: &str| s.trim_matches('`').to_owned();
    Some(if let Some(s) = found.strip_prefix("string ") {
        fl!(l, "agenda-found-text", text = s)
    } else if let Some(n) = found.strip_prefix("integer ").or_else(|| found.strip_prefix("floating point ")) {
        fl!(l, "agenda-found-number", number = quoted(n))
    } else if let Some(b) = found.strip_prefix("boolean ") {
        fl!(l, "agenda-found-boolean", value = quoted(b))
    } else {
        match found {
            "sequence" => fl!(l, "agenda-found-list"),
            "map" => fl!(l, "agenda-found-mapping"),
            "unit value" => fl!(l, "agenda-found-nothing"),
            "enum" => fl!(l, "agenda-found-tagged"),
            other => return library_words(other),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, speaking};

    const REST: &str = "date: 2025-01-15\nstart: \"09:00\"\ntimezone: Asia/Seoul\nsessions:\n  - title: A\n    duration: 10m\n    topics: [a]\n";

    /// The sentence of the error `text` gives, in `lang`.
    fn said(lang: Lang, text: &str) -> String {
        let _lang = speaking(lang);
        match parse_str(text, "a.yaml") {
            Ok(_) => panic!("accepted: {text}"),
            Err(e) => e.message,
        }
    }

    #[test]
    fn what_serde_and_the_yaml_reader_say_is_said_in_either_language() {
        let cases = [
            (
                format!("title: a\ntitle: b\n{REST}"),
                r#"this is not valid YAML: duplicate entry with key "title"; check the indentation and quoting here"#,
                r#"YAML 형식이 올바르지 않습니다. 같은 키가 두 번 있습니다: "title". 이곳의 들여쓰기와 따옴표를 확인하세요"#,
            ),
            (
                format!("title: !fancy a\n{REST}"),
                "expected text, found a value with a YAML tag",
                "형식이 맞지 않습니다. 필요한 형식은 텍스트, 적힌 값은 YAML 태그가 붙은 값입니다",
            ),
            (
                format!("title: a\n7: b\n{REST}"),
                "expected field identifier, found the number 7",
                "형식이 맞지 않습니다. 필요한 형식은 항목 이름, 적힌 값은 숫자 7입니다",
            ),
            (
                format!("title: a\ngoals: [~]\n{REST}"),
                "expected text, found nothing",
                "형식이 맞지 않습니다. 필요한 형식은 텍스트, 적힌 값은 빈 값입니다",
            ),
            (
                format!("title: a\nbell: 1\n{REST}"),
                "expected true or false, found the number 1",
                "형식이 맞지 않습니다. 필요한 형식은 `true`나 `false`, 적힌 값은 숫자 1입니다",
            ),
        ];
        for (text, en, ko) in cases {
            assert_eq!(said(Lang::En, &text), en, "{text}");
            assert_eq!(said(Lang::Ko, &text), ko, "{text}");
        }
    }

    /// Every `expecting` of `raw.rs` is one the catalog holds: a wrong kind of value anywhere is
    /// said in Korean with no English left.
    #[test]
    fn every_kind_a_field_expects_is_in_the_catalog() {
        let cases = [
            "- a\n".to_owned(),
            format!("title: a\nthresholds: 5\n{REST}"),
            format!("title: a\nthresholds:\n  warning: [1]\n{REST}"),
            format!("title: a\nattendees: [[a]]\n{REST}"),
            format!("title: a\n{}", REST.replace("topics: [a]", "topics: [[a]]")),
            format!("title: a\n{}", REST.replace("  - title: A", "  - 5\n  - title: A")),
            format!("title: a\nattendees: a\n{REST}"),
            format!("title: a\nbell: [1]\n{REST}"),
        ];
        for text in cases {
            let ko = said(Lang::Ko, &text);
            assert!(ko.starts_with("형식이 맞지 않습니다."), "{text}: {ko}");
            let english: Vec<&str> = ko
                .split('`')
                .step_by(2)
                .flat_map(|part| part.split(|c: char| !c.is_ascii_alphabetic()))
                .filter(|w| w.len() >= 3)
                .collect();
            assert!(english.is_empty(), "{text}: {ko}");
        }
    }

    /// A complaint of the YAML reader that the catalog does not hold: English says the reader's
    /// words; Korean says what it can without them.
    #[test]
    fn a_yaml_complaint_the_catalog_lacks_is_left_unsaid_in_korean() {
        let text = format!("title: |0\n  a\n{REST}");
        let en = said(Lang::En, &text);
        assert!(en.starts_with("this is not valid YAML: found an indentation indicator equal to 0"), "{en}");
        assert_eq!(
            said(Lang::Ko, &text),
            "YAML 형식이 올바르지 않습니다. 이곳의 들여쓰기와 따옴표를 확인하세요"
        );
    }

    #[test]
    fn durations_and_days_are_written_as_the_language_writes_them() {
        let text = "title: a\ndate: 2025-03-09\nstart: \"02:30\"\ntimezone: America/New_York\nsessions:\n  - title: A\n    duration: 1h\n    topics:\n      - title: a\n        duration: 1h30m\n";
        let en = said(Lang::En, text);
        assert_eq!(en, "02:30 does not exist on 2025-03-09 in America/New_York: the clocks skip it that day");
        let text = text.replace("02:30", "09:00");
        assert_eq!(
            said(Lang::Ko, &text),
            "안건 계획 시간의 합(1시간 30분)이 세션 시간(1시간)보다 깁니다. 세션 시간을 늘리거나 안건 시간을 줄이세요"
        );
        let text = text.replace("09:00", "02:30");
        assert_eq!(
            said(Lang::Ko, &text),
            "America/New_York 시간대에는 2025. 3. 9.(일) 02:30 시각이 없습니다. 그날은 시계가 이 시각을 건너뜁니다"
        );
    }

    /// A stored agenda's values that do not read (a journal's header), in Korean.
    #[test]
    fn a_stored_agenda_s_bad_values_are_said_in_korean() {
        let _ko = speaking(Lang::Ko);
        let zone = serde_json::from_str::<super::super::Zone>("\"Mars/Olympus\"").map_err(|e| e.to_string());
        assert!(zone.is_err_and(|e| e.starts_with("알 수 없는 시간대입니다: \"Mars/Olympus\"")));
    }
}
