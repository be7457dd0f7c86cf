//! Replay end to end (issue 7): `gavel replay` in a pseudo-terminal on a recorded journal: step,
//! jump by topic and session, play at 60x until a session boundary shows, seek to a clock time,
//! read the summary; on minutes still being run by another gavel; on a torn tail. Replay never
//! writes: the minutes are byte for byte the same afterwards.

use crate::common;
use crate::e2e_support;
use crate::pty;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use common::{at, busan, header, note, run_script};
use e2e_support::{at_topic, editor_lines, header as top, hints, open, quit, saved_note, step};
use gavel::journal::fs::RealFs;
use gavel::journal::{Journal, MinutesJournal, SaveState};
use gavel::meeting::Action;
use pty::{Launch, Pty, keys, minutes_path};

const HOME: &str = "\x1b[H";
const END: &str = "\x1b[F";

/// A short Busan meeting recorded through the library, at exact instants (09:00 is the planned
/// start): a note, a decision and an action item, three sessions, closed at 09:06.
fn recorded(dir: &Path) -> PathBuf {
    let path = minutes_path(dir);
    let header = header(busan());
    let script = vec![
        (at(0, 0), Action::Open),
        (at(0, 30), note("n1", "회의 시작: 출석 확인")),
        (at(1, 0), Action::NextTopic),
        (at(1, 30), note("n2", "d: 북부산 개발 계획 승인")),
        (at(2, 0), Action::NextTopic),
        (at(3, 0), Action::NextSession),
        (at(3, 30), note("n3", "a: @김민지 예산안 검토 due:2025-01-15")),
        (at(4, 0), Action::NextTopic),
        (at(5, 0), Action::NextSession),
        (at(6, 0), Action::Close),
    ];
    let (_, entries) = run_script(&header, &script);
    let mut journal: MinutesJournal = Journal::create(Arc::new(RealFs), &path, &header).expect("created");
    assert_eq!(journal.append_entries(&entries), &SaveState::Saved);
    path
}

/// The timeline, the replay's bottom line.
fn timeline(screen: &vt100::Screen) -> String {
    hints(screen)
}

/// Whether the replay's clock reads `clock` (HH:MM:SS).
fn clock(screen: &vt100::Screen, clock: &str) -> bool {
    timeline(screen).starts_with(&format!(" REPLAY  {clock} "))
}

/// The replay's clock as seconds since 09:00.
fn clock_seconds(screen: &vt100::Screen) -> Option<i64> {
    let line = timeline(screen);
    let reading =
        line.strip_prefix(" REPLAY")?.split_whitespace().find(|w| w.len() == 8 && w.contains(':'))?;
    let parts: Vec<i64> = reading.split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    Some((parts[0] - 9) * 3600 + parts[1] * 60 + parts[2])
}

fn replay(dir: &Path) -> Pty {
    Launch::new(dir).args(&["replay", "minutes/agenda-2024-12-23-rehearsal.jsonl"]).spawn()
}

/// Stepping, jumping, playing at 60x, seeking to 09:01, the summary with its decisions and
/// action items, the help; then q, and the minutes are untouched.
#[test]
fn a_recorded_meeting_is_stepped_jumped_played_seeked_and_summarised() {
    let dir = pty::meeting_dir();
    let path = recorded(dir.path());
    let before = std::fs::read(&path).expect("the minutes");
    let mut replay = replay(dir.path());

    // A closed meeting opens on its summary, at its end.
    let first = replay.wait_for("the summary at the end", |s| {
        s.contents().contains("The meeting is closed: where the time went") && clock(s, "09:06:00")
    });
    assert!(top(&first).contains("CLOSED"), "{}", pty::show(&first));

    // Home: the start, still on the summary (so far); s: the screen as it was.
    step(&replay, HOME, "the summary at the start", |s| {
        s.contents().contains("Where the time went so far") && clock(s, "09:00:00")
    });
    step(&replay, "s", "the screen before opening", |s| {
        top(s).contains("NOT OPENED") && s.contents().contains("(not opened yet)")
    });

    // Step by step.
    step(&replay, keys::RIGHT, "opened", |s| {
        top(s).contains("RUNNING") && at_topic(s, 1, 1, 8) && clock(s, "09:00:00")
    });
    let noted = step(&replay, keys::RIGHT, "the first note", |s| {
        saved_note(s, "회의 시작: 출석 확인").is_some() && clock(s, "09:00:30")
    });
    assert_eq!(saved_note(&noted, "회의 시작: 출석 확인").as_deref(), Some("09:00 회의 시작: 출석 확인"));
    assert!(editor_lines(&noted).is_empty(), "replay offers no editor\n{}", pty::show(&noted));

    // By topic and by session.
    step(&replay, "n", "topic 2", |s| at_topic(s, 1, 2, 8) && clock(s, "09:01:00"));
    step(&replay, "]", "session 2", |s| at_topic(s, 2, 1, 11) && clock(s, "09:03:00"));
    step(&replay, keys::LEFT, "one event back", |s| at_topic(s, 1, 3, 8) && clock(s, "09:02:00"));
    step(&replay, "]", "session 2 again", |s| at_topic(s, 2, 1, 11) && clock(s, "09:03:00"));
    step(&replay, "]", "session 3", |s| s.contents().contains("Session 3 of 5:") && clock(s, "09:05:00"));
    step(&replay, "[", "back to where session 2 began", |s| at_topic(s, 2, 1, 11) && clock(s, "09:03:00"));
    step(&replay, "p", "the change of topic before", |s| at_topic(s, 1, 3, 8) && clock(s, "09:02:00"));

    // Play from the start at 60x: a minute of the meeting a second, so session 2 (at 09:03)
    // shows within a few seconds; then pause.
    step(&replay, HOME, "the start", |s| top(s).contains("NOT OPENED") && clock(s, "09:00:00"));
    step(&replay, "3", "playing at 60x", |s| timeline(s).starts_with(" REPLAY 60x "));
    let boundary = replay.wait_until("the session boundary while playing", Duration::from_secs(15), |s| {
        s.contents().contains("Session 2 of 5:")
    });
    assert!(timeline(&boundary).starts_with(" REPLAY 60x "), "{}", pty::show(&boundary));
    assert!(clock_seconds(&boundary) >= Some(180), "{}", pty::show(&boundary));
    let paused = step(&replay, " ", "paused", |s| timeline(s).starts_with(" REPLAY  "));
    let stopped_at = clock_seconds(&paused).expect("the clock");
    assert!((180..=360).contains(&stopped_at), "{}", pty::show(&paused));

    // Seek to a clock time: 09:01 is topic 2 of session 1, before the decision.
    step(&replay, "t", "the seek prompt", |s| s.contents().contains("Go to a clock time"));
    replay.send("09:01");
    replay.wait_text("Time (HH:MM): 09:01_");
    let sought = step(&replay, keys::ENTER, "09:01", |s| {
        at_topic(s, 1, 2, 8) && clock(s, "09:01:00") && !s.contents().contains("Go to a clock time")
    });
    assert!(sought.contents().contains("No notes on this topic yet."), "{}", pty::show(&sought));
    step(&replay, keys::RIGHT, "the decision taken", |s| {
        saved_note(s, "Decision: 북부산 개발 계획 승인").is_some() && clock(s, "09:01:30")
    });

    // The summary at the end: scrolled down to the decisions and the action items.
    step(&replay, END, "the end", |s| s.contents().contains("The meeting is closed") && clock(s, "09:06:00"));
    replay.send(&"j".repeat(80));
    let summary = replay.wait_for("the decisions and action items", |s| {
        let text = s.contents();
        text.contains("Decisions") && text.contains("Action items") && text.contains("예산안 검토")
    });
    let text = summary.contents();
    let decision = pty::find_row(&summary, "북부산 개발 계획 승인").map(|(_, r)| r);
    assert!(
        decision.as_deref().is_some_and(|r| r.starts_with("09:01    1.2  북부산 개발 계획 승인")),
        "{decision:?}\n{}",
        pty::show(&summary)
    );
    let action = pty::find_row(&summary, "예산안 검토").map(|(_, r)| r);
    assert!(
        action
            .as_deref()
            .is_some_and(|r| r.contains("@김민지") && r.contains("2025-01-15") && r.contains("2.1")),
        "{action:?}\n{text}"
    );

    step(&replay, "?", "the help", |s| s.contents().contains("Replay keys"));
    step(&replay, keys::ESC, "the help closed", |s| !s.contents().contains("Replay keys"));
    replay.send("q");
    let status = replay.wait_exit();
    assert!(status.success(), "{status}\n{}", pty::show(&replay.screen()));
    assert!(!replay.screen().alternate_screen(), "the terminal given back");
    assert_eq!(std::fs::read(&path).expect("the minutes"), before, "replay never writes");
}

/// Minutes still being written by a gavel in another terminal: replay opens them (no lock
/// needed), says the meeting is not closed, shows what is saved so far; the runner goes on.
#[test]
fn a_meeting_still_running_elsewhere_opens_and_says_it_is_not_closed() {
    let dir = pty::meeting_dir();
    let mut runner = Pty::spawn(dir.path(), &[]);
    open(&runner);
    step(&runner, "n", "topic 2", |s| at_topic(s, 1, 2, 8));
    step(&runner, keys::TAB, "the editor", |s| s.contents().contains("Note: Enter saves"));
    runner.send("진행 중인 회의 메모");
    step(&runner, keys::ENTER, "the note saved", |s| saved_note(s, "진행 중인 회의 메모").is_some());

    let mut replay = replay(dir.path());
    let told = replay.wait_text("This meeting is not closed");
    assert!(told.contents().contains("Note (any key)"), "{}", pty::show(&told));
    let shown =
        step(&replay, END, "the note box gone", |s| !s.contents().contains("This meeting is not closed"));
    assert!(top(&shown).contains("RUNNING") && at_topic(&shown, 1, 2, 8), "{}", pty::show(&shown));
    assert!(saved_note(&shown, "진행 중인 회의 메모").is_some(), "{}", pty::show(&shown));
    assert!(timeline(&shown).starts_with(" REPLAY "), "{}", pty::show(&shown));
    replay.send("q");
    assert!(replay.wait_exit().success());

    // The runner never noticed.
    let moved = step(&runner, keys::ESC, "the chair's keys", |s| hints(s).starts_with(" CHAIR"));
    assert!(top(&moved).contains("saved "), "{}", pty::show(&moved));
    step(&runner, "n", "topic 3", |s| at_topic(s, 1, 3, 8));
    quit(&mut runner);
}

/// A journal whose last line was cut off by a crash: replay says so, shows the rest, and leaves
/// the file as it is (the repair is the runner's job).
#[test]
fn a_torn_tail_is_told_and_left_alone() {
    let dir = pty::meeting_dir();
    let path = recorded(dir.path());
    let mut bytes = std::fs::read(&path).expect("the minutes");
    let tail = b"{\"seq\":11,\"at\":\"2024-12-23T09:0";
    bytes.extend_from_slice(tail);
    std::fs::write(&path, &bytes).expect("torn");
    let mut replay = replay(dir.path());
    let told = replay
        .wait_text(&format!("The minutes end in an unfinished line ({} bytes), left out here.", tail.len()));
    assert!(
        top(&told).contains("CLOSED") && told.contents().contains("2.1 x economic recovery"),
        "what is there shows\n{}",
        pty::show(&told)
    );
    // Any key clears the note (End: at the end already, it changes nothing else).
    replay.send(END);
    let cleared = replay.wait_for("the note cleared", |s| !s.contents().contains("unfinished line"));
    assert!(cleared.contents().contains("The meeting is closed"), "{}", pty::show(&cleared));
    replay.send("q");
    assert!(replay.wait_exit().success());
    assert_eq!(std::fs::read(&path).expect("the minutes"), bytes);
}
