//! A rehearsal: any day but the agenda's (or `--rehearse`). Its minutes are named apart and
//! marked in their header; its times count from when it is opened. Before opening the chair may
//! hold it as the meeting itself, postponed to today. Each rule at exact instants.

use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, TimeDelta};
use gavel::journal::fs::{Fs, RealFs};
use gavel::journal::read_minutes;
use gavel::journal::start::{Start, StartError, running_minutes, start};
use gavel::meeting::{Action, Held, Refusal, State, fold};

use crate::meeting_support::{Run, SMALL, agenda, at, header};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn local(t: chrono::DateTime<chrono::FixedOffset>) -> String {
    t.format("%Y-%m-%d %H:%M:%S").to_string()
}

/// The small meeting (2025-01-15 09:00 +09:00, 35 minutes planned with its break) as a
/// rehearsal started on `on`.
fn rehearsal(on: &str) -> Run {
    let header = header(SMALL).rehearsing(day(on));
    let meeting = fold(&header, &[]);
    let start = header.agenda.planned_start().to_utc();
    Run { header, meeting, entries: Vec::new(), start }
}

/// (when it is opened, then a look 7 minutes later): drift, projected end. A rehearsal counts
/// from its opening whatever the day; the meeting itself counts from its agenda's start.
#[test]
fn a_rehearsal_counts_from_its_opening_on_any_day() {
    let rows = [
        // the day before, in the afternoon
        ("2025-01-14", "2025-01-14T15:00:00+09:00", "2025-01-14 15:35:00"),
        // the day after
        ("2025-01-16", "2025-01-16T08:00:00+09:00", "2025-01-16 08:35:00"),
        // on the day itself (--rehearse), late
        ("2025-01-15", "2025-01-15T11:30:00+09:00", "2025-01-15 12:05:00"),
        // across midnight: opened at 23:50 the day before, ends after midnight
        ("2025-01-14", "2025-01-14T23:50:00+09:00", "2025-01-15 00:25:00"),
    ];
    for (on, opened, end) in rows {
        let mut run = rehearsal(on);
        let opened = at(opened);
        // Before opening: no drift, and the end as if it opened now.
        let t = run.meeting.timers(opened - TimeDelta::minutes(20));
        assert_eq!(t.drift, TimeDelta::zero(), "{on}");
        assert_eq!(
            local(t.projected_end),
            local(run.header.agenda.timezone.at(opened + TimeDelta::minutes(15)))
        );
        run.ok_at(Action::Open, opened);
        let t = run.meeting.timers(opened);
        assert_eq!((t.drift, local(t.projected_end)), (TimeDelta::zero(), end.to_owned()), "{on}");
        assert_eq!(local(run.meeting.planned_start()), local(run.header.agenda.timezone.at(opened)), "{on}");
        // Seven minutes on the first topic: on time (the session has 10).
        let t = run.meeting.timers(opened + TimeDelta::minutes(7));
        assert_eq!(t.drift, TimeDelta::zero(), "{on}");
        assert_eq!(t.session_remaining, TimeDelta::minutes(3), "{on}");
        // The fold says the same from the journal alone.
        let folded = fold(&run.header, &run.entries);
        assert_eq!(folded.held(), Held::Rehearsal { on: day(on) });
        assert_eq!(
            folded.timers(opened + TimeDelta::minutes(7)),
            run.meeting.timers(opened + TimeDelta::minutes(7))
        );
    }
    // The meeting itself, opened late on its day: the lateness is drift.
    let mut run = Run::new(SMALL);
    run.ok_at(Action::Open, at("2025-01-15T09:20:00+09:00"));
    let t = run.meeting.timers(at("2025-01-15T09:20:00+09:00"));
    assert_eq!((t.drift, local(t.projected_end)), (TimeDelta::minutes(20), "2025-01-15 09:55:00".into()));
    assert_eq!(run.meeting.held(), Held::OnItsDay);
}

/// Held today as the meeting itself (postponed): the agenda's hours on that day, recorded in
/// the minutes; refused once open and for the meeting's own minutes.
#[test]
fn a_rehearsal_held_as_the_meeting_keeps_the_agendas_hours_on_that_day() {
    let mut run = rehearsal("2025-01-20");
    run.ok_at(Action::HoldAsMeeting { on: day("2025-01-20") }, at("2025-01-20T08:50:00+09:00"));
    assert_eq!(run.meeting.held(), Held::Postponed { on: day("2025-01-20") });
    assert_eq!(local(run.meeting.planned_start()), "2025-01-20 09:00:00");
    run.ok_at(Action::Open, at("2025-01-20T09:05:00+09:00"));
    let t = run.meeting.timers(at("2025-01-20T09:05:00+09:00"));
    assert_eq!((t.drift, local(t.projected_end)), (TimeDelta::minutes(5), "2025-01-20 09:40:00".into()));
    assert_eq!(
        run.meeting.apply(Action::HoldAsMeeting { on: day("2025-01-20") }, at("2025-01-20T09:06:00+09:00")),
        Err(Refusal::AlreadyOpen)
    );
    let mut own = Run::new(SMALL);
    assert_eq!(
        own.meeting.apply(Action::HoldAsMeeting { on: day("2025-01-15") }, at("2025-01-15T08:00:00+09:00")),
        Err(Refusal::NotARehearsal)
    );
    // Held on the agenda's own day after all: simply the meeting on its day.
    let mut run = rehearsal("2025-01-15");
    run.ok_at(Action::HoldAsMeeting { on: day("2025-01-15") }, at("2025-01-15T08:00:00+09:00"));
    assert_eq!(run.meeting.held(), Held::OnItsDay);
    let _ = &mut own;
}

fn started(
    dir: &Path,
    today: &str,
    rehearse: bool,
    fresh: bool,
) -> Result<gavel::journal::start::Started, StartError> {
    let agenda = agenda(SMALL);
    let agenda_path = dir.join("agenda.yaml");
    let how = Start {
        agenda: &agenda,
        agenda_path: &agenda_path,
        agenda_sha256: &"0".repeat(64),
        minutes: None,
        fresh,
        today: day(today),
        rehearse,
    };
    let fs: Arc<dyn Fs> = Arc::new(RealFs);
    start(fs, &how)
}

/// Which minutes `run` takes, day by day: a rehearsal never takes the meeting's name; it is
/// resumed the same day while open, and a new one starts otherwise; on the day, the meeting's.
#[test]
fn a_rehearsal_has_minutes_of_its_own_and_never_takes_the_meetings() {
    let _turn = crate::pty::alone_turn();
    let dir = tempfile::tempdir().unwrap();
    let name = |s: &gavel::journal::start::Started| {
        s.journal.path().file_name().unwrap().to_string_lossy().into_owned()
    };
    let close = |s: gavel::journal::start::Started, now: &str| {
        let mut meeting = s.meeting;
        let mut journal = s.journal;
        for action in [Action::Open, Action::Close] {
            let outcome = meeting.apply(action, at(now)).unwrap();
            journal.append_entries(&outcome.entries);
        }
    };
    // The day before: a rehearsal, under its own name, marked in its header.
    let first = started(dir.path(), "2025-01-14", false, false).unwrap();
    assert_eq!(name(&first), "agenda-2025-01-15-rehearsal.jsonl");
    assert_eq!(first.header.rehearsal, Some(day("2025-01-14")));
    assert_eq!(first.meeting.held(), Held::Rehearsal { on: day("2025-01-14") });
    // A seat attaching by the agenda finds the rehearsal running today, not the meeting's name.
    let running = |today: &str| {
        running_minutes(&dir.path().join("agenda.yaml"), &agenda(SMALL), day(today))
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
    };
    assert_eq!(running("2025-01-14").as_deref(), Some("agenda-2025-01-15-rehearsal.jsonl"));
    assert_eq!(running("2025-01-15").as_deref(), Some("agenda-2025-01-15.jsonl"));
    drop(first);
    // Started again that day: the same rehearsal, resumed.
    let again = started(dir.path(), "2025-01-14", false, false).unwrap();
    assert_eq!((name(&again), again.resumed), ("agenda-2025-01-15-rehearsal.jsonl".into(), true));
    close(again, "2025-01-14T16:00:00+09:00");
    // Closed: the next run that day is a new rehearsal.
    let second = started(dir.path(), "2025-01-14", false, false).unwrap();
    assert_eq!((name(&second), second.resumed), ("agenda-2025-01-15-rehearsal-2.jsonl".into(), false));
    drop(second);
    // The day after that one's still open, the day before the meeting: a rehearsal of its own.
    let other_day = started(dir.path(), "2025-01-13", false, false).unwrap();
    assert_eq!(name(&other_day), "agenda-2025-01-15-rehearsal-3.jsonl");
    drop(other_day);
    // On the day: the meeting's own minutes, untouched by every rehearsal.
    let real = started(dir.path(), "2025-01-15", false, false).unwrap();
    assert_eq!(
        (name(&real), real.resumed, real.header.rehearsal),
        ("agenda-2025-01-15.jsonl".into(), false, None)
    );
    drop(real);
    // --rehearse on the day: a rehearsal, not the meeting.
    let asked = started(dir.path(), "2025-01-15", true, false).unwrap();
    assert_eq!(name(&asked), "agenda-2025-01-15-rehearsal-4.jsonl");
    assert_eq!(asked.header.rehearsal, Some(day("2025-01-15")));
    drop(asked);
    // After midnight, the meeting still open is resumed, not rehearsed.
    let after_midnight = started(dir.path(), "2025-01-16", false, false).unwrap();
    assert_eq!((name(&after_midnight), after_midnight.resumed), ("agenda-2025-01-15.jsonl".into(), true));
    close(after_midnight, "2025-01-16T00:30:00+09:00");
    // Once it is closed, the days after are rehearsals again; on the day it stays closed.
    let later = started(dir.path(), "2025-01-16", false, false).unwrap();
    assert_eq!(name(&later), "agenda-2025-01-15-rehearsal-5.jsonl");
    drop(later);
    assert!(matches!(started(dir.path(), "2025-01-15", false, false), Err(StartError::Closed { .. })));
    let real = read_minutes(&dir.path().join("minutes/agenda-2025-01-15.jsonl")).unwrap();
    assert_eq!(real.header.rehearsal, None);
    assert_eq!(fold(&real.header, &real.entries).state(), State::Closed);
}

/// The minutes say plainly that they are a rehearsal's, and the day it was held.
#[test]
fn the_minutes_of_a_rehearsal_say_so() {
    let mut run = rehearsal("2025-01-14");
    run.ok_at(Action::Open, at("2025-01-14T15:00:00+09:00"));
    let md = gavel::minutes::markdown(&run.meeting, None);
    assert!(
        md.contains("**REHEARSAL, held on Tuesday 14 January 2025, not the meeting of Wednesday 15 January 2025: its times count from its opening.**"),
        "{md}"
    );
    assert!(md.contains("- **Date:** Tuesday 14 January 2025\n- **Planned:** 15:00–15:35"), "{md}");
    let own = gavel::minutes::markdown(&Run::new(SMALL).meeting, None);
    assert!(!own.contains("REHEARSAL"), "{own}");
}
