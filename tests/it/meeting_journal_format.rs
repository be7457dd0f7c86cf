//! `docs/journal-format.md` is the on-disk format's promise. Its example lines are checked here
//! against samples of every event and the header, byte for byte, so the document cannot drift
//! from the code (and the code cannot drift from files already written).

use crate::meeting_support;

use chrono::DateTime;
use gavel::meeting::{Action, Entry, Event, Header, NoteId, Position, Speaker, fold};

const DOC: &str = include_str!("../../docs/journal-format.md");

/// The tiny agenda the document's header example carries.
const DOC_AGENDA: &str = r#"
title: Board meeting
date: 2025-01-15
start: "09:00"
timezone: Asia/Seoul
sessions:
  - title: Reports
    duration: 30m
    topics: [Finance, Staff]
"#;

fn entry(at: &str, event: Event) -> Entry {
    Entry { at: DateTime::parse_from_rfc3339(at).unwrap(), event }
}

/// One sample of each event: the document's example journal.
fn samples() -> Vec<Entry> {
    let note = |id: &str, on: Option<Position>, text: &str| Event::NoteCommitted {
        id: id.into(),
        on,
        text: text.into(),
        written_at: None,
        speaker: None,
    };
    vec![
        entry("2025-01-15T08:58:12.000+09:00", note("n-1", None, "Quorum present")),
        entry("2025-01-15T08:59:00.000+09:00", added("Kim Min-ji", "Chair")),
        entry("2025-01-15T08:59:10.000+09:00", added("Lee Seo-yeon", "Treasurer")),
        entry("2025-01-15T08:59:20.000+09:00", Event::Present { attendee: 0 }),
        entry(
            "2025-01-15T08:59:30.000+09:00",
            Event::Absent { attendee: 1, reason: Some("on leave".into()) },
        ),
        entry("2025-01-15T09:00:05.250+09:00", Event::Opened),
        entry("2025-01-15T09:01:00.000+09:00", Event::Present { attendee: 1 }),
        entry("2025-01-15T09:02:00.000+09:00", Event::TopicDeferred { session: 0, topic: 0 }),
        entry("2025-01-15T09:02:00.000+09:00", Event::Moved { session: 0, topic: 1 }),
        entry("2025-01-15T09:08:00.000+09:00", Event::PlanAdjusted { session: 0, seconds: 60 }),
        entry(
            "2025-01-15T09:08:30.500+09:00",
            note("n-2", Some(Position::new(0, 1)), "a: @김민수 send the figures due:2025-01-31"),
        ),
        entry(
            "2025-01-15T09:09:10.000+09:00",
            Event::NoteEdited {
                id: "n-2".into(),
                text: "a: @김민수 send the revised figures due:2025-01-31".into(),
                speaker: None,
            },
        ),
        entry(
            "2025-01-15T09:09:20.000+09:00",
            Event::NoteCommitted {
                id: "s-1".into(),
                on: Some(Position::new(0, 1)),
                text: "Staff figures confirmed".into(),
                written_at: Some(DateTime::parse_from_rfc3339("2025-01-15T09:08:15.000+09:00").unwrap()),
                speaker: None,
            },
        ),
        entry(
            "2025-01-15T09:09:25.000+09:00",
            Event::NoteCommitted {
                id: "n-3".into(),
                on: Some(Position::new(0, 1)),
                text: "Treasurer: the figures are attached".into(),
                written_at: None,
                speaker: Some(Speaker::Attendee(1)),
            },
        ),
        entry("2025-01-15T09:09:30.000+09:00", Event::NoteStruck { id: "n-1".into() }),
        entry("2025-01-15T09:10:00.000+09:00", Event::Paused),
        entry("2025-01-15T09:15:00.000+09:00", Event::Resumed),
        entry("2025-01-15T09:20:00.000+09:00", Event::TopicSkipped { session: 0, topic: 1 }),
        entry(
            "2025-01-15T09:21:00.000+09:00",
            Event::TopicInserted {
                session: 0,
                topic: 2,
                title: "Urgent: typhoon preparations".into(),
                presenter: Some("Kim Min-ji".into()),
                seconds: Some(300),
            },
        ),
        entry(
            "2025-01-15T09:21:10.000+09:00",
            Event::TopicRenamed { session: 0, topic: 2, title: "Typhoon preparations".into() },
        ),
        entry(
            "2025-01-15T09:21:20.000+09:00",
            Event::PlanChanged { session: 0, topic: Some(2), seconds: Some(600) },
        ),
        entry(
            "2025-01-15T09:21:30.000+09:00",
            Event::PlanChanged { session: 0, topic: None, seconds: Some(2400) },
        ),
        entry(
            "2025-01-15T09:21:40.000+09:00",
            Event::TopicMoved { session: 0, topic: 0, to_session: 0, to_topic: 2 },
        ),
        entry("2025-01-15T09:21:50.000+09:00", Event::TopicRemoved { session: 0, topic: 1 }),
        entry("2025-01-15T09:22:00.000+09:00", Event::RoomMessage { text: "Please wrap up".into() }),
        entry("2025-01-15T09:22:10.000+09:00", Event::RoomCleared),
        entry("2025-01-15T09:25:00.000+09:00", Event::Left { attendee: 1 }),
        entry("2025-01-15T09:31:02.120+09:00", Event::Closed),
        entry(
            "2025-01-15T10:00:00.000+09:00",
            Event::Corrected {
                id: "n-3".into(),
                text: Some("Treasurer: the revised figures are attached".into()),
                speaker: Some(Speaker::Attendee(1)),
                by: "Kim Min-ji".into(),
                reason: "the word revised was left out".into(),
            },
        ),
        entry(
            "2025-01-15T10:05:00.000+09:00",
            Event::Finalized { by: "Kim Min-ji".into(), fingerprint: FINGERPRINT.into() },
        ),
    ]
}

/// The fingerprint the example's sign-off carries (the example's lines are shown without the
/// journal's hash chain).
const FINGERPRINT: &str = "4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c0e1d2b3a4f9c";

fn added(name: &str, position: &str) -> Event {
    Event::AttendeeAdded {
        name: name.into(),
        position: Some(position.into()),
        affiliation: None,
        group: gavel::agenda::Group::Attendee,
    }
}

/// The script the document says the example journal comes from.
fn script() -> Vec<(&'static str, Action)> {
    let id = |s: &str| NoteId::from(s);
    vec![
        ("2025-01-15T08:58:12+09:00", Action::CommitNote { id: id("n-1"), text: "Quorum present".into() }),
        ("2025-01-15T08:59:00+09:00", add("Kim Min-ji", "Chair")),
        ("2025-01-15T08:59:10+09:00", add("Lee Seo-yeon", "Treasurer")),
        ("2025-01-15T08:59:20+09:00", Action::MarkPresent { attendee: 0 }),
        ("2025-01-15T08:59:30+09:00", Action::MarkAbsent { attendee: 1, reason: Some("on leave".into()) }),
        ("2025-01-15T09:00:05.250777+09:00", Action::Open),
        ("2025-01-15T09:01:00+09:00", Action::MarkPresent { attendee: 1 }),
        ("2025-01-15T09:02:00+09:00", Action::Defer),
        ("2025-01-15T09:08:00+09:00", Action::AddMinute),
        (
            "2025-01-15T09:08:30.5+09:00",
            Action::CommitNote {
                id: id("n-2"), text: "a: @김민수 send the figures due:2025-01-31".into()
            },
        ),
        (
            "2025-01-15T09:09:10+09:00",
            Action::EditNote {
                id: id("n-2"),
                text: "a: @김민수 send the revised figures due:2025-01-31".into(),
            },
        ),
        (
            "2025-01-15T09:09:20+09:00",
            Action::CommitWrittenNote {
                id: id("s-1"),
                text: "Staff figures confirmed".into(),
                on: Some(Position::new(0, 1)),
                written_at: DateTime::parse_from_rfc3339("2025-01-15T09:08:15+09:00").unwrap(),
            },
        ),
        (
            "2025-01-15T09:09:25+09:00",
            Action::CommitNote { id: id("n-3"), text: "Treasurer: the figures are attached".into() },
        ),
        ("2025-01-15T09:09:30+09:00", Action::StrikeNote { id: id("n-1") }),
        ("2025-01-15T09:10:00+09:00", Action::PauseResume),
        ("2025-01-15T09:15:00+09:00", Action::PauseResume),
        ("2025-01-15T09:20:00+09:00", Action::Skip),
        (
            "2025-01-15T09:21:00+09:00",
            Action::InsertTopic {
                session: 0,
                topic: 2,
                title: "Urgent: typhoon preparations".into(),
                presenter: Some("Kim Min-ji".into()),
                seconds: Some(300),
            },
        ),
        (
            "2025-01-15T09:21:10+09:00",
            Action::RenameTopic { session: 0, topic: 2, title: "Typhoon preparations".into() },
        ),
        ("2025-01-15T09:21:20+09:00", Action::Retime { session: 0, topic: Some(2), seconds: Some(600) }),
        ("2025-01-15T09:21:30+09:00", Action::Retime { session: 0, topic: None, seconds: Some(2400) }),
        ("2025-01-15T09:21:40+09:00", Action::MoveTopic { session: 0, topic: 0, to_session: 0, to_topic: 2 }),
        ("2025-01-15T09:21:50+09:00", Action::RemoveTopic { session: 0, topic: 1 }),
        ("2025-01-15T09:22:00+09:00", Action::ShowRoom { text: "Please wrap up".into() }),
        ("2025-01-15T09:22:10+09:00", Action::ClearRoom),
        ("2025-01-15T09:25:00+09:00", Action::MarkLeft { attendee: 1 }),
        ("2025-01-15T09:31:02.12+09:00", Action::Close),
        (
            "2025-01-15T10:00:00+09:00",
            Action::Correct {
                id: id("n-3"),
                text: Some("Treasurer: the revised figures are attached".into()),
                by: "Kim Min-ji".into(),
                reason: "the word revised was left out".into(),
            },
        ),
        (
            "2025-01-15T10:05:00+09:00",
            Action::Finalize { by: "Kim Min-ji".into(), fingerprint: FINGERPRINT.into() },
        ),
    ]
}

fn add(name: &str, position: &str) -> Action {
    Action::AddAttendee {
        name: name.into(),
        position: Some(position.into()),
        affiliation: None,
        group: gavel::agenda::Group::Attendee,
    }
}

/// The lines of the document's fenced code blocks that start with `start`.
fn doc_lines(start: &str) -> Vec<&'static str> {
    let mut fenced = false;
    let mut lines = Vec::new();
    // Event lines are taken from the example journal only.
    let from = if start.starts_with(r#"{"at""#) { DOC.find("### An example journal").unwrap() } else { 0 };
    for line in DOC[from..].lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        } else if fenced && line.starts_with(start) {
            lines.push(line);
        }
    }
    lines
}

fn doc_header() -> Header {
    Header::new(
        meeting_support::agenda(DOC_AGENDA),
        "board.yaml".into(),
        "9f2c1d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d".into(),
        "gavel 0.1.0".into(),
    )
}

#[test]
fn every_event_serialises_to_the_documented_line() {
    let documented = doc_lines(r#"{"at":"#);
    let written: Vec<String> = samples().iter().map(|e| serde_json::to_string(e).unwrap()).collect();
    assert_eq!(documented, written, "docs/journal-format.md and the code disagree");
    // Every variant is shown (a new variant must be documented).
    let mut types: Vec<String> = written
        .iter()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["event"]["type"].to_string())
        .collect();
    types.sort();
    types.dedup();
    assert_eq!(types.len(), 24);
    // The example is what apply writes for the documented script.
    let header = doc_header();
    let mut meeting = fold(&header, &[]);
    let mut applied = Vec::new();
    for (at, action) in script() {
        let now = DateTime::parse_from_rfc3339(at).unwrap().to_utc();
        applied.extend(meeting.apply(action, now).unwrap().entries);
    }
    assert_eq!(applied, samples());
    // And each documented line reads back to its sample.
    for (line, sample) in documented.iter().zip(samples()) {
        let read: Entry = serde_json::from_str(line).unwrap();
        assert_eq!(read, sample);
    }
}

#[test]
fn the_header_serialises_to_the_documented_line() {
    let header = doc_header();
    let written = serde_json::to_string(&header).unwrap();
    assert_eq!(
        doc_lines(r#"{"format":"#),
        [written.as_str()],
        "docs/journal-format.md and the code disagree"
    );
    let read: Header = serde_json::from_str(&written).unwrap();
    assert_eq!(read, header);
    assert_eq!(read.format, Header::FORMAT);
    // The documented journal folds without a surprise.
    let meeting = fold(&header, &samples());
    assert_eq!(meeting.ignored_entries(), 0);
    assert_eq!(meeting.state(), gavel::meeting::State::Closed);
}

#[test]
fn entries_ignore_fields_they_do_not_know() {
    // The journal wraps each entry with its sequence number and the previous line's hash.
    let line = r#"{"seq":7,"at":"2025-01-15T09:00:05.250+09:00","event":{"type":"opened"},"prev":"00ff"}"#;
    let read: Entry = serde_json::from_str(line).unwrap();
    assert_eq!(read.event, Event::Opened);
}

#[test]
fn bad_lines_are_errors_not_panics() {
    for line in [
        r#"{"at":"yesterday","event":{"type":"opened"}}"#,
        r#"{"at":"2025-01-15T09:00:05.250+09:00","event":{"type":"exploded"}}"#,
        r#"{"at":"2025-01-15T09:00:05.250+09:00","event":{"type":"moved","session":-1,"topic":0}}"#,
        r#"{"at":"2025-01-15T09:00:05.250+09:00"}"#,
        r#"{"at":7,"event":{"type":"opened"}}"#,
    ] {
        assert!(serde_json::from_str::<Entry>(line).is_err(), "{line}");
    }
}

/// The header's agenda is read with unknown fields refused: minutes whose agenda carries a field
/// this gavel does not know (written by a newer one) are refused, never read without it.
#[test]
fn a_header_agenda_field_this_gavel_does_not_know_is_refused() {
    let header = doc_header();
    let mut value = serde_json::to_value(&header).unwrap();
    assert!(serde_json::from_value::<Header>(value.clone()).is_ok());
    value["agenda"]["seating_plan"] = serde_json::json!("round table");
    assert!(serde_json::from_value::<Header>(value.clone()).is_err());
    let mut attendee = doc_header();
    attendee.agenda.attendees.push(gavel::agenda::Attendee {
        name: "Kim".into(),
        position: None,
        affiliation: None,
        group: gavel::agenda::Group::Attendee,
    });
    let mut value = serde_json::to_value(&attendee).unwrap();
    value["agenda"]["attendees"][0]["badge"] = serde_json::json!(7);
    assert!(serde_json::from_value::<Header>(value).is_err());
    // An attendee's position, written `role` before format 5, reads either way.
    let old = serde_json::json!({"name": "Kim", "role": "Chair"});
    let read: gavel::agenda::Attendee = serde_json::from_value(old).unwrap();
    assert_eq!(read.position.as_deref(), Some("Chair"));
}
