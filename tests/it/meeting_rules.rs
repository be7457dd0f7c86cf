//! The rules of `Meeting::apply`: what each action does, what it refuses and why, the entries it
//! writes, topic statuses, notes and their histories. Every step also checks live == fold.

use crate::meeting_support;

use gavel::meeting::{
    Action, Effect, Entry, Event, NoteId, Notice, Position, Refusal, State, TopicStatus, fold, notes::Kind,
};
use meeting_support::{Run, SMALL, at};

fn commit(id: &str, text: &str) -> Action {
    Action::CommitNote { id: NoteId::from(id), text: text.to_owned() }
}

fn edit(id: &str, text: &str) -> Action {
    Action::EditNote { id: NoteId::from(id), text: text.to_owned() }
}

fn strike(id: &str) -> Action {
    Action::StrikeNote { id: NoteId::from(id) }
}

fn events(outcome: &gavel::meeting::Outcome) -> Vec<Event> {
    outcome.entries.iter().map(|e| e.event.clone()).collect()
}

#[test]
fn before_opening_only_open_and_notes_are_accepted() {
    let cases = [
        Action::PauseResume,
        Action::NextTopic,
        Action::PreviousTopic,
        Action::NextSession,
        Action::PreviousSession,
        Action::JumpTo { session: 1, topic: 0 },
        Action::AddMinute,
        Action::RemoveMinute,
        Action::Skip,
        Action::Defer,
        Action::Close,
    ];
    let mut run = Run::new(SMALL);
    for action in cases {
        assert_eq!(run.refused(action.clone(), 0), Refusal::OpenFirst, "{action:?}");
    }
    assert_eq!(run.meeting.state(), State::NotOpened);
    let outcome = run.ok(commit("n1", "Quorum present"), -60);
    assert_eq!(
        events(&outcome),
        [Event::NoteCommitted {
            id: "n1".into(),
            on: None,
            text: "Quorum present".into(),
            written_at: None,
            speaker: None
        }]
    );
    let outcome = run.ok(Action::Open, 0);
    assert_eq!(events(&outcome), [Event::Opened]);
    assert_eq!(run.meeting.state(), State::Running);
    assert_eq!(run.meeting.position(), Position::new(0, 0));
    assert_eq!(run.refused(Action::Open, 1), Refusal::AlreadyOpen);
    assert_eq!(run.meeting.notes_before_opening().count(), 1);
}

#[test]
fn after_closing_everything_is_refused() {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    run.ok(commit("n1", "x"), 5);
    let outcome = run.ok(Action::Close, 10);
    assert_eq!(events(&outcome), [Event::Closed]);
    assert_eq!(outcome.effects, [Effect::Closed]);
    assert_eq!(run.meeting.state(), State::Closed);
    let cases = [
        Action::Open,
        Action::PauseResume,
        Action::NextTopic,
        Action::PreviousTopic,
        Action::NextSession,
        Action::PreviousSession,
        Action::JumpTo { session: 1, topic: 0 },
        Action::AddMinute,
        Action::RemoveMinute,
        Action::Skip,
        Action::Defer,
        commit("n2", "late"),
        commit("n1", "x"),
        edit("n1", "y"),
        strike("n1"),
        Action::Close,
    ];
    for action in cases {
        assert_eq!(run.refused(action.clone(), 20), Refusal::Closed, "{action:?}");
    }
}

#[test]
fn pause_and_resume_alternate() {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    assert_eq!(events(&run.ok(Action::PauseResume, 10)), [Event::Paused]);
    assert_eq!(run.meeting.state(), State::Paused);
    assert_eq!(events(&run.ok(Action::PauseResume, 20)), [Event::Resumed]);
    assert_eq!(run.meeting.state(), State::Running);
    // Closing from paused is allowed too.
    run.ok(Action::PauseResume, 30);
    run.ok(Action::Close, 40);
    assert_eq!(run.meeting.state(), State::Closed);
}

/// Start, then each action with the position after it or the refusal's reason.
#[test]
fn navigation() {
    use Action::*;
    type Expect = Result<(usize, usize), Refusal>;
    let cases: Vec<(&str, Vec<(Action, Expect)>)> = vec![
        (
            "next walks the topics and crosses into the next session",
            vec![
                (NextTopic, Ok((0, 1))),
                (NextTopic, Ok((1, 0))),
                (NextTopic, Ok((1, 1))),
                (NextTopic, Ok((1, 2))),
            ],
        ),
        (
            "next at the agenda's last topic is refused",
            vec![(JumpTo { session: 1, topic: 2 }, Ok((1, 2))), (NextTopic, Err(Refusal::LastTopic))],
        ),
        (
            "previous crosses back to the previous session's last topic",
            vec![(NextSession, Ok((1, 0))), (PreviousTopic, Ok((0, 1))), (PreviousTopic, Ok((0, 0)))],
        ),
        ("previous at the first topic is refused", vec![(PreviousTopic, Err(Refusal::FirstTopic))]),
        (
            "session moves go to the session's first topic",
            vec![
                (NextTopic, Ok((0, 1))),
                (NextSession, Ok((1, 0))),
                (NextTopic, Ok((1, 1))),
                (PreviousSession, Ok((0, 0))),
            ],
        ),
        (
            "session moves stop at the ends",
            vec![
                (PreviousSession, Err(Refusal::FirstSession)),
                (NextSession, Ok((1, 0))),
                (NextSession, Err(Refusal::LastSession)),
            ],
        ),
        (
            "jump goes anywhere in the agenda, and nowhere else",
            vec![
                (JumpTo { session: 1, topic: 1 }, Ok((1, 1))),
                (JumpTo { session: 0, topic: 1 }, Ok((0, 1))),
                (JumpTo { session: 0, topic: 1 }, Err(Refusal::AlreadyThere)),
                (JumpTo { session: 0, topic: 2 }, Err(Refusal::NoSuchTopic { session: 0, topic: 2 })),
                (JumpTo { session: 2, topic: 0 }, Err(Refusal::NoSuchTopic { session: 2, topic: 0 })),
            ],
        ),
        (
            "skip and defer move on as next does",
            vec![(Skip, Ok((0, 1))), (Defer, Ok((1, 0))), (Skip, Ok((1, 1)))],
        ),
    ];
    for (name, steps) in cases {
        let mut run = Run::new(SMALL);
        run.ok(Action::Open, 0);
        for (i, (action, expect)) in steps.into_iter().enumerate() {
            let n = 10 * (i as i64 + 1);
            match expect {
                Ok((s, t)) => {
                    run.ok(action.clone(), n);
                    assert_eq!(run.meeting.position(), Position::new(s, t), "{name}: step {i} {action:?}");
                }
                Err(reason) => {
                    assert_eq!(run.refused(action.clone(), n), reason, "{name}: step {i} {action:?}")
                }
            }
        }
    }
}

#[test]
fn moves_are_allowed_while_paused() {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    run.ok(Action::PauseResume, 60);
    run.ok(Action::NextSession, 61);
    assert_eq!(run.meeting.position(), Position::new(1, 0));
    assert_eq!(run.meeting.state(), State::Paused);
}

#[test]
fn entries_of_each_action() {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    assert_eq!(events(&run.ok(Action::NextTopic, 1)), [Event::Moved { session: 0, topic: 1 }]);
    assert_eq!(events(&run.ok(Action::AddMinute, 2)), [Event::PlanAdjusted { session: 0, seconds: 60 }]);
    assert_eq!(events(&run.ok(Action::RemoveMinute, 3)), [Event::PlanAdjusted { session: 0, seconds: -60 }]);
    assert_eq!(
        events(&run.ok(Action::Skip, 4)),
        [Event::TopicSkipped { session: 0, topic: 1 }, Event::Moved { session: 1, topic: 0 }]
    );
    assert_eq!(
        events(&run.ok(Action::Defer, 5)),
        [Event::TopicDeferred { session: 1, topic: 0 }, Event::Moved { session: 1, topic: 1 }]
    );
    // Both entries of one action share the action's instant.
    let n = run.entries.len();
    assert_eq!(run.entries[n - 1].at, run.entries[n - 2].at);
    assert_eq!(
        events(&run.ok(Action::JumpTo { session: 1, topic: 2 }, 6)),
        [Event::Moved { session: 1, topic: 2 }]
    );
    // At the very last topic, skip only marks it and says so.
    let outcome = run.ok(Action::Skip, 7);
    assert_eq!(events(&outcome), [Event::TopicSkipped { session: 1, topic: 2 }]);
    assert_eq!(outcome.effects, [Effect::Notice(Notice::LastTopicMarked)]);
    assert_eq!(run.meeting.position(), Position::new(1, 2));
    assert!(run.meeting.agenda_done());
    assert_eq!(run.refused(Action::Skip, 8), Refusal::AlreadySkipped);
    // A different mark replaces it.
    assert_eq!(events(&run.ok(Action::Defer, 9)), [Event::TopicDeferred { session: 1, topic: 2 }]);
}

#[test]
fn topic_statuses() {
    use TopicStatus::*;
    let status = |run: &Run| -> Vec<TopicStatus> {
        [(0, 0), (0, 1), (1, 0), (1, 1), (1, 2)]
            .into_iter()
            .map(|(s, t)| run.meeting.topic_status(Position::new(s, t)))
            .collect()
    };
    let mut run = Run::new(SMALL);
    assert_eq!(
        status(&run),
        [Pending, Pending, Pending, Pending, Pending],
        "before opening nothing is current"
    );
    run.ok(Action::Open, 0);
    assert_eq!(status(&run), [Current, Pending, Pending, Pending, Pending]);
    run.ok(Action::Skip, 10);
    assert_eq!(status(&run), [Skipped, Current, Pending, Pending, Pending]);
    run.ok(Action::Defer, 20);
    assert_eq!(status(&run), [Skipped, Deferred, Current, Pending, Pending]);
    run.ok(Action::NextTopic, 30);
    assert_eq!(status(&run), [Skipped, Deferred, Done, Current, Pending]);
    // A deferred topic taken up later and left is done.
    run.ok(Action::JumpTo { session: 0, topic: 1 }, 40);
    assert_eq!(status(&run), [Skipped, Current, Done, Done, Pending]);
    run.ok(Action::JumpTo { session: 1, topic: 2 }, 50);
    assert_eq!(status(&run), [Skipped, Done, Done, Done, Current]);
    // A skipped topic stays skipped unless visited; visited and left, it is done.
    run.ok(Action::JumpTo { session: 0, topic: 0 }, 60);
    assert_eq!(status(&run), [Current, Done, Done, Done, Done]);
    run.ok(Action::Defer, 70);
    assert_eq!(status(&run), [Deferred, Current, Done, Done, Done], "marked again on a later visit");
    // Closing makes the current topic done unless it was just marked.
    run.ok(Action::Close, 80);
    assert_eq!(status(&run), [Deferred, Done, Done, Done, Done]);

    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    run.ok(Action::JumpTo { session: 1, topic: 2 }, 10);
    run.ok(Action::Skip, 20);
    run.ok(Action::Close, 30);
    assert_eq!(status(&run), [Done, Pending, Pending, Pending, Skipped], "untouched topics stay pending");
}

#[test]
fn plan_adjustments_stay_within_bounds() {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    run.ok(Action::AddMinute, 1);
    assert_eq!(run.meeting.session_plan(0), chrono::TimeDelta::minutes(11));
    for i in 0..10 {
        run.ok(Action::RemoveMinute, 2 + i);
    }
    assert_eq!(run.meeting.session_plan(0), chrono::TimeDelta::minutes(1));
    assert_eq!(run.refused(Action::RemoveMinute, 20), Refusal::PlanFloor);
    // Adjustments belong to the current session only, and the published plan is untouched.
    run.ok(Action::NextSession, 21);
    run.ok(Action::AddMinute, 22);
    assert_eq!(run.meeting.session_plan(1), chrono::TimeDelta::minutes(21));
    assert_eq!(run.meeting.session_plan(0), chrono::TimeDelta::minutes(1));
    assert_eq!(run.meeting.agenda().sessions[0].duration, chrono::TimeDelta::minutes(10));
    for i in 0..(24 * 60 - 21) {
        run.ok(Action::AddMinute, 23 + i);
    }
    assert_eq!(run.refused(Action::AddMinute, 5000), Refusal::PlanCeiling);
}

#[test]
fn notes_keep_identity_history_and_topic() {
    let mut run = Run::new(SMALL);
    run.ok(commit("before", "Papers circulated"), -120);
    run.ok(Action::Open, 0);
    run.ok(Action::NextTopic, 30);
    run.ok(commit("n1", "d: approve the plan"), 40);
    run.ok(edit("n1", "d: approve the amended plan"), 50);
    run.ok(commit("n2", "a: @김민수 send the report due:2025-01-31"), 60);
    run.ok(commit("n3", "typo"), 70);
    run.ok(strike("n3"), 80);

    let m = &run.meeting;
    let before = m.note(&"before".into()).unwrap();
    assert_eq!(before.on, None);
    assert_eq!(before.taken_at(), at("2025-01-15T08:58:00+09:00"));

    let n1 = m.note(&"n1".into()).unwrap();
    assert_eq!(n1.on, Some(Position::new(0, 1)));
    assert_eq!(n1.parsed.kind, Kind::Decision);
    assert_eq!(&*n1.parsed.text, "approve the amended plan");
    assert_eq!(n1.text(), "d: approve the amended plan");
    let history: Vec<(String, &str)> = n1.versions.iter().map(|v| (v.at.to_rfc3339(), &*v.text)).collect();
    assert_eq!(
        history,
        [
            ("2025-01-15T09:00:40+09:00".to_owned(), "d: approve the plan"),
            ("2025-01-15T09:00:50+09:00".to_owned(), "d: approve the amended plan")
        ]
    );
    assert_eq!(n1.taken_at(), at("2025-01-15T09:00:40+09:00"), "an edit keeps the note's instant");

    let n2 = m.note(&"n2".into()).unwrap();
    assert_eq!(n2.parsed.owner.as_deref(), Some("김민수"));
    assert_eq!(n2.parsed.due, chrono::NaiveDate::from_ymd_opt(2025, 1, 31));

    let n3 = m.note(&"n3".into()).unwrap();
    assert!(n3.is_struck());
    assert_eq!(n3.struck_at, Some(at("2025-01-15T09:01:20+09:00").fixed_offset()));

    let on_topic: Vec<&str> = m.notes_on(Position::new(0, 1)).map(|n| n.id.as_str()).collect();
    assert_eq!(on_topic, ["n1", "n2", "n3"]);
    let all: Vec<&str> = m.notes().iter().map(|n| n.id.as_str()).collect();
    assert_eq!(all, ["before", "n1", "n2", "n3"]);
}

#[test]
fn note_refusals_and_repeats() {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    run.ok(commit("n1", "first"), 10);
    let cases: Vec<(Action, Refusal)> = vec![
        (commit("n2", ""), Refusal::EmptyNote),
        (commit("n2", "  \n\t "), Refusal::EmptyNote),
        (commit("n2", "d:   "), Refusal::EmptyDecision),
        (commit("n2", "A:"), Refusal::EmptyActionItem),
        (commit("", "text"), Refusal::NoNoteId),
        (commit("n1", "something else"), Refusal::IdTaken { id: NoteId::from("n1") }),
        (edit("nope", "x"), Refusal::NoSuchNote { id: NoteId::from("nope") }),
        (strike("nope"), Refusal::NoSuchNote { id: NoteId::from("nope") }),
        (edit("n1", " "), Refusal::EmptyNote),
    ];
    for (action, reason) in cases {
        assert_eq!(run.refused(action.clone(), 20), reason, "{action:?}");
    }
    // The same note sent again is kept once, even after it was edited.
    assert!(run.ok(commit("n1", "first"), 30).entries.is_empty());
    run.ok(edit("n1", "second"), 40);
    assert!(run.ok(commit("n1", "first"), 50).entries.is_empty());
    // An edit to the same text writes nothing.
    assert!(run.ok(edit("n1", "second"), 55).entries.is_empty());
    run.ok(strike("n1"), 60);
    assert_eq!(run.refused(edit("n1", "third"), 70), Refusal::NoteStruck { id: NoteId::from("n1") });
    assert_eq!(run.refused(strike("n1"), 70), Refusal::NoteStruck { id: NoteId::from("n1") });
    assert_eq!(run.meeting.notes().len(), 1);
}

#[test]
fn note_text_is_stored_nfc() {
    let mut run = Run::new(SMALL);
    let decomposed = "\u{1112}\u{1161}\u{11ab}\u{1100}\u{1173}\u{11af}"; // 한글, as jamo
    let outcome = run.ok(commit("n1", decomposed), 0);
    let Event::NoteCommitted { text, .. } = &outcome.entries[0].event else { panic!() };
    assert_eq!(&**text, "한글");
    // The repeat of a note sent decomposed is still the same note.
    assert!(run.ok(commit("n1", decomposed), 1).entries.is_empty());
}

#[test]
fn entries_are_stamped_in_the_meeting_zone_to_the_millisecond() {
    let mut run = Run::new(SMALL);
    let now = at("2025-01-15T00:00:05.250987Z");
    let outcome = run.ok_at(Action::Open, now);
    let json = serde_json::to_string(&outcome.entries[0]).unwrap();
    assert_eq!(json, r#"{"at":"2025-01-15T09:00:05.250+09:00","event":{"type":"opened"}}"#);
    // Live state equals the fold of the entries after a trip through JSON.
    let back: Entry = serde_json::from_str(&json).unwrap();
    assert_eq!(fold(&run.header, &[back]), run.meeting);
    // A clock set back never stamps an entry before the last one.
    let outcome = run.ok_at(Action::NextTopic, at("2025-01-15T00:00:01Z"));
    assert_eq!(outcome.entries[0].at, at("2025-01-15T00:00:05.250Z"));
}

#[test]
fn fold_ignores_entries_that_do_not_fit() {
    let header = meeting_support::header(SMALL);
    let stamp = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    let entries = vec![
        Entry { at: stamp("2025-01-15T09:00:00+09:00"), event: Event::Moved { session: 0, topic: 1 } },
        Entry { at: stamp("2025-01-15T09:00:00+09:00"), event: Event::Opened },
        Entry { at: stamp("2025-01-15T09:00:01+09:00"), event: Event::Moved { session: 9, topic: 0 } },
        Entry {
            at: stamp("2025-01-15T09:00:02+09:00"),
            event: Event::PlanAdjusted { session: 0, seconds: -600 },
        },
        Entry {
            at: stamp("2025-01-15T09:00:03+09:00"),
            event: Event::NoteEdited { id: "x".into(), text: "y".into(), speaker: None },
        },
        Entry { at: stamp("2025-01-15T09:00:04+09:00"), event: Event::Resumed },
        Entry { at: stamp("2025-01-15T09:00:05+09:00"), event: Event::Opened },
    ];
    let m = fold(&header, &entries);
    assert_eq!(m.entry_count(), 7);
    assert_eq!(m.ignored_entries(), 6);
    assert_eq!(m.state(), State::Running);
    assert_eq!(m.position(), Position::new(0, 0));
}

#[test]
fn a_hand_made_header_cannot_make_the_core_panic() {
    let mut header = meeting_support::header(SMALL);
    // No validated agenda looks like this; a hand-edited journal might.
    header.agenda.sessions[0].duration = chrono::TimeDelta::MAX;
    header.agenda.sessions[1].duration = -chrono::TimeDelta::MAX;
    let mut meeting = fold(&header, &[]);
    let now = at("2025-01-15T00:00:00Z");
    for action in
        [Action::Open, Action::AddMinute, Action::RemoveMinute, Action::NextSession, Action::AddMinute]
    {
        let _ = meeting.apply(action, now);
    }
    let _ = meeting.timers(now);
    let _ = gavel::minutes::markdown(&meeting, None);
    let _ = gavel::minutes::json(&meeting, None);
    // A session without topics cannot be opened on.
    header.agenda.sessions[0].topics.clear();
    let mut meeting = fold(&header, &[]);
    assert_eq!(meeting.apply(Action::Open, now).unwrap_err(), Refusal::NoTopics);
    let opened = Entry { at: now.fixed_offset(), event: Event::Opened };
    let meeting = fold(&header, &[opened]);
    assert_eq!(meeting.state(), State::NotOpened);
    assert_eq!(meeting.ignored_entries(), 1);
    assert!(!meeting.agenda_done());
    let _ = meeting.timers(now);
    let _ = gavel::minutes::markdown(&meeting, None);
}
