//! Journal budgets (issue 4; figures in BENCHMARKS.md, "Journal"):
//! - commit latency: `append` of one note entry (encode, chain, write, `sync_data`) within 1.2×
//!   of the bare `sync_data` of a one-line write on the same file system in the same run, at the
//!   median and at the 99th percentile;
//! - opening and folding a 100,000-event journal in under 150 ms;
//! - exporting it to Markdown (read, fold, render, as `gavel export` does) in under 200 ms.
//!
//! divan gives medians and extremes, not percentiles: before divan runs, a timed loop
//! interleaves commits and bare writes on the same disk and prints both percentile rows
//! (`GAVEL_BENCH_COMMITS=N` sets how many pairs; 3,000 by default).
//!
//! The files live under `target/tmp`, on the disk the project is on.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeDelta, Utc};
use divan::{Bencher, black_box};
use gavel::agenda::load_file_hashed;
use gavel::journal::fs::RealFs;
use gavel::journal::{Journal, MinutesJournal, SaveState, read_minutes};
use gavel::meeting::{Action, Entry, Header, Meeting, NoteId, fold};

#[path = "support/mod.rs"]
mod support;

fn main() {
    let listing = std::env::args().any(|a| a == "--list");
    if !listing {
        // Under `cargo test --benches` (no `--bench`), a short run checks that it works.
        let benching = std::env::args().any(|a| a == "--bench");
        let default = if benching { 3_000 } else { 50 };
        let pairs = std::env::var("GAVEL_BENCH_COMMITS").ok().and_then(|s| s.parse().ok()).unwrap_or(default);
        if pairs > 0 {
            commit_percentiles(pairs);
        }
        // Written before divan starts, so that its table is not interrupted.
        large();
    }
    divan::main();
}

fn header() -> Header {
    let (agenda, sha) = load_file_hashed(Path::new("agenda.yaml")).expect("the Busan agenda loads");
    Header::new(agenda, "agenda.yaml".into(), sha, "gavel bench".into())
}

fn bench_dir() -> tempfile::TempDir {
    tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a folder under target/tmp")
}

/// A running meeting that makes one new note entry at a time, as the secretary commits them.
struct Notes {
    meeting: Meeting,
    clock: DateTime<Utc>,
    n: usize,
}

impl Notes {
    fn new(header: &Header) -> Notes {
        let mut meeting = fold(header, &[]);
        let clock = header.agenda.planned_start().to_utc();
        meeting.apply(Action::Open, clock).expect("open");
        Notes { meeting, clock, n: 0 }
    }

    fn next(&mut self) -> Entry {
        self.n += 1;
        self.clock += TimeDelta::milliseconds(1_500);
        let text = format!("메모 {}: 가덕도신공항 조기 착공 — the office reports progress", self.n);
        let action = Action::CommitNote { id: NoteId(format!("note-{:06}", self.n)), text };
        let mut outcome = self.meeting.apply(action, self.clock).expect("a new note");
        outcome.entries.pop().expect("one entry")
    }
}

/// A journal of a running meeting, and a plain file beside it, both opened for appending.
struct Pair {
    _dir: tempfile::TempDir,
    journal: MinutesJournal,
    notes: Notes,
    bare: File,
    line: Vec<u8>,
}

impl Pair {
    fn new() -> Pair {
        let dir = bench_dir();
        let header = header();
        let mut journal =
            Journal::create(Arc::new(RealFs), &dir.path().join("commit.jsonl"), &header).expect("create");
        let mut notes = Notes::new(&header);
        // A line as long as a note's line in the journal.
        let before = std::fs::metadata(journal.path()).expect("size").len();
        assert_eq!(*journal.append_entries(&[notes.next()]), SaveState::Saved);
        let after = std::fs::metadata(journal.path()).expect("size").len();
        let mut line = vec![b'x'; (after - before) as usize - 1];
        line.push(b'\n');
        let bare = OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.path().join("bare.txt"))
            .expect("a plain file beside the journal");
        Pair { _dir: dir, journal, notes, bare, line }
    }

    fn commit(&mut self, entry: &Entry) {
        let state = self.journal.append_entries(std::slice::from_ref(entry));
        assert_eq!(*state, SaveState::Saved);
    }

    fn bare(&mut self) {
        self.bare.write_all(&self.line).expect("write");
        self.bare.sync_data().expect("sync");
    }
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

fn micros(d: Duration) -> String {
    format!("{:.0} µs", d.as_secs_f64() * 1e6)
}

/// Commits and bare writes, interleaved (which goes first alternates), on the same disk.
fn commit_percentiles(pairs: usize) {
    let mut pair = Pair::new();
    for _ in 0..pairs.min(200) {
        let entry = pair.notes.next();
        pair.commit(&entry);
        pair.bare();
    }
    let mut commits = Vec::with_capacity(pairs);
    let mut bares = Vec::with_capacity(pairs);
    for i in 0..pairs {
        let entry = pair.notes.next();
        let mut time_commit = |pair: &mut Pair| {
            let start = Instant::now();
            pair.commit(&entry);
            commits.push(start.elapsed());
        };
        let mut time_bare = |pair: &mut Pair| {
            let start = Instant::now();
            pair.bare();
            bares.push(start.elapsed());
        };
        if i.is_multiple_of(2) {
            time_commit(&mut pair);
            time_bare(&mut pair);
        } else {
            time_bare(&mut pair);
            time_commit(&mut pair);
        }
    }
    commits.sort();
    bares.sort();
    let row = |name: &str, v: &[Duration]| {
        println!(
            "  {name:<34} {:>9} {:>9} {:>9} {:>9}",
            micros(percentile(v, 50)),
            micros(percentile(v, 90)),
            micros(percentile(v, 99)),
            micros(v[v.len() - 1])
        );
    };
    let ratio = |p| percentile(&commits, p).as_secs_f64() / percentile(&bares, p).as_secs_f64();
    let (median, p99) = (ratio(50), ratio(99));
    println!("commit latency, {pairs} interleaved pairs, {}-byte note lines:", pair.line.len());
    println!("  {:<34} {:>9} {:>9} {:>9} {:>9}", "", "median", "p90", "p99", "max");
    row("bare write + sync_data", &bares);
    row("journal append (commit)", &commits);
    println!("  commit / bare: median {median:.2}×, p90 {:.2}×, p99 {p99:.2}×", ratio(90));
    let verdict = if median <= 1.2 && p99 <= 1.2 { "met" } else { "MISSED" };
    println!("  budget (within 1.2× at median and p99): {verdict}\n");
}

/// Commit latency as divan measures it: one note appended and synced per iteration.
#[divan::bench(sample_count = 200, sample_size = 1)]
fn commit_one_note(bencher: Bencher) {
    let mut pair = Pair::new();
    bencher.with_inputs(|| pair.notes.next()).bench_local_refs(|entry| {
        let state = pair.journal.append_entries(std::slice::from_ref(entry));
        assert_eq!(*state, SaveState::Saved);
    });
}

/// The yardstick: a one-line write and `sync_data` on a plain file on the same disk.
#[divan::bench(sample_count = 200, sample_size = 1)]
fn bare_write_and_sync(bencher: Bencher) {
    let mut pair = Pair::new();
    bencher.bench_local(|| pair.bare());
}

/// Part of each commit: the check that the file under the minutes' name is still the one gavel
/// writes (its identity, asked by name: on Windows an open, a query and a close).
#[divan::bench(sample_count = 200, sample_size = 1)]
fn name_check(bencher: Bencher) {
    use gavel::journal::fs::Fs;
    let dir = bench_dir();
    let path = dir.path().join("m.jsonl");
    File::create(&path).expect("a file to ask about");
    bencher.bench_local(|| RealFs.identity(black_box(&path)).expect("its identity"));
}

const EVENTS: usize = 100_000;

/// A 100,000-event journal of a very long meeting, written once through the journal.
struct Large {
    _dir: tempfile::TempDir,
    path: PathBuf,
    meeting: Meeting,
}

fn large() -> &'static Large {
    static LARGE: OnceLock<Large> = OnceLock::new();
    LARGE.get_or_init(|| {
        let dir = bench_dir();
        let path = dir.path().join("large.jsonl");
        let header = header();
        support::write_large(&path, &header, EVENTS);
        let meeting = fold(&header, &read_minutes(&path).expect("read").entries);
        assert_eq!(meeting.entry_count(), EVENTS);
        assert_eq!(meeting.ignored_entries(), 0);
        Large { _dir: dir, path, meeting }
    })
}

/// Resuming: the runner opens the journal (lock, read, check every line and the chain) and
/// folds it.
#[divan::bench(sample_count = 20)]
fn open_and_fold_100k(bencher: Bencher) {
    let large = large();
    bencher.bench_local(|| {
        let opened = MinutesJournal::open(Arc::new(RealFs), black_box(&large.path)).expect("open");
        let entries: Vec<Entry> = opened.entries.into_iter().map(|(at, event)| Entry { at, event }).collect();
        let meeting = fold(&opened.header, &entries);
        assert_eq!(meeting.entry_count(), EVENTS);
        (opened.journal, meeting)
    });
}

/// Reading without the lock, as `export` and `replay` do, and folding.
#[divan::bench(sample_count = 20)]
fn read_and_fold_100k(bencher: Bencher) {
    let large = large();
    bencher.bench_local(|| {
        let minutes = read_minutes(black_box(&large.path)).expect("read");
        fold(&minutes.header, &minutes.entries)
    });
}

/// `gavel export` to Markdown, all of it but printing: read, fold, render.
#[divan::bench(sample_count = 20)]
fn export_markdown_100k(bencher: Bencher) {
    let large = large();
    bencher.bench_local(|| {
        let minutes = read_minutes(black_box(&large.path)).expect("read");
        let meeting = fold(&minutes.header, &minutes.entries);
        gavel::minutes::markdown(&meeting, Some(&minutes.fingerprint))
    });
}

/// The rendering alone, for the breakdown.
#[divan::bench(sample_count = 20)]
fn markdown_only_100k(bencher: Bencher) {
    let large = large();
    bencher.bench_local(|| gavel::minutes::markdown(black_box(&large.meeting), Some("0123abcd")));
}
