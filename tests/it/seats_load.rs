//! The runner's socket under load (issue 8): one real runner in a pseudo-terminal, 20 seats as
//! library links on its loopback Unix socket, each sending 50 notes a second for 10 seconds
//! (1,000 notes a second in all, 10,000 notes, each with an id of its own). Then every note is in
//! the minutes exactly once, each seat's notes in the order it sent them, every seat heard the
//! same entries in the same order as the journal holds them, and every seat's fold of what it
//! heard is the journal's fold.

use crate::e2e_support;
use crate::pty;

use std::collections::HashMap;
use std::sync::{Arc, Barrier, Condvar, Mutex};
use std::time::{Duration, Instant};

use e2e_support::{header, open, quit};
use gavel::journal::read_minutes;
use gavel::meeting::{Action, Entry, Event, Header, NoteId, fold};
use gavel::share::client::{Heard, Link};
use gavel::share::protocol::{Role, ToSeat};
use gavel::share::socket::socket_path;
use pty::{Pty, meeting_dir, minutes_path};

const SEATS: usize = 20;
const PER_SECOND: u32 = 50;
const SECONDS: u32 = 10;
const PER_SEAT: usize = (PER_SECOND * SECONDS) as usize;
const NOTES: usize = SEATS * PER_SEAT;
/// How long after the last note was sent the runner may take to have journaled them all.
const CATCH_UP: Duration = Duration::from_secs(15);

/// What one seat heard from the runner.
#[derive(Default)]
struct Seen {
    header: Option<Header>,
    entries: Vec<Entry>,
    notes: usize,
    saved: u64,
    refused: Vec<String>,
    lost: Option<String>,
}

type Ear = Arc<(Mutex<Seen>, Condvar)>;

fn listen(ear: &Ear, heard: Heard) {
    let (seen, changed) = &**ear;
    let mut seen = seen.lock().unwrap();
    match heard {
        Heard::Message(ToSeat::Welcome { header, entries, saved, .. }) => {
            seen.notes = count_notes(&entries);
            seen.header = Some(*header);
            seen.entries = entries;
            seen.saved = saved;
        }
        Heard::Message(ToSeat::Entries { entries, saved, .. }) => {
            seen.notes += count_notes(&entries);
            seen.entries.extend(entries);
            seen.saved = saved;
        }
        Heard::Message(ToSeat::Saved { saved, .. }) => seen.saved = saved,
        Heard::Message(ToSeat::Refused { reason, .. }) => seen.refused.push(reason),
        Heard::Message(ToSeat::Goodbye { reason, .. }) => seen.lost = Some(reason),
        Heard::Lost(reason) | Heard::TurnedAway(reason) => seen.lost = Some(reason),
    }
    changed.notify_all();
}

fn count_notes(entries: &[Entry]) -> usize {
    entries.iter().filter(|e| matches!(e.event, Event::NoteCommitted { .. })).count()
}

/// Waits until `ready` holds for what the seat heard, or fails after `deadline`.
fn wait(ear: &Ear, what: &str, deadline: Instant, ready: impl Fn(&Seen) -> bool) {
    let (seen, changed) = &**ear;
    let mut seen = seen.lock().unwrap();
    while !ready(&seen) {
        let now = Instant::now();
        assert!(
            now < deadline,
            "waiting for {what}: {} notes heard, saved {}, {} entries, lost {:?}, refused {:?}",
            seen.notes,
            seen.saved,
            seen.entries.len(),
            seen.lost,
            seen.refused.first()
        );
        seen = changed.wait_timeout(seen, deadline - now).unwrap().0;
    }
}

fn note_id(seat: usize, i: usize) -> NoteId {
    NoteId(format!("load-{seat:02}-{i:03}"))
}

#[test]
fn twenty_seats_send_a_thousand_notes_a_second_for_ten_seconds_and_all_agree_with_the_journal() {
    let began = Instant::now();
    let dir = meeting_dir();
    let mut runner = Pty::spawn(dir.path(), &[]);
    open(&runner);
    let socket = socket_path(&minutes_path(dir.path()));

    let ears: Vec<Ear> = (0..SEATS).map(|_| Ear::default()).collect();
    let links: Vec<Link> = ears
        .iter()
        .map(|ear| {
            let ear = Arc::clone(ear);
            Link::connect(&socket, Role::Secretary, move |heard| listen(&ear, heard))
                .expect("a seat connects")
        })
        .collect();
    let welcomed = Instant::now() + Duration::from_secs(10);
    for ear in &ears {
        wait(ear, "the welcome", welcomed, |h| h.header.is_some());
    }

    // Every seat starts at once and keeps its own pace: note i goes at i/50 s, the seats spread
    // over the first millisecond of each slot.
    let start = Arc::new(Barrier::new(SEATS));
    let senders: Vec<_> = links
        .into_iter()
        .enumerate()
        .map(|(seat, mut link)| {
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                start.wait();
                let t0 = Instant::now();
                let slot = Duration::from_secs(1) / PER_SECOND;
                for i in 0..PER_SEAT {
                    let due = t0 + slot * i as u32 + Duration::from_micros(50 * seat as u64);
                    if let Some(left) = due.checked_duration_since(Instant::now()) {
                        std::thread::sleep(left);
                    }
                    let text = format!("seat {seat} note {i}: 부하 시험");
                    link.act(Action::CommitNote { id: note_id(seat, i), text }).expect("the note sent");
                }
                (link, t0.elapsed())
            })
        })
        .collect();
    let mut links = Vec::new();
    for sender in senders {
        // How long sending took is a figure, not a verdict: speed belongs in the benches.
        let (link, took) = sender.join().expect("a sender");
        eprintln!("a seat sent its notes in {took:?}");
        links.push(link);
    }
    let sent = Instant::now();

    // Every seat hears every note, and that all of it is on disk.
    let deadline = sent + CATCH_UP;
    for (seat, ear) in ears.iter().enumerate() {
        wait(ear, &format!("seat {seat} to hear all {NOTES} notes saved"), deadline, |h| {
            h.notes == NOTES && h.saved == h.entries.len() as u64
        });
    }
    let caught_up = sent.elapsed();

    let minutes = read_minutes(&minutes_path(dir.path())).expect("the minutes");
    let journal_ids: Vec<&NoteId> = minutes
        .entries
        .iter()
        .filter_map(|e| match &e.event {
            Event::NoteCommitted { id, .. } => Some(id),
            _ => None,
        })
        .collect();
    assert_eq!(journal_ids.len(), NOTES, "every note journaled, none twice");
    let mut next: HashMap<String, usize> = HashMap::new();
    for id in &journal_ids {
        // Each seat's notes in the order it sent them, each exactly once.
        let seat = id.as_str()[5..7].to_owned();
        let i = next.entry(seat.clone()).or_default();
        assert_eq!(id.as_str(), format!("load-{seat}-{:03}", *i), "seat {seat}'s notes in order, once");
        *i += 1;
    }
    assert_eq!(next.len(), SEATS);
    assert!(next.values().all(|&n| n == PER_SEAT), "{next:?}");

    let journal_fold = fold(&minutes.header, &minutes.entries);
    assert_eq!(journal_fold.notes().len(), NOTES);
    for (seat, ear) in ears.iter().enumerate() {
        let seen = ear.0.lock().unwrap();
        assert!(seen.refused.is_empty(), "seat {seat} refused: {:?}", seen.refused);
        assert_eq!(seen.lost, None, "seat {seat}");
        let header = seen.header.as_ref().expect("welcomed");
        assert_eq!(header, &minutes.header, "seat {seat}'s header");
        // One order: every seat heard exactly the journal's entries, in the journal's order.
        assert!(seen.entries == minutes.entries, "seat {seat} heard the journal's entries in its order");
        assert!(fold(header, &seen.entries) == journal_fold, "seat {seat}'s fold is the journal's");
    }

    let screen =
        runner.wait_for("the runner still running, saved", |s| header(s).contains("RUNNING  saved "));
    assert!(!screen.contents().contains("NOT SAVED"), "{}", pty::show(&screen));
    quit(&mut runner);
    // The runner says goodbye to every seat on its way out.
    let gone = Instant::now() + Duration::from_secs(10);
    for ear in &ears {
        wait(ear, "the runner's goodbye", gone, |h| h.lost.is_some());
    }
    drop(links);
    eprintln!(
        "{NOTES} notes from {SEATS} seats; journaled and heard by all {caught_up:?} after the last was sent; \
         {:?} in all",
        began.elapsed()
    );
}
