//! Old minutes always open. A journal written by an earlier gavel (a fixture of each earlier
//! format, written by that gavel, with its own export and verify output beside it) opens,
//! verifies, replays and exports unchanged, and can be resumed.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use chrono::DateTime;
use gavel::journal::fs::RealFs;
use gavel::journal::{MinutesJournal, SaveState, Verdict, read_minutes, verify};
use gavel::meeting::{Action, Entry, Event, Header, NoteId, Position, State, fold};

const FIXTURES: &str = "tests/fixtures/journals";

fn gavel_in_fixtures(args: &[&str]) -> std::process::Output {
    let _spawn = crate::pty::spawn_turn();
    Command::new(env!("CARGO_BIN_EXE_gavel"))
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .current_dir(FIXTURES)
        .output()
        .expect("gavel runs")
}

#[test]
fn format_1_opens_verifies_and_folds() {
    let path = Path::new(FIXTURES).join("format-1.jsonl");
    let minutes = read_minutes(&path).unwrap();
    assert_eq!(minutes.header.format, 1);
    assert!(matches!(verify(&path).unwrap(), Verdict::Intact { events: 18, .. }));
    let meeting = fold(&minutes.header, &minutes.entries);
    assert_eq!(meeting.ignored_entries(), 0);
    assert_eq!(meeting.state(), State::Closed);
    assert_eq!(meeting.notes().len(), 5);
    assert!(meeting.notes().iter().all(|n| n.written_at.is_none()));
}

#[test]
fn format_2_opens_verifies_and_folds() {
    let path = Path::new(FIXTURES).join("format-2.jsonl");
    let minutes = read_minutes(&path).unwrap();
    assert_eq!(minutes.header.format, 2);
    assert!(matches!(verify(&path).unwrap(), Verdict::Intact { events: 19, .. }));
    let meeting = fold(&minutes.header, &minutes.entries);
    assert_eq!(meeting.ignored_entries(), 0);
    assert_eq!(meeting.state(), State::Closed);
    assert_eq!(meeting.notes().len(), 6);
    let late = meeting.note(&NoteId::from("secretary-1")).unwrap();
    assert_eq!(late.written_at, Some(DateTime::parse_from_rfc3339("2024-12-23T09:20:00+09:00").unwrap()));
}

/// Format 3: a rehearsal held as the meeting itself (the header's `rehearsal`, the event
/// `held_as_meeting`), with Korean notes before and after opening; its agenda names no language.
#[test]
fn format_3_opens_verifies_and_folds() {
    let path = Path::new(FIXTURES).join("format-3.jsonl");
    let minutes = read_minutes(&path).unwrap();
    assert_eq!(minutes.header.format, 3);
    assert!(minutes.header.rehearsal.is_some());
    assert_eq!(minutes.header.agenda.language, None);
    assert!(matches!(verify(&path).unwrap(), Verdict::Intact { events: 12, .. }));
    let meeting = fold(&minutes.header, &minutes.entries);
    assert_eq!(meeting.ignored_entries(), 0);
    assert_eq!(meeting.state(), State::Closed);
    assert!(!meeting.held().is_rehearsal(), "held as the meeting itself");
    assert_eq!(meeting.notes().len(), 4);
}

/// Format 4: the agenda names its language (Korean), so the minutes export in Korean under any
/// locale; an attendee's `role`; a plain note that begins with a position and a colon, which
/// format 4 never read as a speaker and this gavel still does not.
#[test]
fn format_4_opens_verifies_and_folds_without_speakers() {
    let path = Path::new(FIXTURES).join("format-4.jsonl");
    let minutes = read_minutes(&path).unwrap();
    assert_eq!(minutes.header.format, 4);
    assert_eq!(minutes.header.agenda.language, Some(gavel::i18n::Lang::Ko));
    assert_eq!(minutes.header.agenda.attendees[0].position.as_deref(), Some("기획담당관"));
    assert!(matches!(verify(&path).unwrap(), Verdict::Intact { events: 13, .. }));
    let meeting = fold(&minutes.header, &minutes.entries);
    assert_eq!(meeting.ignored_entries(), 0);
    assert_eq!(meeting.state(), State::Closed);
    assert!(meeting.notes().iter().all(|n| n.speaker.is_none()));
    assert!(meeting.notes().iter().any(|n| n.text().starts_with("기획담당관:")));
}

/// Format 5: the official record (a meeting held through the live screen, killed with `kill -9`
/// and resumed, with speakers resolved from `이름:`, a decision, an action item, and signed off),
/// written before the plan could change live: its plan is the published agenda.
#[test]
fn format_5_opens_verifies_and_folds_with_its_plan_as_published() {
    let path = Path::new(FIXTURES).join("format-5.jsonl");
    let minutes = read_minutes(&path).unwrap();
    assert_eq!(minutes.header.format, 5);
    assert!(matches!(verify(&path).unwrap(), Verdict::Intact { events: 8, .. }));
    let meeting = fold(&minutes.header, &minutes.entries);
    assert_eq!(meeting.ignored_entries(), 0);
    assert_eq!(meeting.state(), State::Closed);
    assert!(meeting.sealed().is_some());
    assert_eq!(meeting.notes().iter().filter(|n| n.speaker.is_some()).count(), 2);
    assert_eq!(meeting.agenda(), meeting.published(), "no change to the plan");
    assert!(meeting.plan_changes().is_empty());
}

#[test]
fn every_earlier_format_exports_and_verifies_as_the_gavel_that_wrote_it_did() {
    for name in ["format-1", "format-2", "format-3", "format-4", "format-5"] {
        let journal = format!("{name}.jsonl");
        for (args, expected) in [
            (vec!["export", journal.as_str()], format!("{name}.md")),
            (vec!["export", "--format", "json", journal.as_str()], format!("{name}.json")),
            (vec!["verify", journal.as_str()], format!("{name}.verify.txt")),
        ] {
            let out = gavel_in_fixtures(&args);
            assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
            let want = std::fs::read_to_string(Path::new(FIXTURES).join(expected)).unwrap();
            assert_eq!(String::from_utf8(out.stdout).unwrap(), want, "{args:?}");
        }
    }
}

#[test]
fn every_earlier_format_replays_to_its_end() {
    for name in ["format-1.jsonl", "format-2.jsonl", "format-3.jsonl", "format-4.jsonl", "format-5.jsonl"] {
        let replay = gavel::tui::replay::Replay::open(&Path::new(FIXTURES).join(name)).unwrap();
        assert_eq!(replay.meeting.state(), State::Closed, "{name}");
        assert_eq!(replay.index, replay.entries().len(), "{name}");
    }
}

/// A format-1 journal still open is resumed as it is: its header keeps its number, and a seat's
/// note written before it arrived keeps its own time beside the runner's.
#[test]
fn format_1_resumed_keeps_its_header_and_takes_format_2_notes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let text = std::fs::read_to_string(Path::new(FIXTURES).join("format-1.jsonl")).unwrap();
    // The fixture up to (not including) its close: an open meeting.
    let open: Vec<&str> = text.lines().filter(|l| !l.contains(r#""type":"closed""#)).collect();
    std::fs::write(&path, open.join("\n") + "\n").unwrap();
    let opened = crate::pty::reopen(|| MinutesJournal::open(Arc::new(RealFs), &path)).unwrap();
    let entries: Vec<Entry> = opened.entries.into_iter().map(|(at, event)| Entry { at, event }).collect();
    let mut meeting = fold(&opened.header, &entries);
    let mut journal: MinutesJournal = opened.journal;
    let now = meeting.last_at().unwrap().to_utc() + chrono::TimeDelta::minutes(1);
    let written_at = DateTime::parse_from_rfc3339("2024-12-23T09:20:00+09:00").unwrap();
    let action = Action::CommitWrittenNote {
        id: NoteId::from("s-1"),
        text: "비서석에서 늦게 도착한 메모".into(),
        on: Some(Position::new(0, 1)),
        written_at,
    };
    let outcome = meeting.apply(action, now).unwrap();
    assert_eq!(*journal.append_entries(&outcome.entries), SaveState::Saved);
    drop(journal);
    let again = read_minutes(&path).unwrap();
    assert_eq!(again.header.format, 1, "the header is the one the minutes began with");
    assert!(matches!(verify(&path).unwrap(), Verdict::Intact { .. }));
    let folded = fold(&again.header, &again.entries);
    let note = folded.note(&NoteId::from("s-1")).unwrap();
    assert_eq!((note.on, note.written_at), (Some(Position::new(0, 1)), Some(written_at)));
    assert!(note.taken_at() > written_at, "the journal's time is the runner's");
    let _: &Header = &again.header;
    assert!(matches!(again.entries.last().unwrap().event, Event::NoteCommitted { .. }));
}
