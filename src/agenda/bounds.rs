//! The bounds every checked agenda keeps, checked again on an agenda that comes from elsewhere
//! (a journal's header, which anyone can write by hand): planned times longer than zero and at
//! most [`LONGEST`], danger below warning, a date in [`YEARS`], no control character in a text. The timers, the schedule and the
//! summaries rely on them, so an agenda past them is refused before it is used. The loader keeps
//! the same bounds (`validate.rs`), so every agenda it accepts passes here.

use chrono::{Datelike, TimeDelta};

use super::locate::FieldPath;
use super::{Agenda, LONGEST, YEARS};

/// A value of a stored agenda past the bounds, and where: typed, for the reader to put in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfBounds {
    /// The field as the stored agenda holds it, counted from 1: `sessions[2].topics[4].duration`,
    /// `sessions[1].break_after.duration`.
    pub field: String,
    pub bound: Bound,
}

/// Which bound a value is past.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bound {
    /// A planned time of zero or less, or longer than [`LONGEST`]: this many seconds.
    Duration { seconds: i64 },
    /// Danger at as much time left as warning, or more.
    DangerNotBelowWarning,
    /// A date in a year outside [`YEARS`].
    Year { year: i32 },
    /// Text holding this control character (not a line break or a tab), which could act on the
    /// terminal it is shown on.
    Control { code: u32 },
}

impl Agenda {
    /// The first value past the bounds a checked agenda keeps, in document order; `None` for
    /// every agenda the loader accepts.
    pub fn out_of_bounds(&self) -> Option<OutOfBounds> {
        let root = FieldPath::root();
        let out = |path: FieldPath, bound| Some(OutOfBounds { field: path.to_string(), bound });
        let text = |path: FieldPath, text: Option<&str>| {
            let c = text?.chars().find(|&c| c.is_control() && !matches!(c, '\n' | '\t'))?;
            out(path, Bound::Control { code: c as u32 })
        };
        let flaw = text(root.key("title"), Some(&self.title))
            .or_else(|| text(root.key("organizer"), self.organizer.as_deref()));
        if flaw.is_some() {
            return flaw;
        }
        if !YEARS.contains(&self.date.year()) {
            return out(root.key("date"), Bound::Year { year: self.date.year() });
        }
        let flaw = text(root.key("location"), self.location.as_deref())
            .or_else(|| text(root.key("chair"), self.chair.as_deref()))
            .or_else(|| text(root.key("recorder"), self.recorder.as_deref()))
            .or_else(|| text(root.key("confirmer"), self.confirmer.as_deref()))
            .or_else(|| text(root.key("disclosure"), self.disclosure.as_deref()))
            .or_else(|| text(root.key("retention"), self.retention.as_deref()))
            .or_else(|| {
                self.attendees.iter().enumerate().find_map(|(i, a)| {
                    let at = root.key("attendees").index(i);
                    text(at.key("name"), Some(&a.name)).or_else(|| {
                        text(at.key("position"), a.position.as_deref())
                            .or_else(|| text(at.key("affiliation"), a.affiliation.as_deref()))
                    })
                })
            })
            .or_else(|| {
                self.goals.iter().enumerate().find_map(|(i, g)| text(root.key("goals").index(i), Some(g)))
            });
        if flaw.is_some() {
            return flaw;
        }
        let thresholds = root.key("thresholds");
        for (name, d) in [("warning", self.thresholds.warning), ("danger", self.thresholds.danger)] {
            if !fits(d) {
                return out(thresholds.key(name), Bound::Duration { seconds: d.num_seconds() });
            }
        }
        if self.thresholds.danger >= self.thresholds.warning {
            return out(thresholds.key("danger"), Bound::DangerNotBelowWarning);
        }
        // Named as the stored agenda holds them: a break is its session's `break_after`.
        for (k, session) in self.sessions.iter().enumerate() {
            let at = root.key("sessions").index(k);
            let flaw = text(at.key("title"), Some(&session.title));
            if flaw.is_some() {
                return flaw;
            }
            if !fits(session.duration) {
                return out(at.key("duration"), Bound::Duration { seconds: session.duration.num_seconds() });
            }
            let flaw = text(at.key("summary"), session.summary.as_deref());
            if flaw.is_some() {
                return flaw;
            }
            for (t, topic) in session.topics.iter().enumerate() {
                let at = at.key("topics").index(t);
                let flaw = text(at.key("title"), Some(&topic.title));
                if flaw.is_some() {
                    return flaw;
                }
                if let Some(d) = topic.duration.filter(|&d| !fits(d)) {
                    return out(at.key("duration"), Bound::Duration { seconds: d.num_seconds() });
                }
                let flaw = text(at.key("presenter"), topic.presenter.as_deref())
                    .or_else(|| text(at.key("notes"), topic.notes.as_deref()));
                if flaw.is_some() {
                    return flaw;
                }
            }
            if let Some(pause) = &session.break_after {
                let at = at.key("break_after");
                let flaw = text(at.key("title"), Some(&pause.title));
                if flaw.is_some() {
                    return flaw;
                }
                if !fits(pause.duration) {
                    return out(
                        at.key("duration"),
                        Bound::Duration { seconds: pause.duration.num_seconds() },
                    );
                }
            }
        }
        None
    }
}

fn fits(d: TimeDelta) -> bool {
    d > TimeDelta::zero() && d <= LONGEST
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "title: T\ndate: 2025-01-15\nstart: \"09:00\"\ntimezone: Asia/Seoul\nthresholds:\n  warning: 7d\n  danger: 1m\nsessions:\n  - title: A\n    duration: 7d\n    topics:\n      - title: a\n        duration: 7d\n  - break: Lunch\n    duration: 1s\n  - title: B\n    duration: 1s\n    topics: [b]\n";

    fn agenda() -> Agenda {
        match super::super::parse_str(YAML, "t.yaml") {
            Ok(a) => a,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn an_agenda_at_the_loader_s_limits_is_within_bounds() {
        assert_eq!(agenda().out_of_bounds(), None);
    }

    #[test]
    fn each_value_past_a_bound_is_named_by_its_field() {
        let past = LONGEST + TimeDelta::seconds(1);
        type Make = fn(&mut Agenda, TimeDelta);
        let cases: Vec<(Make, &str, Bound)> = vec![
            (
                |a, _| a.date = chrono::NaiveDate::MAX,
                "date",
                Bound::Year { year: chrono::NaiveDate::MAX.year() },
            ),
            (|a, d| a.thresholds.warning = d, "thresholds.warning", Bound::Duration { seconds: 604_801 }),
            (
                |a, _| a.thresholds.danger = TimeDelta::zero(),
                "thresholds.danger",
                Bound::Duration { seconds: 0 },
            ),
            (
                |a, _| a.thresholds.danger = a.thresholds.warning,
                "thresholds.danger",
                Bound::DangerNotBelowWarning,
            ),
            (|a, d| a.sessions[0].duration = d, "sessions[1].duration", Bound::Duration { seconds: 604_801 }),
            (
                |a, _| a.sessions[0].topics[0].duration = Some(-TimeDelta::seconds(5)),
                "sessions[1].topics[1].duration",
                Bound::Duration { seconds: -5 },
            ),
            (
                |a, _| {
                    if let Some(b) = a.sessions[0].break_after.as_mut() {
                        b.duration = TimeDelta::zero();
                    }
                },
                "sessions[1].break_after.duration",
                Bound::Duration { seconds: 0 },
            ),
            (|a, d| a.sessions[1].duration = d, "sessions[2].duration", Bound::Duration { seconds: 604_801 }),
            (|a, _| a.title = "\u{1b}[2J".into(), "title", Bound::Control { code: 0x1b }),
            (
                |a, _| a.sessions[1].topics[0].title = "b\u{7}".into(),
                "sessions[2].topics[1].title",
                Bound::Control { code: 7 },
            ),
        ];
        for (make, field, bound) in cases {
            let mut a = agenda();
            make(&mut a, past);
            assert_eq!(a.out_of_bounds(), Some(OutOfBounds { field: field.to_owned(), bound }), "{field}");
        }
    }
}
