//! Second seats end to end (issue 8): a runner and attached seats (the secretary, a second chair,
//! the room display), each the real binary in a pseudo-terminal of its own. A note typed at the
//! secretary's seat reaches the runner's screen and the minutes; the room follows the chair;
//! the runner is killed with SIGKILL and started again, and the seats reconnect by themselves
//! with the note committed meanwhile landing once.

use crate::e2e_support;
use crate::pty;

use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use e2e_support::{at_topic, entries, header, hints, note_texts, open, quit, saved_note, step};
use gavel::meeting::{Action, Event, NoteId};
use gavel::share::client::{Heard, Link};
use gavel::share::protocol::{Role, ToSeat};
use gavel::share::socket::socket_path;
use pty::{Pty, keys, meeting_dir, minutes_path, row};

/// How long a seat may take to notice the runner back: it tries every second.
const RECONNECT: Duration = Duration::from_secs(10);

fn attach(dir: &std::path::Path, role: &str) -> Pty {
    Pty::spawn(dir, &["attach", "--as", role])
}

/// The room display's top line: title, connection or meeting state, clock.
fn room_status(screen: &vt100::Screen) -> String {
    row(screen, 0)
}

/// Whether a seat's header says it is connected and everything is saved.
fn connected(screen: &vt100::Screen) -> bool {
    header(screen).contains("RUNNING  saved")
}

/// The next message from the runner that `pick` wants, within the deadline.
fn hear<T>(heard: &Receiver<Heard>, what: &str, pick: impl Fn(&ToSeat) -> Option<T>) -> T {
    let until = Instant::now() + RECONNECT;
    loop {
        let left = until.saturating_duration_since(Instant::now());
        match heard.recv_timeout(left) {
            Ok(Heard::Message(m)) => {
                if let Some(v) = pick(&m) {
                    return v;
                }
            }
            Ok(Heard::Lost(why) | Heard::TurnedAway(why)) => {
                panic!("waiting for {what}: the link was lost: {why}")
            }
            Err(e) => panic!("waiting for {what}: {e}"),
        }
    }
}

#[test]
fn seats_share_the_meeting_and_reconnect_to_a_restarted_runner_with_their_notes_kept_once() {
    let dir = meeting_dir();
    let mut runner = Pty::spawn(dir.path(), &[]);
    open(&runner);

    let mut secretary = Pty::spawn(dir.path(), &["attach"]);
    let mut room = attach(dir.path(), "room");
    let mut chair = attach(dir.path(), "chair");
    let ready = secretary.wait_for("the secretary's seat connected, in the editor", |s| {
        connected(s) && hints(s).starts_with(" NOTE") && at_topic(s, 1, 1, 8)
    });
    assert!(!ready.hide_cursor(), "the real cursor in the editor\n{}", pty::show(&ready));
    chair.wait_for("the chair's seat connected", |s| connected(s) && hints(s).starts_with(" CHAIR"));
    room.wait_for("the room display connected", |s| {
        room_status(s).contains(" RUNNING ")
            && s.contents().contains("Session 1 of 5:")
            && s.contents().contains("Topic 1: early commencement")
    });

    // A note typed at the secretary's seat: saved there only once the runner has it on disk,
    // on the runner's screen and the second chair's, in the minutes once, with the seat's id.
    let note = "비서석 메모: 가덕도신공항 보고";
    secretary.send(note);
    secretary.wait_for("the note typed", |s| s.contents().contains(note));
    step(&secretary, keys::ENTER, "the seat's note saved", |s| saved_note(s, note).is_some());
    runner.wait_for("the note on the runner's screen", |s| saved_note(s, note).is_some());
    chair.wait_for("the note on the chair's seat", |s| saved_note(s, note).is_some());
    let journaled: Vec<_> = entries(dir.path())
        .into_iter()
        .filter_map(|e| match e.event {
            Event::NoteCommitted { id, text, .. } if &*text == note => Some(id),
            _ => None,
        })
        .collect();
    assert_eq!(journaled.len(), 1, "{journaled:?}");
    assert!(journaled[0].as_str().starts_with("s-"), "the secretary's seat chose its id: {journaled:?}");

    // The room follows the chair: the runner's n, then ] at the second chair's seat.
    step(&runner, "n", "topic 2 on the runner", |s| at_topic(s, 1, 2, 8));
    room.wait_for("topic 2 in the room", |s| {
        s.contents().contains("Topic 2: development of Northern") && s.contents().contains("Next: 1.3 ")
    });
    step(&chair, "]", "session 2 at the chair's seat", |s| at_topic(s, 2, 1, 11));
    runner.wait_for("session 2 on the runner", |s| at_topic(s, 2, 1, 11));
    room.wait_for("session 2 in the room", |s| {
        s.contents().contains("Session 2 of 5:") && s.contents().contains("Topic 1: economic recovery")
    });
    secretary.wait_for("session 2 at the secretary's seat", |s| at_topic(s, 2, 1, 11));

    // The runner dies. Every seat says so; a note committed meanwhile waits, unsent.
    let status = runner.kill();
    assert_eq!(status.signal(), Some("Killed"), "{status}");
    let gone = secretary.wait_for("the secretary told", |s| header(s).contains("NOT SAVED: "));
    assert!(at_topic(&gone, 2, 1, 11), "the meeting still shown\n{}", pty::show(&gone));
    room.wait_for("the room told", |s| room_status(s).contains("RUNNER GONE"));
    chair.wait_for("the chair's seat told", |s| header(s).contains("NOT SAVED: "));
    // What cannot wait for the runner is not done, and the seat says so.
    step(&chair, "n", "the chair's key refused", |s| {
        hints(s).contains("Not done: the runner is not reachable") && at_topic(s, 2, 1, 11)
    });
    let pending = "끊긴 동안 쓴 메모 while down";
    secretary.send(pending);
    secretary.wait_for("the pending note typed", |s| s.contents().contains(pending));
    step(&secretary, keys::ENTER, "the note kept, unsent", |s| {
        s.contents().contains(&format!("UNSENT {pending}"))
    });
    assert!(!note_texts(dir.path()).iter().any(|t| t == pending), "not in the minutes yet");

    // The runner is back: the seats reconnect by themselves, the note lands once.
    let mut runner = Pty::spawn(dir.path(), &[]);
    runner.wait_for("the runner resumed", |s| header(s).contains("RUNNING") && at_topic(s, 2, 1, 11));
    secretary.wait_until("the pending note saved", RECONNECT, |s| {
        connected(s) && saved_note(s, pending).is_some() && !s.contents().contains("UNSENT")
    });
    runner.wait_for("the pending note on the runner's screen", |s| saved_note(s, pending).is_some());
    room.wait_until("the room back", RECONNECT, |s| {
        room_status(s).contains(" RUNNING ") && s.contents().contains("Session 2 of 5:")
    });
    chair
        .wait_until("the chair's seat back", RECONNECT, |s| connected(s) && saved_note(s, pending).is_some());
    assert_eq!(note_texts(dir.path()), [note, pending], "each note once, in order");

    // The same note sent again (as a seat does after a break) is kept once.
    let pending_id = entries(dir.path())
        .into_iter()
        .find_map(|e| match e.event {
            Event::NoteCommitted { id, text, .. } if &*text == pending => Some(id),
            _ => None,
        })
        .expect("the pending note's id");
    let (tx, heard) = channel();
    let mut link = Link::connect(&socket_path(&minutes_path(dir.path())), Role::Secretary, move |h| {
        let _ = tx.send(h);
    })
    .expect("a library seat connects");
    hear(&heard, "the welcome", |m| matches!(m, ToSeat::Welcome { .. }).then_some(()));
    link.act(Action::CommitNote { id: pending_id.clone(), text: pending.into() }).expect("sent");
    link.act(Action::CommitNote { id: NoteId::from("probe-1"), text: "probe".into() }).expect("sent");
    // The runner takes a seat's requests in order: once the probe is back, the repeat was seen.
    hear(&heard, "the probe journaled", |m| match m {
        ToSeat::Entries { entries, .. } => entries
            .iter()
            .any(|e| matches!(&e.event, Event::NoteCommitted { id, .. } if id.as_str() == "probe-1"))
            .then_some(()),
        ToSeat::Refused { reason, .. } => panic!("refused: {reason}"),
        _ => None,
    });
    assert_eq!(note_texts(dir.path()), [note, pending, "probe"]);
    drop(link);

    // Everyone leaves cleanly.
    step(&secretary, keys::ESC, "the secretary's own keys", |s| hints(s).starts_with(" SECRETARY"));
    quit(&mut secretary);
    quit(&mut chair);
    room.send("q");
    assert!(room.wait_exit().success(), "{}", pty::show(&room.screen()));
    quit(&mut runner);
}

/// A secretary's seat that dies itself loses no note and at most two seconds of typing: a note
/// committed while the runner was away, and the draft, are kept beside the minutes and come
/// back with the seat; the note lands once.
#[test]
fn a_killed_secretary_seat_keeps_its_unsent_note_and_its_draft() {
    let dir = meeting_dir();
    let mut runner = Pty::spawn(dir.path(), &[]);
    open(&runner);
    let mut secretary = attach(dir.path(), "secretary");
    secretary.wait_for("the secretary connected", connected);
    // The runner goes; the secretary commits a note it cannot send, and types on.
    let _ = runner.kill();
    secretary.wait_for("the runner gone", |s| header(s).contains("NOT SAVED"));
    secretary.send("d: 보류된 결정");
    secretary.send(keys::ENTER);
    secretary.wait_for("the note unsent", |s| s.contents().contains("UNSENT"));
    secretary.send("쓰던 초안");
    let outbox = dir.path().join("minutes/agenda-2024-12-23-rehearsal.secretary.outbox.json");
    let draft = dir.path().join("minutes/agenda-2024-12-23-rehearsal.secretary.draft.json");
    e2e_support::wait_file("the outbox and the draft on disk", Duration::from_secs(6), || {
        let o = std::fs::read_to_string(&outbox).ok()?;
        let d = std::fs::read_to_string(&draft).ok()?;
        (o.contains("보류된 결정") && d.contains("쓰던 초안")).then_some(())
    });
    let _ = secretary.kill();
    // Both come back.
    let mut runner = Pty::spawn(dir.path(), &[]);
    runner.wait_for("the runner again", |s| header(s).contains("RUNNING"));
    let mut secretary = attach(dir.path(), "secretary");
    let screen = secretary.wait_for("the note saved and the draft back", |s| {
        connected(s) && saved_note(s, "Decision: 보류된 결정").is_some() && s.contents().contains("쓰던 초안")
    });
    assert!(!screen.contents().contains("UNSENT"), "{}", pty::show(&screen));
    let texts = note_texts(dir.path());
    assert_eq!(texts.iter().filter(|t| t.contains("보류된 결정")).count(), 1, "{texts:?}");
    // Ctrl-C asks first: the draft is not committed.
    secretary.send("\x03");
    secretary.wait_for("the seat's question", |s| s.contents().contains("Quit anyway?"));
    secretary.send("y");
    let _ = secretary.wait_exit();
    quit(&mut runner);
}
