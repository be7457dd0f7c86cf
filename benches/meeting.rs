//! The meeting core's budgets (BENCHMARKS.md, "Meeting core"):
//! - folding 100,000 entries (a far longer meeting than any real one) in under 20 ms;
//! - parsing those entries from JSON lines and folding them in under 150 ms;
//! - the Markdown minutes of a meeting with 5,000 notes in under 20 ms.
//!
//! The journal is made the way the live program makes it, through `Meeting::apply` on the
//! shipped Busan agenda: notes of every kind with edits and strikes, moves through every topic,
//! skips, deferrals, pauses and plan adjustments.

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use divan::Bencher;
use gavel::agenda::parse_str;
use gavel::meeting::{Action, Entry, Event, Header, Meeting, NoteId, Position, fold};
use serde::{Deserialize, Serialize};

fn main() {
    divan::main();
}

const BUSAN: &str = include_str!("../agenda.yaml");

fn header() -> Header {
    let agenda = parse_str(BUSAN, "agenda.yaml").unwrap();
    Header::new(agenda, "agenda.yaml".into(), "0".repeat(64), "gavel bench".into())
}

/// A meeting driven through `apply` until it has written `entries` entries (or `notes` notes).
fn drive(header: &Header, entries: usize, notes: usize) -> (Meeting, Vec<Entry>) {
    let mut meeting = fold(header, &[]);
    let mut written: Vec<Entry> = Vec::with_capacity(entries + 2);
    let mut now = header.agenda.planned_start().to_utc();
    let mut committed = 0usize;
    let apply = |meeting: &mut Meeting, action: Action, now: DateTime<Utc>, written: &mut Vec<Entry>| {
        if let Ok(outcome) = meeting.apply(action, now) {
            written.extend(outcome.entries);
        }
    };
    apply(&mut meeting, Action::Open, now, &mut written);
    let mut i = 0usize;
    while written.len() < entries && committed < notes {
        now += TimeDelta::milliseconds(2_345);
        let id = |n: usize| NoteId(format!("note-{n:06}"));
        let action = match i % 20 {
            0..=5 => {
                committed += 1;
                Action::CommitNote {
                    id: id(committed),
                    text: format!("The office reported progress on item {i}; figures to follow next week"),
                }
            }
            6 | 7 => {
                committed += 1;
                Action::CommitNote {
                    id: id(committed),
                    text: format!("d: Decision number {i} adopted unanimously"),
                }
            }
            8 | 9 => {
                committed += 1;
                Action::CommitNote {
                    id: id(committed),
                    text: format!("a: @김민수 prepare the report on item {i} due:2025-01-15"),
                }
            }
            10 | 11 => Action::EditNote {
                id: id(committed),
                text: format!("Corrected: the office reported progress on item {i}"),
            },
            12 => Action::StrikeNote { id: id(committed.saturating_sub(3).max(1)) },
            13 | 14 if meeting.agenda_done() => Action::JumpTo { session: 0, topic: 0 },
            13 | 14 => Action::NextTopic,
            15 => Action::PauseResume,
            16 => Action::PauseResume,
            17 if i % 40 == 17 => Action::AddMinute,
            17 => Action::RemoveMinute,
            18 if meeting.agenda_done() => Action::PreviousSession,
            18 if i % 60 == 18 => Action::Skip,
            18 => Action::Defer,
            _ => Action::JumpTo { session: (i / 20) % 5, topic: (i / 100) % 7 },
        };
        apply(&mut meeting, action, now, &mut written);
        i += 1;
    }
    written.truncate(entries);
    (meeting, written)
}

/// A journal line as the journal writes it: the entry between a sequence number and a hash.
#[derive(Serialize, Deserialize)]
struct Line {
    seq: u64,
    #[serde(with = "gavel::meeting::millis")]
    at: DateTime<FixedOffset>,
    event: Event,
    prev: String,
}

const ENTRIES: usize = 100_000;

#[divan::bench(sample_count = 30)]
fn fold_100k_entries(bencher: Bencher) {
    let header = header();
    let (_, entries) = drive(&header, ENTRIES, usize::MAX);
    assert_eq!(entries.len(), ENTRIES);
    assert_eq!(fold(&header, &entries).ignored_entries(), 0);
    bencher.bench_local(|| fold(&header, divan::black_box(&entries)));
}

#[divan::bench(sample_count = 20)]
fn parse_json_lines_and_fold_100k_entries(bencher: Bencher) {
    let header = header();
    let (_, entries) = drive(&header, ENTRIES, usize::MAX);
    let prev = "9f2c1d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d".to_owned();
    let mut text = String::new();
    for (seq, e) in entries.iter().enumerate() {
        let line = Line { seq: seq as u64 + 1, at: e.at, event: e.event.clone(), prev: prev.clone() };
        text.push_str(&serde_json::to_string(&line).unwrap());
        text.push('\n');
    }
    let expected = fold(&header, &entries);
    bencher.bench_local(|| {
        let entries: Vec<Entry> = divan::black_box(&text)
            .lines()
            .map(|l| {
                let line: Line = serde_json::from_str(l).unwrap();
                Entry { at: line.at, event: line.event }
            })
            .collect();
        let meeting = fold(&header, &entries);
        assert_eq!(meeting.entry_count(), expected.entry_count());
        meeting
    });
}

#[divan::bench(sample_count = 30)]
fn markdown_of_5000_notes(bencher: Bencher) {
    let header = header();
    let (mut meeting, _) = drive(&header, usize::MAX, 5_000);
    let last = meeting.last_at().unwrap().to_utc();
    meeting.apply(Action::Close, last).unwrap();
    assert_eq!(meeting.notes().len(), 5_000);
    assert!(meeting.notes_on(Position::new(0, 0)).count() > 0);
    bencher.bench_local(|| gavel::minutes::markdown(divan::black_box(&meeting), Some("sha256:0123abcd")));
}
