//! A rescue copy can be used: `gavel run` says one lies beside its minutes, and `gavel recover`
//! takes back into the minutes every event they lack, in order, after checking both; minutes
//! that went their own way, or another meeting's, are refused and left as they were.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use crate::common::{at, busan, header, note};
use gavel::journal::faults::{FaultyFs, Op};
use gavel::journal::fs::{Fs, RealFs};
use gavel::journal::{Journal, MinutesJournal, SaveState, Verdict, read_minutes, verify};
use gavel::meeting::{Action, Event, fold};

const ENOSPC: i32 = 28;

/// Minutes whose disk took the opening and refused the next two events, and the rescue copy
/// written then: (minutes, rescue).
fn minutes_and_rescue(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let path = dir.join("m.jsonl");
    let header = header(busan());
    let disk = FaultyFs::new();
    let fs: Arc<dyn Fs> = Arc::new(disk.clone());
    let mut journal: MinutesJournal = Journal::create(fs, &path, &header).unwrap();
    let mut meeting = fold(&header, &[]);
    journal.append_entries(&meeting.apply(Action::Open, at(0, 0)).unwrap().entries);
    disk.fail_always(Op::Write, ENOSPC);
    journal.append_entries(&meeting.apply(note("n1", "디스크가 거부한 메모"), at(1, 0)).unwrap().entries);
    journal.append_entries(&meeting.apply(Action::NextTopic, at(2, 0)).unwrap().entries);
    assert_eq!(journal.unsaved(), 2);
    disk.heal();
    let rescue = journal.rescue("20241223-090300").unwrap();
    disk.fail_always(Op::Write, ENOSPC);
    drop(journal);
    (path, rescue)
}

fn gavel(dir: &Path, args: &[&str]) -> std::process::Output {
    let _spawn = crate::pty::spawn_turn();
    Command::new(env!("CARGO_BIN_EXE_gavel"))
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn recover_takes_back_every_missing_event_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (minutes, rescue) = minutes_and_rescue(dir.path());
    assert_eq!(read_minutes(&minutes).unwrap().entries.len(), 1);
    let name = rescue.file_name().unwrap().to_str().unwrap();
    let out = gavel(dir.path(), &["recover", name]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.starts_with("m.jsonl: 2 events taken back from"), "{stdout}");
    let events: Vec<Event> = read_minutes(&minutes).unwrap().entries.into_iter().map(|e| e.event).collect();
    assert!(matches!(events[0], Event::Opened));
    assert!(matches!(&events[1], Event::NoteCommitted { text, .. } if &**text == "디스크가 거부한 메모"));
    assert!(matches!(events[2], Event::Moved { .. }));
    assert!(matches!(verify(&minutes).unwrap(), Verdict::Intact { events: 3, .. }));
    assert!(rescue.exists(), "the rescue copy is left in place");
    // Again: nothing is missing any more, and nothing is written twice.
    let again = gavel(dir.path(), &["recover", name]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 events taken back"));
    assert_eq!(read_minutes(&minutes).unwrap().entries.len(), 3);
}

#[test]
fn minutes_that_went_their_own_way_are_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let (minutes, rescue) = minutes_and_rescue(dir.path());
    // The meeting went on after the rescue copy: another event where the rescue has the note.
    let opened = crate::pty::reopen(|| MinutesJournal::open(Arc::new(RealFs), &minutes)).unwrap();
    let mut journal = opened.journal;
    let mut meeting = fold(&opened.header, &[]);
    meeting.apply(Action::Open, at(0, 0)).unwrap();
    assert_eq!(
        *journal.append_entries(&meeting.apply(Action::PauseResume, at(5, 0)).unwrap().entries),
        SaveState::Saved
    );
    drop(journal);
    let before = std::fs::read(&minutes).unwrap();
    let out = gavel(dir.path(), &["recover", rescue.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("differ at event 2") && stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(std::fs::read(&minutes).unwrap(), before);
}

#[test]
fn another_meetings_rescue_copy_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (_, rescue) = minutes_and_rescue(dir.path());
    let other = dir.path().join("other.jsonl");
    let mut agenda = busan();
    agenda.title = "Another meeting".into();
    let _: MinutesJournal = Journal::create(Arc::new(RealFs), &other, &header(agenda)).unwrap();
    let out = gavel(dir.path(), &["recover", rescue.to_str().unwrap(), "--minutes", "other.jsonl"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is of another meeting"));
}

#[test]
fn run_says_a_rescue_copy_lies_beside_the_minutes() {
    use gavel::journal::start::{Start, start};
    let dir = tempfile::tempdir().unwrap();
    let (minutes, rescue) = minutes_and_rescue(dir.path());
    let agenda_path = Path::new("agenda.yaml");
    let (agenda, sha) = gavel::agenda::load_file_hashed(agenda_path).unwrap();
    let how = Start::minutes_on_the_day(&agenda, agenda_path, &sha, &minutes);
    let started = crate::pty::reopen(|| {
        start(Arc::new(RealFs), &how).map_err(|e| match e {
            gavel::journal::start::StartError::Open(e) => e,
            other => panic!("{other}"),
        })
    })
    .unwrap();
    let said = started.notices.join("\n");
    assert!(said.contains(&format!("gavel recover {}", rescue.display())), "{said}");
}
