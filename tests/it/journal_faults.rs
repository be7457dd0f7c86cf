//! Faults (issue 4): the journal under a disk that fails.
//!
//! Injected: a scripted meeting is run once to count the operations it makes, then once for
//! every operation with that one failing (ENOSPC, EIO, EROFS), with the file also removed and
//! replaced in one script; after healing, everything must be on disk, in order, exactly once, and
//! fold to the live meeting. Also a persistent failure, a rescue, removal and replacement, and
//! the twin failing beside a journal that keeps saving.
//!
//! Real: a tiny tmpfs filled up, a folder made immutable with `chattr +i`, the journal deleted
//! while open. These need root (CI runs as root); elsewhere they say loudly that they were
//! skipped, and fail instead when `GAVEL_REQUIRE_REAL_FAULTS` is set.

use std::ffi::OsStr;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use gavel::agenda::load_file_hashed;
use gavel::journal::draft::{Draft, DraftKeeper};
use gavel::journal::faults::{FaultyFs, Op};
use gavel::journal::fs::{Fs, RealFs};
use gavel::journal::read::parse;
use gavel::journal::twin::{LiveTwin, Twin};
use gavel::journal::{Journal, MinutesJournal, OpenError, Opened, SaveState, Verdict, read_minutes, verify};
use gavel::meeting::{Action, Entry, Event, Header, Meeting, NoteId, fold};

/// The system's own codes for a full disk, an input/output error and a read-only disk: errno on
/// Unix, the Win32 codes on Windows (ERROR_DISK_FULL, ERROR_IO_DEVICE, ERROR_WRITE_PROTECT).
#[cfg(unix)]
const ENOSPC: i32 = 28;
#[cfg(unix)]
const EIO: i32 = 5;
#[cfg(unix)]
const EROFS: i32 = 30;
#[cfg(windows)]
const ENOSPC: i32 = 112;
#[cfg(windows)]
const EIO: i32 = 1117;
#[cfg(windows)]
const EROFS: i32 = 19;

/// A fork copies every open file into the child until it execs, a journal's lock included: a
/// journal closed and opened again meanwhile would find its own old lock still held. So the
/// tests that run commands (mount, chattr) and the tests that open a journal again take turns.
fn fork_turn() -> std::sync::RwLockWriteGuard<'static, ()> {
    crate::pty::alone_turn()
}

/// Opens minutes for writing again, as a resumed runner does.
fn open_again(fs: Arc<dyn Fs>, path: &Path) -> Result<Opened<Header, Event>, OpenError> {
    crate::pty::reopen(|| MinutesJournal::open(Arc::clone(&fs), path))
}

/// How each errno reads in a `NOT SAVED: …` reason.
fn phrase(errno: i32) -> &'static str {
    match errno {
        ENOSPC => "no space left on device",
        EIO => "input/output error",
        EROFS => "read-only file system",
        _ => unreachable!("no phrase for errno {errno}"),
    }
}

fn header() -> Header {
    let (agenda, sha) = load_file_hashed(Path::new("agenda.yaml")).expect("the Busan agenda loads");
    Header::new(agenda, "agenda.yaml".into(), sha, "gavel test".into())
}

/// The meeting as the runner holds it: every action applied at a fixed instant, seven seconds
/// after the one before, and every entry it produced.
struct Live {
    header: Header,
    meeting: Meeting,
    entries: Vec<Entry>,
    clock: DateTime<Utc>,
}

impl Live {
    fn new() -> Live {
        let header = header();
        let meeting = fold(&header, &[]);
        let clock = header.agenda.planned_start().to_utc() - TimeDelta::minutes(5);
        Live { header, meeting, entries: Vec::new(), clock }
    }

    fn act(&mut self, action: Action) -> Vec<Entry> {
        self.clock += TimeDelta::seconds(7);
        let outcome = match self.meeting.apply(action.clone(), self.clock) {
            Ok(outcome) => outcome,
            Err(refusal) => panic!("the script's {action:?} was refused: {refusal:?}"),
        };
        assert!(!outcome.entries.is_empty(), "{action:?} produced no entries");
        self.entries.extend(outcome.entries.iter().cloned());
        outcome.entries
    }

    fn note(&mut self, id: &str, text: &str) -> Vec<Entry> {
        self.act(commit(id, text))
    }
}

fn commit(id: &str, text: &str) -> Action {
    Action::CommitNote { id: NoteId::from(id), text: text.to_owned() }
}

#[derive(Debug, Clone)]
enum Step {
    Act(Action),
    /// The minutes file is removed behind the runner's back.
    Remove,
    /// Another file is renamed over the minutes file.
    Replace,
}

const STRANGER: &str = "not the minutes: a file someone else put here\n";

/// About thirty events: notes before and after opening (Hangul, a decision, an action item,
/// several lines, quotes), moves, pause and resume, skip and defer (two events each), a plan
/// change, an edit, a strike, and the close.
fn script(disturb: bool) -> Vec<Step> {
    use Action::*;
    let mut steps = vec![
        commit("n1", "참석자 확인: 시장, 실·국·본부장"),
        Open,
        commit("n2", "Quorum present; the mayor opens the meeting"),
        NextTopic,
        commit("n3", "d: 가덕도신공항 조기 착공 계획을 승인한다"),
        commit("n4", "a: 기획조정실 — 예산안을 1월 10일까지 제출"),
        PauseResume,
        commit("n5", "Paused: the video link to Seoul dropped (화상 연결 끊김)"),
        PauseResume,
        AddMinute,
        NextTopic,
        Skip,
        Defer,
        EditNote {
            id: "n3".into(), text: "d: 가덕도신공항 조기 착공 계획을 수정 승인한다".into()
        },
        commit("n6", "Two lines:\n둘째 줄, with \"quotes\" and a back\\slash"),
        NextSession,
        StrikeNote { id: "n5".into() },
        commit("n7", "경제 활력 회복 — 소상공인 지원 확대"),
        RemoveMinute,
        NextTopic,
        PreviousTopic,
        commit("n8", "a: 경제정책과 — 1분기 집행 계획 보고"),
        JumpTo { session: 0, topic: 5 },
        commit("n9", "Deferred topic taken up again"),
        PauseResume,
        PauseResume,
        NextSession,
        commit("n10", "d: 탄소중립 이행 계획 채택"),
        Close,
    ];
    let mut steps: Vec<Step> = steps.drain(..).map(Step::Act).collect();
    if disturb {
        steps.insert(20, Step::Replace);
        steps.insert(10, Step::Remove);
    }
    steps
}

fn minutes_path(dir: &Path) -> PathBuf {
    dir.join("minutes").join("busan-2024-12-23.jsonl")
}

fn arc(fs: &FaultyFs) -> Arc<dyn Fs> {
    Arc::new(fs.clone())
}

fn entries_of(pairs: Vec<(DateTime<FixedOffset>, Event)>) -> Vec<Entry> {
    pairs.into_iter().map(|(at, event)| Entry { at, event }).collect()
}

/// The promise at every moment: what the journal calls saved is in the file, and when it says
/// everything is saved the file holds exactly the meeting's entries.
fn check_saved_is_on_disk(journal: &MinutesJournal, live: &Live, path: &Path, context: &str) {
    let saved = journal.saved_events() as usize;
    assert!(saved <= live.entries.len(), "{context}: more saved than made");
    assert_eq!(journal.events() as usize, live.entries.len(), "{context}: an event was not kept");
    assert_eq!(journal.unsaved() as usize, live.entries.len() - saved, "{context}");
    if *journal.state() == SaveState::Saved {
        assert_eq!(saved, live.entries.len(), "{context}: Saved with events waiting");
        let on_disk = read_minutes(path).unwrap_or_else(|e| panic!("{context}: saved but unreadable: {e}"));
        assert_eq!(on_disk.entries, live.entries, "{context}: Saved, yet the file differs");
        assert_eq!(on_disk.torn_bytes, None, "{context}: Saved, yet the file ends torn");
    } else if saved > 0 {
        let on_disk =
            read_minutes(path).unwrap_or_else(|e| panic!("{context}: {saved} saved events, yet: {e}"));
        assert!(
            on_disk.entries.len() >= saved,
            "{context}: {saved} saved, {} on disk",
            on_disk.entries.len()
        );
        assert_eq!(on_disk.entries[..saved], live.entries[..saved], "{context}: saved events differ");
    }
}

struct Run {
    journal: MinutesJournal,
    live: Live,
    reasons: Vec<String>,
}

/// Runs the script on a new journal. Creation failing is returned; every later failure only
/// makes the journal not saved, and the meeting goes on.
fn run_script(fs: &FaultyFs, path: &Path, steps: &[Step], context: &str) -> Result<Run, OpenError> {
    let mut live = Live::new();
    let mut journal = Journal::create(arc(fs), path, &live.header)?;
    let mut reasons = Vec::new();
    for (n, step) in steps.iter().enumerate() {
        match step {
            Step::Act(action) => {
                let entries = live.act(action.clone());
                if let SaveState::NotSaved(reason) = journal.append_entries(&entries) {
                    reasons.push(reason.clone());
                }
                check_saved_is_on_disk(&journal, &live, path, &format!("{context}, step {n} {action:?}"));
            }
            Step::Remove => fs::remove_file(path).expect("remove the minutes behind the runner's back"),
            Step::Replace => {
                let stranger = path.with_file_name("stranger.txt");
                fs::write(&stranger, STRANGER).expect("write a stranger");
                fs::rename(&stranger, path).expect("rename it over the minutes");
            }
        }
    }
    Ok(Run { journal, live, reasons })
}

/// Names in a folder, sorted, but for the runner's lock file beside the minutes (`….lock`, there
/// from the first open on; `lock_file_*` tests it).
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = match fs::read_dir(dir) {
        Ok(list) => list
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with(".jsonl.lock"))
            .collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => panic!("{}: {e}", dir.display()),
    };
    names.sort();
    names
}

/// Heals the disk, flushes until saved, and checks the file holds the meeting exactly.
/// `strangers`: what the files moved aside as `.replaced-1`, `-2`… must hold.
fn recover_and_check(fs: &FaultyFs, run: Run, path: &Path, strangers: &[&str], context: &str) {
    let Run { mut journal, live, reasons } = run;
    fs.heal();
    for _ in 0..3 {
        if *journal.flush() == SaveState::Saved {
            break;
        }
    }
    assert_eq!(*journal.state(), SaveState::Saved, "{context}: still not saved after healing");
    assert_eq!(journal.saved_events(), journal.events(), "{context}");
    assert_eq!(journal.events() as usize, live.entries.len(), "{context}");
    assert_eq!(journal.unsaved(), 0, "{context}");
    for reason in &reasons {
        assert!(
            !reason.is_empty() && !reason.contains("os error"),
            "{context}: unreadable reason {reason:?}"
        );
    }
    let fingerprint = journal.fingerprint().to_owned();
    drop(journal);

    let opened = open_again(Arc::new(RealFs), path)
        .unwrap_or_else(|e| panic!("{context}: the recovered minutes do not open: {e}"));
    assert_eq!(opened.set_aside, None, "{context}: a torn tail after recovery");
    assert_eq!(opened.header, live.header, "{context}");
    let entries = entries_of(opened.entries);
    assert_eq!(
        entries, live.entries,
        "{context}: the file is not the meeting's entries, in order, once each"
    );
    assert_eq!(fold(&opened.header, &entries), live.meeting, "{context}: the file folds to another meeting");
    drop(opened.journal);
    assert_eq!(
        verify(path).expect("verify reads"),
        Verdict::Intact { events: live.entries.len(), fingerprint, torn_bytes: None },
        "{context}"
    );

    let name = path.file_name().expect("name").to_string_lossy().into_owned();
    let mut expected = vec![name.clone()];
    for (n, stranger) in strangers.iter().enumerate() {
        let aside = format!("{name}.replaced-{}", n + 1);
        let kept = fs::read_to_string(path.with_file_name(&aside))
            .unwrap_or_else(|e| panic!("{context}: {aside}: {e}"));
        let start: String = kept.chars().take(80).collect();
        assert!(kept == *stranger, "{context}: {aside} is not the stranger but {start:?}…");
        expected.push(aside);
    }
    expected.sort();
    // A temporary file whose removal failed may stay: harmless, since it is only a copy of the
    // start of the journal and the next creation or recovery removes it first.
    let folder = path.parent().expect("folder");
    let journal_bytes = fs::read(path).expect("journal");
    let left: Vec<String> = names(folder)
        .into_iter()
        .filter(|n| {
            let temporary = n.ends_with(".creating") || n.ends_with(".recovering");
            if temporary {
                let copy = fs::read(folder.join(n)).expect("temporary file");
                assert!(
                    journal_bytes.starts_with(&copy),
                    "{context}: {n} is not a copy of the journal's start"
                );
            }
            !temporary
        })
        .collect();
    assert_eq!(left, expected, "{context}: unexpected files left");
}

/// Creation failed: it says why, leaves nothing that would stop a second try, and a second try
/// (resume if the file is there, as `gavel run` does, else create) works.
fn check_failed_creation(fs: &FaultyFs, error: &OpenError, path: &Path, errno: i32, context: &str) {
    fs.heal();
    let message = error.to_string();
    assert!(message.contains(phrase(errno)), "{context}: {message}");
    let folder = path.parent().expect("folder");
    let left: Vec<String> = names(folder).into_iter().filter(|n| !n.ends_with(".jsonl")).collect();
    assert!(left.is_empty(), "{context}: half-made files left: {left:?}");
    let header = Live::new().header;
    let retried = if path.exists() {
        let opened = open_again(arc(fs), path)
            .unwrap_or_else(|e| panic!("{context}: failed creation left a file that does not open: {e}"));
        assert!(opened.entries.is_empty() && opened.set_aside.is_none(), "{context}");
        assert_eq!(opened.header, header, "{context}");
        opened.journal
    } else {
        Journal::create(arc(fs), path, &header)
            .unwrap_or_else(|e| panic!("{context}: creating again after the failure: {e}"))
    };
    assert_eq!(*retried.state(), SaveState::Saved, "{context}");
}

/// A folder for the sweep's many runs: in memory when the machine has `/dev/shm`, since what
/// the sweep checks is the journal's logic, not the disk's syncs (the real-fault tests below and
/// the crash test use the disk).
fn sweep_dir() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(dir) = tempfile::tempdir_in(shm)
    {
        return dir;
    }
    tempfile::tempdir().expect("temp dir")
}

/// The sweep: one run per operation of a clean run, that operation failing with `errno`.
fn every_position(errno: i32, disturb: bool) {
    let steps = script(disturb);
    let clean = FaultyFs::new();
    let dir = sweep_dir();
    let path = minutes_path(dir.path());
    let run = run_script(&clean, &path, &steps, "clean run").expect("a clean run creates its minutes");
    assert!(run.reasons.is_empty(), "a clean run was not saved: {:?}", run.reasons);
    assert!(run.live.entries.len() >= 30, "the script makes {} events", run.live.entries.len());
    let ops = clean.count();
    let strangers: &[&str] = if disturb { &[STRANGER] } else { &[] };
    recover_and_check(&clean, run, &path, strangers, "clean run");
    assert!(ops > 90, "a clean run made only {ops} operations");

    let mut failed_creations = 0;
    let mut not_saved = 0;
    let mut unnoticed = Vec::new();
    for at in 0..ops {
        let context = format!("operation {at} of {ops} failing with errno {errno} (disturbed: {disturb})");
        let dir = sweep_dir();
        let path = minutes_path(dir.path());
        let fs = FaultyFs::new();
        fs.fail_at(at, errno);
        match run_script(&fs, &path, &steps, &context) {
            Err(e) => {
                failed_creations += 1;
                check_failed_creation(&fs, &e, &path, errno, &context);
            }
            Ok(run) => {
                if run.reasons.is_empty() {
                    unnoticed.push(at);
                } else {
                    not_saved += 1;
                    assert!(
                        run.reasons[0].contains(phrase(errno)),
                        "{context}: the first reason does not say why: {:?}",
                        run.reasons[0]
                    );
                }
                recover_and_check(&fs, run, &path, strangers, &context);
            }
        }
    }
    // Every fault was seen, by creation or as an append not saved, except a few harmless ones
    // (removing a temporary file that is no longer needed).
    assert!(failed_creations >= 5, "only {failed_creations} faults hit creation");
    assert_eq!(failed_creations + not_saved + unnoticed.len(), ops);
    assert!(unnoticed.len() <= 7, "faults at operations {unnoticed:?} of {ops} went unnoticed");
    eprintln!(
        "errno {errno}, disturbed {disturb}: {ops} operations; {failed_creations} failed creation, \
         {not_saved} were reported not saved, {unnoticed:?} were harmless"
    );
}

#[test]
fn every_operation_failing_with_enospc_is_recovered() {
    every_position(ENOSPC, false);
}

#[test]
fn every_operation_failing_with_eio_is_recovered() {
    every_position(EIO, false);
}

#[test]
fn every_operation_failing_with_erofs_is_recovered() {
    every_position(EROFS, false);
}

// On Windows no other program can rename over or remove the minutes gavel holds
// (`held_minutes_cannot_be_renamed_over_or_removed_yet_can_be_read`): there they cannot be
// replaced under a running meeting this way.
#[cfg(unix)]
#[test]
fn every_operation_failing_with_enospc_while_the_file_is_removed_and_replaced() {
    every_position(ENOSPC, true);
}

// On Windows no other program can rename over or remove the minutes gavel holds
// (`held_minutes_cannot_be_renamed_over_or_removed_yet_can_be_read`): there they cannot be
// replaced under a running meeting this way.
#[cfg(unix)]
#[test]
fn every_operation_failing_with_eio_while_the_file_is_removed_and_replaced() {
    every_position(EIO, true);
}

// On Windows no other program can rename over or remove the minutes gavel holds
// (`held_minutes_cannot_be_renamed_over_or_removed_yet_can_be_read`): there they cannot be
// replaced under a running meeting this way.
#[cfg(unix)]
#[test]
fn every_operation_failing_with_erofs_while_the_file_is_removed_and_replaced() {
    every_position(EROFS, true);
}

/// Windows: while the runner holds the minutes, another program can neither put a file in their
/// place nor remove them (they are held without FILE_SHARE_DELETE, which std's own opening
/// shares; before, wine let the held minutes be deleted), yet can still read them.
#[cfg(windows)]
#[test]
fn held_minutes_cannot_be_renamed_over_or_removed_yet_can_be_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = minutes_path(dir.path());
    let mut live = Live::new();
    let mut journal = Journal::create(Arc::new(RealFs), &path, &live.header).expect("create");
    assert_eq!(*journal.append_entries(&live.act(Action::Open)), SaveState::Saved);
    let stranger = path.with_file_name("stranger.txt");
    fs::write(&stranger, STRANGER).expect("write a stranger");
    assert!(fs::rename(&stranger, &path).is_err(), "renamed over the held minutes");
    assert!(fs::remove_file(&path).is_err(), "removed the held minutes");
    let read = read_minutes(&path).expect("read while held");
    assert_eq!(read.entries.len(), live.entries.len());
    assert_eq!(*journal.append_entries(&live.note("n1", "붙잡힌 회의록")), SaveState::Saved);
    check_saved_is_on_disk(&journal, &live, &path, "held");
}

/// Reads a rescue copy and checks it is the whole journal of the live meeting.
fn check_rescue(rescue: &Path, live: &Live, fingerprint: &str) {
    let bytes = fs::read(rescue).expect("the rescue copy reads");
    let parsed = parse::<Header, Event>(&bytes).expect("the rescue copy parses");
    assert_eq!(parsed.torn, None);
    assert_eq!(parsed.header, live.header);
    let entries = entries_of(parsed.entries);
    assert_eq!(entries, live.entries, "the rescue copy misses events");
    assert_eq!(fold(&parsed.header, &entries), live.meeting);
    assert_eq!(parsed.last_hash, fingerprint);
}

#[test]
fn a_disk_that_keeps_failing_keeps_every_event_in_memory_and_the_rescue_has_them() {
    let fs = FaultyFs::new();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = minutes_path(dir.path());
    let mut live = Live::new();
    let mut journal = Journal::create(arc(&fs), &path, &live.header).expect("create");
    for step in script(false).into_iter().take(6) {
        let Step::Act(action) = step else { unreachable!() };
        let entries = live.act(action);
        assert_eq!(*journal.append_entries(&entries), SaveState::Saved);
    }
    let saved = journal.saved_events();
    assert_eq!(saved, 6);

    fs.fail_always(Op::Sync, ENOSPC);
    for k in 1..=5u64 {
        let entries = live.note(&format!("late{k}"), &format!("적는 중 {k}: the disk is full"));
        let state = journal.append_entries(&entries).clone();
        assert_eq!(state, SaveState::NotSaved("no space left on device".into()));
        assert_eq!(journal.unsaved(), k);
        assert_eq!(journal.saved_events(), saved);
        assert_eq!(journal.events(), saved + k);
        // The ticks retry, and keep failing.
        assert_eq!(*journal.flush(), SaveState::NotSaved("no space left on device".into()));
        check_saved_is_on_disk(&journal, &live, &path, &format!("late note {k}"));
    }

    // No place takes a rescue while no sync works: it says so, and leaves no partial copy that
    // could be taken for one (in the minutes folder, the home folder or the temporary folder).
    let stamp = format!("nowhere-{}", std::process::id());
    let error = journal.rescue(&stamp).expect_err("no rescue without syncs");
    assert!(error.ends_with(": no space left on device"), "{error}");
    let name = format!("busan-2024-12-23.rescue-{stamp}.jsonl");
    let mut places = vec![path.parent().expect("folder").to_owned(), std::env::temp_dir()];
    places.extend(std::env::var_os("HOME").map(PathBuf::from));
    for place in places {
        assert!(!place.join(&name).exists(), "a partial rescue was left in {}", place.display());
    }

    // Quitting now: the journal's own file still fails (here, it cannot even be cut back), but a
    // new file can be written. The rescue holds the header, the saved and the unsaved events.
    fs.heal();
    fs.fail_always(Op::Truncate, EIO);
    assert_eq!(*journal.flush(), SaveState::NotSaved("input/output error".into()));
    let rescue = journal.rescue("20241223-0931").expect("the rescue is written");
    assert_eq!(rescue.parent(), path.parent(), "the minutes folder takes the rescue: {}", rescue.display());
    assert_eq!(rescue.file_name().expect("name"), "busan-2024-12-23.rescue-20241223-0931.jsonl");
    check_rescue(&rescue, &live, journal.fingerprint());
    assert_eq!(journal.unsaved(), 5, "a rescue does not make the journal saved");

    // The disk recovers after all: everything reaches the journal, once.
    fs.heal();
    fs::remove_file(&rescue).expect("remove the rescue");
    recover_and_check(&fs, Run { journal, live, reasons: Vec::new() }, &path, &[], "after a long failure");
}

// On Windows no other program can rename over or remove the minutes gavel holds
// (`held_minutes_cannot_be_renamed_over_or_removed_yet_can_be_read`): there they cannot be
// replaced under a running meeting this way.
#[cfg(unix)]
#[test]
fn a_removed_minutes_file_is_written_again_whole() {
    let fs = FaultyFs::new();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = minutes_path(dir.path());
    let mut live = Live::new();
    let mut journal = Journal::create(arc(&fs), &path, &live.header).expect("create");
    assert_eq!(*journal.append_entries(&live.act(Action::Open)), SaveState::Saved);
    assert_eq!(*journal.append_entries(&live.note("n1", "첫 메모")), SaveState::Saved);

    // Removed with nothing waiting: the next tick notices and writes it again.
    fs::remove_file(&path).expect("remove");
    assert_eq!(*journal.flush(), SaveState::Saved);
    check_saved_is_on_disk(&journal, &live, &path, "after a flush");

    // Removed, and its folder with it, between two notes.
    fs::remove_dir_all(path.parent().expect("folder")).expect("remove the folder");
    assert_eq!(*journal.append_entries(&live.note("n2", "둘째 메모")), SaveState::Saved);
    check_saved_is_on_disk(&journal, &live, &path, "after the folder went");
    assert_eq!(*journal.append_entries(&live.act(Action::NextTopic)), SaveState::Saved);
    recover_and_check(&fs, Run { journal, live, reasons: Vec::new() }, &path, &[], "removed twice");
}

// On Windows no other program can rename over or remove the minutes gavel holds
// (`held_minutes_cannot_be_renamed_over_or_removed_yet_can_be_read`): there they cannot be
// replaced under a running meeting this way.
#[cfg(unix)]
#[test]
fn a_replaced_minutes_file_is_moved_aside_and_written_again() {
    let fs = FaultyFs::new();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = minutes_path(dir.path());
    let name = path.file_name().expect("name").to_string_lossy().into_owned();
    let mut live = Live::new();
    let mut journal = Journal::create(arc(&fs), &path, &live.header).expect("create");
    assert_eq!(*journal.append_entries(&live.act(Action::Open)), SaveState::Saved);

    for n in 1..=2 {
        let stranger = dir.path().join("stranger");
        fs::write(&stranger, format!("stranger {n}\n")).expect("write");
        fs::rename(&stranger, &path).expect("rename over the minutes");
        let entries = live.note(&format!("n{n}"), "교체된 파일 뒤의 메모");
        assert_eq!(*journal.append_entries(&entries), SaveState::Saved);
        check_saved_is_on_disk(&journal, &live, &path, &format!("replacement {n}"));
        let aside = path.with_file_name(format!("{name}.replaced-{n}"));
        assert_eq!(fs::read_to_string(&aside).expect("the stranger is kept"), format!("stranger {n}\n"));
    }
    let strangers = ["stranger 1\n", "stranger 2\n"];
    recover_and_check(&fs, Run { journal, live, reasons: Vec::new() }, &path, &strangers, "replaced twice");
}

/// Something else writes into the minutes file itself (same file, same name) while the meeting
/// runs: cut short, written over in place at the same length, added to. The runner notices at its
/// next watch or write, keeps the file as found beside the minutes, and writes its own again.
/// On Windows, where gavel holds the minutes so that no one can rename them, it lets go of them
/// before setting them aside.
#[test]
fn a_minutes_file_changed_in_place_is_set_aside_and_written_again() {
    use gavel::journal::Intrusion;

    let fs = FaultyFs::new();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = minutes_path(dir.path());
    let name = path.file_name().expect("name").to_string_lossy().into_owned();
    let mut live = Live::new();
    let mut journal = Journal::create(arc(&fs), &path, &live.header).expect("create");
    assert_eq!(*journal.append_entries(&live.act(Action::Open)), SaveState::Saved);
    assert_eq!(*journal.append_entries(&live.note("n1", "첫 메모")), SaveState::Saved);
    // All well: a watch finds nothing and sets nothing aside.
    assert_eq!(*journal.flush(), SaveState::Saved);
    assert_eq!(journal.take_intrusions(), []);

    type Change = fn(&Path);
    let changes: [(&str, Change, bool); 4] = [
        (
            "cut short, nothing waiting",
            |p| {
                let len = fs::metadata(p).expect("size").len();
                fs::OpenOptions::new().write(true).open(p).expect("open").set_len(len / 2).expect("cut");
            },
            false,
        ),
        (
            "cut short, then a note",
            |p| {
                fs::OpenOptions::new().write(true).open(p).expect("open").set_len(10).expect("cut");
            },
            true,
        ),
        (
            "written over in place at the same length",
            |p| {
                let len = fs::metadata(p).expect("size").len();
                let file = fs::OpenOptions::new().write(true).open(p).expect("open");
                #[cfg(unix)]
                std::os::unix::fs::FileExt::write_all_at(&file, b"X", len - 3).expect("overwrite");
                #[cfg(windows)]
                assert_eq!(
                    std::os::windows::fs::FileExt::seek_write(&file, b"X", len - 3).expect("overwrite"),
                    1
                );
            },
            false,
        ),
        (
            "added to",
            |p| {
                let mut file = fs::OpenOptions::new().append(true).open(p).expect("open");
                file.write_all(b"{\"an\":\"extra line\"}\n").expect("append");
            },
            true,
        ),
    ];
    for (n, (what, change, with_note)) in changes.into_iter().enumerate() {
        let n = n + 1;
        change(&path);
        let found = fs::read(&path).expect("the changed file");
        let state = if with_note {
            journal.append_entries(&live.note(&format!("m{n}"), "바뀐 파일 뒤의 메모")).clone()
        } else {
            journal.flush().clone()
        };
        assert_eq!(state, SaveState::Saved, "{what}");
        let aside = path.with_file_name(format!("{name}.changed-{n}"));
        assert_eq!(journal.take_intrusions(), [Intrusion::Changed { aside: aside.clone() }], "{what}");
        assert_eq!(fs::read(&aside).expect("kept as found"), found, "{what}: not kept as found");
        check_saved_is_on_disk(&journal, &live, &path, what);
    }
    let fingerprint = journal.fingerprint().to_owned();
    drop(journal);
    assert_eq!(
        verify(&path).expect("verify reads"),
        Verdict::Intact { events: live.entries.len(), fingerprint, torn_bytes: None }
    );
    let mut expected: Vec<String> = (1..=4).map(|n| format!("{name}.changed-{n}")).collect();
    expected.push(name);
    expected.sort();
    assert_eq!(names(path.parent().expect("folder")), expected);
}

#[test]
fn a_failing_twin_never_changes_what_the_journal_reports() {
    let fs = FaultyFs::new();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = minutes_path(dir.path());
    let twin_path = path.with_extension("md");
    let mut live = Live::new();
    let mut journal = Journal::create(arc(&fs), &path, &live.header).expect("create");

    // The twin of a running meeting, made by its own thread from what it is fed (here the
    // document is the texts fed since the last render, and the fingerprint after them).
    let writer = LiveTwin::spawn(Twin::new(arc(&fs), &twin_path), |texts: Vec<String>, print: &str| {
        texts.concat() + print
    });
    fs.fail_always(Op::Rename, EROFS);
    assert_eq!(*journal.append_entries(&live.act(Action::Open)), SaveState::Saved);
    writer.feed(vec!["# Minutes 1\n".into()], String::new());
    let error = writer.settle().expect_err("the twin cannot be written");
    assert!(
        error.contains("read-only file system") && error.contains(&*twin_path.to_string_lossy()),
        "{error}"
    );
    assert_eq!(
        *journal.append_entries(&live.note("n1", "쌍둥이 파일이 실패해도 저장된다")),
        SaveState::Saved
    );
    assert_eq!(*journal.state(), SaveState::Saved);
    assert!(!twin_path.exists());

    fs.heal();
    writer.feed(vec!["# Minutes 2\n".into()], "회의록\n".into());
    writer.settle().expect("written once healed");
    assert_eq!(fs::read_to_string(&twin_path).expect("twin"), "# Minutes 2\n회의록\n");
    drop(writer);

    // The same with the plain twin, flushed by the loop.
    let mut twin = Twin::new(arc(&fs), &twin_path);
    fs.fail_always(Op::Rename, EROFS);
    twin.offer("# Minutes 3\n".into());
    assert!(twin.flush().expect_err("fails").contains("read-only file system"));
    assert!(twin.behind());
    assert_eq!(*journal.append_entries(&live.act(Action::NextTopic)), SaveState::Saved);
    assert_eq!(
        fs::read_to_string(&twin_path).expect("twin"),
        "# Minutes 2\n회의록\n",
        "the old twin stays whole"
    );
    fs.heal();
    twin.flush().expect("written once healed");
    assert!(!twin.behind());
    assert_eq!(fs::read_to_string(&twin_path).expect("twin"), "# Minutes 3\n");
    assert_eq!(journal.unsaved(), 0);
    fs::remove_file(&twin_path).expect("tidy");
    recover_and_check(&fs, Run { journal, live, reasons: Vec::new() }, &path, &[], "twin");
}

// ---------------------------------------------------------------------------------------------
// Real faults on real files.

/// Says loudly that a real-fault test could not run here, or fails when it must run.
pub(crate) fn skipped(why: &str) {
    let line = format!("SKIPPED: {why}");
    eprintln!("\n{}\n{line}\n{}\n", "*".repeat(line.len()), "*".repeat(line.len()));
    let _ = io::stderr().flush();
    if std::env::var_os("GAVEL_REQUIRE_REAL_FAULTS").is_some() {
        panic!("GAVEL_REQUIRE_REAL_FAULTS is set, and {why}");
    }
}

/// Runs a system command; says why it did not work, if it did not.
fn system(program: &str, args: &[&OsStr]) -> Result<(), String> {
    let shown = || {
        let args: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
        format!("`{program} {}`", args.join(" "))
    };
    let output = {
        let _turn = fork_turn();
        Command::new(program).args(args).output()
    };
    match output {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(format!(
            "{} failed ({}): {}",
            shown(),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(e) => Err(format!("{} could not be run: {e}", shown())),
    }
}

/// A tmpfs mounted for one test, unmounted when dropped.
struct Tmpfs {
    dir: PathBuf,
}

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Result<Tmpfs, String> {
        let options = format!("size={size},mode=0700");
        system(
            "mount",
            &[
                "-t".as_ref(),
                "tmpfs".as_ref(),
                "-o".as_ref(),
                options.as_ref(),
                "tmpfs".as_ref(),
                dir.as_os_str(),
            ],
        )?;
        Ok(Tmpfs { dir: dir.to_owned() })
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        if system("umount", &[self.dir.as_os_str()]).is_err() {
            let _ = system("umount", &["-l".as_ref(), self.dir.as_os_str()]);
        }
    }
}

/// A folder made immutable (`chattr +i`), made mutable again when dropped, whatever happened.
pub(crate) struct Immutable {
    dir: PathBuf,
}

impl Immutable {
    pub(crate) fn set(dir: &Path) -> Result<Immutable, String> {
        system("chattr", &["+i".as_ref(), dir.as_os_str()])?;
        let guard = Immutable { dir: dir.to_owned() };
        // chattr succeeded; check it really stops root.
        match fs::write(dir.join("probe"), "x") {
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => Ok(guard),
            Err(e) => Err(format!("an immutable folder refused a file with an unexpected error: {e}")),
            Ok(()) => Err("a file could still be created in the folder after `chattr +i`".into()),
        }
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = system("chattr", &["-i".as_ref(), self.dir.as_os_str()]);
    }
}

/// A folder on the disk the project is on (not a tmpfs, which may not take `chattr`).
pub(crate) fn disk_dir() -> tempfile::TempDir {
    tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir under target/")
}

/// A rescue copy written outside the minutes folder (home or temporary folder), removed on drop.
struct Rescued(PathBuf);

impl Drop for Rescued {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

fn no_rescue_left_in(folder: &Path) {
    let left: Vec<String> = names(folder).into_iter().filter(|n| n.contains(".rescue-")).collect();
    assert!(left.is_empty(), "a failed rescue attempt left {left:?} in {}", folder.display());
}

#[test]
fn real_a_full_disk_then_space_freed() {
    let base = tempfile::tempdir().expect("temp dir");
    let mount_point = base.path().join("disk");
    fs::create_dir(&mount_point).expect("mount point");
    let _disk = match Tmpfs::mount(&mount_point, "64k") {
        Ok(disk) => disk,
        Err(why) => return skipped(&format!("a full disk is not tested: no tmpfs could be mounted ({why})")),
    };
    let path = mount_point.join("minutes").join(format!("full-disk-{}.jsonl", std::process::id()));
    let mut live = Live::new();
    let mut journal = Journal::create(Arc::new(RealFs), &path, &live.header).expect("create on the tmpfs");
    assert_eq!(*journal.append_entries(&live.act(Action::Open)), SaveState::Saved);
    assert_eq!(*journal.append_entries(&live.note("n0", "디스크가 차기 전")), SaveState::Saved);

    // Something else fills the disk.
    let filler = mount_point.join("filler");
    {
        let mut file = fs::File::create(&filler).expect("filler");
        let block = vec![0u8; 4096];
        let full = loop {
            if let Err(e) = file.write_all(&block) {
                break e;
            }
        };
        assert_eq!(full.raw_os_error(), Some(ENOSPC), "filling the disk: {full}");
    }

    // Notes go on; the first that does not fit makes the journal not saved, and they are kept.
    let mut first_unsaved = None;
    for k in 1..=400 {
        let text = format!("메모 {k}: the secretary keeps typing while the disk is full");
        let state = journal.append_entries(&live.note(&format!("n{k}"), &text)).clone();
        match state {
            SaveState::Saved => assert!(first_unsaved.is_none(), "saved again on a full disk"),
            SaveState::NotSaved(reason) => {
                assert_eq!(reason, "no space left on device");
                first_unsaved.get_or_insert(k);
                if k >= first_unsaved.unwrap_or(k) + 4 {
                    break;
                }
            }
        }
        check_saved_is_on_disk(&journal, &live, &path, &format!("full disk, note {k}"));
    }
    assert!(first_unsaved.is_some(), "400 notes fit on a full 64k disk");
    assert_eq!(journal.unsaved(), 5);

    // A rescue now cannot go beside the minutes; it goes to the home or the temporary folder.
    let folder = path.parent().expect("folder").to_owned();
    let rescue = Rescued(journal.rescue(&format!("{}", std::process::id())).expect("a rescue is written"));
    assert_ne!(rescue.0.parent(), Some(folder.as_path()), "the rescue claims the full disk took it");
    check_rescue(&rescue.0, &live, journal.fingerprint());
    no_rescue_left_in(&folder);

    // Space is freed: the next tick writes everything, once, in order.
    fs::remove_file(&filler).expect("free the space");
    assert_eq!(*journal.flush(), SaveState::Saved);
    assert_eq!(journal.unsaved(), 0);
    check_saved_is_on_disk(&journal, &live, &path, "space freed");
    let fingerprint = journal.fingerprint().to_owned();
    drop(journal);
    let opened = open_again(Arc::new(RealFs), &path).expect("reopen");
    assert_eq!(opened.set_aside, None);
    let entries = entries_of(opened.entries);
    assert_eq!(entries, live.entries);
    assert_eq!(fold(&opened.header, &entries), live.meeting);
    drop(opened.journal);
    assert_eq!(
        verify(&path).expect("verify"),
        Verdict::Intact { events: live.entries.len(), fingerprint, torn_bytes: None }
    );
}

#[test]
fn real_minutes_cannot_be_created_in_an_immutable_folder() {
    let base = disk_dir();
    let folder = base.path().join("minutes");
    fs::create_dir(&folder).expect("folder");
    let guard = match Immutable::set(&folder) {
        Ok(guard) => guard,
        Err(why) => return skipped(&format!("a read-only folder is not tested: {why}")),
    };
    let header = Live::new().header;

    let path = folder.join("a.jsonl");
    let error = match Journal::<Header, Event>::create(Arc::new(RealFs), &path, &header) {
        Ok(_) => panic!("minutes were created in an immutable folder"),
        Err(e) => e.to_string(),
    };
    assert_eq!(error, format!("{}: cannot be opened: permission denied", path.display()));
    assert!(names(&folder).is_empty(), "left behind: {:?}", names(&folder));

    // The minutes folder itself cannot be made.
    let deeper = folder.join("minutes").join("a.jsonl");
    let error = match Journal::<Header, Event>::create(Arc::new(RealFs), &deeper, &header) {
        Ok(_) => panic!("minutes were created under an immutable folder"),
        Err(e) => e.to_string(),
    };
    assert_eq!(error, format!("{}: cannot be opened: permission denied", folder.join("minutes").display()));

    drop(guard);
    let journal =
        Journal::<Header, Event>::create(Arc::new(RealFs), &path, &header).expect("creatable again");
    assert_eq!(*journal.state(), SaveState::Saved);
}

#[test]
fn real_a_folder_turning_immutable_under_a_running_meeting() {
    let base = disk_dir();
    let folder = base.path().join("minutes");
    let path = folder.join(format!("immutable-{}.jsonl", std::process::id()));
    let twin_path = path.with_extension("md");
    let draft_path = path.with_extension("draft.json");
    let mut live = Live::new();
    let mut journal = Journal::create(Arc::new(RealFs), &path, &live.header).expect("create");
    assert_eq!(*journal.append_entries(&live.act(Action::Open)), SaveState::Saved);
    let mut twin = Twin::new(Arc::new(RealFs), &twin_path);
    twin.offer("# 회의록 1\n".into());
    twin.flush().expect("twin");
    let mut draft = DraftKeeper::new(Arc::new(RealFs), &draft_path, "");
    let now = live.clock;
    let typed = Draft {
        text: "작성 중인 메모".into(),
        topic: Some((0, 0)),
        saved_at: live.header.agenda.timezone.at(now),
    };

    let guard = match Immutable::set(&folder) {
        Ok(guard) => guard,
        Err(why) => return skipped(&format!("a read-only folder is not tested: {why}")),
    };
    // The journal's own file still takes appends: nothing is lost, nothing is reported lost.
    assert_eq!(*journal.append_entries(&live.note("n1", "폴더가 잠겨도 저장된다")), SaveState::Saved);
    check_saved_is_on_disk(&journal, &live, &path, "immutable folder");
    // What needs a new name in the folder fails, and says so, without touching the journal.
    twin.offer("# 회의록 2\n".into());
    let error = twin.flush().expect_err("the twin needs a temporary file");
    assert!(error.contains("permission denied"), "{error}");
    let error = draft.keep(&typed, now).expect_err("the draft needs a temporary file");
    assert!(error.contains("permission denied"), "{error}");
    let rescue = Rescued(journal.rescue(&format!("{}-a", std::process::id())).expect("rescued elsewhere"));
    assert_ne!(rescue.0.parent(), Some(folder.as_path()));
    check_rescue(&rescue.0, &live, journal.fingerprint());
    no_rescue_left_in(&folder);
    assert!(fs::remove_file(&path).is_err(), "an immutable folder let its file be removed");
    assert_eq!(*journal.state(), SaveState::Saved);

    drop(guard);
    twin.flush().expect("the twin is written once the folder is writable");
    assert_eq!(fs::read_to_string(&twin_path).expect("twin"), "# 회의록 2\n");
    assert_eq!(draft.keep(&typed, now), Ok(true));
    assert_eq!(DraftKeeper::load(&RealFs, &draft_path), Some(typed));
    assert_eq!(*journal.append_entries(&live.act(Action::NextTopic)), SaveState::Saved);
    check_saved_is_on_disk(&journal, &live, &path, "writable again");
}

// On Windows the minutes gavel holds cannot be deleted
// (`held_minutes_cannot_be_renamed_over_or_removed_yet_can_be_read`).
#[cfg(unix)]
#[test]
fn real_the_journal_deleted_while_open_in_a_folder_that_then_turns_immutable() {
    let base = disk_dir();
    let folder = base.path().join("minutes");
    let path = folder.join(format!("deleted-{}.jsonl", std::process::id()));
    let mut live = Live::new();
    let mut journal = Journal::create(Arc::new(RealFs), &path, &live.header).expect("create");
    assert_eq!(*journal.append_entries(&live.act(Action::Open)), SaveState::Saved);
    assert_eq!(*journal.append_entries(&live.note("n1", "삭제되기 전")), SaveState::Saved);

    // Deleted: the next note writes the whole file again.
    fs::remove_file(&path).expect("delete");
    assert_eq!(*journal.append_entries(&live.note("n2", "삭제된 뒤")), SaveState::Saved);
    check_saved_is_on_disk(&journal, &live, &path, "deleted once");

    // Deleted, and the folder cannot take it back.
    fs::remove_file(&path).expect("delete");
    let guard = match Immutable::set(&folder) {
        Ok(guard) => guard,
        Err(why) => return skipped(&format!("a read-only folder is not tested: {why}")),
    };
    let state = journal.append_entries(&live.note("n3", "되살릴 수 없는 동안")).clone();
    assert_eq!(
        state,
        SaveState::NotSaved(
            "the minutes file was removed; it cannot be written again: permission denied".into()
        )
    );
    // Nothing of this meeting is on disk any more: every event is unsaved, so quitting asks.
    assert_eq!(journal.saved_events(), 0);
    assert_eq!(journal.unsaved(), journal.events());
    assert_eq!(journal.unsaved() as usize, live.entries.len());
    assert!(matches!(journal.flush(), SaveState::NotSaved(_)));
    let rescue = Rescued(journal.rescue(&format!("{}-b", std::process::id())).expect("rescued elsewhere"));
    check_rescue(&rescue.0, &live, journal.fingerprint());

    drop(guard);
    assert_eq!(*journal.flush(), SaveState::Saved);
    assert_eq!(journal.unsaved(), 0);
    check_saved_is_on_disk(&journal, &live, &path, "folder writable again");
    assert_eq!(*journal.append_entries(&live.act(Action::Close)), SaveState::Saved);
    recover_and_check(&FaultyFs::new(), Run { journal, live, reasons: Vec::new() }, &path, &[], "deleted");
}

/// The real runner on a real tmpfs, stopped by SIGTERM at random moments while the disk is full:
/// each note committed on its screen is, once space returns, in the minutes or in the rescue copy
/// it names, and `gavel recover` takes the rescue back: after every cycle the minutes hold every
/// note committed so far, exactly once and in order, and the next run resumes them.
/// `GAVEL_CRASH_SEED=S` repeats a run's moments.
#[test]
fn real_sigterm_at_random_moments_while_the_disk_is_full_loses_nothing() {
    use crate::journal_crash::{Rng, seed};
    use crate::pty::{Launch, SIGTERM, keys, meeting_dir};

    let dir = meeting_dir();
    let disk = dir.path().join("disk");
    fs::create_dir(&disk).expect("mount point");
    // Room for ten cycles of notes with their readable copy; the filler takes the rest.
    let _tmpfs = match Tmpfs::mount(&disk, "2m") {
        Ok(tmpfs) => tmpfs,
        Err(why) => return skipped(&format!("signals on a full disk are not tested: no tmpfs ({why})")),
    };
    let minutes = disk.join("m.jsonl");
    let seed = seed();
    eprintln!("GAVEL_CRASH_SEED={seed}");
    let mut rng = Rng(seed);
    // Notes longer than a page, so that none fits in the slack of the journal's last page.
    let body = "가".repeat(1500);
    let header = |s: &vt100::Screen| crate::pty::row(s, 0);
    let mut committed: Vec<String> = Vec::new();
    let mut saw_not_saved = false;
    for cycle in 0..10 {
        // The draft of a note cut short by the last signal is not a committed note.
        let _ = fs::remove_file(disk.join("m.draft.json"));
        let mut gavel = Launch::new(dir.path())
            .args(&["run", "agenda.yaml", "--minutes", &minutes.to_string_lossy()])
            .spawn();
        if cycle == 0 {
            gavel.wait_for("not opened", |s| header(s).contains("NOT OPENED"));
            gavel.send(" ");
        }
        gavel.wait_for("running", |s| header(s).contains("RUNNING"));
        let note = |gavel: &crate::pty::Pty, n: usize, wait: bool| -> String {
            let tag = format!("c{cycle}n{n}");
            // The editor stays open after a note; Tab opens it only the first time.
            if !gavel.screen_text().contains("Note: Enter saves") {
                gavel.send(keys::TAB);
                gavel.wait_text("Note: Enter saves");
            }
            // The editor and the list of notes show the end of a long note.
            gavel.send(&format!("\x1b[200~{tag} {body} {tag}\x1b[201~"));
            gavel.wait_for(&tag, |s| s.contents().contains(&format!(" {tag}")));
            gavel.send(keys::ENTER);
            if wait {
                // Listed, and the editor empty again.
                let listed = format!(" {tag}");
                gavel.wait_for(&tag, |s| s.contents().contains(&listed) && s.contents().contains("Tab or i"));
            }
            tag
        };
        let mut n = 0;
        for _ in 0..rng.below(3) {
            n += 1;
            committed.push(note(&gavel, n, true));
        }
        // Something else fills the disk, and keeps it full: the readable copy, failing to be
        // written, gives back the room its half-written file took, which the filler takes again
        // before each note (else that note may fit, and be saved).
        let filler = disk.join("filler");
        let top_up = || {
            let mut file = fs::OpenOptions::new().create(true).append(true).open(&filler).expect("filler");
            let block = vec![0u8; 4096];
            while file.write_all(&block).is_ok() {}
            while file.write_all(&[0]).is_ok() {}
        };
        top_up();
        let after = rng.below(4);
        let mut unconfirmed = None;
        for k in 0..after {
            top_up();
            n += 1;
            // The last note goes with the signal right behind it, half the time: it may or may
            // not have been committed when the signal lands.
            let wait = k + 1 < after || rng.below(2) == 0;
            let tag = note(&gavel, n, wait);
            if wait {
                let shown = gavel.wait_for("NOT SAVED", |s| header(s).contains("NOT SAVED"));
                saw_not_saved |= header(&shown).contains("NOT SAVED");
                committed.push(tag);
            } else {
                unconfirmed = Some(tag);
            }
        }
        gavel.signal(SIGTERM);
        let status = gavel.wait_exit();
        let said = gavel.screen_text();
        fs::remove_file(&filler).expect("space returns");

        let mut rescues: Vec<PathBuf> = [dir.path(), disk.as_path()]
            .iter()
            .flat_map(|folder| names(folder).into_iter().map(move |n| folder.join(n)))
            .filter(|p| p.to_string_lossy().contains(".rescue-"))
            .collect();
        let context = format!("seed {seed}, cycle {cycle}: {status}\n{said}");
        if status.exit_code() == 4 {
            assert_eq!(rescues.len(), 1, "{context}");
            let rescue = rescues.remove(0);
            assert!(said.contains(&*rescue.to_string_lossy()), "the rescue copy is named; {context}");
            let out = {
                let _turn = fork_turn();
                Command::new(env!("CARGO_BIN_EXE_gavel"))
                    .env("LC_ALL", "C.UTF-8")
                    .args([
                        OsStr::new("recover"),
                        rescue.as_os_str(),
                        OsStr::new("--minutes"),
                        minutes.as_os_str(),
                    ])
                    .output()
                    .expect("gavel recover runs")
            };
            assert!(out.status.success(), "{context}\n{}", String::from_utf8_lossy(&out.stderr));
            fs::remove_file(&rescue).expect("the rescue copy, taken back");
        } else {
            assert!(status.success(), "{context}");
            assert_eq!(rescues, Vec::<PathBuf>::new(), "a rescue copy with nothing to rescue; {context}");
            assert!(after == 0 || unconfirmed.is_some() && after == 1, "nothing was NOT SAVED; {context}");
        }
        let on_disk = read_minutes(&minutes).unwrap_or_else(|e| panic!("{context}: {e}"));
        assert_eq!(on_disk.torn_bytes, None, "{context}");
        assert!(matches!(on_disk.entries.first().map(|e| &e.event), Some(Event::Opened)), "{context}");
        let notes: Vec<String> = on_disk
            .entries
            .iter()
            .filter_map(|e| match &e.event {
                Event::NoteCommitted { text, .. } => text.split(' ').next().map(str::to_owned),
                _ => None,
            })
            .collect();
        // The note sent with the signal is there or not, and nothing else differs.
        if let Some(tag) = unconfirmed
            && notes.len() == committed.len() + 1
        {
            committed.push(tag);
        }
        assert_eq!(notes, committed, "every committed note once, in order; {context}");
        assert_eq!(on_disk.entries.len(), committed.len() + 1, "only the opening and the notes; {context}");
    }
    if !saw_not_saved {
        eprintln!("seed {seed}: no cycle had a note waiting for the disk; the rescue path was not taken");
    }
}
