//! `gavel export MINUTES -o FILE` never writes over what it should not: a new file always; an
//! existing one only with `--force`; never, even with `--force`, the minutes being exported (by
//! name or by another name for the same file), any other gavel minutes, an agenda, or anything
//! that is not a regular file. What it refuses is left byte for byte as it was.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Arc;
use std::time::Duration;

use assert_cmd::Command;
use gavel::journal::fs::RealFs;
use gavel::journal::{Journal, MinutesJournal, SaveState};

use crate::common::{busan, header, run_script, script};

/// The minutes of the scripted meeting at `minutes/m.jsonl`, and the agenda they were begun
/// from beside the minutes' folder, as `gavel run` lays them out.
fn meeting() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy("agenda.yaml", dir.path().join("agenda.yaml")).unwrap();
    let path = dir.path().join("minutes").join("m.jsonl");
    let header = header(busan());
    let (_, entries) = run_script(&header, &script());
    let _turn = crate::pty::alone_turn();
    let mut journal: MinutesJournal = Journal::create(Arc::new(RealFs), &path, &header).unwrap();
    assert_eq!(journal.append_entries(&entries), &SaveState::Saved);
    (dir, path)
}

fn export(dir: &Path, args: &[&str]) -> Output {
    let _spawn = crate::pty::spawn_turn();
    Command::cargo_bin("gavel")
        .unwrap()
        .env("LC_ALL", "C.UTF-8")
        .current_dir(dir)
        .arg("export")
        .arg("minutes/m.jsonl")
        .args(args)
        // A deadline so that a hang fails instead of stopping the suite; not a measure of speed.
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap()
}

/// The document as printed.
fn document(dir: &Path) -> Vec<u8> {
    let out = export(dir, &[]);
    assert!(out.status.success());
    out.stdout
}

/// Asserts that `-o target` (with `extra`) is refused with exit 4 and `message` after the
/// target's name, and that the target is as it was.
fn refused(dir: &Path, target: &str, extra: &[&str], message: &str) {
    let before = std::fs::read(dir.join(target)).ok();
    let mut args = vec!["-o", target];
    args.extend(extra);
    let out = export(dir, &args);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!((out.status.code(), stderr.as_str()), (Some(4), format!("{target}: {message}\n").as_str()));
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read(dir.join(target)).ok(), before, "{target} was changed");
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
}

#[test]
fn a_new_file_is_written_whole_and_nothing_else() {
    let (dir, _) = meeting();
    let out = export(dir.path(), &["-o", "out.md"]);
    assert_eq!(
        (out.status.code(), out.stdout.as_slice(), out.stderr.as_slice()),
        (Some(0), &b""[..], &b""[..])
    );
    assert_eq!(std::fs::read(dir.path().join("out.md")).unwrap(), document(dir.path()));
    assert_eq!(names(dir.path()), ["agenda.yaml", "minutes", "out.md"], "no temporary file left");
}

#[test]
fn an_existing_file_is_written_over_only_with_force() {
    let (dir, _) = meeting();
    std::fs::write(dir.path().join("out.md"), "mine\n").unwrap();
    refused(dir.path(), "out.md", &[], "already exists; to write over it, give --force");
    assert_eq!(std::fs::read(dir.path().join("out.md")).unwrap(), b"mine\n");
    let out = export(dir.path(), &["-o", "out.md", "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read(dir.path().join("out.md")).unwrap(), document(dir.path()));
    assert_eq!(names(dir.path()), ["agenda.yaml", "minutes", "out.md"]);
}

#[test]
fn minutes_are_never_written_over_even_with_force() {
    let (dir, path) = meeting();
    let these = "is the minutes being exported; gavel export never writes over minutes, even with --force";
    refused(dir.path(), "minutes/m.jsonl", &["--force"], these);
    // The same file by another name.
    refused(dir.path(), "./minutes/../minutes/m.jsonl", &["--force"], these);
    std::fs::hard_link(&path, dir.path().join("link.jsonl")).unwrap();
    refused(dir.path(), "link.jsonl", &["--force"], these);
    // Other minutes: a copy, under any name, even cut short after its header.
    let bytes = std::fs::read(&path).unwrap();
    let header_end = bytes.iter().position(|&b| b == b'\n').unwrap();
    std::fs::write(dir.path().join("other.md"), &bytes[..header_end + 20]).unwrap();
    refused(
        dir.path(),
        "other.md",
        &["--force"],
        "is gavel minutes; gavel export never writes over minutes, even with --force",
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn an_agenda_is_never_written_over_even_with_force() {
    let (dir, _) = meeting();
    let agenda = "is an agenda; gavel export never writes over an agenda, even with --force";
    refused(dir.path(), "agenda.yaml", &["--force"], agenda);
    std::fs::write(dir.path().join("notes.YML"), "a: 1\n").unwrap();
    refused(dir.path(), "notes.YML", &["--force"], agenda);
    // The meeting's own agenda, by a name that does not say so.
    std::fs::hard_link(dir.path().join("agenda.yaml"), dir.path().join("agenda.txt")).unwrap();
    refused(dir.path(), "agenda.txt", &["--force"], agenda);
}

#[test]
fn only_a_regular_file_is_written_even_with_force() {
    let (dir, _) = meeting();
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    refused(
        dir.path(),
        "folder",
        &["--force"],
        "is a folder, not a regular file; gavel reads and writes only regular files",
    );
    let made = std::process::Command::new("mkfifo").arg(dir.path().join("pipe")).status().unwrap();
    assert!(made.success());
    let out = export(dir.path(), &["-o", "pipe", "--force"]);
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "pipe: is a named pipe (FIFO), not a regular file; gavel reads and writes only regular files\n"
    );
}

#[test]
fn force_without_an_output_file_is_a_usage_error() {
    let (dir, _) = meeting();
    let out = export(dir.path(), &["--force"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
