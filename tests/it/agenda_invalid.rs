//! Every bad agenda gets one exact message and a non-zero exit: one fixture per failure in
//! `tests/fixtures/invalid/`, its stderr and exit code snapshotted whole.

use std::path::Path;

use crate::common::{gavel_en as gavel, gavel_ko};
use assert_cmd::Command;

/// Runs `gavel check NAME` in `dir`, so the message names the file as a user typed it.
fn check_in(dir: &Path, name: &str) -> (i32, String, String) {
    run(gavel(), dir, &["check", name])
}

/// [`check_in`] under a Korean locale.
fn check_in_ko(dir: &Path, name: &str) -> (i32, String, String) {
    run(gavel_ko(), dir, &["check", name])
}

fn run(mut gavel: Command, dir: &Path, args: &[&str]) -> (i32, String, String) {
    let _spawn = crate::pty::spawn_turn();
    let out = gavel.current_dir(dir).args(args).output().expect("gavel runs");
    (
        out.status.code().expect("exited, not killed"),
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}

#[test]
fn every_invalid_fixture_has_its_exact_message() {
    insta::glob!("../fixtures/invalid", "*.yaml", |path| {
        let dir = path.parent().expect("fixture folder");
        let name = path.file_name().expect("file name").to_str().expect("ascii name");
        let (code, stdout, stderr) = check_in(dir, name);
        assert_eq!(code, 3, "{name}: exit code\n{stderr}");
        assert!(stdout.is_empty(), "{name}: nothing on stdout, got {stdout}");
        assert_eq!(stderr.matches('\n').count(), stderr.lines().count(), "{name}: ends with a newline");
        for banned in ["panicked", "RUST_BACKTRACE", "Raw", "serde", "struct ", "enum "] {
            assert!(!stderr.contains(banned), "{name}: no Rust in messages: {stderr}");
        }
        insta::assert_snapshot!(stderr);
    });
}

#[test]
fn there_are_at_least_25_invalid_fixtures() {
    let n = std::fs::read_dir("tests/fixtures/invalid")
        .expect("fixture folder")
        .filter(|e| e.as_ref().is_ok_and(|e| e.path().extension().is_some_and(|x| x == "yaml")))
        .count();
    assert!(n >= 25, "only {n} invalid fixtures");
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, _, stderr) = check_in(dir.path(), "nope.yaml");
    assert_eq!((code, stderr.as_str()), (4, "nope.yaml: there is no such file\n"));
}

#[test]
fn a_folder_is_not_an_agenda() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("agenda.yaml")).expect("mkdir");
    let (code, _, stderr) = check_in(dir.path(), "agenda.yaml");
    assert_eq!((code, stderr.as_str()), (4, "agenda.yaml: is a folder, not an agenda file\n"));
}

// A Unix socket standing where the agenda is.
#[cfg(unix)]
#[test]
fn an_unreadable_file_says_why() {
    // A socket cannot be opened for reading, even by root (chmod would not stop root): what it
    // is is said rather than the system's "no such device or address".
    let dir = tempfile::tempdir().expect("temp dir");
    let _listener = std::os::unix::net::UnixListener::bind(dir.path().join("agenda.yaml")).expect("bind");
    let (code, _, stderr) = check_in(dir.path(), "agenda.yaml");
    assert_eq!(
        (code, stderr.as_str()),
        (4, "agenda.yaml: is a socket, not a regular file; gavel reads and writes only regular files\n")
    );
}

#[test]
fn a_file_too_large_is_refused_by_its_size_without_reading_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = std::fs::File::create(dir.path().join("huge.yaml")).expect("create");
    // Sparse: 3 GiB that take no disk; reading it whole would take the test down.
    file.set_len(3 << 30).expect("set_len");
    let (code, _, stderr) = check_in(dir.path(), "huge.yaml");
    assert_eq!(
        (code, stderr.as_str()),
        (
            4,
            "huge.yaml: is 3221225472 bytes, too large to be an agenda (the limit is 2 MiB); it was not read\n"
        )
    );
}

// Measured with the shell's ulimit: Unix.
#[cfg(unix)]
#[test]
fn an_alias_bomb_is_refused_without_growing_memory() {
    let _spawn = crate::pty::spawn_turn();
    // Under a 256 MiB address-space limit the expansion (9^9 strings) could never fit.
    let bin = assert_cmd::cargo::cargo_bin("gavel");
    let out = std::process::Command::new("sh")
        .current_dir("tests/fixtures/invalid")
        .arg("-c")
        .arg(format!("ulimit -v 262144 && LC_ALL=C.UTF-8 exec '{}' check alias-bomb.yaml", bin.display()))
        .output()
        .expect("sh runs");
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "alias-bomb.yaml: uses YAML aliases to repeat content far more than any agenda needs; refused without expanding it\n"
    );
}

/// Text that would act on the terminal or hide from the reader is refused where it is written,
/// and the message itself carries none of it: not in the field's name, not in the source line
/// shown under it.
#[test]
fn invisible_and_control_characters_are_refused_and_never_printed() {
    let dir = Path::new("tests/fixtures/invalid");
    let cases = [
        (
            "bidi-override-in-title.yaml",
            "bidi-override-in-title.yaml:1:8: title: contains an invisible bidirectional control (U+202E), which could reorder the text on the screen; remove it\n",
        ),
        (
            "zero-width-space-in-presenter.yaml",
            "zero-width-space-in-presenter.yaml:12:20: sessions[1].topics[2].presenter: contains an invisible zero-width character (U+200B), which hides in the text; remove it\n",
        ),
        (
            "control-character-in-field-name.yaml",
            "control-character-in-field-name.yaml:13:9: sessions[1].topics[2].pre\\u{1b}senter: unknown field; did you mean `presenter`?\n",
        ),
        (
            "bidi-in-field-name.yaml",
            "bidi-in-field-name.yaml:2:1: \\u{2067}organizer\\u{2069}: unknown field; did you mean `organizer`?\n",
        ),
        (
            "byte-order-mark-inside.yaml",
            "byte-order-mark-inside.yaml:2:11: location: contains an invisible zero-width character (U+FEFF), which hides in the text; remove it\n",
        ),
    ];
    for (name, first_line) in cases {
        let (code, stdout, stderr) = check_in(dir, name);
        assert_eq!(code, 3, "{name}: {stderr}");
        assert!(stdout.is_empty(), "{name}: {stdout}");
        let first = stderr.split_inclusive('\n').next().unwrap_or_default();
        assert_eq!(first, first_line, "{name}");
        let hidden: Vec<char> = stderr.chars().filter(|&c| gavel::text::is_unsafe(c)).collect();
        assert!(hidden.is_empty(), "{name}: {hidden:?} reached the terminal in {stderr:?}");
    }
}

/// The same fixtures under a Korean locale: the same file, line, column, field and source line,
/// with the sentence in Korean.
#[test]
fn every_invalid_fixture_has_its_exact_message_in_korean() {
    insta::glob!("../fixtures/invalid", "*.yaml", |path| {
        let dir = path.parent().expect("fixture folder");
        let name = path.file_name().expect("file name").to_str().expect("ascii name");
        let (code, stdout, stderr) = check_in_ko(dir, name);
        assert_eq!(code, 3, "{name}: exit code\n{stderr}");
        assert!(stdout.is_empty(), "{name}: nothing on stdout, got {stdout}");
        let (_, _, english) = check_in(dir, name);
        assert_eq!(where_it_is(&stderr), where_it_is(&english), "{name}: the same place as in English");
        insta::assert_snapshot!(stderr);
    });
}

/// The file, line, column and field a message starts with, and the source line and caret under
/// it: everything but the sentence.
fn where_it_is(message: &str) -> (String, Vec<String>) {
    let mut lines = message.lines();
    let first = lines.next().unwrap_or_default();
    let file = first.split_once(": ").map_or(first, |(file, _)| file);
    let field = first
        .strip_prefix(file)
        .and_then(|rest| rest.strip_prefix(": "))
        .and_then(|rest| rest.split_once(": "))
        .map(|(field, _)| field)
        .filter(|field| !field.contains(' '))
        .unwrap_or_default();
    (format!("{file}: {field}"), lines.map(str::to_owned).collect())
}

/// Every Korean message says nothing of the English one in English: outside the file's name,
/// the field, quoted or backquoted text and the source line, no run of three or more Latin
/// letters but what the file itself holds (a zone's name) and the names of formats.
#[test]
fn korean_messages_hold_no_english_words() {
    const NAMES: [&str; 4] = ["YAML", "UTF", "MiB", "FIFO"];
    let dir = Path::new("tests/fixtures/invalid");
    let mut fixtures: Vec<_> = std::fs::read_dir(dir)
        .expect("fixture folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    fixtures.sort();
    let mut english_left = Vec::new();
    for path in fixtures {
        let name = path.file_name().and_then(|n| n.to_str()).expect("ascii name");
        let source = String::from_utf8_lossy(&std::fs::read(&path).expect("fixture reads")).into_owned();
        let (_, _, stderr) = check_in_ko(dir, name);
        let first = stderr.lines().next().unwrap_or_default();
        let (place, _) = where_it_is(&stderr);
        let sentence = first.get(place.len()..).unwrap_or(first);
        let sentence = without_quoted(sentence);
        for word in latin_words(&sentence) {
            if !NAMES.contains(&word.as_str()) && !source.contains(&word) {
                english_left.push(format!("{name}: {word:?} in {first}"));
            }
        }
    }
    assert!(english_left.is_empty(), "English in Korean messages:\n{}", english_left.join("\n"));
}

/// `text` without what stands between double quotes or backquotes.
fn without_quoted(text: &str) -> String {
    let mut out = String::new();
    let mut inside: Option<char> = None;
    for c in text.chars() {
        match inside {
            Some(q) if c == q => inside = None,
            Some(_) => {}
            None if c == '"' || c == '`' => inside = Some(c),
            None => out.push(c),
        }
    }
    out
}

/// Runs of three or more Latin letters, not counting a number (`0xFF`, `1h30m`) or a character's
/// code (`U+FEFF`).
fn latin_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '+'))
        .filter(|w| !w.starts_with("U+") && !w.bytes().any(|b| b.is_ascii_digit()))
        .flat_map(|w| w.split('+'))
        .filter(|w| w.len() >= 3)
        .map(str::to_owned)
        .collect()
}

/// `--lang` overrides the locale, either way.
#[test]
fn the_lang_flag_overrides_the_locale() {
    let dir = Path::new("tests/fixtures/invalid");
    let mut en = gavel_ko();
    en.args(["--lang", "en"]);
    let (code, _, stderr) = run(en, dir, &["check", "bad-duration.yaml"]);
    let (_, _, english) = check_in(dir, "bad-duration.yaml");
    assert_eq!((code, stderr.as_str()), (3, english.as_str()));
    assert!(stderr.contains("is not a duration"), "{stderr}");

    let mut ko = gavel();
    ko.args(["--lang", "ko"]);
    let (code, _, stderr) = run(ko, dir, &["check", "bad-duration.yaml"]);
    let (_, _, korean) = check_in_ko(dir, "bad-duration.yaml");
    assert_eq!((code, stderr.as_str()), (3, korean.as_str()));
    assert!(stderr.contains("시간 길이가 아닙니다"), "{stderr}");
}

/// The file itself, in Korean: missing, a folder, not a regular file, too large.
// A Unix socket among the files.
#[cfg(unix)]
#[test]
fn file_errors_in_korean() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("folder.yaml")).expect("mkdir");
    let _listener = std::os::unix::net::UnixListener::bind(dir.path().join("socket.yaml")).expect("bind");
    let file = std::fs::File::create(dir.path().join("huge.yaml")).expect("create");
    file.set_len(3 << 30).expect("set_len");
    let cases = [
        ("nope.yaml", "nope.yaml: 파일이 없습니다\n"),
        ("folder.yaml", "folder.yaml: 폴더입니다. 안건 파일을 지정하세요\n"),
        ("socket.yaml", "socket.yaml: 일반 파일이 아니라 소켓입니다. gavel은 일반 파일만 읽고 씁니다\n"),
        (
            "huge.yaml",
            "huge.yaml: 파일 크기가 3221225472바이트로, 안건 파일로는 너무 큽니다(한도 2 MiB). 읽지 않았습니다\n",
        ),
    ];
    for (name, message) in cases {
        let (code, _, stderr) = check_in_ko(dir.path(), name);
        assert_eq!((code, stderr.as_str()), (4, message), "{name}");
    }
}
