//! Random chairs and secretaries: any sequence of actions at increasing instants keeps the
//! meeting's books straight, and the journal it writes folds back into the same meeting.

use crate::meeting_support;

use chrono::{DateTime, TimeDelta, Utc};
use gavel::meeting::{Action, Entry, Header, Meeting, NoteId, Position, fold};
use gavel::words;
use proptest::prelude::*;

const BUSAN: &str = include_str!("../../agenda.yaml");

fn action() -> impl Strategy<Value = Action> {
    let id = (0..6u8).prop_map(|n| NoteId(format!("note-{n}")));
    let text = prop::sample::select(vec![
        "plain words",
        "d: adopted",
        "a: @김민수 report due:2025-01-15",
        "a: fix due:2025-13-40",
        "",
        "  ",
        "d:",
        "| # *x* <b>",
        "\u{1112}\u{1161}\u{11ab}",
        "line one\nline two",
        "Mayor: we proceed",
        "홍길동: 예산 증액 필요",
        "김 민지 : 동의합니다",
        "참고: 10:30 재개",
        "d: 원안 가결 vote:12/2/1",
    ])
    .prop_map(str::to_owned);
    let name =
        prop::sample::select(vec!["홍길동", "김 민지", "Park Hyung-jun", "", "Lee"]).prop_map(str::to_owned);
    let words = prop::sample::select(vec!["오타 정정", "", "  ", "wrong figure"]).prop_map(str::to_owned);
    let group = prop_oneof![Just(gavel::agenda::Group::Attendee), Just(gavel::agenda::Group::Supporting)];
    prop_oneof![
        2 => Just(Action::Open),
        3 => Just(Action::PauseResume),
        8 => Just(Action::NextTopic),
        3 => Just(Action::PreviousTopic),
        2 => Just(Action::NextSession),
        2 => Just(Action::PreviousSession),
        3 => (0..6usize, 0..12usize).prop_map(|(session, topic)| Action::JumpTo { session, topic }),
        2 => Just(Action::AddMinute),
        3 => Just(Action::RemoveMinute),
        2 => Just(Action::Skip),
        2 => Just(Action::Defer),
        6 => (id.clone(), text.clone()).prop_map(|(id, text)| Action::CommitNote { id, text }),
        3 => (id.clone(), text.clone()).prop_map(|(id, text)| Action::EditNote { id, text }),
        2 => id.clone().prop_map(|id| Action::StrikeNote { id }),
        1 => Just(Action::Close),
        2 => (name.clone(), prop::option::of(Just("기획담당관".to_owned())), group).prop_map(|(name, position, group)| {
            Action::AddAttendee { name, position, affiliation: None, group }
        }),
        3 => (0..8usize).prop_map(|attendee| Action::MarkPresent { attendee }),
        2 => (0..8usize, prop::option::of(words.clone())).prop_map(|(attendee, reason)| Action::MarkAbsent { attendee, reason }),
        2 => (0..8usize).prop_map(|attendee| Action::MarkLeft { attendee }),
        3 => (id.clone(), prop::option::of(text.clone()), name.clone(), words.clone())
            .prop_map(|(id, text, by, reason)| Action::Correct { id, text, by, reason }),
        1 => name.clone().prop_map(|by| Action::Finalize { by, fingerprint: "f".repeat(64) }),
        // The plan changed live (issue 18).
        3 => (0..6usize, 0..12usize, title(), prop::option::of(name), prop::option::of(-60..3_600i64))
            .prop_map(|(session, topic, title, presenter, seconds)| Action::InsertTopic { session, topic, title, presenter, seconds }),
        2 => (0..6usize, 0..12usize, title()).prop_map(|(session, topic, title)| Action::RenameTopic { session, topic, title }),
        4 => (0..6usize, 0..12usize, 0..6usize, 0..12usize)
            .prop_map(|(session, topic, to_session, to_topic)| Action::MoveTopic { session, topic, to_session, to_topic }),
        3 => (0..6usize, 0..12usize).prop_map(|(session, topic)| Action::RemoveTopic { session, topic }),
        2 => (0..6usize, prop::option::of(0..12usize), prop::option::of(-60..100_000i64))
            .prop_map(|(session, topic, seconds)| Action::Retime { session, topic, seconds }),
        1 => title().prop_map(|text| Action::ShowRoom { text }),
        1 => Just(Action::ClearRoom),
    ]
}

fn title() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "긴급 안건: 태풍 대비",
        "Urgent item",
        "",
        "  ",
        "\u{1112}\u{1161}\u{11ab} 보고",
    ])
    .prop_map(str::to_owned)
}

/// Steps between actions: often none, sometimes less than a millisecond, up to ten minutes.
fn step() -> impl Strategy<Value = TimeDelta> {
    prop_oneof![
        1 => Just(TimeDelta::zero()),
        1 => (0..1_000_000i64).prop_map(TimeDelta::nanoseconds),
        4 => (0..600_000_000i64).prop_map(TimeDelta::microseconds),
    ]
}

/// The books balance at `now`: topic times and session times each sum to the meeting's.
fn check_sums(m: &Meeting, now: DateTime<Utc>) -> Result<(), TestCaseError> {
    let mut total = TimeDelta::zero();
    let mut all_topics = TimeDelta::zero();
    for (k, session) in m.sessions().iter().enumerate() {
        let topics: TimeDelta =
            (0..session.topics.len()).map(|t| m.topic_elapsed(Position::new(k, t), now)).sum();
        let elapsed = m.session_elapsed(k, now);
        // A session's time is the time spent in it; its topics' time, theirs wherever they now
        // stand: the same until a topic that ran moves to another session.
        all_topics += topics;
        // Each topic's notes say where the topic now is, however the plan changed.
        for (t, topic) in session.topics.iter().enumerate() {
            for &n in &topic.notes {
                prop_assert_eq!(m.notes()[n].on, Some(Position::new(k, t)));
            }
        }
        prop_assert_eq!(session.topics.len(), m.agenda().sessions[k].topics.len());
        prop_assert!(elapsed >= TimeDelta::zero());
        total += elapsed;
    }
    prop_assert_eq!(total, m.running_time(now));
    // Every second of running time on exactly one topic, however the plan changed.
    prop_assert_eq!(all_topics, total);
    let t = m.timers(now);
    prop_assert_eq!(t.running_time, total);
    prop_assert!(t.running_time <= t.meeting_elapsed || m.opened_at().is_none());
    prop_assert_eq!(t.paused_time, t.meeting_elapsed - t.running_time);
    Ok(())
}

fn run(header: &Header, script: Vec<(Action, TimeDelta)>) -> Result<(), TestCaseError> {
    let mut meeting = fold(header, &[]);
    let mut entries: Vec<Entry> = Vec::new();
    let mut now = header.agenda.planned_start().to_utc() - TimeDelta::minutes(5);
    for (action, step) in script {
        now += step;
        let before = meeting.clone();
        match meeting.apply(action, now) {
            Ok(outcome) => entries.extend(outcome.entries),
            Err(refusal) => {
                prop_assert!(!words::refusal(&refusal).is_empty());
                prop_assert_eq!(&meeting, &before, "a refusal changed the meeting");
            }
        }
        check_sums(&meeting, now)?;
        check_sums(&meeting, now + TimeDelta::minutes(7))?;
    }
    prop_assert_eq!(meeting.ignored_entries(), 0);
    prop_assert_eq!(&fold(header, &entries), &meeting, "live state differs from the fold");
    // Every entry survives JSON, byte for byte, and the journal read back folds the same.
    let mut read = Vec::with_capacity(entries.len());
    for entry in &entries {
        let line = serde_json::to_string(entry).unwrap();
        let back: Entry = serde_json::from_str(&line).unwrap();
        prop_assert_eq!(&back, entry);
        prop_assert_eq!(back.at.offset(), entry.at.offset());
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), line);
        read.push(back);
    }
    prop_assert_eq!(&fold(header, &read), &meeting);
    // Entries never go back in time.
    prop_assert!(entries.windows(2).all(|w| w[0].at <= w[1].at));
    // The minutes never fail on any of it.
    let _ = gavel::minutes::markdown(&meeting, Some("f"));
    let _ = gavel::minutes::json(&meeting, None);
    let laid_out = gavel::minutes::paper::paper(
        words::Lang::En,
        header,
        &entries,
        &meeting,
        None,
        gavel::minutes::Edition::Full,
    );
    let _ = gavel::minutes::html(&laid_out);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn busan_meetings_keep_their_books(script in prop::collection::vec((action(), step()), 0..80)) {
        let header = meeting_support::header(BUSAN);
        run(&header, script)?;
    }

    #[test]
    fn small_meetings_keep_their_books(script in prop::collection::vec((action(), step()), 0..60)) {
        let header = meeting_support::header(meeting_support::SMALL);
        run(&header, script)?;
    }
}
