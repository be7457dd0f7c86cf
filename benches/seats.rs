//! Seat budgets (issue 8): a note from an attached seat to its saved acknowledgement, against
//! the journal's own commit on the same file system; and fan-out of one event to 20 seats.
//!
//! The runner's side is the runner's own parts: the socket server, `Meeting::apply`, the journal
//! append and sync, and the publish to every seat, driven the way the live loop drives them.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::channel;
use std::time::Instant;

use chrono::Utc;
use gavel::journal::fs::RealFs;
use gavel::journal::{Journal, MinutesJournal};
use gavel::meeting::{Action, Header, NoteId, fold};
use gavel::share::protocol::{ToRunner, ToSeat, VERSION, line};
use gavel::share::server::{SeatNews, Server};

#[path = "support/mod.rs"]
mod support;

use support::RawSeat as Seat;

type ChairRuntime =
    gavel::tui::runtime::Runtime<ratatui::backend::TestBackend, gavel::tui::runtime::ManualClock, SeatNews>;

/// The chair's program on new minutes, on the runtime with a test backend, and one seat joined.
fn chair_with_a_seat() -> (tempfile::TempDir, gavel::tui::chair::Chair, ChairRuntime, Seat) {
    use gavel::journal::fs::Fs;
    use gavel::journal::start::{Start, start};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("dir");
    let path = dir.path().join("m.jsonl");
    let agenda_path = Path::new("agenda.yaml");
    let (agenda, sha) = gavel::agenda::load_file_hashed(agenda_path).expect("agenda");
    let fs: Arc<dyn Fs> = Arc::new(RealFs);
    let how = Start::minutes_on_the_day(&agenda, agenda_path, &sha, &path);
    let started = start(Arc::clone(&fs), &how).expect("started");
    let now = Utc::now();
    let mut chair = gavel::tui::chair::Chair::new(started, fs, gavel::tui::theme::Theme { color: true }, now);
    let mut runtime: ChairRuntime = gavel::tui::runtime::Runtime::new(
        Terminal::new(TestBackend::new(80, 24)).expect("terminal"),
        gavel::tui::runtime::ManualClock::new(now),
    );
    chair.listen(runtime.waker(), now);
    let seat = Seat::connect(&gavel::share::socket::socket_path(&path));
    runtime.step(&mut chair, std::time::Duration::from_secs(5)).expect("the seat joins");
    (dir, chair, runtime, seat)
}

fn main() {
    divan::main();
    if std::env::args().any(|a| a == "--bench") {
        ack_when_it_arrives();
    }
}

/// The seat's own view of a note's way to saved: the runner publishes before it draws its frame,
/// so the acknowledgement is timed where the seat reads it, on the seat's own thread, not when
/// the runner's step returns.
fn ack_when_it_arrives() {
    use std::time::Duration;

    let (_dir, mut chair, mut runtime, mut seat) = chair_with_a_seat();
    let mut writer = seat.stream.try_clone().expect("clone");
    let (arrived, acks) = channel();
    std::thread::spawn(move || {
        loop {
            if let ToSeat::Entries { saved, .. } = seat.next() {
                let _ = arrived.send((saved, Instant::now()));
            }
        }
    });
    let mut runs = Vec::new();
    for n in 1..=500u64 {
        let action = Action::CommitNote { id: NoteId(format!("n{n}")), text: "비서석 메모".into() };
        let sent = Instant::now();
        writer.write_all(&line(&ToRunner::Act { v: VERSION, request: n, action })).expect("send");
        runtime.step(&mut chair, Duration::from_secs(5)).expect("handled");
        let (saved, at) = acks.recv().expect("acknowledged");
        assert_eq!(saved, n);
        runs.push(at - sent);
    }
    runs.sort();
    let ms = |i: usize| runs[i.min(runs.len() - 1)].as_secs_f64() * 1000.0;
    println!(
        "\nseats: a note from a seat to its saved acknowledgement, read by the seat, through the runtime (ms): median {:.3}, 99th percentile {:.3}",
        ms(runs.len() / 2),
        ms(runs.len() * 99 / 100)
    );
}

fn header() -> Header {
    let agenda = gavel::agenda::load_file(Path::new("agenda.yaml")).expect("agenda");
    Header::new(agenda, "agenda.yaml".into(), "0".repeat(64), "bench".into())
}

/// A note sent by a seat, journaled and synced by the runner, back as saved: through the real
/// runtime and the chair's program (the request arrives as news, the desk applies it, the batch is
/// appended and synced, published to the seat, and the frame drawn).
#[divan::bench(sample_count = 200)]
fn note_to_saved_ack(bencher: divan::Bencher) {
    use std::time::Duration;

    let (_dir, mut chair, mut runtime, mut seat) = chair_with_a_seat();
    let mut n = 0u64;
    bencher.bench_local(|| {
        n += 1;
        let action = Action::CommitNote { id: NoteId(format!("n{n}")), text: "비서석 메모".into() };
        seat.stream.write_all(&line(&ToRunner::Act { v: VERSION, request: n, action })).expect("send");
        // The runner's loop wakes on the request and handles it.
        runtime.step(&mut chair, Duration::from_secs(5)).expect("handled");
        // The seat: saved when the acknowledgement covers it.
        loop {
            if let ToSeat::Entries { saved, .. } = seat.next()
                && saved >= n
            {
                break;
            }
        }
    });
}

/// The journal's own commit of one note, on the same file system, for comparison.
#[divan::bench(sample_count = 200)]
fn journal_commit_alone(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("m.jsonl");
    let header = header();
    let mut journal: MinutesJournal = Journal::create(Arc::new(RealFs), &path, &header).expect("journal");
    let mut meeting = fold(&header, &[]);
    let mut n = 0u64;
    bencher.bench_local(|| {
        n += 1;
        let action = Action::CommitNote { id: NoteId(format!("n{n}")), text: "비서석 메모".into() };
        let outcome = meeting.apply(action, Utc::now()).expect("applied");
        journal.append_entries(&outcome.entries);
    });
}

/// One event published to 20 seats, until the last of them has read it.
#[divan::bench(sample_count = 200)]
fn fan_out_to_20_seats(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("m.jsonl");
    let header = header();
    let mut meeting = fold(&header, &[]);
    let (tx, _rx) = channel();
    let server = Server::start(&path, header, Vec::new(), 0, move |news| {
        let _ = tx.send(news);
    })
    .expect("server");
    let mut seats: Vec<Seat> = (0..20).map(|_| Seat::connect(server.path())).collect();
    let mut n = 0u64;
    bencher.bench_local(|| {
        n += 1;
        let outcome = meeting
            .apply(Action::CommitNote { id: NoteId(format!("n{n}")), text: "memo".into() }, Utc::now())
            .expect("applied");
        let start = Instant::now();
        server.publish(&outcome.entries, n);
        for seat in &mut seats {
            seat.next();
        }
        start.elapsed()
    });
}
