//! The published plan as the meeting reads it: each session's start, the end, the breaks still
//! ahead, from the agenda's one computation of it ([`Agenda::timeline`]); and the bounds of the
//! chair's +/-.

use chrono::{DateTime, TimeDelta, Utc};

use crate::agenda::Agenda;
/// The agenda's arithmetic on durations and instants, which no journal can make panic, for the
/// meeting's sums too.
pub(super) use crate::agenda::{later, sum};

/// The published plan as instants, worked out once per fold.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Plan {
    pub start: DateTime<Utc>,
    /// Each session's published start.
    pub starts: Vec<DateTime<Utc>>,
    /// The published end of the last session.
    pub end: DateTime<Utc>,
    /// Planned breaks from each session's own on: `breaks_from[k]` sums the breaks after
    /// sessions `k..`.
    pub breaks_from: Vec<TimeDelta>,
}

impl Plan {
    /// The same plan, `by` later: a rehearsal's, from when it opened.
    pub(super) fn shifted(&self, by: TimeDelta) -> Plan {
        Plan {
            start: later(self.start, by),
            starts: self.starts.iter().map(|&s| later(s, by)).collect(),
            end: later(self.end, by),
            breaks_from: self.breaks_from.clone(),
        }
    }

    /// The plan for the agenda held on `day` at its own hours.
    pub(super) fn on_day(agenda: &Agenda, day: chrono::NaiveDate) -> Plan {
        Plan::of(&Agenda { date: day, ..agenda.clone() })
    }

    pub(super) fn of(agenda: &Agenda) -> Plan {
        let timeline = agenda.timeline();
        let mut breaks_from = vec![TimeDelta::zero(); agenda.sessions.len() + 1];
        for (k, s) in agenda.sessions.iter().enumerate().rev() {
            let pause = s.break_after.as_ref().map_or(TimeDelta::zero(), |b| b.duration);
            breaks_from[k] = sum(breaks_from[k + 1], pause);
        }
        Plan {
            start: timeline.start,
            starts: timeline.sessions.iter().map(|s| s.start).collect(),
            end: timeline.end(),
            breaks_from,
        }
    }
}

/// The shortest plan `-` can leave a session.
pub const MIN_PLAN: TimeDelta = TimeDelta::minutes(1);
/// The longest plan `+` can give a session.
pub const MAX_PLAN: TimeDelta = TimeDelta::hours(24);
