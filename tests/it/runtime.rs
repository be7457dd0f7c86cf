//! The one runtime, driven as the real loop drives it but on ratatui's `TestBackend` with a clock
//! the test sets: the chair's program on real minutes, a secretary's seat attached to it over
//! the real socket, replay playing. What is asserted is what the runtime promises: a happening
//! that changes nothing visible draws nothing, the clock's next second does; waiting events are
//! handled together with one sync; a signal stops the program with its minutes and draft kept;
//! the bell rings once on a crossing.

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use common::{at, busan};
use gavel::journal::fs::{Fs, RealFs};
use gavel::journal::read_minutes;
use gavel::journal::start::{Start, start};
use gavel::meeting::Event;
use gavel::share::protocol::Role;
use gavel::share::server::SeatNews;
use gavel::tui::chair::Chair;
use gavel::tui::keymap::Mode;
use gavel::tui::replay::Replay;
use gavel::tui::runtime::{Happening, ManualClock, Program, Runtime, Stop};
use gavel::tui::seat::{LinkNews, Seat};
use gavel::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const THEME: Theme = Theme { color: true };

fn key(code: KeyCode) -> Happening<SeatNews> {
    Happening::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn seat_key(code: KeyCode) -> Happening<LinkNews> {
    Happening::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn screen<N: Send + 'static>(runtime: &Runtime<TestBackend, ManualClock, N>) -> String {
    runtime.terminal().backend().to_string()
}

/// The chair on new minutes of the Busan meeting in `dir`, at `now`, on the disk `fs`.
fn chair_on(
    dir: &Path,
    now: DateTime<Utc>,
    fs: Arc<dyn Fs>,
) -> (Chair, Runtime<TestBackend, ManualClock, SeatNews>, PathBuf) {
    let agenda_path = Path::new("agenda.yaml");
    let (agenda, sha) = gavel::agenda::load_file_hashed(agenda_path).unwrap();
    let minutes = dir.join("m.jsonl");
    let how = Start::minutes_on_the_day(&agenda, agenda_path, &sha, &minutes);
    let started = start(Arc::clone(&fs), &how).unwrap();
    let chair = Chair::new(started, fs, THEME, now);
    let runtime = Runtime::new(Terminal::new(TestBackend::new(80, 24)).unwrap(), ManualClock::new(now));
    (chair, runtime, minutes)
}

/// The chair on new minutes of the Busan meeting in `dir`, at `now`.
fn chair(dir: &Path, now: DateTime<Utc>) -> (Chair, Runtime<TestBackend, ManualClock, SeatNews>, PathBuf) {
    chair_on(dir, now, Arc::new(RealFs))
}

fn events_on_disk(minutes: &Path) -> Vec<Event> {
    read_minutes(minutes).unwrap().entries.into_iter().map(|e| e.event).collect()
}

#[test]
fn only_a_visible_change_draws_and_the_clock_draws_each_second() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, _) = chair(dir.path(), at(-5, 0));
    rt.feed(&mut chair, Happening::Tick).unwrap();
    let first = rt.draws();
    assert_eq!(first, 1, "the first frame");
    // A key bound to nothing in this mode, and a tick within the same second: nothing to draw.
    rt.feed(&mut chair, key(KeyCode::Char('z'))).unwrap();
    rt.clock().set(at(-5, 0) + TimeDelta::milliseconds(400));
    rt.feed(&mut chair, Happening::Tick).unwrap();
    assert_eq!(rt.draws(), first);
    // The next second: the clocks on screen moved.
    let wake = chair.next_wake(at(-5, 0) + TimeDelta::milliseconds(400)).unwrap();
    assert_eq!(wake, at(-5, 1));
    rt.clock().set(wake);
    rt.feed(&mut chair, Happening::Tick).unwrap();
    assert_eq!(rt.draws(), first + 1);
    assert!(screen(&rt).contains("08:55:01"), "{}", screen(&rt));
    // A key that changes the screen draws at once.
    rt.feed(&mut chair, key(KeyCode::Char('?'))).unwrap();
    assert_eq!(rt.draws(), first + 2);
    assert!(screen(&rt).contains("Keys (Esc closes)"));
}

#[test]
fn keys_waiting_together_are_one_batch_one_frame_and_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, minutes) = chair(dir.path(), at(0, 0));
    rt.feed(&mut chair, Happening::Tick).unwrap();
    let before = rt.draws();
    let mut batch = vec![key(KeyCode::Char(' ')), key(KeyCode::Tab)];
    batch.extend("가덕도 보고".chars().map(|c| key(KeyCode::Char(c))));
    batch.push(key(KeyCode::Enter));
    batch.push(key(KeyCode::Esc));
    batch.push(key(KeyCode::Char('n')));
    rt.handle(&mut chair, batch).unwrap();
    assert_eq!(rt.draws(), before + 1, "one frame for the whole batch");
    let events = events_on_disk(&minutes);
    assert!(matches!(events[0], Event::Opened));
    assert!(matches!(&events[1], Event::NoteCommitted { text, .. } if &**text == "가덕도 보고"));
    assert!(matches!(events[2], Event::Moved { session: 0, topic: 1 }));
    assert_eq!(chair.journal().saved_events(), 3, "every event of the batch synced");
    let shown = screen(&rt);
    assert!(shown.contains("saved 09:00:00"), "{shown}");
}

#[test]
fn a_signal_stops_the_chair_with_the_draft_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, minutes) = chair(dir.path(), at(0, 0));
    rt.handle(&mut chair, vec![key(KeyCode::Char(' ')), key(KeyCode::Tab)]).unwrap();
    rt.handle(&mut chair, "반쯤 쓴 메모".chars().map(|c| key(KeyCode::Char(c))).collect()).unwrap();
    let response = rt.feed(&mut chair, Happening::Stop(Stop::HangUp)).unwrap();
    assert!(response.quit);
    let ended = chair.ended().unwrap();
    assert!(ended.signal && !ended.closed && ended.rescue.is_none());
    let draft: gavel::journal::draft::Draft =
        serde_json::from_slice(&std::fs::read(minutes.with_extension("draft.json")).unwrap()).unwrap();
    assert_eq!(draft.text, "반쯤 쓴 메모");
    assert_eq!(events_on_disk(&minutes).len(), 1, "the opening, nothing lost");
}

#[test]
fn the_bell_rings_once_when_the_session_crosses_into_warning() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, _) = chair(dir.path(), at(0, 0));
    rt.feed(&mut chair, key(KeyCode::Char(' '))).unwrap();
    assert_eq!(rt.bells(), 0);
    // Warning comes when the session's plan has its warning threshold left.
    let (plan, warning) = (busan().sessions[0].duration, busan().thresholds.warning);
    rt.clock().set(at(0, 0) + plan - warning - TimeDelta::seconds(1));
    rt.feed(&mut chair, Happening::Tick).unwrap();
    assert_eq!(rt.bells(), 0);
    rt.clock().set(at(0, 0) + plan - warning + TimeDelta::seconds(1));
    rt.feed(&mut chair, Happening::Tick).unwrap();
    assert_eq!(rt.bells(), 1);
    rt.clock().set(at(0, 0) + plan - warning + TimeDelta::minutes(1));
    rt.feed(&mut chair, Happening::Tick).unwrap();
    assert_eq!(rt.bells(), 1, "once");
}

/// Steps a runtime until `done` holds, a second of waiting at most each step, ten seconds in all.
fn step_until<P: Program>(
    rt: &mut Runtime<TestBackend, ManualClock, P::News>,
    program: &mut P,
    done: impl Fn(&P) -> bool,
) {
    for _ in 0..10 {
        if done(program) {
            return;
        }
        rt.step(program, Duration::from_secs(1)).unwrap();
    }
    assert!(done(program), "{}", rt.terminal().backend());
}

#[test]
fn a_secretary_seat_and_the_chair_on_one_socket() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut chair_rt, minutes) = chair(dir.path(), at(0, 0));
    chair.listen(chair_rt.waker(), at(0, 0));
    chair_rt.feed(&mut chair, key(KeyCode::Char(' '))).unwrap();

    let on_disk = read_minutes(&minutes).unwrap();
    let meeting = gavel::meeting::fold(&on_disk.header, &on_disk.entries);
    let mut seat = Seat::new(&minutes, meeting, 1, Role::Secretary, "secretary", THEME);
    let mut seat_rt: Runtime<TestBackend, ManualClock, LinkNews> =
        Runtime::new(Terminal::new(TestBackend::new(80, 24)).unwrap(), ManualClock::new(at(0, 5)));
    seat.attach(seat_rt.waker(), at(0, 5));
    // The seat connects as it settles, and the runner hears of it.
    seat_rt.feed(&mut seat, Happening::Tick).unwrap();
    chair_rt.step(&mut chair, Duration::from_secs(5)).unwrap();
    step_until(&mut seat_rt, &mut seat, |s| s.welcomes() == 1);
    assert!(screen(&seat_rt).contains("NOTE"), "the secretary types at once");

    let note: Vec<_> = "예산 증액 필요".chars().map(|c| seat_key(KeyCode::Char(c))).collect();
    seat_rt.handle(&mut seat, note).unwrap();
    seat_rt.feed(&mut seat, seat_key(KeyCode::Enter)).unwrap();
    assert!(screen(&seat_rt).contains("sending 예산 증액 필요"));
    // The runner journals it; the seat hears it back, saved.
    chair_rt.step(&mut chair, Duration::from_secs(5)).unwrap();
    assert!(
        events_on_disk(&minutes)
            .iter()
            .any(|e| matches!(e, Event::NoteCommitted { text, .. } if &**text == "예산 증액 필요"))
    );
    step_until(&mut seat_rt, &mut seat, |s| s.outbox_len() == 0);
    let shown = screen(&seat_rt);
    assert!(shown.contains("09:00 예산 증액 필요"), "{shown}");
    // Out of the editor the secretary's seat has the secretary's keys, not the chair's: a
    // chair's key does nothing there, and never reaches the runner.
    seat_rt.feed(&mut seat, seat_key(KeyCode::Esc)).unwrap();
    assert_eq!(seat.mode(), Mode::Secretary);
    let shown = screen(&seat_rt);
    let bottom = shown.lines().last().unwrap();
    assert!(
        bottom.contains("SECRETARY") && bottom.contains("Tab note") && !bottom.contains("close"),
        "{shown}"
    );
    seat_rt.feed(&mut seat, seat_key(KeyCode::Char('e'))).unwrap();
    seat_rt.feed(&mut seat, seat_key(KeyCode::PageDown)).unwrap();
    chair_rt.step(&mut chair, Duration::from_millis(50)).unwrap();
    assert_eq!(chair.meeting().state(), gavel::meeting::State::Running);
    assert_eq!(
        chair.meeting().position(),
        gavel::meeting::Position::new(0, 0),
        "PageDown on a seat moves nothing"
    );
}

#[test]
fn replay_plays_on_the_runtime_and_draws_as_its_clock_moves() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, minutes) = chair(dir.path(), at(0, 0));
    rt.feed(&mut chair, key(KeyCode::Char(' '))).unwrap();
    rt.clock().set(at(10, 0));
    rt.feed(&mut chair, key(KeyCode::Char('n'))).unwrap();
    drop(chair);

    let mut replay = Replay::open(&minutes).unwrap();
    let mut rt: Runtime<TestBackend, ManualClock, ()> =
        Runtime::new(Terminal::new(TestBackend::new(80, 24)).unwrap(), ManualClock::new(at(100, 0)));
    let replay_key = |code| Happening::Key(KeyEvent::new(code, KeyModifiers::NONE));
    // The notice that the meeting is not closed takes the first key.
    rt.feed(&mut replay, replay_key(KeyCode::Char('x'))).unwrap();
    assert!(replay.next_wake(at(100, 0)).is_none(), "nothing to wake for while paused");
    rt.feed(&mut replay, replay_key(KeyCode::Char('3'))).unwrap();
    assert!(replay.playing && replay.at == at(0, 0));
    let wake = replay.next_wake(at(100, 0)).unwrap();
    assert_eq!(wake, at(100, 0) + TimeDelta::milliseconds(100));
    let draws = rt.draws();
    rt.clock().set(at(100, 5));
    rt.feed(&mut replay, Happening::Tick).unwrap();
    assert_eq!(replay.at, at(5, 0), "five seconds at 60x");
    assert_eq!(rt.draws(), draws + 1);
    let response = rt.feed(&mut replay, replay_key(KeyCode::Char('q'))).unwrap();
    assert!(response.quit);
}

/// The chair on new minutes whose disk fails as the test says.
fn chair_on_faulty_disk(
    dir: &Path,
    now: DateTime<Utc>,
) -> (Chair, Runtime<TestBackend, ManualClock, SeatNews>, PathBuf, gavel::journal::faults::FaultyFs) {
    let faulty = gavel::journal::faults::FaultyFs::new();
    let (chair, runtime, minutes) = chair_on(dir, now, Arc::new(faulty.clone()));
    (chair, runtime, minutes, faulty)
}

const ENOSPC: i32 = 28;

#[test]
fn saved_is_said_only_when_every_waiting_event_is_on_disk() {
    use gavel::journal::faults::Op;
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, minutes, disk) = chair_on_faulty_disk(dir.path(), at(0, 0));
    rt.handle(&mut chair, vec![key(KeyCode::Char(' ')), key(KeyCode::Tab)]).unwrap();
    disk.fail_always(Op::Sync, ENOSPC);
    for (i, text) in ["첫 메모", "둘째 메모", "셋째 메모"].iter().enumerate() {
        rt.clock().set(at(1, i as i64));
        let mut keys: Vec<_> = text.chars().map(|c| key(KeyCode::Char(c))).collect();
        keys.push(key(KeyCode::Enter));
        rt.handle(&mut chair, keys).unwrap();
        let top = screen(&rt).lines().next().unwrap().to_owned();
        assert!(top.contains("NOT SAVED"), "{top}");
    }
    assert_eq!(chair.journal().unsaved(), 3);
    // The disk allows again: the next tick writes all three, and only then says saved.
    disk.heal();
    rt.clock().set(at(1, 10));
    rt.feed(&mut chair, Happening::Tick).unwrap();
    assert_eq!(chair.journal().unsaved(), 0);
    let top = screen(&rt).lines().next().unwrap().to_owned();
    assert!(top.contains("saved 09:01:10") && !top.contains("NOT"), "{top}");
    let texts: Vec<String> = events_on_disk(&minutes)
        .into_iter()
        .filter_map(|e| match e {
            Event::NoteCommitted { text, .. } => Some(text.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(texts, ["첫 메모", "둘째 메모", "셋째 메모"]);
}

#[test]
fn minutes_cut_short_under_the_chair_are_noticed_at_the_next_tick_and_written_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, minutes) = chair_on(dir.path(), at(0, 0), Arc::new(RealFs));
    let mut keys = vec![key(KeyCode::Char(' ')), key(KeyCode::Tab)];
    keys.extend("가덕도 보고".chars().map(|c| key(KeyCode::Char(c))));
    keys.push(key(KeyCode::Enter));
    rt.handle(&mut chair, keys).unwrap();
    let whole = std::fs::read(&minutes).unwrap();
    std::fs::OpenOptions::new().write(true).open(&minutes).unwrap().set_len(0).unwrap();
    rt.clock().set(at(0, 5));
    rt.feed(&mut chair, Happening::Tick).unwrap();
    let shown = screen(&rt);
    assert!(
        shown.contains("Minutes changed outside gavel: written again; theirs kept as .changed-1"),
        "{shown}"
    );
    assert!(shown.lines().next().unwrap().contains("saved 09:00:05"), "{shown}");
    assert_eq!(std::fs::read(&minutes).unwrap(), whole, "written again whole");
    assert_eq!(std::fs::read(dir.path().join("m.jsonl.changed-1")).unwrap(), b"", "kept as found");
}

#[test]
fn a_signal_while_not_saved_writes_the_rescue_copy_with_every_event_in_order() {
    use gavel::journal::faults::Op;
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, minutes, disk) = chair_on_faulty_disk(dir.path(), at(0, 0));
    rt.handle(&mut chair, vec![key(KeyCode::Char(' ')), key(KeyCode::Tab)]).unwrap();
    disk.fail_always(Op::Write, ENOSPC);
    let mut keys: Vec<_> = "디스크가 가득 찬 뒤의 메모".chars().map(|c| key(KeyCode::Char(c))).collect();
    keys.push(key(KeyCode::Enter));
    keys.push(key(KeyCode::Esc));
    keys.push(key(KeyCode::Char('n')));
    rt.handle(&mut chair, keys).unwrap();
    assert_eq!(chair.journal().unsaved(), 2);
    // The minutes' disk refuses the last try on the way out too; the rescue copy finds room.
    disk.heal();
    disk.fail_at(disk.count(), ENOSPC);
    let response = rt.feed(&mut chair, Happening::Stop(Stop::Terminate)).unwrap();
    assert!(response.quit);
    let ended = chair.ended().unwrap().clone();
    assert!(ended.signal);
    let rescue = ended.rescue.expect("a rescue copy").expect("written");
    let rescued: Vec<Event> = read_minutes(&rescue).unwrap().entries.into_iter().map(|e| e.event).collect();
    assert!(matches!(rescued[0], Event::Opened));
    assert!(
        matches!(&rescued[1], Event::NoteCommitted { text, .. } if &**text == "디스크가 가득 찬 뒤의 메모")
    );
    assert!(matches!(rescued[2], Event::Moved { session: 0, topic: 1 }));
    assert_eq!(rescued.len(), 3);
    assert_eq!(events_on_disk(&minutes).len(), 1, "the minutes hold what the disk took");
}

#[test]
fn a_signal_with_everything_saved_writes_no_rescue_copy() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, _) = chair(dir.path(), at(0, 0));
    rt.feed(&mut chair, key(KeyCode::Char(' '))).unwrap();
    rt.feed(&mut chair, Happening::Stop(Stop::Terminate)).unwrap();
    assert_eq!(chair.ended().unwrap().rescue, None);
}

/// A chair, and a secretary's seat named `name` attached to it and caught up.
type ChairRt = Runtime<TestBackend, ManualClock, SeatNews>;
type SeatRt = Runtime<TestBackend, ManualClock, LinkNews>;

fn chair_and_seat(dir: &Path, name: &str) -> (Chair, ChairRt, Seat, SeatRt, PathBuf) {
    let (mut chair, mut chair_rt, minutes) = chair(dir, at(0, 0));
    chair.listen(chair_rt.waker(), at(0, 0));
    chair_rt.feed(&mut chair, key(KeyCode::Char(' '))).unwrap();
    let on_disk = read_minutes(&minutes).unwrap();
    let meeting = gavel::meeting::fold(&on_disk.header, &on_disk.entries);
    let mut seat = Seat::new(&minutes, meeting, 1, Role::Secretary, name, THEME);
    let mut seat_rt: Runtime<TestBackend, ManualClock, LinkNews> =
        Runtime::new(Terminal::new(TestBackend::new(80, 24)).unwrap(), ManualClock::new(at(0, 5)));
    seat.attach(seat_rt.waker(), at(0, 5));
    seat_rt.feed(&mut seat, Happening::Tick).unwrap();
    chair_rt.step(&mut chair, Duration::from_secs(5)).unwrap();
    step_until(&mut seat_rt, &mut seat, |s| s.welcomes() == 1);
    (chair, chair_rt, seat, seat_rt, minutes)
}

fn type_on_seat(rt: &mut Runtime<TestBackend, ManualClock, LinkNews>, seat: &mut Seat, text: &str) {
    let mut keys: Vec<_> = text.chars().map(|c| seat_key(KeyCode::Char(c))).collect();
    keys.push(seat_key(KeyCode::Enter));
    rt.handle(seat, keys).unwrap();
}

#[test]
fn a_note_the_runner_refuses_leaves_the_outbox_and_comes_back_to_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut chair_rt, mut seat, mut seat_rt, _) = chair_and_seat(dir.path(), "secretary");
    type_on_seat(&mut seat_rt, &mut seat, "d:");
    assert_eq!(seat.outbox_len(), 1);
    chair_rt.step(&mut chair, Duration::from_secs(5)).unwrap();
    step_until(&mut seat_rt, &mut seat, |s| s.outbox_len() == 0);
    let shown = screen(&seat_rt);
    assert!(shown.contains("Note not saved: Write the decision after d:"), "{shown}");
    assert_eq!(seat.editor_text(), "d:", "the words come back to be finished");
}

#[test]
fn the_seats_draft_is_gone_from_the_disk_once_its_note_is_committed() {
    let dir = tempfile::tempdir().unwrap();
    let (_chair, _chair_rt, mut seat, mut seat_rt, minutes) = chair_and_seat(dir.path(), "minsu");
    let draft = minutes.with_extension("minsu.draft.json");
    let keys: Vec<_> = "반쯤".chars().map(|c| seat_key(KeyCode::Char(c))).collect();
    seat_rt.handle(&mut seat, keys).unwrap();
    assert!(draft.exists(), "the draft is kept beside the minutes under the seat's name");
    seat_rt.feed(&mut seat, seat_key(KeyCode::Enter)).unwrap();
    assert!(!draft.exists(), "committed: a seat killed now would not come back with it");
    assert!(minutes.with_extension("minsu.outbox.json").exists(), "the note is kept until saved");
}

#[test]
fn a_note_too_long_for_the_protocol_is_refused_at_the_seat_and_later_notes_land() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut chair_rt, mut seat, mut seat_rt, minutes) = chair_and_seat(dir.path(), "secretary");
    seat_rt.feed(&mut seat, Happening::Paste("가".repeat(100_000))).unwrap();
    seat_rt.feed(&mut seat, seat_key(KeyCode::Enter)).unwrap();
    assert!(screen(&seat_rt).contains("This note is too long to send from a seat"), "{}", screen(&seat_rt));
    assert_eq!(seat.outbox_len(), 0, "never sent, never in the outbox");
    // One word: Alt-Backspace takes it out of the editor.
    seat_rt.feed(&mut seat, Happening::Key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::ALT))).unwrap();
    assert_eq!(seat.editor_text(), "");
    type_on_seat(&mut seat_rt, &mut seat, "짧은 메모");
    chair_rt.step(&mut chair, Duration::from_secs(5)).unwrap();
    step_until(&mut seat_rt, &mut seat, |s| s.outbox_len() == 0);
    assert!(
        events_on_disk(&minutes)
            .iter()
            .any(|e| matches!(e, Event::NoteCommitted { text, .. } if &**text == "짧은 메모"))
    );
}

#[test]
fn two_live_seats_of_one_name_are_refused_and_the_second_stops_trying() {
    use gavel::share::client::{Attachment, Heard};
    let dir = tempfile::tempdir().unwrap();
    let (_chair, _chair_rt, _seat, _seat_rt, minutes) = chair_and_seat(dir.path(), "secretary");
    let (tx, rx) = std::sync::mpsc::channel();
    let socket = gavel::share::socket::socket_path(&minutes);
    let now = at(0, 0);
    let mut second = Attachment::new(
        &socket,
        Role::Secretary,
        Some("secretary"),
        move |n, heard| {
            let _ = tx.send((n, heard));
        },
        now,
    );
    assert!(second.connect_if_due(now), "the socket takes the connection");
    let (n, ending) = loop {
        match rx.recv_timeout(Duration::from_secs(10)).expect("the runner answers") {
            (_, Heard::Message(_)) => {}
            ending => break ending,
        }
    };
    assert!(matches!(&ending, Heard::TurnedAway(_)), "{ending:?}");
    assert_eq!(second.heard(n, ending, now), None);
    let lost = second.lost().unwrap_or_default().to_owned();
    assert!(
        lost.contains(
            "turned this seat away: a seat named secretary is already attached; attach with another name"
        ),
        "{lost}"
    );
    assert_eq!(second.next_try(), None, "no next try");
    assert!(!second.connect_if_due(now + TimeDelta::seconds(30)), "it does not try again");
}

/// A seat's note sent again after a restart lands on the topic it was written on, with the
/// seat's time beside the runner's.
#[test]
fn a_resent_note_lands_where_it_was_written() {
    use gavel::share::outbox::Outgoing;
    let header = common::header(busan());
    let mut meeting = gavel::meeting::fold(&header, &[]);
    meeting.apply(gavel::meeting::Action::Open, at(0, 0)).unwrap();
    let written = busan().timezone.at(at(1, 0));
    let out = Outgoing {
        id: "s-1".into(),
        text: "첫 안건에서 쓴 메모".into(),
        on: Some(gavel::meeting::Position::new(0, 0)),
        at: Some(written),
        event: None,
    };
    meeting.apply(gavel::meeting::Action::NextTopic, at(5, 0)).unwrap();
    let entries = meeting.apply(out.action(), at(9, 0)).unwrap().entries;
    assert_eq!(entries[0].at, busan().timezone.at(at(9, 0)), "the journal's time is the runner's");
    let note = meeting.note(&"s-1".into()).unwrap();
    assert_eq!((note.on, note.written_at), (Some(gavel::meeting::Position::new(0, 0)), Some(written)));
    let document = gavel::minutes::markdown(&meeting, None);
    assert!(document.contains("(written 09:01)"), "{document}");
}

/// The minutes can be saved while the note being typed is not: the top line says so, as loud
/// as NOT SAVED, until the draft can be kept again.
#[test]
fn a_draft_that_cannot_be_kept_is_said_on_the_top_line() {
    use gavel::journal::faults::Op;
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, _minutes, disk) = chair_on_faulty_disk(dir.path(), at(0, 0));
    rt.handle(&mut chair, vec![key(KeyCode::Char(' ')), key(KeyCode::Tab)]).unwrap();
    disk.fail_always(Op::Rename, ENOSPC);
    rt.clock().set(at(0, 5));
    rt.handle(&mut chair, "반쯤 쓴".chars().map(|c| key(KeyCode::Char(c))).collect()).unwrap();
    let top = screen(&rt).lines().next().unwrap().to_owned();
    assert!(top.contains("saved 09:00:00; the note being typed is not k"), "{top}");
    disk.heal();
    rt.clock().set(at(0, 10));
    rt.handle(&mut chair, vec![key(KeyCode::Char(' '))]).unwrap();
    let top = screen(&rt).lines().next().unwrap().to_owned();
    assert!(!top.contains("not k"), "kept again: {top}");
}

/// When the readable Markdown copy cannot be written, the top line says it is behind.
#[test]
fn a_readable_copy_that_cannot_be_written_is_said_on_the_top_line() {
    use gavel::journal::faults::Op;
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut rt, _minutes, disk) = chair_on_faulty_disk(dir.path(), at(0, 0));
    rt.handle(&mut chair, vec![key(KeyCode::Char(' '))]).unwrap();
    disk.fail_always(Op::Rename, ENOSPC);
    rt.clock().set(at(0, 5));
    rt.handle(&mut chair, vec![key(KeyCode::Char('n'))]).unwrap();
    assert!(chair.settle_twin().is_err(), "the copy could not be written");
    rt.clock().set(at(0, 6));
    rt.feed(&mut chair, Happening::Tick).unwrap();
    let top = screen(&rt).lines().next().unwrap().to_owned();
    assert!(top.contains("the readable copy is behind"), "{top}");
}

/// A seat whose folder refuses its files says that what it holds is not kept on disk.
#[test]
fn a_seat_whose_notes_cannot_be_kept_says_so() {
    let dir = crate::journal_faults::disk_dir();
    let (_chair, _chair_rt, mut seat, mut seat_rt, _minutes) = chair_and_seat(dir.path(), "secretary");
    let _guard = match crate::journal_faults::Immutable::set(dir.path()) {
        Ok(guard) => guard,
        Err(why) => {
            return crate::journal_faults::skipped(&format!("a seat's refused files are not tested: {why}"));
        }
    };
    type_on_seat(&mut seat_rt, &mut seat, "보관 안 되는 메모");
    let shown = screen(&seat_rt);
    assert!(shown.lines().next().unwrap().contains("this seat's notes are not kept on disk"), "{shown}");
}

/// When the runner closes the meeting and quits, a seat says the meeting is closed, not that
/// anything is unsaved; when a runner stops with the meeting open, the seat says so in plain
/// words, never an `os error`.
#[test]
fn a_seat_says_in_plain_words_that_the_meeting_closed_or_the_runner_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut chair_rt, mut seat, mut seat_rt, _) = chair_and_seat(dir.path(), "secretary");
    // The runner stops with the meeting open.
    drop(chair_rt.handle(&mut chair, vec![]));
    drop(chair);
    step_until(&mut seat_rt, &mut seat, |s| !s.connected());
    let shown = screen(&seat_rt);
    let top = shown.lines().next().unwrap();
    assert!(top.contains("NOT SAVED: the runner stopped"), "{shown}");
    seat_rt.clock().set(at(0, 10));
    seat_rt.feed(&mut seat, Happening::Tick).unwrap();
    let shown = screen(&seat_rt);
    assert!(shown.contains("the runner is not running"), "{shown}");
    assert!(!shown.contains("os error"), "{shown}");

    // Another meeting, closed by its chair, who then quits.
    let dir = tempfile::tempdir().unwrap();
    let (mut chair, mut chair_rt, mut seat, mut seat_rt, _) = chair_and_seat(dir.path(), "secretary");
    chair_rt.handle(&mut chair, vec![key(KeyCode::Char('e')), key(KeyCode::Char('y'))]).unwrap();
    step_until(&mut seat_rt, &mut seat, |s| s.meeting().state() == gavel::meeting::State::Closed);
    drop(chair);
    step_until(&mut seat_rt, &mut seat, |s| !s.connected());
    seat_rt.clock().set(at(0, 20));
    seat_rt.feed(&mut seat, Happening::Tick).unwrap();
    let shown = screen(&seat_rt);
    let top = shown.lines().next().unwrap();
    assert!(top.contains("CLOSED") && top.contains("the meeting is closed"), "{shown}");
    assert!(!shown.contains("NOT SAVED") && !shown.contains("os error"), "{shown}");
}

/// Before opening, `t` and a yes make a rehearsal the meeting itself, held today: the choice is
/// in the minutes, the screen ends so that they take the meeting's name, and they open again as
/// the meeting, postponed to today, with the agenda's hours.
#[test]
fn a_rehearsal_held_today_as_the_meeting_takes_the_meetings_name() {
    let dir = tempfile::tempdir().unwrap();
    let agenda_path = dir.path().join("agenda.yaml");
    std::fs::copy("agenda.yaml", &agenda_path).unwrap();
    let (agenda, sha) = gavel::agenda::load_file_hashed(&agenda_path).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
    let now: DateTime<Utc> = "2025-01-05T23:30:00Z".parse().unwrap(); // 08:30 in Busan
    let how = Start {
        agenda: &agenda,
        agenda_path: &agenda_path,
        agenda_sha256: &sha,
        minutes: None,
        fresh: false,
        today,
        rehearse: false,
    };
    let fs: Arc<dyn Fs> = Arc::new(RealFs);
    let started = start(Arc::clone(&fs), &how).unwrap();
    let rehearsal = started.journal.path().to_owned();
    assert!(rehearsal.ends_with("minutes/agenda-2024-12-23-rehearsal.jsonl"), "{}", rehearsal.display());
    let mut chair = Chair::new(started, Arc::clone(&fs), THEME, now);
    let mut rt: ChairRt =
        Runtime::new(Terminal::new(TestBackend::new(80, 24)).unwrap(), ManualClock::new(now));
    rt.handle(&mut chair, vec![]).unwrap();
    let bottom = screen(&rt).lines().last().unwrap().to_owned();
    assert!(
        bottom.contains("t real meeting today") && bottom.contains("q quit") && bottom.contains("? help"),
        "{bottom}"
    );
    rt.handle(&mut chair, vec![key(KeyCode::Char('t'))]).unwrap();
    assert!(screen(&rt).contains("Hold this as the meeting of Monday 23 December 2024,"), "{}", screen(&rt));
    let response = rt.handle(&mut chair, vec![key(KeyCode::Char('y'))]).unwrap();
    assert!(response.quit);
    let ended = chair.ended().unwrap().clone();
    assert!(ended.held_as_meeting && ended.rescue.is_none());
    assert!(matches!(events_on_disk(&rehearsal).last(), Some(Event::HeldAsMeeting { on }) if *on == today));
    // The screen is gone (and its hold on the minutes) before they move, as in `gavel run`.
    drop(chair);
    let moved = gavel::journal::start::take_meetings_name(&rehearsal, &agenda_path, &agenda).unwrap();
    assert!(moved.ends_with("minutes/agenda-2024-12-23.jsonl"));
    assert!(!rehearsal.exists());
    let again = start(Arc::clone(&fs), &Start { minutes: Some(&moved), ..how }).unwrap();
    assert_eq!(again.meeting.held(), gavel::meeting::Held::Postponed { on: today });
    assert_eq!(
        again.meeting.planned_start().to_utc(),
        "2025-01-06T00:00:00Z".parse::<DateTime<Utc>>().unwrap()
    );
    // Run again that day by the agenda alone, gavel finds the meeting, not a new rehearsal.
    drop(again);
    let by_agenda = start(Arc::clone(&fs), &how).unwrap();
    assert_eq!(by_agenda.journal.path(), moved);
}
