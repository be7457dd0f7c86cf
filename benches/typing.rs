//! The secretary's budgets (issues 6 and 11), through the real runtime: the chair's program on a
//! `TestBackend` with a clock the bench sets, a 100,000-event journal loaded (about 50,000 notes),
//! two secretary seats attached to its socket, the draft kept and the Markdown twin fed.
//!
//! - a character typed into the editor (no commit) to the redrawn frame: under 2 ms;
//! - a note committed (keymap, desk, journal append + `sync_data`, publish to the seats, the twin
//!   fed, redraw), beside the journal's own synced commit in the same run.

#[path = "support/mod.rs"]
mod support;

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};
use gavel::agenda::load_file_hashed;
use gavel::journal::fs::{Fs, RealFs};
use gavel::journal::start::{Start, start};
use gavel::journal::{Journal, MinutesJournal};
use gavel::meeting::{Action, Header, NoteId, fold};
use gavel::share::server::SeatNews;
use gavel::tui::chair::Chair;
use gavel::tui::runtime::{Happening, ManualClock, Runtime};
use gavel::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn main() {
    divan::main();
    if std::env::args().any(|a| a == "--bench") {
        percentiles();
    }
}

/// The budgets are on the median and the 99th percentile, which divan does not print: the same
/// paths timed one by one.
fn percentiles() {
    let spread = |mut runs: Vec<std::time::Duration>| {
        runs.sort();
        let ms = |i: usize| runs[i.min(runs.len() - 1)].as_secs_f64() * 1000.0;
        let n = runs.len();
        (ms(n / 2), ms(n * 99 / 100), ms(n - 1))
    };
    println!("\ntyping: one by one, through the runtime (ms: median, 99th percentile, slowest)");
    for (w, h) in [(80, 24), (200, 60)] {
        let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("dir");
        let (mut chair, mut runtime, now) = chair(dir.path(), w, h);
        let runs: Vec<_> = (1..=3000i64)
            .map(|n| {
                runtime.clock().set(now + TimeDelta::milliseconds(n));
                let c = if n % 2 == 0 { '가' } else { 'a' };
                let started = std::time::Instant::now();
                runtime
                    .feed(&mut chair, Happening::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
                    .expect("typed");
                started.elapsed()
            })
            .collect();
        let (p50, p99, max) = spread(runs);
        println!("  a character typed to the frame, {w}x{h}: {p50:.3} / {p99:.3} / {max:.3}");
    }
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("dir");
    let (mut chair, mut runtime, now) = chair(dir.path(), 80, 24);
    let key = |code| Happening::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let mut journal = Alone::new(dir.path());
    let mut commits = Vec::new();
    let mut alone = Vec::new();
    for n in 1..=500i64 {
        runtime.clock().set(now + TimeDelta::milliseconds(n));
        runtime.feed(&mut chair, key(KeyCode::Char('가'))).expect("typed");
        let started = std::time::Instant::now();
        runtime.feed(&mut chair, key(KeyCode::Enter)).expect("committed");
        commits.push(started.elapsed());
        let started = std::time::Instant::now();
        journal.commit();
        alone.push(started.elapsed());
    }
    let (c50, c99, _) = spread(commits);
    let (j50, j99, _) = spread(alone);
    println!("  a note committed through the runtime (Enter to the frame): {c50:.3} / {c99:.3}");
    println!("  the journal's own synced commit, same run, same file system: {j50:.3} / {j99:.3}");
    println!("  ratio of the medians: {:.2}x; of the 99th percentiles: {:.2}x", c50 / j50, c99 / j99);
}

/// The journal alone, committing one note at a time.
struct Alone {
    journal: MinutesJournal,
    meeting: gavel::meeting::Meeting,
    n: u64,
    at: DateTime<Utc>,
}

impl Alone {
    fn new(dir: &Path) -> Alone {
        let agenda = gavel::agenda::load_file(Path::new("agenda.yaml")).expect("agenda");
        let header = Header::new(agenda, "agenda.yaml".into(), "0".repeat(64), "bench".into());
        let journal = Journal::create(Arc::new(RealFs), &dir.join("alone.jsonl"), &header).expect("journal");
        let at = header.agenda.planned_start().to_utc();
        Alone { journal, meeting: fold(&header, &[]), n: 0, at }
    }

    fn commit(&mut self) {
        self.n += 1;
        let action = Action::CommitNote { id: NoteId(format!("n{}", self.n)), text: "가".into() };
        let outcome = self.meeting.apply(action, self.at).expect("applied");
        self.journal.append_entries(&outcome.entries);
    }
}

type Bench = Runtime<TestBackend, ManualClock, SeatNews>;

/// The chair on a resumed 100,000-event meeting at `w`x`h`, two seats attached, the editor open
/// with a 400-character note in it.
fn chair(dir: &Path, w: u16, h: u16) -> (Chair, Bench, DateTime<Utc>) {
    let agenda_path = Path::new("agenda.yaml");
    let (agenda, sha) = load_file_hashed(agenda_path).expect("agenda");
    let header = Header::new(agenda.clone(), "agenda.yaml".into(), sha.clone(), "bench".into());
    let path = dir.join("large.jsonl");
    support::write_large(&path, &header, 100_000);
    let fs: Arc<dyn Fs> = Arc::new(RealFs);
    let how = Start::minutes_on_the_day(&agenda, agenda_path, &sha, &path);
    let started = start(Arc::clone(&fs), &how).expect("resumed");
    let now = started.meeting.last_at().expect("entries").to_utc() + TimeDelta::minutes(1);
    let mut chair = Chair::new(started, fs, Theme { color: true }, now);
    let mut runtime =
        Runtime::new(Terminal::new(TestBackend::new(w, h)).expect("terminal"), ManualClock::new(now));
    chair.listen(runtime.waker(), now);
    let socket = gavel::share::socket::socket_path(&path);
    for _ in 0..2 {
        support::RawSeat::connect(&socket).drain();
    }
    // The seats' arrivals, then the editor.
    while runtime.pump(&mut chair).is_ok_and(|r| r.redraw) {}
    let key = |code| Happening::Key(KeyEvent::new(code, KeyModifiers::NONE));
    runtime.feed(&mut chair, key(KeyCode::Tab)).expect("tab");
    let note: String = "가덕도신공항 조기 착공 and the Tri-Port plan. ".chars().cycle().take(400).collect();
    runtime.feed(&mut chair, Happening::Paste(note)).expect("paste");
    (chair, runtime, now)
}

#[divan::bench(args = [(80, 24), (200, 60)], sample_count = 1000)]
fn char_typed_to_frame(bencher: divan::Bencher, (w, h): (u16, u16)) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("dir");
    let (mut chair, mut runtime, now) = chair(dir.path(), w, h);
    let mut n = 0i64;
    bencher.bench_local(|| {
        n += 1;
        // A keystroke every millisecond: the clocks move on a second every thousand, the draft
        // is written every two thousand, as typing would.
        runtime.clock().set(now + TimeDelta::milliseconds(n));
        let c = if n % 2 == 0 { '가' } else { 'a' };
        let response = runtime
            .feed(&mut chair, Happening::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
            .expect("typed");
        assert!(response.redraw);
    });
}

/// A note committed through the runtime: keymap, desk, one append and sync, the publish to both
/// seats, the twin fed, the frame that shows it saved.
#[divan::bench(sample_count = 300)]
fn note_committed_through_the_runtime(bencher: divan::Bencher) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("dir");
    let (mut chair, mut runtime, now) = chair(dir.path(), 80, 24);
    let mut n = 0i64;
    let key = |code| Happening::Key(KeyEvent::new(code, KeyModifiers::NONE));
    bencher.bench_local(|| {
        n += 1;
        runtime.clock().set(now + TimeDelta::milliseconds(n));
        runtime.feed(&mut chair, key(KeyCode::Char('가'))).expect("typed");
        let before = chair.journal().saved_events();
        runtime.feed(&mut chair, key(KeyCode::Enter)).expect("committed");
        assert_eq!(chair.journal().saved_events(), before + 1);
    });
}

/// The journal's own commit of one note (append + `sync_data`), on the same file system.
#[divan::bench(sample_count = 300)]
fn journal_commit_alone(bencher: divan::Bencher) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("dir");
    let mut alone = Alone::new(dir.path());
    bencher.bench_local(|| alone.commit());
}
