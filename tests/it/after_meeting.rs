//! After the meeting, with the real binary: `gavel amend` corrects or strikes a note of closed
//! minutes, `gavel finalize` signs them off, and `gavel verify --fingerprint` checks them
//! against the fingerprint sealed. Every refusal exits non-zero and leaves the file's bytes as
//! they were.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Arc;

use gavel::journal::fs::RealFs;
use gavel::journal::{Journal, MinutesJournal, read_minutes};
use gavel::meeting::{Action, NoteId, fold};

use crate::meeting_support::{Run, SMALL};

/// The exit code of a change the meeting refused.
const REFUSED: i32 = 6;

/// Minutes of the small meeting in a folder of their own: two notes, then closed unless `open`.
fn minutes(open: bool) -> (tempfile::TempDir, PathBuf) {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    run.ok(Action::CommitNote { id: NoteId::from("n-1"), text: "Budget approved in principal".into() }, 60);
    run.ok(Action::CommitNote { id: NoteId::from("n-2"), text: "Coffee was late".into() }, 120);
    if !open {
        run.ok(Action::Close, 600);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("m.jsonl");
    let mut journal: MinutesJournal =
        Journal::create(Arc::new(RealFs), &path, &run.header).expect("the minutes are created");
    journal.append_entries(&run.entries);
    drop(journal);
    (dir, path)
}

fn gavel(dir: &Path, args: &[&str]) -> Output {
    let _spawn = crate::pty::spawn_turn();
    std::process::Command::new(env!("CARGO_BIN_EXE_gavel"))
        .env("LC_ALL", "C.UTF-8")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("gavel runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs `args`, which must be refused with `code` and `message` on stderr, writing nothing.
fn refused(dir: &Path, path: &Path, args: &[&str], code: i32, message: &str) {
    let before = std::fs::read(path).expect("the minutes read");
    let out = gavel(dir, args);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
    assert_eq!(stderr(&out), format!("{message}\n"), "{args:?}");
    assert_eq!(stdout(&out), "", "{args:?}");
    assert_eq!(std::fs::read(path).expect("the minutes read"), before, "{args:?} wrote to the minutes");
}

/// The fingerprint `gavel finalize` printed, as it printed it (in groups of four).
fn sealed_fingerprint(out: &Output) -> String {
    let text = stdout(out);
    let line = text.lines().next().unwrap_or_default();
    line.split_once("Sealed fingerprint: ").map(|(_, f)| f.to_owned()).unwrap_or_else(|| panic!("{text}"))
}

#[test]
fn amend_corrects_a_note_and_the_export_shows_the_corrected_words() {
    let (dir, path) = minutes(false);
    let args = [
        "amend",
        "m.jsonl",
        "--by",
        "Kim Min-ji",
        "--note",
        "n-1",
        "--text",
        "Budget approved in principle",
        "--reason",
        "misspelt",
    ];
    // Without --reason: refused by the meeting, nothing written.
    let out = gavel(dir.path(), &args[..8]);
    assert_eq!(out.status.code(), Some(REFUSED), "{}", stderr(&out));
    // The readable copy beside the minutes follows the correction.
    std::fs::write(dir.path().join("m.md"), "as it was\n").expect("the twin is written");
    let out = gavel(dir.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "m.jsonl: note n-1 corrected by Kim Min-ji (misspelt)\n");
    let twin = std::fs::read_to_string(dir.path().join("m.md")).expect("the twin reads");
    assert!(twin.contains("Budget approved in principle"), "{twin}");
    let minutes = read_minutes(&path).expect("the minutes read");
    let meeting = fold(&minutes.header, &minutes.entries);
    assert_eq!(meeting.ignored_entries(), 0);
    let note = meeting.note(&NoteId::from("n-1")).expect("the note");
    assert_eq!(note.text(), "Budget approved in principle");
    let correction = &meeting.corrections()[0];
    assert_eq!((correction.by.as_str(), correction.reason.as_str()), ("Kim Min-ji", "misspelt"));

    let export = gavel(dir.path(), &["export", "m.jsonl"]);
    assert_eq!(export.status.code(), Some(0), "{}", stderr(&export));
    assert!(stdout(&export).contains("Budget approved in principle"), "{}", stdout(&export));
    let json = gavel(dir.path(), &["export", "--format", "json", "m.jsonl"]);
    assert!(stdout(&json).contains("\"n-1\""), "the JSON minutes carry the notes' ids: {}", stdout(&json));

    // The same correction again changes nothing, and is refused.
    refused(dir.path(), &path, &args, REFUSED, "m.jsonl: The correction changes nothing");
}

#[test]
fn amend_strikes_a_note_out() {
    let (dir, path) = minutes(false);
    let args =
        ["amend", "m.jsonl", "--by", "Kim Min-ji", "--strike", "n-2", "--reason", "not for the record"];
    let out = gavel(dir.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "m.jsonl: note n-2 struck out by Kim Min-ji (not for the record)\n");
    let minutes = read_minutes(&path).expect("the minutes read");
    let meeting = fold(&minutes.header, &minutes.entries);
    assert!(meeting.note(&NoteId::from("n-2")).expect("the note").is_struck());
    assert_eq!(meeting.corrections()[0].after, None);
    // Struck out, it is corrected no more.
    refused(
        dir.path(),
        &path,
        &args,
        REFUSED,
        "m.jsonl: note n-2 is struck out, and a note struck out is not corrected",
    );
}

#[test]
fn amend_without_a_correction_lists_the_notes_with_their_ids() {
    let (dir, _) = minutes(false);
    let out = gavel(dir.path(), &["amend", "m.jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "m.jsonl: 2 notes (id, topic: words)\n  \
         n-1  A: Budget approved in principal\n  \
         n-2  A: Coffee was late\n\
         To correct a note: gavel amend m.jsonl --by NAME --note ID --text TEXT --reason TEXT\n\
         To strike one out: gavel amend m.jsonl --by NAME --strike ID --reason TEXT\n"
    );
}

#[test]
fn amend_is_refused_before_closing_and_writes_nothing() {
    let (dir, path) = minutes(true);
    let not_closed = "m.jsonl: Corrections and the sign-off come after the meeting is closed";
    let strike = ["amend", "m.jsonl", "--by", "Kim", "--strike", "n-2", "--reason", "x"];
    refused(dir.path(), &path, &strike, REFUSED, not_closed);
    refused(dir.path(), &path, &["amend", "m.jsonl"], REFUSED, not_closed);
    refused(dir.path(), &path, &["finalize", "m.jsonl", "--by", "Kim"], REFUSED, not_closed);
}

#[test]
fn amend_is_refused_with_an_empty_reason_a_wrong_id_or_no_name() {
    let (dir, path) = minutes(false);
    let reason = ["amend", "m.jsonl", "--by", "Kim", "--note", "n-1", "--text", "Budget", "--reason", " "];
    refused(dir.path(), &path, &reason, REFUSED, "m.jsonl: A correction needs its reason");
    let wrong = ["amend", "m.jsonl", "--by", "Kim", "--strike", "n-9", "--reason", "x"];
    refused(
        dir.path(),
        &path,
        &wrong,
        REFUSED,
        "m.jsonl: there is no note n-9 in these minutes; `gavel amend MINUTES` lists the notes with their ids",
    );
    let nobody = ["amend", "m.jsonl", "--by", "", "--strike", "n-1", "--reason", "x"];
    refused(dir.path(), &path, &nobody, REFUSED, "m.jsonl: A name is needed");
    // A correction without --by is a wrong command line.
    let before = std::fs::read(&path).expect("read");
    let out = gavel(dir.path(), &["amend", "m.jsonl", "--strike", "n-1", "--reason", "x"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn amend_is_refused_while_another_gavel_holds_the_minutes() {
    let (dir, path) = minutes(false);
    // Opened as the tests open minutes while other tests start programs (pty::reopen): a child
    // between fork and exec may hold a copy of a lock for a moment.
    let held = crate::pty::reopen(|| {
        Journal::<gavel::meeting::Header, gavel::meeting::Event>::open(Arc::new(RealFs), &path)
    })
    .expect("the minutes open");
    let strike = ["amend", "m.jsonl", "--by", "Kim", "--strike", "n-2", "--reason", "x"];
    let before = std::fs::read(&path).expect("read");
    let out = gavel(dir.path(), &strike);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert_eq!(std::fs::read(&path).expect("read"), before);
    drop(held);
}

#[test]
fn finalize_seals_the_fingerprint_and_verify_checks_it() {
    let (dir, path) = minutes(false);
    let before = read_minutes(&path).expect("the minutes read").fingerprint;
    let out = gavel(dir.path(), &["finalize", "m.jsonl", "--by", "Lee Seo-yeon"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let grouped = sealed_fingerprint(&out);
    assert_eq!(grouped, gavel::words::fingerprint_groups(&before), "the fingerprint before the sign-off");
    assert_eq!(grouped.len(), 64 + 15, "sixteen groups of four: {grouped}");
    assert_eq!(
        stdout(&out).lines().nth(1),
        Some(
            format!(
                "Check these minutes, or a copy of them, against it with: gavel verify m.jsonl --fingerprint {before}"
            )
            .as_str()
        )
    );
    let minutes = read_minutes(&path).expect("the minutes read");
    let sealed = fold(&minutes.header, &minutes.entries).sealed().cloned().expect("signed off");
    assert_eq!((sealed.by.as_str(), sealed.fingerprint.as_str()), ("Lee Seo-yeon", before.as_str()));

    // The fingerprint as printed, as hex, with dashes, in capitals: all the same.
    let dashed = grouped.replace(' ', "-").to_uppercase();
    for given in [grouped.as_str(), before.as_str(), dashed.as_str()] {
        let out = gavel(dir.path(), &["verify", "m.jsonl", "--fingerprint", given]);
        assert_eq!(out.status.code(), Some(0), "{given}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains(&format!("Sealed fingerprint: {grouped}\n")), "{text}");
        assert!(text.contains("Signed off by Lee Seo-yeon at "), "{text}");
        assert!(text.contains("The fingerprint given is these minutes' fingerprint.\n"), "{text}");
    }
    // The last line's fingerprint is not the one sealed.
    let last = gavel::words::fingerprint_groups(&minutes.fingerprint);
    let out = gavel(dir.path(), &["verify", "m.jsonl", "--fingerprint", &minutes.fingerprint]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stdout(&out).contains(&format!("Fingerprint: {last}\n")), "{}", stdout(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "m.jsonl: the fingerprint sealed at the sign-off is {grouped}, not the one given ({})\n",
            minutes.fingerprint
        )
    );
    let wrong = gavel(dir.path(), &["verify", "m.jsonl", "--fingerprint", "8000 3388"]);
    assert_eq!(wrong.status.code(), Some(3), "{}", stderr(&wrong));

    // Signed off: nothing changes them.
    let sealed = "m.jsonl: The minutes are signed off: nothing changes them now";
    refused(dir.path(), &path, &["finalize", "m.jsonl", "--by", "Lee Seo-yeon"], REFUSED, sealed);
    let strike = ["amend", "m.jsonl", "--by", "Kim", "--strike", "n-2", "--reason", "x"];
    refused(dir.path(), &path, &strike, REFUSED, sealed);
}

#[test]
fn verify_before_the_sign_off_checks_the_last_fingerprint() {
    let (dir, path) = minutes(false);
    let last = read_minutes(&path).expect("the minutes read").fingerprint;
    let out = gavel(dir.path(), &["verify", "m.jsonl", "--fingerprint", &last]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stdout(&out).contains("Signed off"), "{}", stdout(&out));
    let grouped = gavel::words::fingerprint_groups(&last);
    assert!(stdout(&out).contains(&format!("Fingerprint: {grouped}\n")), "{}", stdout(&out));
    let out = gavel(dir.path(), &["verify", "m.jsonl", "--fingerprint", &"0".repeat(64)]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stderr(&out),
        format!("m.jsonl: these minutes' fingerprint is {grouped}, not the one given ({})\n", "0".repeat(64))
    );
}

#[test]
fn a_line_after_the_sign_off_fails_verify() {
    let (dir, path) = minutes(false);
    let out = gavel(dir.path(), &["finalize", "m.jsonl", "--by", "Lee"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A line the chain accepts but the sign-off forbids (written past gavel's rules).
    let mut opened = Journal::<gavel::meeting::Header, gavel::meeting::Event>::open(Arc::new(RealFs), &path)
        .expect("the minutes open");
    let at = opened.entries.last().expect("entries").0;
    opened.journal.append(&[(&at, &gavel::meeting::Event::Paused)]);
    drop(opened);
    let out = gavel(dir.path(), &["verify", "m.jsonl"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "m.jsonl: 1 line follows the sign-off, where nothing may: these are not the minutes as they were signed off\n"
    );
}

#[test]
fn amend_and_finalize_in_korean() {
    let (dir, path) = minutes(false);
    let args = [
        "--lang",
        "ko",
        "amend",
        "m.jsonl",
        "--by",
        "김민지",
        "--strike",
        "n-2",
        "--reason",
        "회의록 대상 아님",
    ];
    let out = gavel(dir.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "m.jsonl: n-2 기록에 삭제 표시를 했습니다(정정자: 김민지, 사유: 회의록 대상 아님)\n"
    );
    let before = read_minutes(&path).expect("the minutes read").fingerprint;
    let out = gavel(dir.path(), &["--lang", "ko", "finalize", "m.jsonl", "--by", "이서연"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let grouped = gavel::words::fingerprint_groups(&before);
    assert_eq!(
        stdout(&out).lines().next(),
        Some(format!("m.jsonl: 회의록을 확정했습니다(확정자: 이서연). 확정한 지문: {grouped}").as_str())
    );
    refused(
        dir.path(),
        &path,
        &["--lang", "ko", "finalize", "m.jsonl", "--by", "이서연"],
        REFUSED,
        "m.jsonl: 확정한 회의록입니다. 이제 바꿀 수 없습니다",
    );
    let out = gavel(dir.path(), &["--lang", "ko", "verify", "m.jsonl", "--fingerprint", &grouped]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("입력한 지문이 이 회의록의 지문과 같습니다."), "{}", stdout(&out));
}

/// Minutes of earlier formats keep their fingerprint as it always was: one run of hex digits.
#[test]
fn old_minutes_keep_their_fingerprint_ungrouped() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy("tests/fixtures/journals/format-4.jsonl", dir.path().join("m.jsonl")).expect("copy");
    let out = gavel(dir.path(), &["finalize", "m.jsonl", "--by", "Lee"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let sealed = sealed_fingerprint(&out);
    assert_eq!(sealed.len(), 64, "{sealed}");
    let out = gavel(dir.path(), &["verify", "m.jsonl", "--fingerprint", &sealed]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// A sign-off that seals another fingerprint than the minutes had before it was not written by
/// gavel on these minutes (its chain may hold all the same): verify fails.
#[test]
fn a_sign_off_of_other_minutes_fails_verify() {
    let (dir, path) = minutes(false);
    let before = read_minutes(&path).expect("the minutes read").fingerprint;
    let mut opened = Journal::<gavel::meeting::Header, gavel::meeting::Event>::open(Arc::new(RealFs), &path)
        .expect("the minutes open");
    let at = opened.entries.last().expect("entries").0;
    let forged = gavel::meeting::Event::Finalized { by: "Lee".into(), fingerprint: "ab".repeat(32) };
    opened.journal.append(&[(&at, &forged)]);
    drop(opened);
    let out = gavel(dir.path(), &["verify", "m.jsonl", "--fingerprint", &"ab".repeat(32)]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "m.jsonl: the sign-off says it sealed the fingerprint {}, but the minutes before it have {}: it was not written on these minutes by gavel\n",
            gavel::words::fingerprint_groups(&"ab".repeat(32)),
            gavel::words::fingerprint_groups(&before)
        )
    );
}
