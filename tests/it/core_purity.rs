//! The meeting core and the minutes are pure: no terminal, no files, no network, no clock. Time
//! comes in as a parameter, so every rule is tested at exact instants. And the meeting core says
//! what happened, never in which words: those live in `src/words.rs`, where a second language
//! can replace them. These tests read the sources and fail on anything that would break that.

use std::fs;
use std::path::{Path, PathBuf};

/// What the pure core may not name, and why.
const FORBIDDEN: &[(&str, &str)] = &[
    ("ratatui", "a terminal type"),
    ("crossterm", "a terminal type"),
    ("std::fs", "file I/O"),
    ("fs::", "file I/O"),
    ("File::", "file I/O"),
    ("std::net", "network I/O"),
    ("std::io::std", "terminal I/O"),
    ("println!", "terminal output"),
    ("eprintln!", "terminal output"),
    ("Utc::now", "a clock read"),
    ("Local::now", "a clock read"),
    ("chrono::Local", "the machine's zone and clock"),
    ("SystemTime", "a clock read"),
    ("Instant::now", "a clock read"),
    ("std::time::Instant", "a clock read"),
    ("std::env", "the environment"),
    ("std::thread", "threads and sleeping"),
    ("i18n", "the message catalogs: the core's words are chosen in src/words.rs"),
    ("fl!", "the message catalogs: the core's words are chosen in src/words.rs"),
];

fn core_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut dirs = vec![root.join("meeting"), root.join("minutes")];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Every forbidden name in a source, as `line: name (why)`.
fn violations(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in source.lines().enumerate() {
        for (name, why) in FORBIDDEN {
            if line.contains(name) {
                found.push(format!("{}: {name} ({why})", n + 1));
            }
        }
    }
    found
}

#[test]
fn the_core_touches_no_terminal_file_network_or_clock() {
    let files = core_sources();
    assert!(files.len() >= 10, "expected the meeting module and the minutes, found {files:?}");
    let mut all = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        all.extend(violations(&source).into_iter().map(|v| format!("{}:{v}", file.display())));
    }
    assert!(all.is_empty(), "the pure core must stay pure:\n{}", all.join("\n"));
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    let bad = "use ratatui::Frame;\nlet t = chrono::Utc::now();\nstd::fs::write(p, b)?;\n";
    assert_eq!(
        violations(bad),
        [
            "1: ratatui (a terminal type)",
            "2: Utc::now (a clock read)",
            "3: std::fs (file I/O)",
            "3: fs:: (file I/O)"
        ]
    );
    assert!(violations("let now = at(\"2025-01-15T09:00:00Z\");").is_empty());
}

fn meeting_sources() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("meeting");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

/// Attributes whose strings are for the program or its developers, never shown to a person who
/// uses it: serde's field names and the lints' reasons.
const QUIET_ATTRIBUTES: &[&str] = &["serde", "allow", "expect", "warn", "deny", "cfg", "cfg_attr", "doc"];

/// The string literals of a Rust source, each with its line, leaving out comments, doc comments
/// and the attributes in [`QUIET_ATTRIBUTES`]. A scanner of just enough Rust for that: strings
/// (raw, byte and C ones too), character literals, lifetimes, nested block comments.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let (mut i, mut line) = (0, 1);
    // Bracket depth of the attribute being skipped, if inside one.
    let mut quiet: Option<usize> = None;
    let mut depth = 0usize;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let ident_before = |i: usize| i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '/' if at(i + 1) == '/' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if at(i + 1) == '*' => {
                let mut nested = 0;
                while i < chars.len() {
                    if chars[i] == '/' && at(i + 1) == '*' {
                        nested += 1;
                        i += 2;
                    } else if chars[i] == '*' && at(i + 1) == '/' {
                        nested -= 1;
                        i += 2;
                        if nested == 0 {
                            break;
                        }
                    } else {
                        line += usize::from(chars[i] == '\n');
                        i += 1;
                    }
                }
            }
            '#' if quiet.is_none() && (at(i + 1) == '[' || (at(i + 1) == '!' && at(i + 2) == '[')) => {
                let open = if at(i + 1) == '[' { i + 1 } else { i + 2 };
                let name: String =
                    chars[open + 1..].iter().take_while(|c| c.is_alphanumeric() || **c == '_').collect();
                if QUIET_ATTRIBUTES.contains(&name.as_str()) {
                    quiet = Some(depth);
                }
                i = open;
            }
            '[' => {
                depth += 1;
                i += 1;
            }
            ']' => {
                depth = depth.saturating_sub(1);
                if quiet == Some(depth) {
                    quiet = None;
                }
                i += 1;
            }
            '\'' => {
                // A character literal ('x', '\'', '"'), or a lifetime ('a), which has no closing quote.
                if at(i + 1) == '\\' {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if at(i + 2) == '\'' {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' | 'b' | 'c' if !ident_before(i) && matches!(at(i + 1), '"' | '#' | 'r') => {
                let mut j = i + 1;
                let raw = c == 'r' || at(j) == 'r';
                if c != 'r' && at(j) == 'r' {
                    j += 1;
                }
                let hashes = chars[j..].iter().take_while(|&&h| h == '#').count();
                if at(j + hashes) != '"' || (!raw && hashes > 0) {
                    i += 1;
                    continue;
                }
                let start = j + hashes + 1;
                let closing: Vec<char> =
                    std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
                let mut k = start;
                while k < chars.len() && !(chars[k..].starts_with(&closing) && (raw || chars[k - 1] != '\\'))
                {
                    k += 1;
                }
                let text: String = chars[start..k.min(chars.len())].iter().collect();
                if quiet.is_none() {
                    found.push((line, text.clone()));
                }
                line += text.matches('\n').count();
                i = k + closing.len();
            }
            '"' => {
                let mut k = i + 1;
                while k < chars.len() && chars[k] != '"' {
                    k += if chars[k] == '\\' { 2 } else { 1 };
                }
                let text: String = chars[i + 1..k.min(chars.len())].iter().collect();
                if quiet.is_none() {
                    found.push((line, text.clone()));
                }
                line += text.matches('\n').count();
                i = k + 1;
            }
            _ => i += 1,
        }
    }
    found
}

/// Whether a literal reads as words for a person: two letters with a space between them, as in
/// any phrase (`"on time"`, `"회의 시작"`), but not a format (`"%Y-%m-%d"`), a key (`"due:"`) or
/// one word.
fn reads_as_words(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(3).any(|w| w[0].is_alphabetic() && w[1] == ' ' && w[2].is_alphabetic())
}

/// Every literal of a source that reads as words, as `line: "literal"`.
fn words_in(source: &str) -> Vec<String> {
    string_literals(source)
        .into_iter()
        .filter(|(_, text)| reads_as_words(text))
        .map(|(line, text)| format!("{line}: {text:?}"))
        .collect()
}

#[test]
fn the_meeting_core_holds_no_words_for_a_person() {
    let files = meeting_sources();
    assert!(files.len() >= 7, "expected the meeting module, found {files:?}");
    let mut all = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        all.extend(words_in(&source).into_iter().map(|w| format!("{}:{w}", file.display())));
    }
    assert!(
        all.is_empty(),
        "the meeting core says what happened in types; its words belong in src/words.rs:\n{}",
        all.join("\n")
    );
}

#[test]
fn the_word_scan_finds_phrases_and_nothing_else() {
    let source = r####"
//! A module doc with "quoted words in it".
/// A doc comment: "more words here".
#[serde(rename = "not shown to anyone")]
#[allow(clippy::expect_used, reason = "serialising our own types cannot fail")]
pub enum E { A }
/* a block /* nested "words in here" */ still "a comment" */
fn f<'a>(x: &'a str) -> char {
    let _ = ('"', '\'', "%Y-%m-%d", "due:", b"raw bytes", x);
    let _ = "The meeting is closed";
    let _ = r#"a raw "phrase""#;
    let _ = format!("{value} is not a date");
    let _ = "escaped \" quote then words";
    '"'
}
const K: &str = "회의 시작";
"####;
    assert_eq!(
        words_in(source),
        [
            r#"9: "raw bytes""#,
            r#"10: "The meeting is closed""#,
            r#"11: "a raw \"phrase\"""#,
            r#"12: "{value} is not a date""#,
            r#"13: "escaped \\\" quote then words""#,
            r#"16: "회의 시작""#,
        ]
    );
}

/// The screens are programs on the runtime: the views read a `Look` and import no program, and
/// the seats' protocol knows nothing of the command line.
#[test]
fn views_import_no_program_and_the_protocol_no_command_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let programs = ["tui::app", "tui::chair", "tui::seat", "tui::replay", "tui::desk", "super::super::"];
    for entry in fs::read_dir(root.join("tui/view")).unwrap() {
        let path = entry.unwrap().path();
        let source = fs::read_to_string(&path).unwrap();
        for program in programs {
            assert!(!source.contains(program), "{} names {program}", path.display());
        }
    }
    let protocol = fs::read_to_string(root.join("share/protocol.rs")).unwrap();
    assert!(!protocol.contains("clap"), "share/protocol.rs depends on clap");
}
