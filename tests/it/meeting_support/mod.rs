//! Shared by the meeting and minutes tests: small agendas and a driver that applies actions at
//! exact instants and checks, at every step, that live state is the fold of the journal so far.
#![allow(dead_code)]

use chrono::{DateTime, TimeDelta, Utc};
use gavel::agenda::{Agenda, parse_str};
use gavel::meeting::{Action, Entry, Header, Meeting, Outcome, Refusal, fold};

/// Two sessions with a break between; the first topic has a planned duration.
/// Planned: One 09:00–09:10, Coffee 09:10–09:15, Two 09:15–09:35 (+09:00).
pub const SMALL: &str = r#"
title: Small meeting
date: 2025-01-15
start: "09:00"
timezone: "+09:00"
thresholds:
  warning: 5m
  danger: 1m
sessions:
  - title: One
    duration: 10m
    topics:
      - title: A
        duration: 4m
      - B
  - break: Coffee
    duration: 5m
  - title: Two
    duration: 20m
    topics: [C, D, E]
"#;

pub fn agenda(yaml: &str) -> Agenda {
    parse_str(yaml, "test.yaml").unwrap()
}

pub fn header(yaml: &str) -> Header {
    Header::new(agenda(yaml), "test.yaml".into(), "0".repeat(64), "gavel test".into())
}

/// An instant given as RFC 3339.
pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

/// A meeting driven by actions, keeping every entry it wrote.
pub struct Run {
    pub header: Header,
    pub meeting: Meeting,
    pub entries: Vec<Entry>,
    /// The agenda's planned start: `secs(n)` is that plus n seconds.
    pub start: DateTime<Utc>,
}

impl Run {
    pub fn new(yaml: &str) -> Run {
        let header = header(yaml);
        let meeting = fold(&header, &[]);
        let start = header.agenda.planned_start().to_utc();
        Run { header, meeting, entries: Vec::new(), start }
    }

    /// The planned start plus this many seconds.
    pub fn secs(&self, n: i64) -> DateTime<Utc> {
        self.start + TimeDelta::seconds(n)
    }

    /// Applies an action that must be accepted, at `now`.
    pub fn ok_at(&mut self, action: Action, now: DateTime<Utc>) -> Outcome {
        let outcome = match self.meeting.apply(action.clone(), now) {
            Ok(outcome) => outcome,
            Err(refusal) => panic!("{action:?} at {now} was refused: {refusal:?}"),
        };
        self.entries.extend(outcome.entries.iter().cloned());
        assert_eq!(fold(&self.header, &self.entries), self.meeting, "live state differs from the fold");
        outcome
    }

    /// Applies an action that must be accepted, `n` seconds after the planned start.
    pub fn ok(&mut self, action: Action, n: i64) -> Outcome {
        let now = self.secs(n);
        self.ok_at(action, now)
    }

    /// Applies an action that must be refused; checks it changed nothing and returns why.
    pub fn refused(&mut self, action: Action, n: i64) -> Refusal {
        let before = self.meeting.clone();
        match self.meeting.apply(action.clone(), self.secs(n)) {
            Ok(outcome) => panic!("{action:?} was accepted: {outcome:?}"),
            Err(refusal) => {
                assert_eq!(self.meeting, before, "a refused {action:?} changed the meeting");
                refusal
            }
        }
    }

    /// The meeting folded again from its header and entries.
    pub fn refold(&self) -> Meeting {
        fold(&self.header, &self.entries)
    }
}

/// The run's journal written to a file of its own (`m.jsonl` in a new folder), as a runner would
/// have left it.
pub fn journal_of(run: &Run) -> (tempfile::TempDir, std::path::PathBuf) {
    use gavel::journal::fs::RealFs;
    use gavel::journal::{Journal, MinutesJournal};
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("m.jsonl");
    let mut journal: MinutesJournal =
        Journal::create(std::sync::Arc::new(RealFs), &path, &run.header).expect("the minutes are created");
    journal.append_entries(&run.entries);
    drop(journal);
    (dir, path)
}

/// What `gavel ARGS… PATH` prints under the locale `LC_ALL` (no other locale variable), failing
/// the test if it does not succeed.
pub fn printed(locale: &str, args: &[&str], path: &std::path::Path) -> String {
    let _spawn = crate::pty::spawn_turn();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gavel"))
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", locale)
        .args(args)
        .arg(path)
        .output()
        .expect("gavel runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("gavel prints UTF-8")
}
