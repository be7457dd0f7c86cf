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

/// Korean as Koreans write it: lengths in 시간/분/초, drift as 늦음/빠름/정시, dates
/// `2024. 12. 23.(월)`, particles by the last syllable.
#[test]
fn korean_lengths_dates_drift_and_particles() {
    use gavel::i18n::Lang::Ko;
    let secs = TimeDelta::seconds;
    assert_eq!(words::length_in(Ko, secs(3900)), "1시간 5분");
    assert_eq!(words::length_in(Ko, secs(4800)), "1시간 20분");
    assert_eq!(words::length_in(Ko, secs(312)), "5분 12초");
    assert_eq!(words::length_in(Ko, secs(45)), "45초");
    assert_eq!(words::length_in(Ko, secs(0)), "0초");
    assert_eq!(words::length_in(Ko, secs(-180)), "-3분");
    let day = chrono::NaiveDate::from_ymd_opt(2024, 12, 23).unwrap();
    assert_eq!(words::date_in(Ko, day), "2024. 12. 23.(월)");
    assert_eq!(words::date_in(Ko, day.succ_opt().unwrap()), "2024. 12. 24.(화)");
    assert_eq!(words::drift_in(Ko, secs(192)), "0:03:12 늦음");
    assert_eq!(words::drift_in(Ko, secs(-65)), "0:01:05 빠름");
    assert_eq!(words::drift_in(Ko, TimeDelta::milliseconds(-999)), "정시");
    assert_eq!(words::drift_in(Ko, secs(3 * 86_400)), "3일 늦음");
    let t = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    assert_eq!(
        words::projected_end_in(Ko, t("2025-01-16T00:25:00+09:00"), t("2025-01-15T23:50:00+09:00")),
        "00:25 1. 16.(목)"
    );
    // The particle follows the inserted name's last sound: 0 (영) takes 은, 2 (이) takes 는.
    let not_a_date = |value: &str| DueProblem::NotADate { value: value.into() };
    assert_eq!(
        words::due_problem_in(Ko, &not_a_date("2025-13-40")),
        "2025-13-40은 날짜가 아닙니다 (YYYY-MM-DD로 쓰세요)"
    );
    assert_eq!(
        words::due_problem_in(Ko, &not_a_date("내일")),
        "내일은 날짜가 아닙니다 (YYYY-MM-DD로 쓰세요)"
    );
    assert_eq!(
        words::due_problem_in(Ko, &not_a_date("다음주")),
        "다음주는 날짜가 아닙니다 (YYYY-MM-DD로 쓰세요)"
    );
    let close = gavel::tui::look::Question::Close { unreached: vec![2, 3] };
    assert_eq!(
        words::question_in(Ko, &close),
        "산회할까요? 세션 2, 3은 진행하지 못했습니다. 타이머가 멈추고 이후에는 아무것도 바꿀 수 없습니다."
    );
    let close = gavel::tui::look::Question::Close { unreached: vec![2] };
    assert!(words::question_in(Ko, &close).contains("세션 2는 진행하지"));
}

/// The words of an official meeting: 개회 전, 정회 중, 산회; 발언, 결정사항, 조치사항.
#[test]
fn korean_states_kinds_and_every_refusal() {
    use gavel::i18n::Lang::{En, Ko};
    assert_eq!(words::state_in(Ko, State::NotOpened), "개회 전");
    assert_eq!(words::state_in(Ko, State::Paused), "정회 중");
    assert_eq!(words::state_in(Ko, State::Closed), "산회");
    assert_eq!(words::note_kind_in(Ko, Kind::Note), "발언");
    assert_eq!(words::note_kind_in(Ko, Kind::Decision), "결정사항");
    assert_eq!(words::note_kind_in(Ko, Kind::ActionItem), "조치사항");
    assert_eq!(words::topic_status_in(Ko, TopicStatus::Deferred), "보류");
    assert_eq!(words::refusal_in(Ko, &Refusal::OpenFirst), "먼저 회의를 개회하세요 (Space)");
    assert_eq!(
        words::notice_in(Ko, &Notice::LastTopicMarked),
        "마지막 안건이었습니다. 산회하려면 e를 누르세요"
    );
    // English stays what the English tests above say, whatever Korean was asked for meanwhile.
    assert_eq!(words::refusal_in(En, &Refusal::OpenFirst), "Open the meeting first (Space)");
    assert_eq!(words::refusal(&Refusal::OpenFirst), "Open the meeting first (Space)");
}

#[test]
fn a_fingerprint_reads_aloud_in_groups_of_four_from_format_5() {
    let hex = "80003388edd3a1b2c3d4e5f60718293a4b5c6d7e8f9001122334455667788990";
    let grouped = "8000 3388 edd3 a1b2 c3d4 e5f6 0718 293a 4b5c 6d7e 8f90 0112 2334 4556 6778 8990";
    assert_eq!(words::fingerprint_groups(hex), grouped);
    assert_eq!(words::fingerprint_groups("abcdef"), "abcd ef");
    assert_eq!(words::fingerprint_groups(""), "");
    assert_eq!(words::fingerprint_shown(5, hex), grouped);
    // Minutes of earlier formats show it as they always did.
    for format in 1..=4 {
        assert_eq!(words::fingerprint_shown(format, hex), hex);
    }
    // Anything but a SHA-256 is shown as given.
    assert_eq!(words::fingerprint_shown(5, "sha256:abc123"), "sha256:abc123");
}
