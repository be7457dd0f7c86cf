//! The minutes file as a clerk relies on it: the hash chain finds an edited, a removed and an
//! inserted line; a torn tail of any length is set aside and reported; damage in the middle, an
//! unknown format or a file that is no journal stop the open with one message; one runner per
//! file; resume, `--new`, a changed agenda, a closed meeting; owner-only files.

use crate::common;

#[cfg(unix)]
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use assert_cmd::Command;
use common::{busan, header, run_script, script};
use gavel::journal::fs::{Fs, RealFs};
use gavel::journal::read::{Flaw, ReadError};
use gavel::journal::start::{Start, StartError, start};
use gavel::journal::twin::Twin;
use gavel::journal::{Journal, MinutesJournal, OpenErrorKind, SaveState, Verdict, read_minutes, verify};
use gavel::meeting::{Entry, Event, Header, fold};

/// A process started by one test holds copies of every open file until it has started, the
/// locks of journals other tests just closed included; a reopen then finds its own minutes
/// "open in another gavel". The tests here take turns, which costs nothing noticeable.
fn turn() -> std::sync::RwLockWriteGuard<'static, ()> {
    crate::pty::alone_turn()
}

fn real() -> Arc<dyn Fs> {
    Arc::new(RealFs)
}

/// A journal holding the scripted meeting, closed and dropped (its lock released).
fn written(dir: &Path) -> (PathBuf, Header, Vec<Entry>) {
    let path = dir.join("minutes").join("busan.jsonl");
    let header = header(busan());
    let (_, entries) = run_script(&header, &script());
    let mut journal: MinutesJournal = Journal::create(real(), &path, &header).expect("created");
    assert_eq!(journal.append_entries(&entries), &SaveState::Saved);
    (path, header, entries)
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path).expect("read").lines().map(str::to_owned).collect()
}

fn write_lines(path: &Path, lines: &[String]) {
    std::fs::write(path, lines.join("\n") + "\n").expect("write");
}

fn broken(path: &Path) -> ReadError {
    match verify(path).expect("readable") {
        Verdict::Broken(e) => e,
        other => panic!("expected a broken chain, got {other:?}"),
    }
}

#[test]
fn an_intact_journal_verifies_with_its_fingerprint() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, header, entries) = written(dir.path());
    let Verdict::Intact { events, fingerprint, torn_bytes } = verify(&path).unwrap() else { panic!() };
    assert_eq!((events, torn_bytes), (entries.len(), None));
    let last = lines(&path).pop().unwrap();
    assert_eq!(fingerprint, gavel::journal::format::line_hash(last.as_bytes()));
    let read = read_minutes(&path).unwrap();
    assert_eq!(read.entries, entries);
    assert_eq!(fold(&read.header, &read.entries), fold(&header, &entries));
}

#[test]
fn an_edited_line_is_found_by_its_number() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = written(dir.path());
    let mut l = lines(&path);
    // Line 4 is a note; change one word of it, keeping it valid JSON.
    assert!(l[3].contains("가덕도신공항"), "{}", l[3]);
    l[3] = l[3].replace("가덕도신공항", "김해공항");
    write_lines(&path, &l);
    let e = broken(&path);
    assert_eq!(e, ReadError::Damaged { line: 5, why: Flaw::Unchained });
    assert_eq!(
        e.to_string(),
        "line 4 was changed: line 5 no longer follows from it (the hash chain is broken there)"
    );
}

#[test]
fn a_removed_line_is_found() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = written(dir.path());
    let mut l = lines(&path);
    l.remove(2);
    write_lines(&path, &l);
    let e = broken(&path);
    assert_eq!(e, ReadError::Damaged { line: 3, why: Flaw::Gap { expected: 2, found: 3 } });
    assert_eq!(
        e.to_string(),
        "line 3: record 3 where record 2 was expected: a line before this one was removed"
    );
}

#[test]
fn an_inserted_line_is_found() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = written(dir.path());
    let mut l = lines(&path);
    let copy = l[2].clone();
    l.insert(3, copy);
    write_lines(&path, &l);
    assert_eq!(broken(&path), ReadError::Damaged { line: 4, why: Flaw::Repeated { expected: 3, found: 2 } });
}

#[test]
fn an_edited_header_is_found() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = written(dir.path());
    let mut l = lines(&path);
    l[0] = l[0].replace("Busan City Hall", "Seoul City Hall");
    write_lines(&path, &l);
    assert_eq!(
        broken(&path).to_string(),
        "line 1 was changed: line 2 no longer follows from it (the hash chain is broken there)"
    );
}

#[test]
fn the_cli_verifies_and_names_the_broken_line() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = written(dir.path());
    let out = Command::cargo_bin("gavel")
        .unwrap()
        .env("LC_ALL", "C.UTF-8")
        .arg("verify")
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(": intact. The header and 17 events follow one from another, unchanged."),
        "{text}"
    );
    let mut l = lines(&path);
    assert!(l[6].starts_with("{\"seq\":6,"), "{}", l[6]);
    l[6] = l[6].replace("\"seq\":6,", "\"seq\":7,");
    write_lines(&path, &l);
    let out = Command::cargo_bin("gavel")
        .unwrap()
        .env("LC_ALL", "C.UTF-8")
        .arg("verify")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "{}: NOT intact: line 7: record 7 where record 6 was expected: a line before this one was removed\n",
            path.display()
        )
    );
}

/// A journal of five lines: the header and the first four events of the script.
fn five_lines(dir: &Path) -> PathBuf {
    let path = dir.join("five.jsonl");
    let header = header(busan());
    let (_, entries) = run_script(&header, &script());
    let mut journal: MinutesJournal = Journal::create(real(), &path, &header).expect("created");
    assert_eq!(journal.append_entries(&entries[..4]), &SaveState::Saved);
    assert_eq!(lines(&path).len(), 5);
    path
}

fn gavel_verify(path: &Path) -> (i32, String, String) {
    let out = Command::cargo_bin("gavel")
        .unwrap()
        .env("LC_ALL", "C.UTF-8")
        .arg("verify")
        .arg(path)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Changes the time of line `n` (counted from 1) by a day, keeping it a valid record.
fn edit_line(path: &Path, n: usize) {
    let mut l = lines(path);
    assert!(l[n - 1].contains("\"at\":\"2024-12-23T"), "{}", l[n - 1]);
    l[n - 1] = l[n - 1].replacen("\"at\":\"2024-12-23T", "\"at\":\"2024-12-22T", 1);
    write_lines(path, &l);
}

#[test]
fn an_edited_line_anywhere_is_named_by_verify_the_second_to_last_too() {
    let _turn = turn();
    for n in 2..=4 {
        let dir = tempfile::tempdir().unwrap();
        let path = five_lines(dir.path());
        edit_line(&path, n);
        let (code, stdout, stderr) = gavel_verify(&path);
        assert_eq!((code, stdout.as_str()), (3, ""), "line {n}: {stderr}");
        assert_eq!(
            stderr,
            format!(
                "{}: NOT intact: line {n} was changed: line {} no longer follows from it (the hash chain is broken there)\n",
                path.display(),
                n + 1
            )
        );
        // Nor does a runner take it for a crash and cut the last line off.
        let before = std::fs::read(&path).unwrap();
        let err = Journal::<Header, Event>::open(real(), &path).err().expect("refused");
        assert!(matches!(err.kind, OpenErrorKind::Read(ReadError::Damaged { .. })), "line {n}: {err}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "line {n}: the file was changed");
    }
}

#[test]
fn a_whole_last_line_that_does_not_fit_is_tampering_not_a_torn_tail() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = five_lines(dir.path());
    let good = lines(&path);
    // Its link to the line before changed, its newline kept.
    let mut l = good.clone();
    let prev = l[4].rsplit_once("\"prev\":\"").unwrap().1[..64].to_owned();
    l[4] = l[4].replace(&prev, &"0".repeat(64));
    write_lines(&path, &l);
    assert_eq!(broken(&path), ReadError::Damaged { line: 5, why: Flaw::Unchained });
    let (code, _, stderr) = gavel_verify(&path);
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("NOT intact: line 4 was changed: line 5 no longer follows from it"), "{stderr}");
    // Not a record at all, yet whole.
    let mut l = good.clone();
    l[4] = "{\"seq\":4,\"at\":garbage".into();
    write_lines(&path, &l);
    assert_eq!(broken(&path), ReadError::Damaged { line: 5, why: Flaw::Unreadable });
    let before = std::fs::read(&path).unwrap();
    let err = Journal::<Header, Event>::open(real(), &path).err().expect("refused");
    assert_eq!(
        err.to_string(),
        format!("{}: line 5: the line is damaged (not a complete gavel record)", path.display())
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing cut");
}

#[test]
fn an_unfinished_last_line_is_torn_and_run_resumes_cutting_it() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = five_lines(dir.path());
    let whole = std::fs::read(&path).unwrap();
    let cut = &whole[..whole.len() - 7];
    std::fs::write(&path, cut).unwrap();
    let last_start = whole[..whole.len() - 1].iter().rposition(|&b| b == b'\n').unwrap() + 1;
    let (code, stdout, stderr) = gavel_verify(&path);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(stdout.contains(": intact. The header and 3 events follow"), "{stdout}");
    assert!(
        stdout.contains(&format!("After the last whole line come {} bytes", cut.len() - last_start)),
        "{stdout}"
    );
    let agenda = busan();
    let sha = "0".repeat(64);
    let how = Start::minutes_on_the_day(&agenda, Path::new("agenda.yaml"), &sha, &path);
    let started = start(real(), &how).unwrap();
    assert!(started.resumed);
    assert_eq!(started.entries.len(), 3);
    assert!(
        started.notices[0].starts_with("The minutes ended in an unfinished line"),
        "{:?}",
        started.notices
    );
    drop(started);
    assert_eq!(std::fs::read(&path).unwrap(), &whole[..last_start], "cut back to the last whole line");
    assert_eq!(std::fs::read(format!("{}.torn-1", path.display())).unwrap(), &cut[last_start..]);
}

#[test]
fn a_last_line_without_its_newline_that_fits_is_kept_and_ended() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = five_lines(dir.path());
    let whole = std::fs::read(&path).unwrap();
    let Verdict::Intact { fingerprint, .. } = verify(&path).unwrap() else { panic!() };
    std::fs::write(&path, &whole[..whole.len() - 1]).unwrap();
    assert_eq!(
        verify(&path).unwrap(),
        Verdict::Intact { events: 4, fingerprint: fingerprint.clone(), torn_bytes: None }
    );
    let mut opened = Journal::<Header, Event>::open(real(), &path).unwrap();
    assert_eq!((opened.entries.len(), opened.set_aside.clone()), (4, None));
    assert_eq!(std::fs::read(&path).unwrap(), whole, "the newline is back");
    // And the next line follows it on a line of its own.
    let header = header(busan());
    let (_, entries) = run_script(&header, &script());
    assert_eq!(opened.journal.append_entries(&entries[4..5]), &SaveState::Saved);
    drop(opened);
    assert_eq!(read_minutes(&path).unwrap().entries, entries[..5]);
}

#[test]
fn a_tail_of_zeros_alone_is_torn() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = five_lines(dir.path());
    let whole = std::fs::read(&path).unwrap();
    let mut bytes = whole.clone();
    bytes.extend([0u8; 300]);
    std::fs::write(&path, &bytes).unwrap();
    let Verdict::Intact { events, torn_bytes, .. } = verify(&path).unwrap() else { panic!() };
    assert_eq!((events, torn_bytes), (4, Some(300)));
    let opened = Journal::<Header, Event>::open(real(), &path).unwrap();
    assert_eq!(opened.set_aside.as_ref().unwrap().bytes, 300);
    drop(opened);
    assert_eq!(std::fs::read(&path).unwrap(), whole);
}

#[test]
fn a_torn_tail_of_every_length_is_set_aside_and_reported() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, header, entries) = written(dir.path());
    let whole = std::fs::read(&path).unwrap();
    let last_len = whole[..whole.len() - 1].iter().rev().position(|&b| b == b'\n').unwrap() + 1;
    // Cut 1 takes only the newline: that line is whole and kept (see below).
    for cut in 2..last_len {
        let torn = &whole[..whole.len() - cut];
        std::fs::write(&path, torn).unwrap();
        let opened = Journal::<Header, Event>::open(real(), &path).expect("a torn tail opens");
        let aside = opened.set_aside.expect("set aside");
        assert_eq!(aside.bytes as usize, last_len - cut, "cut {cut}");
        assert_eq!(std::fs::read(&aside.to).unwrap(), &torn[whole.len() - last_len..], "cut {cut}");
        assert_eq!(opened.entries.len(), entries.len() - 1, "cut {cut}");
        assert_eq!(std::fs::read(&path).unwrap(), &whole[..whole.len() - last_len], "cut back");
        std::fs::remove_file(&aside.to).unwrap();
    }
    // The meeting goes on from the last whole line: the lost event is appended again.
    let mut opened = Journal::<Header, Event>::open(real(), &path).unwrap();
    assert_eq!(opened.journal.append_entries(&entries[entries.len() - 1..]), &SaveState::Saved);
    drop(opened);
    let read = read_minutes(&path).unwrap();
    assert_eq!(read.entries, entries);
    assert_eq!(fold(&read.header, &read.entries), fold(&header, &entries));
}

#[test]
fn a_tail_of_zeros_from_a_crash_is_set_aside() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, entries) = written(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    let good = bytes.len();
    bytes.extend([0u8; 4096]);
    bytes.extend(b"\n\0\0\0");
    std::fs::write(&path, &bytes).unwrap();
    let opened = Journal::<Header, Event>::open(real(), &path).unwrap();
    assert_eq!(opened.set_aside.unwrap().bytes as usize, bytes.len() - good);
    assert_eq!(opened.entries.len(), entries.len());
}

#[test]
fn the_torn_tail_is_told_to_the_chair_on_resume() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = written(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() - 10]).unwrap();
    let agenda = busan();
    let sha = "0".repeat(64);
    let how = Start::minutes_on_the_day(&agenda, Path::new("agenda.yaml"), &sha, &path);
    let started = start(real(), &how).unwrap();
    assert!(started.resumed);
    assert_eq!(started.notices.len(), 1);
    let side = format!("{}.torn-1", path.display());
    assert!(started.notices[0].contains(&side), "{:?}", started.notices);
    assert!(
        started.notices[0].starts_with("The minutes ended in an unfinished line"),
        "{:?}",
        started.notices
    );
}

#[test]
fn damage_in_the_middle_stops_the_open_and_changes_nothing() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = written(dir.path());
    let mut l = lines(&path);
    l[4] = "{\"seq\":4,\"at\":garbage".into();
    write_lines(&path, &l);
    let before = std::fs::read(&path).unwrap();
    let err = Journal::<Header, Event>::open(real(), &path).err().expect("refused");
    assert_eq!(
        err.to_string(),
        format!("{}: line 5: the line is damaged (not a complete gavel record)", path.display())
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn other_formats_and_other_files_get_their_own_message() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("m.jsonl");
    let open = |bytes: &[u8]| {
        std::fs::write(&p, bytes).unwrap();
        Journal::<Header, Event>::open(real(), &p).err().expect("refused").to_string()
    };
    let name = p.display();
    assert_eq!(open(b""), format!("{name}: the file is empty; it is not a gavel minutes file"));
    assert_eq!(
        open(b"{\"magic\":\"gavel minutes\",\"format\":7,\"header\":{}}\n"),
        format!(
            "{name}: these minutes are in format 7, and this gavel reads formats 1 to 6; use the gavel version that wrote them"
        )
    );
    let not_ours = |what: &str| format!("{name}: this is not a gavel minutes file: {what}");
    let json = not_ours("its first line is JSON, but not a gavel header");
    let text = not_ours("it is text, and its first line is not a gavel header");
    assert_eq!(open(b"{\"a\":1}\n{\"b\":2}\n"), json);
    assert_eq!(open(b"{\"magic\":\"other\",\"format\":1}\n"), json);
    assert_eq!(open(b"title: a YAML agenda\n"), text);
    assert_eq!(open(b"no newline at all"), text);
    assert_eq!(
        open(b"title: T\nsessions:\n  - title: S\n"),
        not_ours(
            "it reads as an agenda (YAML with sessions), and minutes are the .jsonl file a meeting on it writes"
        )
    );
    assert_eq!(open(b"\xFF\xFE\x00\n"), not_ours("it is not text (not UTF-8)"));
    let missing = Journal::<Header, Event>::open(real(), &dir.path().join("nope.jsonl")).err().unwrap();
    assert!(matches!(missing.kind, OpenErrorKind::Missing));
}

#[test]
fn a_second_runner_is_refused_and_readers_need_no_lock() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, entries) = written(dir.path());
    let _first = Journal::<Header, Event>::open(real(), &path).expect("first runner");
    let second = Journal::<Header, Event>::open(real(), &path).err().expect("second refused");
    assert!(matches!(second.kind, OpenErrorKind::Locked));
    assert!(second.to_string().contains("these minutes are open in another gavel"), "{second}");
    assert_eq!(read_minutes(&path).unwrap().entries.len(), entries.len());
    // And the CLI readers work on it meanwhile.
    Command::cargo_bin("gavel").unwrap().env("LC_ALL", "C.UTF-8").arg("export").arg(&path).assert().success();
}

fn start_at<'a>(
    agenda: &'a gavel::agenda::Agenda,
    minutes: &'a Path,
    sha: &'a str,
    fresh: bool,
) -> Start<'a> {
    Start { fresh, ..Start::minutes_on_the_day(agenda, Path::new("agenda.yaml"), sha, minutes) }
}

#[test]
fn resume_continues_the_same_meeting() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let agenda = busan();
    let sha = "0".repeat(64);
    let mut first = start(real(), &start_at(&agenda, &path, &sha, false)).unwrap();
    assert!(!first.resumed);
    let (live, entries) = run_script(&first.header, &script());
    first.journal.append_entries(&entries);
    drop(first);
    let again = start(real(), &start_at(&agenda, &path, &sha, false)).unwrap();
    assert!(again.resumed);
    assert!(again.notices.is_empty());
    assert_eq!(again.meeting, live);
}

#[test]
fn new_never_overwrites_and_takes_the_next_free_name() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let agenda = busan();
    let sha = "0".repeat(64);
    drop(start(real(), &start_at(&agenda, &path, &sha, false)).unwrap());
    let original = std::fs::read(&path).unwrap();
    let second = start(real(), &start_at(&agenda, &path, &sha, true)).unwrap();
    assert_eq!(second.journal.path(), dir.path().join("m-2.jsonl"));
    drop(second);
    let third = start(real(), &start_at(&agenda, &path, &sha, true)).unwrap();
    assert_eq!(third.journal.path(), dir.path().join("m-3.jsonl"));
    assert_eq!(std::fs::read(&path).unwrap(), original);
}

#[test]
fn a_changed_agenda_is_told_and_the_stored_one_is_used() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let agenda = busan();
    drop(start(real(), &start_at(&agenda, &path, &"0".repeat(64), false)).unwrap());
    let mut changed = agenda.clone();
    changed.title = "Another meeting".into();
    let again = start(real(), &start_at(&changed, &path, &"1".repeat(64), false)).unwrap();
    assert_eq!(again.header.agenda.title, agenda.title);
    assert_eq!(again.meeting.agenda().title, agenda.title);
    assert_eq!(
        again.notices,
        [
            "agenda.yaml has changed since these minutes began; the meeting goes on with the agenda as it was then, which the minutes keep. To use the changed agenda, start new minutes with --new."
        ]
    );
}

#[test]
fn closed_minutes_are_not_reopened() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let agenda = busan();
    let sha = "0".repeat(64);
    let mut started = start(real(), &start_at(&agenda, &path, &sha, false)).unwrap();
    let mut s = script();
    s.push((common::at(50, 0), gavel::meeting::Action::Close));
    let (_, entries) = run_script(&started.header, &s);
    started.journal.append_entries(&entries);
    drop(started);
    let before = std::fs::read(&path).unwrap();
    let Err(err @ StartError::Closed { .. }) = start(real(), &start_at(&agenda, &path, &sha, false)) else {
        panic!("closed minutes reopened")
    };
    assert_eq!(
        err.to_string(),
        format!(
            "{0}: this meeting was closed at 2024-12-23 09:50, and closed minutes are not reopened. Review it with `gavel replay {0}`, or hold the meeting again in new minutes with `gavel run --new`",
            path.display()
        )
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// Whether the file at `p` is its owner's alone as the system keeps it: mode 0600 on Unix; on
/// Windows an access list letting in this user and no one else but the machine's own accounts.
fn owner_only(p: &Path) -> bool {
    #[cfg(unix)]
    {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777 == 0o600
    }
    #[cfg(windows)]
    {
        use gavel::platform::access;
        let me = access::current_user().unwrap();
        let found = access::of_path(p).unwrap();
        found.others(me).is_none() && found.foreign_owner(me).is_none()
    }
}

#[test]
fn minutes_and_the_files_beside_them_are_owner_only() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = written(dir.path());
    assert!(owner_only(&path), "minutes");
    let twin = gavel::journal::paths::twin_path(&path);
    let mut t = Twin::new(real(), &twin);
    t.offer("# Minutes\n".into());
    t.flush().unwrap();
    assert!(owner_only(&twin), "twin");
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
    let opened = Journal::<Header, Event>::open(real(), &path).unwrap();
    assert!(owner_only(&opened.set_aside.unwrap().to), "set aside");
    let rescue = opened.journal.rescue("test").unwrap();
    assert!(owner_only(&rescue), "rescue copy");
}

// Unix inode numbers.
#[cfg(unix)]
#[test]
fn the_twin_is_replaced_whole_never_written_in_place() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let twin = dir.path().join("m.md");
    let mut t = Twin::new(real(), &twin);
    t.offer("first\n".into());
    t.flush().unwrap();
    let first = std::fs::metadata(&twin).unwrap().ino();
    // A reader holding the old file keeps reading the old text whole.
    let held = std::fs::File::open(&twin).unwrap();
    t.offer("second, longer\n".into());
    t.flush().unwrap();
    assert_ne!(std::fs::metadata(&twin).unwrap().ino(), first, "a new file was renamed into place");
    assert_eq!(std::io::read_to_string(held).unwrap(), "first\n");
    assert_eq!(std::fs::read_to_string(&twin).unwrap(), "second, longer\n");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["m.md"], "no temporary file left behind");
}

fn export(path: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("gavel")
        .unwrap()
        .env("LC_ALL", "C.UTF-8")
        .arg("export")
        .arg(path)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn export_of_an_open_journal() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = written(dir.path());
    let (code, md, err) = export(&path, &[]);
    assert_eq!((code, err.as_str()), (0, ""));
    let fingerprint = read_minutes(&path).unwrap().fingerprint;
    // In groups of four, for reading aloud (format 5).
    let grouped = gavel::words::fingerprint_groups(&fingerprint);
    assert!(md.contains(&grouped), "the document ends with the fingerprint");
    insta::assert_snapshot!(md);
    let (_, again, _) = export(&path, &[]);
    assert_eq!(md, again, "deterministic");
}

#[test]
fn export_of_a_closed_journal_as_markdown_and_json_to_a_file() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let header = header(busan());
    let mut s = script();
    s.push((common::at(50, 0), gavel::meeting::Action::Close));
    let (_, entries) = run_script(&header, &s);
    let mut j: MinutesJournal = Journal::create(real(), &path, &header).unwrap();
    j.append_entries(&entries);
    drop(j);
    let out = dir.path().join("minutes.md");
    let (code, stdout, _) = export(&path, &["-o", out.to_str().unwrap()]);
    assert_eq!((code, stdout.as_str()), (0, ""));
    insta::assert_snapshot!(std::fs::read_to_string(&out).unwrap());
    let (code, json, _) = export(&path, &["--format", "json"]);
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["state"], "closed");
}

#[test]
fn export_of_a_torn_journal_leaves_the_tail_out_and_says_so() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = written(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() - 20]).unwrap();
    let (code, md, err) = export(&path, &[]);
    assert_eq!(code, 0);
    assert!(!md.contains("with a pipe"), "the torn note is left out");
    assert!(
        err.contains("are an unfinished line (the program stopped while writing) and are left out"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), &bytes[..bytes.len() - 20], "export repairs nothing");
}

#[test]
fn export_of_bad_input_is_one_message() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = export(&dir.path().join("nope.jsonl"), &[]);
    assert_eq!(
        (code, err),
        (4, format!("{}: there is no such minutes file\n", dir.path().join("nope.jsonl").display()))
    );
    let (code, _, err) = export(Path::new("agenda.yaml"), &[]);
    assert_eq!(
        (code, err.as_str()),
        (
            3,
            "agenda.yaml: this is not a gavel minutes file: it reads as an agenda (YAML with sessions), and minutes are the .jsonl file a meeting on it writes\n"
        )
    );
    let (code, _, err) = export(dir.path(), &[]);
    assert_eq!((code, err), (4, format!("{}: is a folder, not a minutes file\n", dir.path().display())));
}

/// The doc's example of the file on disk is what the journal writes, byte for byte.
#[test]
fn the_documented_file_is_what_the_journal_writes() {
    let _turn = turn();
    let doc = std::fs::read_to_string("docs/journal-format.md").unwrap();
    let block = |after: &str, fence: &str| -> String {
        let from = doc.find(after).unwrap_or_else(|| panic!("{after}"));
        let start = doc[from..].find(fence).unwrap() + from + fence.len() + 1;
        let end = doc[start..].find("```").unwrap() + start;
        doc[start..end].to_owned()
    };
    let header: Header =
        serde_json::from_str(block("## The header: the first line", "```json").trim()).unwrap();
    let opened: Entry =
        serde_json::from_str("{\"at\":\"2025-01-15T09:00:05.250+09:00\",\"event\":{\"type\":\"opened\"}}")
            .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let mut j: MinutesJournal = Journal::create(real(), &path, &header).unwrap();
    j.append_entries(&[opened]);
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(block("## The file on disk", "```text"), written, "the doc shows:\n{written}");
}
