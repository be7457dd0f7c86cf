//! The published plan as the meeting reads it: each session's start, the end, the breaks still
//! ahead; and the arithmetic on durations and instants that no journal can make panic.

use chrono::{DateTime, TimeDelta, Utc};

use crate::agenda::Agenda;

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
    pub(super) fn of(agenda: &Agenda) -> Plan {
        let start = agenda.planned_start().to_utc();
        let mut at = start;
        let mut starts = Vec::with_capacity(agenda.sessions.len());
        let mut end = start;
        for s in &agenda.sessions {
            starts.push(at);
            end = later(at, s.duration);
            at = later(end, s.break_after.as_ref().map_or(TimeDelta::zero(), |b| b.duration));
        }
        let mut breaks_from = vec![TimeDelta::zero(); agenda.sessions.len() + 1];
        for (k, s) in agenda.sessions.iter().enumerate().rev() {
            let pause = s.break_after.as_ref().map_or(TimeDelta::zero(), |b| b.duration);
            breaks_from[k] = sum(breaks_from[k + 1], pause);
        }
        Plan { start, starts, end, breaks_from }
    }
}

/// The shortest plan `-` can leave a session.
pub const MIN_PLAN: TimeDelta = TimeDelta::minutes(1);
/// The longest plan `+` can give a session.
pub const MAX_PLAN: TimeDelta = TimeDelta::hours(24);

/// Durations added without a panic, whatever a hand-made journal holds.
pub(super) fn sum(a: TimeDelta, b: TimeDelta) -> TimeDelta {
    a.checked_add(&b).unwrap_or(if b > TimeDelta::zero() { TimeDelta::MAX } else { TimeDelta::MIN })
}

/// An instant moved on by a duration, without a panic.
/// Kept a day inside chrono's range, so that any offset can still show the instant.
pub(super) fn later(t: DateTime<Utc>, d: TimeDelta) -> DateTime<Utc> {
    let day = TimeDelta::days(1);
    let last = DateTime::<Utc>::MAX_UTC.checked_sub_signed(day).unwrap_or(DateTime::<Utc>::MAX_UTC);
    let first = DateTime::<Utc>::MIN_UTC.checked_add_signed(day).unwrap_or(DateTime::<Utc>::MIN_UTC);
    let moved = t.checked_add_signed(d).unwrap_or(if d > TimeDelta::zero() { last } else { first });
    moved.clamp(first, last)
}
