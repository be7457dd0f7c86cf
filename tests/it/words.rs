//! The program's English for the core's typed values, word for word: the screen's snapshots, the
//! minutes and the seats' `reason` all rest on these, and a catalog for a second language will
//! start from them.

use chrono::TimeDelta;
use gavel::meeting::notes::{DueProblem, Kind};
use gavel::meeting::{NoteId, Notice, Refusal, State, TopicStatus};
use gavel::words;

#[test]
fn every_refusal_in_english() {
    let id = || NoteId::from("n1");
    let cases = [
        (Refusal::OpenFirst, "Open the meeting first (Space)"),
        (Refusal::Closed, "The meeting is closed"),
        (Refusal::AlreadyOpen, "The meeting is already open"),
        (Refusal::NoTopics, "The agenda has no topic to open the meeting on"),
        (Refusal::LastTopic, "This is the last topic; press e to close the meeting"),
        (Refusal::LastSession, "This is the last session; press e to close the meeting"),
        (Refusal::FirstTopic, "This is the first topic"),
        (Refusal::FirstSession, "This is the first session"),
        (Refusal::NoSuchTopic { session: 9, topic: 0 }, "There is no such topic in the agenda"),
        (Refusal::AlreadyThere, "That is the current topic"),
        (Refusal::PlanFloor, "A session's plan cannot go below one minute"),
        (Refusal::PlanCeiling, "A session's plan cannot go above 24 hours"),
        (Refusal::AlreadySkipped, "This topic is already marked skipped"),
        (Refusal::AlreadyDeferred, "This topic is already marked deferred"),
        (Refusal::EmptyNote, "The note is empty"),
        (Refusal::EmptyDecision, "Write the decision after d:"),
        (Refusal::EmptyActionItem, "Write the action item after a:"),
        (Refusal::NoNoteId, "A note needs an id"),
        (Refusal::IdTaken { id: id() }, "Another note already has this id"),
        (Refusal::NoSuchNote { id: id() }, "There is no such note"),
        (Refusal::NoteStruck { id: id() }, "That note is struck out"),
        (Refusal::NotThisSeat, "This seat cannot do that (attach with --as chair)"),
    ];
    for (refusal, english) in cases {
        assert_eq!(words::refusal(&refusal), english, "{refusal:?}");
    }
}

#[test]
fn notices_states_statuses_and_kinds_in_english() {
    assert_eq!(
        words::notice(&Notice::LastTopicMarked),
        "That was the last topic; press e to close the meeting"
    );
    let states = [
        (State::NotOpened, "not opened"),
        (State::Running, "running"),
        (State::Paused, "paused"),
        (State::Closed, "closed"),
    ];
    for (state, english) in states {
        assert_eq!(words::state(state), english);
    }
    let statuses = [
        (TopicStatus::Pending, "not reached"),
        (TopicStatus::Current, "current"),
        (TopicStatus::Done, "done"),
        (TopicStatus::PassedOver, "passed over"),
        (TopicStatus::Skipped, "skipped"),
        (TopicStatus::Deferred, "deferred"),
    ];
    for (status, english) in statuses {
        assert_eq!(words::topic_status(status), english);
    }
    let kinds = [(Kind::Note, "Note"), (Kind::Decision, "Decision"), (Kind::ActionItem, "Action item")];
    for (kind, english) in kinds {
        assert_eq!(words::note_kind(kind), english);
    }
}

#[test]
fn due_problems_in_english() {
    assert_eq!(words::due_problem(&DueProblem::Missing), "due: needs a date, e.g. due:2025-01-15");
    assert_eq!(
        words::due_problem(&DueProblem::NotADate { value: "2025-13-40".into() }),
        "2025-13-40 is not a date (write YYYY-MM-DD)"
    );
}

/// Typed refusals travel to seats as JSON (`docs/seats-protocol.md`): their names are a promise.
#[test]
fn refusals_as_data() {
    let cases = [
        (Refusal::Closed, r#"{"type":"closed"}"#),
        (Refusal::NoSuchTopic { session: 1, topic: 7 }, r#"{"type":"no_such_topic","session":1,"topic":7}"#),
        (Refusal::NoteStruck { id: NoteId::from("s-1") }, r#"{"type":"note_struck","id":"s-1"}"#),
        (Refusal::NotThisSeat, r#"{"type":"not_this_seat"}"#),
    ];
    for (refusal, json) in cases {
        assert_eq!(serde_json::to_string(&refusal).unwrap(), json);
        assert_eq!(serde_json::from_str::<Refusal>(json).unwrap(), refusal);
    }
}

#[test]
fn clock_face_durations() {
    let ms = TimeDelta::milliseconds;
    assert_eq!(words::remaining(TimeDelta::seconds(754)), "0:12:34");
    assert_eq!(words::remaining(ms(-65_999)), "+0:01:05");
    assert_eq!(words::elapsed(ms(65_999)), "0:01:05");
    assert_eq!(words::elapsed(-TimeDelta::seconds(5)), "-0:00:05");
    assert_eq!(words::drift(TimeDelta::seconds(192)), "0:03:12 behind");
    // A projected end on another day than today says which.
    let t = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    assert_eq!(words::projected_end(t("2025-01-15T17:18:00+09:00"), t("2025-01-15T09:00:00+09:00")), "17:18");
    assert_eq!(
        words::projected_end(t("2025-01-16T00:25:00+09:00"), t("2025-01-15T23:50:00+09:00")),
        "00:25 Thu 16 Jan"
    );
    assert_eq!(words::drift(ms(-999)), "on time");
}
