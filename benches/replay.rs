//! Replay budgets (issue 7): opening a 100,000-event journal to the first frame in under 200 ms,
//! and a seek to any instant in under 5 ms. Figures go into BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};
use divan::black_box;
use gavel::journal::fs::RealFs;
use gavel::journal::{Journal, MinutesJournal, read_minutes};
use gavel::meeting::{Action, Header, NoteId, fold};
use gavel::tui::replay::{Replay, render};
use gavel::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

fn nine() -> DateTime<Utc> {
    "2024-12-23T00:00:00Z".parse().expect("instant")
}

/// A journal of 100,000 events: moves, pauses and notes through the Busan meeting, one a second.
fn journal() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("m.jsonl");
    let agenda = gavel::agenda::load_file(Path::new("agenda.yaml")).expect("agenda");
    let header = Header::new(agenda, "agenda.yaml".into(), "0".repeat(64), "bench".into());
    let mut meeting = fold(&header, &[]);
    let mut journal: MinutesJournal = Journal::create(Arc::new(RealFs), &path, &header).expect("create");
    let mut entries = meeting.apply(Action::Open, nine()).expect("open").entries;
    let mut i = 0i64;
    while entries.len() < 100_000 {
        i += 1;
        let now = nine() + TimeDelta::seconds(i);
        let action = match i % 4 {
            0 => Action::NextTopic,
            1 => Action::PreviousTopic,
            2 => Action::PauseResume,
            _ => Action::CommitNote { id: NoteId(format!("n{i}")), text: format!("메모 {i}: note text") },
        };
        if let Ok(outcome) = meeting.apply(action, now) {
            entries.extend(outcome.entries);
        }
    }
    entries.truncate(100_000);
    let pairs: Vec<_> = entries.iter().map(|e| (&e.at, &e.event)).collect();
    for chunk in pairs.chunks(10_000) {
        journal.append(chunk);
    }
    (dir, path)
}

#[divan::bench(sample_count = 10)]
fn open_to_first_frame(bencher: divan::Bencher) {
    let (_dir, path) = journal();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    bencher.bench_local(|| {
        let replay = Replay::of(read_minutes(black_box(&path)).expect("read"));
        terminal.draw(|f| render(f, &replay, &Theme { color: true })).expect("draw");
    });
}

#[divan::bench(sample_count = 200)]
fn seek_anywhere(bencher: divan::Bencher) {
    let (_dir, path) = journal();
    let mut replay = Replay::of(read_minutes(&path).expect("read"));
    let span = (replay.last - replay.first).num_seconds();
    let mut k = 0i64;
    bencher.bench_local(|| {
        // Far jumps, back and forth across the whole meeting.
        k = (k + 7919) % span;
        replay.seek_time(replay.first + TimeDelta::seconds(black_box(k)));
    });
}

#[divan::bench(sample_count = 10)]
fn read_only(bencher: divan::Bencher) {
    let (_dir, path) = journal();
    bencher.bench_local(|| read_minutes(black_box(&path)).expect("read"));
}

#[divan::bench(sample_count = 10)]
fn fold_only(bencher: divan::Bencher) {
    let (_dir, path) = journal();
    let m = read_minutes(&path).expect("read");
    bencher.bench_local(|| fold(black_box(&m.header), &m.entries));
}

#[divan::bench(sample_count = 20)]
fn clone_final(bencher: divan::Bencher) {
    let (_dir, path) = journal();
    let m = read_minutes(&path).expect("read");
    let meeting = fold(&m.header, &m.entries);
    bencher.bench_local(|| black_box(&meeting).clone());
}
