//! Only regular files, of a size gavel reads: a named pipe, a device, a socket or a folder named
//! as an agenda or as minutes is refused at once with one message (exit 4), never waited on; and
//! minutes over the size limit are refused before a byte of them is read.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Arc;
use std::time::Duration;

use assert_cmd::Command;
use gavel::journal::fs::{MAX_FILE_BYTES, RealFs};
use gavel::journal::{Journal, OpenErrorKind};
use gavel::meeting::{Event, Header};

/// A deadline that turns a hang into a failure instead of a stuck suite; not a measure of speed.
const HANG: Duration = Duration::from_secs(30);

fn gavel(dir: &Path, args: &[&str]) -> Output {
    let _spawn = crate::pty::spawn_turn();
    Command::cargo_bin("gavel")
        .unwrap()
        .env("LC_ALL", "C.UTF-8")
        .current_dir(dir)
        .args(args)
        .timeout(HANG)
        .output()
        .unwrap()
}

fn refused(dir: &Path, args: &[&str]) -> String {
    let out = gavel(dir, args);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(4), "gavel {args:?}: {stderr}");
    assert!(out.stdout.is_empty(), "gavel {args:?}");
    assert_eq!(stderr.lines().count(), 1, "one message: {stderr}");
    stderr
}

fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let made = std::process::Command::new("mkfifo").arg(&path).status().expect("mkfifo runs");
    assert!(made.success());
    path
}

/// Every command that reads an agenda or minutes, given `path` for it.
fn every_reader(path: &str) -> Vec<Vec<String>> {
    let cmds: [&[&str]; 9] = [
        &["check", path],
        &["run", path],
        &["run", "agenda.yaml", "--minutes", path],
        &["replay", path],
        &["export", path],
        &["verify", path],
        &["attach", path],
        &["recover", path, "--minutes", "m.jsonl"],
        &["recover", "r.rescue-1.jsonl", "--minutes", path],
    ];
    cmds.iter().map(|c| c.iter().map(|s| (*s).to_owned()).collect()).collect()
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy("agenda.yaml", dir.path().join("agenda.yaml")).unwrap();
    dir
}

/// A rescue copy to recover from, so that `recover` gets as far as the minutes.
fn rescue(dir: &Path) {
    let header = crate::common::header(crate::common::busan());
    let path = dir.join("r.rescue-1.jsonl");
    drop(gavel::journal::MinutesJournal::create(Arc::new(RealFs), &path, &header).unwrap());
}

#[test]
fn a_named_pipe_is_refused_at_once_by_every_command() {
    let dir = setup();
    rescue(dir.path());
    fifo(dir.path(), "pipe.jsonl");
    for args in every_reader("pipe.jsonl") {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let stderr = refused(dir.path(), &args);
        assert!(
            stderr.starts_with("pipe.jsonl: is a named pipe (FIFO), not a regular file; gavel reads and writes only regular files"),
            "gavel {args:?}: {stderr}"
        );
    }
    assert_eq!(
        refused(dir.path(), &["check", "pipe.jsonl"]),
        "pipe.jsonl: is a named pipe (FIFO), not a regular file; gavel reads and writes only regular files\n"
    );
    assert_eq!(
        refused(dir.path(), &["verify", "pipe.jsonl"]),
        "pipe.jsonl: is a named pipe (FIFO), not a regular file; gavel reads and writes only regular files\n"
    );
}

#[test]
fn a_device_is_refused_by_every_command() {
    let dir = setup();
    rescue(dir.path());
    for args in every_reader("/dev/null") {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let stderr = refused(dir.path(), &args);
        assert!(stderr.starts_with("/dev/null: is a device, not a regular file"), "gavel {args:?}: {stderr}");
    }
}

// A Unix socket where the minutes are.
#[cfg(unix)]
#[test]
fn a_socket_and_a_folder_are_refused() {
    let dir = setup();
    let _listener = std::os::unix::net::UnixListener::bind(dir.path().join("sock.jsonl")).unwrap();
    assert_eq!(
        refused(dir.path(), &["verify", "sock.jsonl"]),
        "sock.jsonl: is a socket, not a regular file; gavel reads and writes only regular files\n"
    );
    assert_eq!(
        refused(dir.path(), &["check", "sock.jsonl"]),
        "sock.jsonl: is a socket, not a regular file; gavel reads and writes only regular files\n"
    );
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    assert_eq!(refused(dir.path(), &["verify", "folder"]), "folder: is a folder, not a minutes file\n");
    assert_eq!(refused(dir.path(), &["check", "folder"]), "folder: is a folder, not an agenda file\n");
    assert_eq!(
        refused(dir.path(), &["run", "agenda.yaml", "--minutes", "folder"]),
        "folder: is a folder, not a minutes file\n"
    );
}

#[test]
fn minutes_over_the_limit_are_refused_before_they_are_read() {
    let dir = setup();
    let big = dir.path().join("big.jsonl");
    // Sparse: nothing is written, and reading it would give zeros (a torn tail), not this refusal.
    std::fs::File::create(&big).unwrap().set_len(MAX_FILE_BYTES + 1).unwrap();
    let message = format!(
        "big.jsonl: is {} bytes, too large to be gavel minutes (the limit is 256 MiB); it was not read\n",
        MAX_FILE_BYTES + 1
    );
    for args in [
        &["verify", "big.jsonl"][..],
        &["replay", "big.jsonl"],
        &["export", "big.jsonl"],
        &["run", "agenda.yaml", "--minutes", "big.jsonl"],
        &["recover", "big.jsonl", "--minutes", "m.jsonl"],
    ] {
        assert_eq!(refused(dir.path(), args), message, "gavel {args:?}");
    }
    let _turn = crate::pty::alone_turn();
    let err = Journal::<Header, Event>::open(Arc::new(RealFs), &big).err().expect("refused");
    assert!(matches!(err.kind, OpenErrorKind::TooLarge { size } if size == MAX_FILE_BYTES + 1), "{err}");
}

#[test]
fn run_says_what_is_wrong_with_its_files_before_that_there_is_no_terminal() {
    let dir = setup();
    fifo(dir.path(), "pipe.jsonl");
    // No terminal here: the minutes' problem still comes first.
    let stderr = refused(dir.path(), &["run", "--minutes", "pipe.jsonl"]);
    assert!(stderr.starts_with("pipe.jsonl: is a named pipe (FIFO)"), "{stderr}");
    // With files that are fine, no terminal is what is said.
    let out = gavel(dir.path(), &["run", "--minutes", "new.jsonl"]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!dir.path().join("new.jsonl").exists());
}
