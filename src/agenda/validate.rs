//! The agenda's rules: from the file as written ([`RawAgenda`]) to a checked [`Agenda`], or the
//! first thing wrong, in document order, with its path and a message in the chair's words.

use chrono::{NaiveDate, NaiveTime, TimeDelta};
use i18n_embed_fl::fl;

use super::locate::{Anchor, FieldPath};
use super::raw::{RawAgenda, RawAttendee, RawDuration, RawItem, RawThresholds, RawTopic, Text};
use super::tell::{day, span};
use super::{Agenda, Attendee, Break, Group, Session, Thresholds, Topic, Zone};
use crate::i18n::{Lang, current};

/// One rule broken: where, what, and which part of the field to point at.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    pub path: FieldPath,
    pub message: String,
    pub anchor: Anchor,
}

type Checked<T> = Result<T, Invalid>;

fn invalid(path: FieldPath, message: impl Into<String>) -> Invalid {
    Invalid { path, message: message.into(), anchor: Anchor::Value }
}

fn misplaced(path: FieldPath, message: impl Into<String>) -> Invalid {
    Invalid { path, message: message.into(), anchor: Anchor::Key }
}

use super::LONGEST;

pub fn agenda(raw: RawAgenda) -> Checked<Agenda> {
    let root = FieldPath::root();
    let l = current();
    let title = required_text(raw.title, root.key("title"), &fl!(l, "agenda-what-title"))?;
    let organizer = optional_text(raw.organizer, root.key("organizer"))?;
    let date_text = required_text(raw.date, root.key("date"), &fl!(l, "agenda-what-date"))?;
    let date = parse_date(&date_text).ok_or_else(|| {
        invalid(root.key("date"), fl!(l, "agenda-not-a-date", text = format!("{date_text:?}")))
    })?;
    let start_text = required_text(raw.start, root.key("start"), &fl!(l, "agenda-what-start"))?;
    let start = parse_clock(&start_text).ok_or_else(|| {
        invalid(root.key("start"), fl!(l, "agenda-not-a-time", text = format!("{start_text:?}")))
    })?;
    let zone_text = required_text(raw.timezone, root.key("timezone"), &fl!(l, "agenda-what-timezone"))?;
    let timezone = parse_zone(&zone_text).map_err(|message| invalid(root.key("timezone"), message))?;
    if timezone.localize(date.and_time(start)).is_none() {
        return Err(invalid(
            root.key("start"),
            fl!(
                l,
                "agenda-start-skipped",
                start = start_text.as_str(),
                date = day(date),
                zone = timezone.to_string()
            ),
        ));
    }
    let location = optional_text(raw.location, root.key("location"))?;
    let chair = optional_text(raw.chair, root.key("chair"))?;
    let attendees = raw
        .attendees
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, a)| attendee(a, root.key("attendees").index(i)))
        .collect::<Checked<Vec<_>>>()?;
    let goals = raw
        .goals
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, g)| required_text(Some(g), root.key("goals").index(i), &fl!(l, "agenda-what-goal")))
        .collect::<Checked<Vec<_>>>()?;
    let thresholds = thresholds(raw.thresholds, root.key("thresholds"))?;
    let bell = raw.bell.unwrap_or(true);
    let sessions = sessions(raw.sessions, root.key("sessions"))?;
    let language = language(raw.language, root.key("language"))?;
    let recorder = optional_text(raw.recorder, root.key("recorder"))?;
    let confirmer = optional_text(raw.confirmer, root.key("confirmer"))?;
    let quorum = quorum(raw.quorum, root.key("quorum"))?;
    if let Some(q) = quorum {
        let counted = attendees.iter().filter(|a| a.group == Group::Attendee).count();
        if !attendees.is_empty() && q as usize > counted {
            return Err(invalid(
                root.key("quorum"),
                fl!(
                    current(),
                    "agenda-quorum-above-attendees",
                    quorum = q.to_string(),
                    attendees = counted.to_string()
                ),
            ));
        }
    }
    let disclosure = optional_text(raw.disclosure, root.key("disclosure"))?;
    let retention = optional_text(raw.retention, root.key("retention"))?;
    Ok(Agenda {
        title,
        organizer,
        date,
        start,
        timezone,
        location,
        chair,
        attendees,
        goals,
        thresholds,
        bell,
        sessions,
        language,
        recorder,
        confirmer,
        quorum,
        disclosure,
        retention,
    })
}

/// `ko` or `en`: the languages gavel writes minutes in.
fn language(raw: Option<Text>, path: FieldPath) -> Checked<Option<Lang>> {
    let Some(text) = optional_text(raw, path.clone())? else { return Ok(None) };
    match text.to_ascii_lowercase().as_str() {
        "ko" => Ok(Some(Lang::Ko)),
        "en" => Ok(Some(Lang::En)),
        _ => Err(invalid(path, fl!(current(), "agenda-language-unknown", value = text))),
    }
}

fn attendee(raw: RawAttendee, path: FieldPath) -> Checked<Attendee> {
    match raw {
        RawAttendee::Name(name) => Ok(Attendee {
            name: required_text(Some(name), path, &fl!(current(), "agenda-what-name"))?,
            position: None,
            affiliation: None,
            group: Group::Attendee,
        }),
        RawAttendee::Full(map) => {
            let name =
                required_text(map.name, path.key("name"), &fl!(current(), "agenda-what-attendee-name"))?;
            let position = match (map.position, map.role) {
                (Some(_), Some(_)) => {
                    return Err(invalid(path.key("role"), fl!(current(), "agenda-role-and-position")));
                }
                (Some(p), None) => optional_text(Some(p), path.key("position"))?,
                (None, role) => optional_text(role, path.key("role"))?,
            };
            let affiliation = optional_text(map.affiliation, path.key("affiliation"))?;
            let group = match optional_text(map.group, path.key("group"))?.as_deref() {
                None | Some("attendee" | "참석") => Group::Attendee,
                Some("supporting" | "배석") => Group::Supporting,
                Some(other) => {
                    return Err(invalid(
                        path.key("group"),
                        fl!(current(), "agenda-group-unknown", value = other),
                    ));
                }
            };
            Ok(Attendee { name, position, affiliation, group })
        }
    }
}

/// A quorum: a whole number of attendees, at least one.
fn quorum(raw: Option<Text>, path: FieldPath) -> Checked<Option<u32>> {
    let Some(text) = optional_text(raw, path.clone())? else { return Ok(None) };
    match text.parse::<u32>() {
        Ok(n) if n >= 1 => Ok(Some(n)),
        _ => Err(invalid(path, fl!(current(), "agenda-quorum-not-a-number", value = text))),
    }
}

fn thresholds(raw: Option<RawThresholds>, path: FieldPath) -> Checked<Thresholds> {
    let raw = raw.unwrap_or_default();
    let warning = match raw.warning {
        Some(d) => duration(&d, path.key("warning"))?,
        None => super::DEFAULT_WARNING,
    };
    let danger = match raw.danger {
        Some(d) => duration(&d, path.key("danger"))?,
        None => super::DEFAULT_DANGER,
    };
    if danger >= warning {
        return Err(invalid(
            path.key("danger"),
            fl!(current(), "agenda-danger-not-below-warning", danger = span(danger), warning = span(warning)),
        ));
    }
    Ok(Thresholds { warning, danger })
}

fn sessions(raw: Option<Vec<RawItem>>, path: FieldPath) -> Checked<Vec<Session>> {
    let items = raw.unwrap_or_default();
    if items.is_empty() {
        return Err(invalid(path, fl!(current(), "agenda-no-sessions")));
    }
    let last = items.len() - 1;
    let mut sessions: Vec<Session> = Vec::new();
    let mut previous_was_break = false;
    for (i, item) in items.into_iter().enumerate() {
        let at = path.index(i);
        if item.break_.is_some() {
            let pause = break_item(item, at.clone())?;
            if i == 0 {
                return Err(invalid(at, fl!(current(), "agenda-break-first")));
            }
            if i == last {
                return Err(invalid(at, fl!(current(), "agenda-break-last")));
            }
            if previous_was_break {
                return Err(invalid(at, fl!(current(), "agenda-two-breaks")));
            }
            if let Some(session) = sessions.last_mut() {
                session.break_after = Some(pause);
            }
            previous_was_break = true;
        } else {
            sessions.push(session(item, at)?);
            previous_was_break = false;
        }
    }
    Ok(sessions)
}

fn break_item(item: RawItem, path: FieldPath) -> Checked<Break> {
    for (present, field) in [
        (item.title.is_some(), "title"),
        (item.topics.is_some(), "topics"),
        (item.summary.is_some(), "summary"),
    ] {
        if present {
            return Err(misplaced(path.key(field), fl!(current(), "agenda-break-has-no", field = field)));
        }
    }
    let l = current();
    let title = required_text(item.break_, path.key("break"), &fl!(l, "agenda-what-break-name"))?;
    let Some(d) = item.duration else {
        let what = fl!(l, "agenda-what-break-duration");
        return Err(invalid(path.key("duration"), fl!(l, "agenda-needs-value", what = what)));
    };
    Ok(Break { title, duration: duration(&d, path.key("duration"))? })
}

fn session(item: RawItem, path: FieldPath) -> Checked<Session> {
    let l = current();
    let title = required_text(item.title, path.key("title"), &fl!(l, "agenda-what-session-title"))?;
    let Some(d) = item.duration else {
        let what = fl!(l, "agenda-what-session-duration");
        return Err(invalid(path.key("duration"), fl!(l, "agenda-needs-value", what = what)));
    };
    let planned = duration(&d, path.key("duration"))?;
    let summary = optional_text(item.summary, path.key("summary"))?;
    let raw_topics = item.topics.unwrap_or_default();
    if raw_topics.is_empty() {
        return Err(invalid(path.key("topics"), fl!(l, "agenda-no-topics")));
    }
    let topics = raw_topics
        .into_iter()
        .enumerate()
        .map(|(i, t)| topic(t, path.key("topics").index(i)))
        .collect::<Checked<Vec<_>>>()?;
    let planned_topics: TimeDelta = topics.iter().filter_map(|t| t.duration).sum();
    if planned_topics > planned {
        return Err(invalid(
            path.key("duration"),
            fl!(l, "agenda-topics-too-long", topics = span(planned_topics), session = span(planned)),
        ));
    }
    Ok(Session { title, duration: planned, summary, topics, break_after: None })
}

fn topic(raw: RawTopic, path: FieldPath) -> Checked<Topic> {
    match raw {
        RawTopic::Plain(title) => Ok(Topic {
            title: required_text(Some(title), path, &fl!(current(), "agenda-what-topic"))?,
            duration: None,
            presenter: None,
            notes: None,
        }),
        RawTopic::Full(map) => Ok(Topic {
            title: required_text(map.title, path.key("title"), &fl!(current(), "agenda-what-topic-title"))?,
            duration: map.duration.map(|d| duration(&d, path.key("duration"))).transpose()?,
            presenter: optional_text(map.presenter, path.key("presenter"))?,
            notes: optional_text(map.notes, path.key("notes"))?,
        }),
    }
}

/// Text that would reach the screen as a terminal command, or that would reorder or hide what the
/// screen shows, is refused where it is written.
fn no_controls(text: &str, path: &FieldPath) -> Checked<()> {
    let Some(c) = text.chars().find(|&c| crate::text::is_unsafe(c)) else { return Ok(()) };
    let code = format!("{:04X}", c as u32);
    let message = if c.is_control() {
        fl!(current(), "agenda-control-character", code = code)
    } else if crate::text::is_zero_width(c) {
        fl!(current(), "agenda-zero-width", code = code)
    } else {
        fl!(current(), "agenda-bidi-control", code = code)
    };
    Err(invalid(path.clone(), message))
}

fn required_text(text: Option<Text>, path: FieldPath, what: &str) -> Checked<String> {
    if let Some(Text(t)) = &text {
        no_controls(t, &path)?;
    }
    match text {
        None => Err(invalid(path, fl!(current(), "agenda-needs-value", what = what))),
        Some(Text(t)) if t.trim().is_empty() => {
            Err(invalid(path, fl!(current(), "agenda-blank", what = what)))
        }
        Some(Text(t)) => Ok(t.trim().to_owned()),
    }
}

fn optional_text(text: Option<Text>, path: FieldPath) -> Checked<Option<String>> {
    if let Some(Text(t)) = &text {
        no_controls(t, &path)?;
    }
    match text {
        Some(Text(t)) if t.trim().is_empty() => Err(invalid(path, fl!(current(), "agenda-blank-optional"))),
        Some(Text(t)) => Ok(Some(t.trim().to_owned())),
        None => Ok(None),
    }
}

/// Reads `40m`, `1h30m`, `1h 30m`, `90s`: positive, whole seconds, at most a week.
pub fn parse_duration(raw: &RawDuration) -> Result<TimeDelta, String> {
    let l = current();
    let text = match raw {
        RawDuration::Number(n) => return Err(fl!(l, "agenda-no-unit", text = n.as_str())),
        RawDuration::Text(t) => t.trim(),
    };
    let quoted = format!("{text:?}");
    if text.starts_with('-') {
        return Err(fl!(l, "agenda-negative", text = quoted));
    }
    let parsed = humantime::parse_duration(text)
        .map_err(|_| fl!(l, "agenda-not-a-duration", text = quoted.as_str()))?;
    if parsed.is_zero() {
        return Err(fl!(l, "agenda-zero", text = quoted));
    }
    if parsed.subsec_nanos() != 0 {
        return Err(fl!(l, "agenda-not-whole-seconds", text = quoted));
    }
    match TimeDelta::from_std(parsed) {
        Ok(d) if d <= LONGEST => Ok(d),
        _ => Err(fl!(l, "agenda-longer-than-a-week", text = quoted)),
    }
}

fn duration(raw: &RawDuration, path: FieldPath) -> Checked<TimeDelta> {
    parse_duration(raw).map_err(|message| invalid(path, message))
}

pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    // Exactly YYYY-MM-DD: chrono alone would also take 2025-1-5.
    let well_formed = text.len() == 10
        && text.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
    if !well_formed {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Reads `9:00`, `09:00` or `09:00:30` on a 24-hour clock.
pub fn parse_clock(text: &str) -> Option<NaiveTime> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let number = |s: &str, max_len: usize| -> Option<u32> {
        if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (h, m, s) = match parts.as_slice() {
        [h, m] if m.len() == 2 => (number(h, 2)?, number(m, 2)?, 0),
        [h, m, s] if m.len() == 2 && s.len() == 2 => (number(h, 2)?, number(m, 2)?, number(s, 2)?),
        _ => return None,
    };
    NaiveTime::from_hms_opt(h, m, s)
}

fn parse_zone(text: &str) -> Result<Zone, String> {
    if let Ok(zone) = text.parse::<Zone>() {
        return Ok(zone);
    }
    let l = current();
    let quoted = format!("{text:?}");
    if text.trim().starts_with(['+', '-']) {
        return Err(fl!(l, "agenda-not-an-offset", text = quoted));
    }
    let closest = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| (strsim::jaro_winkler(&text.to_lowercase(), &tz.name().to_lowercase()), tz.name()))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match closest {
        Some((score, name)) if score > 0.85 => {
            Err(fl!(l, "agenda-not-a-zone-did-you-mean", text = quoted, name = name))
        }
        _ => Err(fl!(l, "agenda-not-a-zone", text = quoted)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> RawDuration {
        RawDuration::Text(s.into())
    }

    #[test]
    fn durations_read_as_a_chair_writes_them() {
        assert_eq!(parse_duration(&text("40m")), Ok(TimeDelta::minutes(40)));
        assert_eq!(parse_duration(&text("1h30m")), Ok(TimeDelta::minutes(90)));
        assert_eq!(parse_duration(&text("1h 30m")), Ok(TimeDelta::minutes(90)));
        assert_eq!(parse_duration(&text("90s")), Ok(TimeDelta::seconds(90)));
        assert_eq!(
            parse_duration(&text("4o m")),
            Err(r#""4o m" is not a duration (write 40m, 1h30m or 90s)"#.into())
        );
        assert_eq!(
            parse_duration(&RawDuration::Number("40".into())),
            Err("40 has no unit (write 40m, 1h30m or 90s)".into())
        );
        assert!(parse_duration(&text("0m")).unwrap_err().contains("is zero"));
        assert!(parse_duration(&text("-5m")).unwrap_err().contains("negative"));
        assert!(parse_duration(&text("1500ms")).unwrap_err().contains("whole number"));
        assert!(parse_duration(&text("9000h")).unwrap_err().contains("longer than a week"));
    }

    #[test]
    fn dates_and_clock_times_are_strict() {
        assert_eq!(parse_date("2024-12-23"), NaiveDate::from_ymd_opt(2024, 12, 23));
        for bad in ["2024-12-32", "2024-2-3", "23.12.2024", "2023-02-29", ""] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(parse_clock("9:00"), NaiveTime::from_hms_opt(9, 0, 0));
        assert_eq!(parse_clock("09:00:30"), NaiveTime::from_hms_opt(9, 0, 30));
        for bad in ["24:00", "9", "09:60", "9:5", "nine", "-1:00"] {
            assert_eq!(parse_clock(bad), None, "{bad}");
        }
    }

    #[test]
    fn zones_by_name_or_offset_with_a_suggestion() {
        assert_eq!(parse_zone("Asia/Seoul"), Ok(Zone::Named(chrono_tz::Asia::Seoul)));
        assert!(matches!(parse_zone("+09:00"), Ok(Zone::Fixed(o)) if o.local_minus_utc() == 9 * 3600));
        assert_eq!(
            parse_zone("Asia/Seul"),
            Err(r#""Asia/Seul" is not a time zone; did you mean Asia/Seoul? (write a name such as Asia/Seoul, or an offset such as +09:00)"#.into())
        );
    }
}
