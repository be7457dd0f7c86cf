//! Export budgets (issue 17): `gavel export --format hwpx` as a whole process on the Busan
//! minutes (under 100 ms) and on a 5,040-note meeting (under 1 s); and the same document made
//! in-process (read, fold, lay out, encode) to show where the time goes. Figures go into
//! BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

use chrono::TimeDelta;
use divan::black_box;
use gavel::journal::fs::RealFs;
use gavel::journal::{Journal, MinutesJournal, SaveState, read_minutes};
use gavel::meeting::{Action, Entry, Header, NoteId, fold};
use gavel::minutes::{Edition, hwpx, paper::paper};

fn main() {
    divan::main();
}

const BUSAN: &str = "tests/fixtures/journals/format-2.jsonl";

/// A closed meeting of the Busan agenda with 112 notes on each of its 45 topics (5,040): a third
/// of them decisions, a third action items with an owner and a due date.
fn many_notes() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("m.jsonl");
    let agenda = gavel::agenda::load_file(Path::new("agenda.yaml")).expect("agenda");
    let header = Header::new(agenda, "agenda.yaml".into(), "0".repeat(64), "bench".into());
    let mut journal: MinutesJournal = Journal::create(Arc::new(RealFs), &path, &header).expect("create");
    let mut meeting = fold(&header, &[]);
    let mut clock = header.agenda.planned_start().to_utc();
    let mut entries: Vec<Entry> = Vec::new();
    let mut act = |action: Action, clock: chrono::DateTime<chrono::Utc>| {
        entries.extend(meeting.apply(action, clock).expect("a move the meeting takes").entries);
    };
    act(Action::Open, clock);
    let mut notes = 0;
    for topic in 0..45 {
        for i in 0..112 {
            notes += 1;
            clock += TimeDelta::seconds(3);
            let text = match i % 3 {
                0 => format!("메모 {notes}: 경제 활력 회복과 소상공인 지원 사업의 추진 상황을 보고하였음"),
                1 => format!("d: 결정 {notes}: 하반기 집행 계획을 보완하여 다음 회의에 보고"),
                _ => format!("a: @기획조정실장 항목 {notes}의 추진 계획 제출 due:2025-02-28"),
            };
            act(Action::CommitNote { id: NoteId(format!("n{notes}")), text }, clock);
        }
        if topic < 44 {
            act(Action::NextTopic, clock);
        }
    }
    act(Action::Close, clock + TimeDelta::seconds(1));
    assert_eq!(*journal.append_entries(&entries), SaveState::Saved);
    drop(journal);
    (dir, path)
}

/// `gavel export PATH --format hwpx` to a pipe, as a whole process.
fn export(path: &Path) -> usize {
    let out = Command::new(env!("CARGO_BIN_EXE_gavel"))
        .args(["export", path.to_str().expect("UTF-8 path"), "--format", "hwpx"])
        .stderr(Stdio::null())
        .output()
        .expect("gavel runs");
    assert!(out.status.success());
    out.stdout.len()
}

/// Read, fold, lay out and encode in this process.
fn in_process(path: &Path) -> Vec<u8> {
    let minutes = read_minutes(path).expect("minutes");
    let meeting = fold(&minutes.header, &minutes.entries);
    let lang = gavel::words::document_language(meeting.agenda().language);
    let laid_out =
        paper(lang, &minutes.header, &minutes.entries, &meeting, Some(&minutes.fingerprint), Edition::Full);
    hwpx(&laid_out).expect("an HWPX document")
}

#[divan::bench(sample_count = 20)]
fn busan_whole_process(bencher: divan::Bencher) {
    bencher.bench_local(|| black_box(export(Path::new(BUSAN))));
}

#[divan::bench(sample_count = 20)]
fn busan_in_process(bencher: divan::Bencher) {
    bencher.bench_local(|| black_box(in_process(Path::new(BUSAN))));
}

#[divan::bench(sample_count = 10)]
fn many_notes_whole_process(bencher: divan::Bencher) {
    let (_dir, path) = many_notes();
    println!("the 5,040-note document: {} bytes", export(&path));
    bencher.bench_local(|| black_box(export(&path)));
}

#[divan::bench(sample_count = 10)]
fn many_notes_in_process(bencher: divan::Bencher) {
    let (_dir, path) = many_notes();
    bencher.bench_local(|| black_box(in_process(&path)));
}
