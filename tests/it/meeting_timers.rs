//! The time rules of PRODUCT §4, each at exact instants: what counts when, remaining and levels,
//! drift against the published plan, the projected end, a restart while running, midnight and
//! daylight-saving changes, and the bell.

use crate::meeting_support;

use chrono::{DateTime, TimeDelta};
use gavel::meeting::{Action, BellWatch, Effect, Level, NoteId, Position, State, Timers, fold};
use gavel::words;
use meeting_support::{Run, SMALL, at};

fn min(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}

fn ms(m: i64) -> TimeDelta {
    TimeDelta::milliseconds(m)
}

/// Seconds after the planned start (09:00 +09:00) written as minutes and seconds.
fn hm(m: i64, s: i64) -> i64 {
    m * 60 + s
}

fn timers(run: &Run, n: i64) -> Timers {
    run.meeting.timers(run.secs(n))
}

fn local(t: DateTime<chrono::FixedOffset>) -> String {
    t.format("%H:%M:%S").to_string()
}

#[test]
fn before_opening() {
    let run = Run::new(SMALL);
    // Early: nothing runs, no drift, the plan as published.
    let t = timers(&run, -hm(10, 0));
    assert_eq!(t.state, State::NotOpened);
    assert_eq!(
        (t.session_elapsed, t.topic_elapsed, t.meeting_elapsed, t.running_time),
        (min(0), min(0), min(0), min(0))
    );
    assert_eq!(t.session_remaining, min(10));
    assert_eq!(t.level, Level::Normal);
    assert_eq!(t.drift, min(0));
    assert_eq!(local(t.projected_end), "09:35:00");
    // Late: the lateness is drift, and the plan starts now.
    let t = timers(&run, hm(3, 0));
    assert_eq!(t.drift, min(3));
    assert_eq!(local(t.projected_end), "09:38:00");
}

/// Open late at 09:02; run A; pause; resume; B; back to A; and so on, each row a check at an
/// instant: (seconds after 09:00, session elapsed, topic elapsed, meeting elapsed, running,
/// remaining, level, drift, projected end).
#[test]
fn clock_table() {
    let mut run = Run::new(SMALL);
    type Row = (i64, TimeDelta, TimeDelta, TimeDelta, TimeDelta, TimeDelta, Level, TimeDelta, &'static str);
    let check = |run: &Run, rows: &[Row]| {
        for &(n, session, topic, meeting, running, remaining, level, drift, end) in rows {
            let t = timers(run, n);
            let got = (
                t.session_elapsed,
                t.topic_elapsed,
                t.meeting_elapsed,
                t.running_time,
                t.session_remaining,
                t.level,
                t.drift,
            );
            assert_eq!(got, (session, topic, meeting, running, remaining, level, drift), "at +{n}s");
            assert_eq!(local(t.projected_end), end, "projected end at +{n}s");
            assert_eq!(t.paused_time, t.meeting_elapsed - t.running_time);
        }
    };
    run.ok(Action::Open, hm(2, 0));
    check(
        &run,
        &[
            // The clock starts at the opening: nothing has run yet, and the late start is drift.
            (hm(2, 0), min(0), min(0), min(0), min(0), min(10), Level::Normal, min(2), "09:37:00"),
            (hm(3, 0), min(1), min(1), min(1), min(1), min(9), Level::Normal, min(2), "09:37:00"),
        ],
    );
    let t = timers(&run, hm(3, 0));
    assert_eq!((t.topic_plan, t.topic_remaining), (Some(min(4)), Some(min(3))));

    // Paused, nothing runs; the wall clock goes on, and so does drift and the projected end.
    run.ok(Action::PauseResume, hm(4, 0));
    check(&run, &[(hm(6, 0), min(2), min(2), min(4), min(2), min(8), Level::Normal, min(4), "09:39:00")]);
    run.ok(Action::PauseResume, hm(6, 0));
    run.ok(Action::NextTopic, hm(7, 0));
    // B has no planned duration: no topic remaining.
    let t = timers(&run, hm(7, 30));
    assert_eq!((t.topic_elapsed, t.topic_plan, t.topic_remaining), (TimeDelta::seconds(30), None, None));
    run.ok(Action::PreviousTopic, hm(8, 0));
    // Back on A, its count goes on from 3:00; the session holds both topics' time.
    check(&run, &[(hm(9, 0), min(5), min(4), min(7), min(5), min(5), Level::Warning, min(4), "09:39:00")]);
    let t = timers(&run, hm(9, 0));
    assert_eq!(t.topic_remaining, Some(min(0)));
    assert_eq!(run.meeting.topic_elapsed(Position::new(0, 1), run.secs(hm(9, 0))), min(1));
    // Levels at their edges: warning at 5:00 left, danger at 1:00 and at 0:00, over past zero.
    let level = |run: &Run, n: TimeDelta| run.meeting.timers(run.secs(0) + n).level;
    assert_eq!(level(&run, min(9) - ms(1)), Level::Normal);
    assert_eq!(level(&run, min(9)), Level::Warning);
    assert_eq!(level(&run, min(13) - ms(1)), Level::Warning);
    assert_eq!(level(&run, min(13)), Level::Danger);
    assert_eq!(level(&run, min(14)), Level::Danger);
    assert_eq!(level(&run, min(14) + ms(1)), Level::Over);
    // Over time: remaining goes negative; an overrun session counts as finished now.
    check(
        &run,
        &[(
            hm(16, 5),
            min(12) + TimeDelta::seconds(5),
            min(11) + TimeDelta::seconds(5),
            min(14) + TimeDelta::seconds(5),
            min(12) + TimeDelta::seconds(5),
            -(min(2) + TimeDelta::seconds(5)),
            Level::Over,
            min(6) + TimeDelta::seconds(5),
            "09:41:05",
        )],
    );
    assert_eq!(words::remaining(timers(&run, hm(16, 5)).session_remaining), "+0:02:05");
}

#[test]
fn adjustments_move_the_projected_end_not_the_drift() {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    let before = timers(&run, hm(5, 0));
    run.ok(Action::AddMinute, hm(5, 0));
    run.ok(Action::AddMinute, hm(5, 0));
    let after = timers(&run, hm(5, 0));
    assert_eq!(after.drift, before.drift);
    assert_eq!(after.projected_end - before.projected_end, min(2));
    assert_eq!(after.session_remaining - before.session_remaining, min(2));
    assert_eq!(after.session_plan, min(12));
    // Adjusting a later session moves the end from anywhere before it.
    run.ok(Action::NextSession, hm(10, 0));
    let t = timers(&run, hm(10, 0));
    // 09:10 + 20m + no break left (it is before session two) = 09:30; drift 5m ahead.
    assert_eq!(local(t.projected_end), "09:30:00");
    assert_eq!(t.drift, -min(5));
}

#[test]
fn drift_is_measured_against_the_published_plan() {
    // Each row: what happens, then (seconds after 09:00, expected drift).
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    // Running on time inside the plan: no drift.
    assert_eq!(timers(&run, hm(9, 0)).drift, min(0));
    // Session one runs two minutes over: two minutes behind.
    assert_eq!(timers(&run, hm(12, 0)).drift, min(2));
    // The chair moves to session two at 09:12 and pauses through the planned coffee break.
    run.ok(Action::NextSession, hm(12, 0));
    run.ok(Action::PauseResume, hm(12, 0));
    assert_eq!(timers(&run, hm(12, 0)).drift, -min(3), "the coffee break has not started yet by plan");
    assert_eq!(timers(&run, hm(15, 0)).drift, min(0));
    assert_eq!(timers(&run, hm(16, 0)).drift, min(1), "pausing past the plan falls behind");
    run.ok(Action::PauseResume, hm(16, 0));
    assert_eq!(timers(&run, hm(26, 0)).drift, min(1));
    // Closing freezes drift as the close against the published end (09:35).
    run.ok(Action::Close, hm(33, 0));
    let t = timers(&run, hm(90, 0));
    assert_eq!(t.drift, -min(2));
    assert_eq!(words::drift(t.drift), "0:02:00 ahead");
    assert_eq!(local(t.projected_end), "09:33:00");
    assert_eq!(t.meeting_elapsed, min(33));
    assert_eq!(t.running_time, min(29));
    assert_eq!(t.session_elapsed, min(17));
}

#[test]
fn a_restart_while_running_counts_the_gap_on_the_current_item() {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    run.ok(Action::NextTopic, hm(2, 0));
    // The program stops here; an hour later the journal is folded again.
    let resumed = fold(&run.header, &run.entries);
    let t = resumed.timers(run.secs(hm(62, 0)));
    assert_eq!(t.state, State::Running);
    assert_eq!(t.topic_elapsed, min(60));
    assert_eq!(t.session_elapsed, min(62));
    assert_eq!(t.running_time, min(62));
    assert_eq!(resumed.topic_elapsed(Position::new(0, 0), run.secs(hm(62, 0))), min(2));
    // A meeting stopped while paused did not run meanwhile.
    run.ok(Action::PauseResume, hm(3, 0));
    let resumed = fold(&run.header, &run.entries);
    assert_eq!(resumed.timers(run.secs(hm(62, 0))).running_time, min(3));
}

#[test]
fn a_meeting_across_midnight() {
    let yaml = r#"
title: Night session
date: 2024-12-31
start: "23:30"
timezone: Asia/Seoul
sessions:
  - title: Countdown
    duration: 1h
    topics: [Old year, New year]
  - title: After
    duration: 30m
    topics: [Toast]
"#;
    let mut run = Run::new(yaml);
    run.ok(Action::Open, hm(5, 0));
    run.ok(Action::NextTopic, hm(35, 0));
    let outcome =
        run.ok(Action::CommitNote { id: NoteId::from("n"), text: "Happy new year".into() }, hm(40, 0));
    assert_eq!(serde_json::to_value(&outcome.entries[0]).unwrap()["at"], "2025-01-01T00:10:00.000+09:00");
    let t = timers(&run, hm(70, 0));
    assert_eq!(t.session_elapsed, min(65));
    assert_eq!(t.drift, min(10), "opened five minutes late, then five minutes over the session's end");
    assert_eq!(t.projected_end.to_rfc3339(), "2025-01-01T01:10:00+09:00");
}

const NEW_YORK_SPRING: &str = r#"
title: Spring forward
date: 2025-03-09
start: "01:30"
timezone: America/New_York
sessions:
  - title: First
    duration: 1h
    topics: [a, b]
  - title: Second
    duration: 1h
    topics: [c]
"#;

#[test]
fn across_the_spring_daylight_saving_change() {
    let mut run = Run::new(NEW_YORK_SPRING);
    assert_eq!(run.start, at("2025-03-09T06:30:00Z"));
    let t = timers(&run, 0);
    assert_eq!(
        t.projected_end.to_rfc3339(),
        "2025-03-09T04:30:00-04:00",
        "two hours of plan, one skipped by the clocks"
    );
    run.ok(Action::Open, 0);
    let early = run.ok(Action::NextTopic, hm(15, 0));
    let late = run.ok(Action::NextSession, hm(45, 0));
    let stamp = |o: &gavel::meeting::Outcome| serde_json::to_value(&o.entries[0]).unwrap()["at"].clone();
    assert_eq!(stamp(&early), "2025-03-09T01:45:00.000-05:00");
    assert_eq!(stamp(&late), "2025-03-09T03:15:00.000-04:00");
    let t = timers(&run, hm(45, 0));
    assert_eq!(t.meeting_elapsed, min(45), "45 real minutes, though the wall clock moved 1h45m");
    // Session two was published for 03:30 EDT; at 03:15 EDT the meeting is 15 minutes ahead.
    assert_eq!(t.drift, -min(15));
    assert_eq!(t.projected_end.to_rfc3339(), "2025-03-09T04:15:00-04:00");
}

#[test]
fn across_the_autumn_daylight_saving_change() {
    let yaml = NEW_YORK_SPRING.replace("2025-03-09", "2025-11-02").replace("01:30", "00:30");
    let mut run = Run::new(&yaml);
    assert_eq!(run.start, at("2025-11-02T04:30:00Z"));
    run.ok(Action::Open, 0);
    run.ok(Action::NextSession, hm(60, 0));
    let t = timers(&run, hm(90, 0));
    assert_eq!(t.meeting_elapsed, min(90));
    assert_eq!(t.drift, min(0));
    // 01:30 happens twice that night: the entries and the end say which by their offset.
    assert_eq!(run.entries[1].at.to_rfc3339(), "2025-11-02T01:30:00-04:00");
    assert_eq!(t.projected_end.to_rfc3339(), "2025-11-02T01:30:00-05:00");
    let schedule = run.meeting.agenda().schedule();
    assert_eq!(schedule.end, t.projected_end);
}

#[test]
fn display_formats() {
    let cases = [
        (TimeDelta::seconds(754), "0:12:34"),
        (ms(59_001), "0:01:00"),
        (ms(1), "0:00:01"),
        (ms(0), "0:00:00"),
        (ms(-1), "+0:00:00"),
        (ms(-65_999), "+0:01:05"),
        (TimeDelta::seconds(3723), "1:02:03"),
        (-TimeDelta::seconds(3723), "+1:02:03"),
    ];
    for (d, text) in cases {
        assert_eq!(words::remaining(d), text, "{d:?}");
    }
    assert_eq!(words::elapsed(ms(65_999)), "0:01:05");
    assert_eq!(words::elapsed(TimeDelta::seconds(3600)), "1:00:00");
    assert_eq!(words::drift(TimeDelta::seconds(192)), "0:03:12 behind");
    assert_eq!(words::drift(-TimeDelta::seconds(65)), "0:01:05 ahead");
    // Planned and actual lengths are words: `1:00:00` and `01:17` read alike, `1h` and `1m 17s` do not.
    assert_eq!(words::length(TimeDelta::seconds(3600)), "1h");
    assert_eq!(words::length(TimeDelta::seconds(77)), "1m 17s");
    assert_eq!(words::length(TimeDelta::seconds(3900)), "1h 5m");
    assert_eq!(words::length(TimeDelta::seconds(45)), "45s");
    assert_eq!(words::length(TimeDelta::zero()), "0s");
    assert_eq!(words::length_difference(TimeDelta::seconds(250)), "+4m 10s");
    assert_eq!(words::length_difference(-TimeDelta::minutes(3)), "-3m");
    assert_eq!(words::drift(ms(999)), "on time");
    assert_eq!(words::drift(TimeDelta::hours(47)), "47:00:00 behind");
    assert_eq!(words::drift(TimeDelta::days(703) + TimeDelta::hours(5)), "703 days behind");
    assert_eq!(words::drift(TimeDelta::seconds(3725)), "1:02:05 behind");
}

// ---- the bell ----

/// Looks every second from `from` to `to` (seconds after the planned start) and lists the bells.
fn watch(run: &Run, bell: &mut BellWatch, from: i64, to: i64) -> Vec<(i64, Effect)> {
    (from..=to).filter_map(|n| bell.observe(&run.meeting, run.secs(n)).map(|e| (n, e))).collect()
}

fn ring(session: usize, level: Level) -> Effect {
    Effect::Bell { session, level }
}

#[test]
fn the_bell_rings_once_into_warning_and_once_into_over_time() {
    let mut run = Run::new(SMALL);
    let mut bell = BellWatch::new();
    assert_eq!(bell.observe(&run.meeting, run.secs(0)), None, "nothing before opening");
    run.ok(Action::Open, 0);
    // 10-minute session, warning at 5:00 left, danger at 1:00: warning at 09:05, over past 09:10.
    let rang = watch(&run, &mut bell, 0, hm(12, 0));
    assert_eq!(rang, [(hm(5, 0), ring(0, Level::Warning)), (hm(10, 1), ring(0, Level::Over))]);
    // Pausing and resuming does not ring again.
    run.ok(Action::PauseResume, hm(12, 0));
    run.ok(Action::PauseResume, hm(13, 0));
    assert_eq!(watch(&run, &mut bell, hm(12, 0), hm(14, 0)), []);
    // The next session rings its own crossings; returning to the first one rings nothing.
    run.ok(Action::NextSession, hm(14, 0));
    assert_eq!(watch(&run, &mut bell, hm(14, 0), hm(29, 0)), [(hm(29, 0), ring(1, Level::Warning))]);
    run.ok(Action::PreviousSession, hm(30, 0));
    assert_eq!(watch(&run, &mut bell, hm(30, 0), hm(31, 0)), []);
    run.ok(Action::Close, hm(31, 0));
    assert_eq!(watch(&run, &mut bell, hm(31, 0), hm(60, 0)), [], "nothing after closing");
}

#[test]
fn the_bell_does_not_ring_for_crossings_before_it_looked() {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    // The program restarts at 09:07, in warning: a new watch notes it and rings only for over.
    let resumed = fold(&run.header, &run.entries);
    let mut bell = BellWatch::new();
    let rang: Vec<_> =
        (hm(7, 0)..=hm(11, 0)).filter_map(|n| bell.observe(&resumed, run.secs(n)).map(|e| (n, e))).collect();
    assert_eq!(rang, [(hm(10, 1), ring(0, Level::Over))]);
    // Replay from the start to the end at once: nothing rings for what already happened.
    let mut bell = BellWatch::new();
    assert_eq!(bell.observe(&resumed, run.secs(hm(20, 0))), None);
    assert_eq!(bell.observe(&resumed, run.secs(hm(21, 0))), None);
}

#[test]
fn an_action_that_crosses_rings_at_the_next_look() {
    let mut run = Run::new(SMALL);
    let mut bell = BellWatch::new();
    run.ok(Action::Open, 0);
    assert_eq!(bell.observe(&run.meeting, run.secs(hm(4, 30))), None);
    // 5:30 left; taking a minute leaves 4:30: warning, rung when the loop looks after apply.
    run.ok(Action::RemoveMinute, hm(4, 30));
    assert_eq!(bell.observe(&run.meeting, run.secs(hm(4, 30))), Some(ring(0, Level::Warning)));
    // Giving two minutes back and letting time bring it into warning again rings no more.
    run.ok(Action::AddMinute, hm(4, 31));
    run.ok(Action::AddMinute, hm(4, 31));
    assert_eq!(bell.observe(&run.meeting, run.secs(hm(4, 31))), None);
    assert_eq!(watch(&run, &mut bell, hm(4, 31), hm(8, 0)), []);
    assert_eq!(timers(&run, hm(8, 0)).level, Level::Warning);
}

#[test]
fn the_bell_can_be_turned_off() {
    let yaml = SMALL.replace("thresholds:", "bell: false\nthresholds:");
    let mut run = Run::new(&yaml);
    let mut bell = BellWatch::new();
    run.ok(Action::Open, 0);
    assert_eq!(watch(&run, &mut bell, 0, hm(12, 0)), []);
    assert_eq!(timers(&run, hm(12, 0)).level, Level::Over);
}

#[test]
fn now_before_the_last_entry_counts_nothing_negative() {
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, hm(1, 0));
    let t = run.meeting.timers(run.secs(0));
    assert_eq!((t.session_elapsed, t.meeting_elapsed, t.running_time), (min(0), min(0), min(0)));
}
