//! What several benches share: the 100,000-event journal of a very long meeting (about half of
//! it notes, with edits, strikes, moves, pauses and plan changes), written through the journal.

#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use chrono::TimeDelta;
use gavel::journal::fs::RealFs;
use gavel::journal::{Journal, MinutesJournal, SaveState};
use gavel::meeting::{Action, Entry, Header, NoteId, fold};

/// Writes `events` events of a long Busan meeting to a new journal at `path`; returns how many
/// notes it holds.
pub fn write_large(path: &Path, header: &Header, wanted: usize) -> usize {
    let mut journal: MinutesJournal = Journal::create(Arc::new(RealFs), path, header).expect("create");
    let mut meeting = fold(header, &[]);
    let mut clock = header.agenda.planned_start().to_utc();
    let mut batch: Vec<Entry> = Vec::new();
    let mut events = 0;
    let mut notes = 0usize;
    let mut i = 0usize;
    while events < wanted {
        i += 1;
        clock += TimeDelta::milliseconds(1_234);
        let action = match i % 20 {
            _ if i == 1 => Action::Open,
            0..=9 => {
                notes += 1;
                let text = match notes % 3 {
                    0 => {
                        format!("메모 {notes}: 경제 활력 회복 — the office reports progress on item {i}")
                    }
                    1 => format!("d: Decision {notes} adopted: 소상공인 지원 확대"),
                    _ => format!("a: 기획조정실 — report on item {notes} by Friday"),
                };
                Action::CommitNote { id: NoteId(format!("note-{notes:06}")), text }
            }
            10 | 11 => Action::EditNote {
                id: NoteId(format!("note-{notes:06}")),
                text: format!("Corrected note {notes}: 수정된 메모"),
            },
            12 => Action::StrikeNote { id: NoteId(format!("note-{:06}", notes.saturating_sub(4).max(1))) },
            13 | 14 if meeting.agenda_done() => Action::JumpTo { session: 0, topic: 0 },
            13 | 14 => Action::NextTopic,
            15 | 16 => Action::PauseResume,
            17 => Action::AddMinute,
            18 => Action::Skip,
            _ => Action::JumpTo { session: (i / 20) % 5, topic: (i / 100) % 7 },
        };
        let Ok(outcome) = meeting.apply(action, clock) else { continue };
        let room = wanted - events;
        let take = outcome.entries.len().min(room);
        events += take;
        batch.extend(outcome.entries.into_iter().take(take));
        if batch.len() >= 2_000 || events == wanted {
            assert_eq!(*journal.append_entries(&batch), SaveState::Saved);
            batch.clear();
        }
    }
    assert_eq!(journal.events() as usize, wanted);
    let bytes = std::fs::metadata(path).expect("size").len();
    println!("the large journal: {wanted} events, {notes} notes, {:.1} MB\n", bytes as f64 / 1e6);
    notes
}

/// A seat on a running meeting's socket, speaking the protocol by hand (a Unix socket: seats are
/// Unix-only for now).
#[cfg(unix)]
pub struct RawSeat {
    pub stream: std::os::unix::net::UnixStream,
    reader: std::io::BufReader<std::os::unix::net::UnixStream>,
}

#[cfg(unix)]
impl RawSeat {
    /// Connects as a secretary and reads the welcome.
    pub fn connect(socket: &Path) -> RawSeat {
        use gavel::share::protocol::{Role, ToRunner, VERSION, line};
        use std::io::Write;
        let stream = std::os::unix::net::UnixStream::connect(socket).expect("connect");
        let reader = std::io::BufReader::new(stream.try_clone().expect("clone"));
        let mut seat = RawSeat { stream, reader };
        seat.stream
            .write_all(&line(&ToRunner::Hello {
                v: VERSION,
                role: Role::Secretary,
                program: "bench".into(),
                seat: None,
            }))
            .expect("hello");
        seat.next();
        seat
    }

    pub fn next(&mut self) -> gavel::share::protocol::ToSeat {
        use std::io::BufRead;
        let mut buf = String::new();
        self.reader.read_line(&mut buf).expect("read");
        serde_json::from_str(&buf).expect("message")
    }

    /// Reads everything the runner sends from now on, on a thread of its own, as a seat that
    /// keeps up does.
    pub fn drain(mut self) {
        std::thread::spawn(move || {
            use std::io::BufRead;
            let mut buf = String::new();
            while self.reader.read_line(&mut buf).is_ok_and(|n| n > 0) {
                buf.clear();
            }
        });
    }
}
