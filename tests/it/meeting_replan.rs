//! The plan changed live (issue 18), at exact instants: a topic inserted, retimed, removed and
//! moved; the published plan stays what the agenda says (drift counts against it), the amended
//! plan is what the meeting follows (the projected end counts against it); a topic's time and
//! notes go where it goes, while a session keeps the time spent in it; what may not be changed is refused without a trace; and the room's
//! message.

use crate::meeting_support;

use chrono::{DateTime, TimeDelta};
use gavel::meeting::{Action, Change, Level, NoteId, Position, Refusal, State, fold};
use meeting_support::{Run, SMALL};

fn min(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}

fn local(t: DateTime<chrono::FixedOffset>) -> String {
    t.format("%H:%M:%S").to_string()
}

fn titles(run: &Run, session: usize) -> Vec<String> {
    run.meeting.agenda().sessions[session].topics.iter().map(|t| t.title.clone()).collect()
}

fn insert(session: usize, topic: usize, title: &str, minutes: Option<i64>) -> Action {
    Action::InsertTopic {
        session,
        topic,
        title: title.into(),
        presenter: Some("홍길동".into()),
        seconds: minutes.map(|m| m * 60),
    }
}

/// SMALL: One (10m: A 4m, B), a 5m break, Two (20m: C, D, E), 09:00–09:35. Opened on time.
fn opened() -> Run {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    run
}

#[test]
fn an_urgent_topic_inserted_after_the_current_one() {
    let mut run = opened();
    run.ok(insert(0, 1, "긴급: 태풍 대비", Some(5)), 120);
    assert_eq!(titles(&run, 0), ["A", "긴급: 태풍 대비", "B"]);
    assert_eq!(run.meeting.published().sessions[0].topics.len(), 2, "the published plan is unchanged");
    // Its five minutes go into the session's plan: the projected end moves, the drift does not.
    let t = run.meeting.timers(run.secs(120));
    assert_eq!(t.session_plan, min(15));
    assert_eq!(t.drift, min(0));
    assert_eq!(local(t.projected_end), "09:40:00");
    run.ok(Action::NextTopic, 240);
    assert_eq!(run.meeting.position(), Position::new(0, 1));
    let t = run.meeting.timers(run.secs(240));
    assert_eq!(t.topic_plan, Some(min(5)), "its presenter's time");
    assert_eq!(t.topic_remaining, Some(min(5)));
    run.ok(Action::NextTopic, 540);
    // 09:12: twelve minutes into a session published at ten and now planned at fifteen.
    let t = run.meeting.timers(run.secs(720));
    assert_eq!(t.drift, min(2), "behind the published plan");
    assert_eq!(t.session_remaining, min(3), "of the amended plan");
    assert_eq!(t.level, Level::Warning);
    assert_eq!(local(t.projected_end), "09:40:00");
    assert_eq!(run.meeting.topic_elapsed(Position::new(0, 1), run.secs(720)), min(5));
    let change = &run.meeting.plan_changes()[0];
    assert_eq!(change.change, Change::Inserted { at: Position::new(0, 1), title: "긴급: 태풍 대비".into() });
    assert_eq!(local(change.at), "09:02:00");
}

#[test]
fn a_retime_and_a_removal_move_the_projected_end_not_the_drift() {
    let mut run = opened();
    run.ok(Action::NextTopic, 240);
    // 09:06, on B: C given eight minutes, which its session's plan takes on.
    run.ok(Action::Retime { session: 1, topic: Some(0), seconds: Some(480) }, 360);
    let t = run.meeting.timers(run.secs(360));
    assert_eq!(run.meeting.session_plan(1), min(28));
    assert_eq!(local(t.projected_end), "09:43:00");
    assert_eq!(t.drift, min(0));
    // C taken off again: never taken up, so it may go, and its eight minutes with it.
    run.ok(Action::RemoveTopic { session: 1, topic: 0 }, 370);
    assert_eq!(titles(&run, 1), ["D", "E"]);
    assert_eq!(run.meeting.session_plan(1), min(20));
    assert_eq!(local(run.meeting.timers(run.secs(370)).projected_end), "09:35:00");
    // Session Two set to half an hour.
    run.ok(Action::Retime { session: 1, topic: None, seconds: Some(1800) }, 380);
    assert_eq!(local(run.meeting.timers(run.secs(380)).projected_end), "09:45:00");
    assert_eq!(run.meeting.timers(run.secs(380)).drift, min(0));
    assert_eq!(run.meeting.published().sessions[1].duration, min(20));
    assert!(matches!(
        run.meeting.plan_changes()[1].change,
        Change::Removed { from: Position { session: 1, topic: 0 }, ref title, origin: Some(Position { session: 1, topic: 0 }) } if title == "C"
    ));
}

#[test]
fn a_topic_moved_takes_its_time_its_notes_and_its_plan_with_it() {
    let mut run = opened();
    run.ok(Action::CommitNote { id: NoteId::from("a1"), text: "A의 기록".into() }, 60);
    run.ok(Action::NextTopic, 240);
    // 09:06, on B: A (four minutes run, four planned, one note) moved to the front of Two.
    run.ok(Action::MoveTopic { session: 0, topic: 0, to_session: 1, to_topic: 0 }, 360);
    assert_eq!(titles(&run, 0), ["B"]);
    assert_eq!(titles(&run, 1), ["A", "C", "D", "E"]);
    assert_eq!(run.meeting.position(), Position::new(0, 0), "still on B, now the first topic");
    let now = run.secs(360);
    // A's four minutes go with it; the session it ran in keeps the six minutes spent in it.
    assert_eq!(run.meeting.topic_elapsed(Position::new(1, 0), now), min(4));
    assert_eq!(run.meeting.topic_elapsed(Position::new(0, 0), now), min(2));
    assert_eq!(run.meeting.session_elapsed(0, now), min(6));
    assert_eq!(run.meeting.session_elapsed(1, now), min(0));
    assert_eq!(run.meeting.running_time(now), min(6), "no second lost or counted twice");
    assert_eq!(run.meeting.session_plan(0), min(6));
    assert_eq!(run.meeting.session_plan(1), min(24));
    assert_eq!(run.meeting.note(&NoteId::from("a1")).unwrap().on, Some(Position::new(1, 0)));
    assert_eq!(run.meeting.notes_on(Position::new(1, 0)).count(), 1);
    // Drift still counts against the published plan: 09:06, six minutes into a ten-minute session.
    assert_eq!(run.meeting.timers(now).drift, min(0));
    // The journal folds to the same meeting.
    assert_eq!(fold(&run.header, &run.entries), run.meeting);
}

#[test]
fn what_may_not_change_is_refused_and_leaves_no_trace() {
    let mut run = opened();
    run.ok(Action::CommitNote { id: NoteId::from("a1"), text: "A의 기록".into() }, 60);
    run.ok(Action::NextTopic, 240);
    for (action, refusal) in [
        (Action::RemoveTopic { session: 0, topic: 1 }, Refusal::TakenUp),
        (Action::RemoveTopic { session: 0, topic: 0 }, Refusal::TakenUp),
        (Action::RemoveTopic { session: 3, topic: 0 }, Refusal::NoSuchTopic { session: 3, topic: 0 }),
        (insert(0, 3, "너무 뒤", None), Refusal::NoSuchTopic { session: 0, topic: 3 }),
        (insert(7, 0, "없는 세션", None), Refusal::NoSuchSession { session: 7 }),
        (insert(0, 0, "   ", None), Refusal::NoTitle),
        (insert(0, 0, "0초", Some(0)), Refusal::PlanOutOfBounds),
        (Action::Retime { session: 0, topic: None, seconds: Some(30) }, Refusal::PlanOutOfBounds),
        (Action::Retime { session: 0, topic: None, seconds: None }, Refusal::PlanOutOfBounds),
        (Action::MoveTopic { session: 0, topic: 1, to_session: 0, to_topic: 1 }, Refusal::AlreadyThere),
        (
            Action::MoveTopic { session: 0, topic: 0, to_session: 0, to_topic: 2 },
            Refusal::NoSuchTopic { session: 0, topic: 2 },
        ),
        (Action::RenameTopic { session: 0, topic: 0, title: "".into() }, Refusal::NoTitle),
        (Action::ShowRoom { text: " \n ".into() }, Refusal::EmptyMessage),
    ] {
        let before = run.meeting.clone();
        assert_eq!(run.meeting.apply(action.clone(), run.secs(300)).unwrap_err(), refusal, "{action:?}");
        assert_eq!(run.meeting, before);
    }
    // A session keeps one topic: One's last cannot leave once the other has.
    run.ok(Action::MoveTopic { session: 0, topic: 0, to_session: 1, to_topic: 3 }, 300);
    assert_eq!(
        run.meeting
            .apply(Action::MoveTopic { session: 0, topic: 0, to_session: 1, to_topic: 0 }, run.secs(310)),
        Err(Refusal::OnlyTopic)
    );
    // Renaming to the same title writes nothing.
    assert!(run.ok(Action::RenameTopic { session: 0, topic: 0, title: "B".into() }, 320).entries.is_empty());
    run.ok(Action::Close, 400);
    assert_eq!(run.meeting.apply(insert(0, 0, "산회 후", None), run.secs(500)).unwrap_err(), Refusal::Closed);
}

#[test]
fn before_opening_the_plan_can_change_and_the_meeting_opens_on_its_first_topic() {
    let mut run = Run::new(SMALL);
    run.ok(insert(0, 0, "개회 전 추가", Some(2)), -300);
    run.ok(Action::RemoveTopic { session: 1, topic: 2 }, -200);
    run.ok(Action::Open, 0);
    assert_eq!(run.meeting.state(), State::Running);
    assert_eq!(run.meeting.position(), Position::new(0, 0));
    assert_eq!(run.meeting.agenda().sessions[0].topics[0].title, "개회 전 추가");
    assert_eq!(titles(&run, 1), ["C", "D"]);
    assert_eq!(run.meeting.session_plan(0), min(12));
}

#[test]
fn the_rooms_message_shows_until_cleared_or_closed() {
    let mut run = opened();
    assert!(run.meeting.room_message().is_none());
    run.ok(Action::ShowRoom { text: "마무리 부탁드립니다".into() }, 60);
    let shown = run.meeting.room_message().unwrap();
    assert_eq!(&*shown.text, "마무리 부탁드립니다");
    assert_eq!(local(shown.at), "09:01:00");
    run.ok(Action::ShowRoom { text: "2분 남았습니다".into() }, 90);
    assert_eq!(&*run.meeting.room_message().unwrap().text, "2분 남았습니다", "the next replaces it");
    run.ok(Action::ClearRoom, 120);
    assert!(run.meeting.room_message().is_none());
    assert!(run.ok(Action::ClearRoom, 130).entries.is_empty(), "nothing to clear");
    run.ok(Action::ShowRoom { text: "잠시 정회합니다".into() }, 140);
    run.ok(Action::Close, 200);
    assert!(run.meeting.room_message().is_none(), "closing clears the room");
    assert_eq!(fold(&run.header, &run.entries), run.meeting);
}

/// The minutes show the agenda as held against the published one: the added topic marked, the
/// moved one with where it was published, a topic only shifted by them unmarked; planned is the
/// published plan with the plan held beside it; the changes listed; the JSON says the same.
#[test]
fn the_minutes_show_the_agenda_as_published_and_as_held() {
    let _english = gavel::i18n::speaking(gavel::i18n::Lang::En);
    let mut run = opened();
    run.ok(insert(0, 1, "Urgent: typhoon", Some(5)), 60);
    run.ok(Action::MoveTopic { session: 1, topic: 2, to_session: 1, to_topic: 0 }, 70);
    run.ok(Action::NextTopic, 120);
    run.ok(Action::CommitNote { id: NoteId::from("u1"), text: "Shelters checked".into() }, 180);
    run.ok(Action::Close, 400);
    let md = gavel::minutes::markdown(&run.meeting, None);
    let about = |title: &str| {
        let after = md.split(&format!(" {title}\n")).nth(1).unwrap_or_else(|| panic!("{title} in:\n{md}"));
        after.lines().find(|l| !l.trim().is_empty()).unwrap().to_owned()
    };
    assert!(about("Urgent: typhoon").contains("(added during the meeting)"), "{md}");
    assert!(about("E").contains("(published as 2.3)"), "{md}");
    assert!(!about("B").contains('('), "B only shifted down: {md}");
    assert!(md.contains("Planned 10m (adjusted to 15m)"), "{md}");
    assert!(md.contains("## Changes to the agenda"), "{md}");
    assert!(md.contains("09:01 Added 1.2 Urgent: typhoon"), "{md}");
    assert!(md.contains("09:01 Moved \"E\" from 2.3 to 2.1"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&gavel::minutes::json(&run.meeting, None)).unwrap();
    let changes: Vec<&str> =
        json["plan_changes"].as_array().unwrap().iter().map(|c| c["change"].as_str().unwrap()).collect();
    assert_eq!(changes, ["inserted", "moved"]);
    assert_eq!(json["sessions"][0]["topics"][1]["added"], true);
    assert_eq!(json["sessions"][0]["planned_ms"], 600_000, "the published plan");
    assert_eq!(json["sessions"][0]["adjusted_ms"], 900_000, "the plan held");
    assert_eq!(json["sessions"][1]["topics"][0]["published"]["topic"], 2);
    assert!(json["sessions"][0]["topics"][2].get("published").is_none(), "B is as published");
}
