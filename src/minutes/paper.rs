//! The record as it is laid out on paper: what every printed document of the minutes shows (the
//! web page now; the PDF and the HWPX after it), read once from the folded meeting, in the
//! document's language, as plain text. Each document escapes and places these texts in its own
//! way; none of them reads the meeting again, so they cannot disagree.
//!
//! Numbered as the documents of the language number items: sessions `1.`, topics `가.` in Korean
//! (the items of a Korean official document go 1. 가. 1) 가)), `1.1` in English.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};

use super::Edition;
use crate::agenda::{Group, sum};
use crate::meeting::notes::Kind;
use crate::meeting::{
    Attending, Entry, Header, Held, Meeting, Note, Position, Presence, Speaker, State, TopicStatus,
};
use crate::words::document::{self as doc, Label, RollPart};
use crate::words::{self, Lang, lang, speaking};

/// A heading and the lines under it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Part {
    pub heading: String,
    pub lines: Vec<String>,
}

/// A table: its head, its rows, and which columns hold numbers (right-aligned).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Rows that stand under the row before them (a session's topics), by index.
    pub under: Vec<usize>,
    /// A last row set apart (a total).
    pub foot: Option<Vec<String>>,
    pub numeric: Vec<bool>,
}

/// A note as the record prints it: when, and its words with what else is known of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub time: String,
    pub text: String,
}

/// What one speaker said on a topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub speaker: String,
    pub lines: Vec<Line>,
}

/// A topic of the agenda as held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicItem {
    pub number: String,
    pub title: String,
    /// Its status, its time against the plan, its presenter.
    pub about: String,
    pub gist: Vec<Said>,
    pub notes: Vec<Line>,
    pub decisions: Vec<Line>,
    /// The action items, as a table: when, what, who, by when.
    pub actions: Table,
}

/// A session of the agenda as held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionItem {
    pub number: String,
    pub title: String,
    /// Its planned and actual time, when it was first taken up.
    pub about: String,
    pub summary: Option<String>,
    pub topics: Vec<TopicItem>,
    /// The break after it, as the agenda plans it.
    pub break_after: Option<String>,
}

/// One bar pair of the chart: a session's planned and actual time, in seconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub planned: i64,
    pub actual: i64,
}

/// Where the time went, drawn: planned against actual per session, and the drift over the
/// meeting (seconds after opening, seconds behind (+) or ahead (−) of the published plan).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Chart {
    pub title: String,
    pub planned: String,
    pub actual: String,
    pub drift: String,
    pub bars: Vec<Bar>,
    pub drift_points: Vec<(i64, i64)>,
}

/// A signatory's box: their part (작성자, 확인자) and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signatory {
    pub role: String,
    pub name: String,
}

/// The words a document places around the record's parts, in the record's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub gist: String,
    pub decisions: String,
    pub actions: String,
    pub none_recorded: String,
    pub signature: String,
    pub drift_axis: String,
}

/// The whole record, laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paper {
    pub lang: Lang,
    pub words: Words,
    /// 회의록 / Minutes.
    pub kind: String,
    pub title: String,
    /// Said under the title: a rehearsal, a meeting held on another day, the public edition.
    pub marks: Vec<String>,
    pub facts: Vec<(String, String)>,
    pub attendance: Vec<Part>,
    pub goals: Option<Part>,
    pub before_opening: Option<Part>,
    pub proceedings_heading: String,
    pub sessions: Vec<SessionItem>,
    pub time_heading: String,
    pub time: Table,
    pub chart: Chart,
    pub decisions: Part,
    pub actions_heading: String,
    pub actions: Table,
    pub left_aside: Vec<Part>,
    pub corrections: Option<Part>,
    pub sign_off_heading: String,
    pub signatories: Vec<Signatory>,
    /// The signed-off state, or the draft mark.
    pub sign_off: String,
    /// Every page's foot: the title and the fingerprint (the sealed one once signed off).
    pub footer: String,
}

/// The record of `meeting` laid out in `lang`; `entries` (the journal's) give the drift over the
/// meeting, `fingerprint` the journal's.
pub fn paper(
    lang_of: Lang,
    header: &Header,
    entries: &[Entry],
    meeting: &Meeting,
    fingerprint: Option<&str>,
    edition: Edition,
) -> Paper {
    let _document = speaking(lang_of);
    let agenda = meeting.agenda();
    let day = held_day(meeting);
    let korean = lang() == Lang::Ko;
    let mut marks = Vec::new();
    if let Some(held) = words::held_line(meeting.held(), agenda.date) {
        marks.push(held);
    }
    if edition == Edition::Public {
        marks.push(doc::public_edition());
    }
    let record = meeting.format() >= 5;
    let roll_called =
        meeting.attendees().iter().any(|a| a.presence != Presence::Unmarked || a.added_at.is_some());
    let attendance = if record && roll_called {
        attendance_parts(meeting, day, edition)
    } else if agenda.attendees.is_empty() {
        Vec::new()
    } else {
        let lines = agenda.attendees.iter().map(|a| a.called()).collect();
        vec![Part { heading: doc::label(Label::Attendees), lines }]
    };
    let goals = (!agenda.goals.is_empty())
        .then(|| Part { heading: doc::label(Label::Goals), lines: agenda.goals.clone() });
    let before: Vec<Line> = meeting
        .notes_before_opening()
        .filter(|n| !n.is_struck())
        .map(|n| line(meeting, n, day, true))
        .collect();
    let before_opening = (!before.is_empty()).then(|| Part {
        heading: doc::label(Label::BeforeOpening),
        lines: before.into_iter().map(|l| format!("{} {}", l.time, l.text)).collect(),
    });
    let sessions = agenda
        .sessions
        .iter()
        .enumerate()
        .map(|(k, session)| {
            let run = &meeting.sessions()[k];
            // The published plan, and the plan held where it differs (+/-, or changed live).
            let published = meeting.published_session_plan(k);
            let mut about = doc::session_planned(&span(published));
            if meeting.session_plan(k) != published {
                about += &format!(" {}", doc::session_adjusted(&span(meeting.session_plan(k))));
            }
            about += &format!(", {}", doc::session_actual(&span(run.elapsed)));
            if let Some(started) = run.started_at {
                about += &format!(", {}", doc::session_first_taken_up(&clock(started, day)));
            }
            let topics = session
                .topics
                .iter()
                .enumerate()
                .map(|(t, topic)| {
                    let p = Position::new(k, t);
                    let status = meeting.topic_status(p);
                    let mut about = capitalised(&words::topic_status(status));
                    let elapsed = meeting.topic(p).map_or(TimeDelta::zero(), |r| r.elapsed);
                    if elapsed > TimeDelta::zero() || status != TopicStatus::Pending {
                        about += &match topic.duration {
                            Some(plan) => format!(", {}", doc::topic_of_planned(&span(elapsed), &span(plan))),
                            None => format!(", {}", span(elapsed)),
                        };
                    }
                    if let Some(presenter) = &topic.presenter {
                        about += &format!(". {}", doc::presenter(presenter));
                    }
                    // Against the published agenda: added, moved, renamed or retimed.
                    let against = published_against(meeting, p);
                    if !against.is_empty() {
                        about += &format!(" ({})", against.join("; "));
                    }
                    let number = if korean {
                        format!("{}.", hangul_number(t))
                    } else {
                        format!("{}.{}", k + 1, t + 1)
                    };
                    topic_item(meeting, p, day, number, topic.title.clone(), about)
                })
                .collect();
            SessionItem {
                number: format!("{}.", k + 1),
                title: session.title.clone(),
                about,
                summary: session.summary.as_ref().map(|s| doc::session_summary(s)),
                topics,
                break_after: session
                    .break_after
                    .as_ref()
                    .map(|b| doc::break_line(&b.title, &words::length(b.duration))),
            }
        })
        .collect();
    let live = || meeting.notes().iter().filter(|n| !n.is_struck());
    let decisions: Vec<String> = live()
        .filter(|n| n.parsed.kind == Kind::Decision)
        .map(|n| {
            let mut taken = where_taken(n, day);
            if let Some(v) = n.parsed.vote {
                taken += &format!("; {}", doc::vote(v.yes, v.no, v.abstaining));
            }
            format!("{} ({taken})", n.parsed.text)
        })
        .collect();
    let actions = Table {
        head: vec![
            doc::label(Label::ColumnNumber),
            doc::label(Label::ColumnItem),
            doc::label(Label::ColumnOwner),
            doc::label(Label::ColumnDue),
            doc::label(Label::ColumnTopic),
        ],
        rows: live()
            .filter(|n| n.parsed.kind == Kind::ActionItem)
            .enumerate()
            .map(|(i, n)| {
                let p = &n.parsed;
                let due = due_of(p);
                vec![
                    (i + 1).to_string(),
                    p.text.to_string(),
                    p.owner.clone().unwrap_or_default(),
                    due,
                    topic_name(meeting, n.on),
                ]
            })
            .collect(),
        under: Vec::new(),
        foot: None,
        numeric: vec![true, false, false, false, false],
    };
    let left_aside = [
        (TopicStatus::Skipped, Label::SkippedTopics),
        (TopicStatus::Deferred, Label::DeferredTopics),
        (TopicStatus::Pending, Label::TopicsNotReached),
    ]
    .into_iter()
    .filter(|(status, _)| *status != TopicStatus::Pending || meeting.state() == State::Closed)
    .filter_map(|(status, label)| {
        let lines: Vec<String> = positions(meeting)
            .filter(|&p| meeting.topic_status(p) == status)
            .map(|p| topic_name(meeting, Some(p)))
            .collect();
        (!lines.is_empty()).then(|| Part { heading: doc::label(label), lines })
    })
    .collect();
    let mut left_aside: Vec<Part> = left_aside;
    if !meeting.plan_changes().is_empty() {
        let lines =
            meeting.plan_changes().iter().map(|c| doc::plan_change(&c.change, &clock(c.at, day))).collect();
        left_aside.insert(0, Part { heading: doc::plan_changes(), lines });
    }
    let sealed = meeting.sealed();
    let shown = |f: &str| words::fingerprint_shown(meeting.format(), f);
    let sign_off = match (sealed, fingerprint) {
        (Some(s), _) => doc::signed_off(&s.by, &stamp(s.at), &shown(&s.fingerprint)),
        (None, Some(f)) => format!("{} {}", doc::fingerprint(&shown(f)), doc::draft()),
        (None, None) => doc::draft(),
    };
    let footer_print = sealed.map(|s| s.fingerprint.as_str()).or(fingerprint).map(shown).unwrap_or_default();
    let mut footer = format!("{} · {}", agenda.title, footer_print);
    if footer_print.is_empty() {
        footer = agenda.title.clone();
    } else if sealed.is_none() {
        footer += &format!(" {}", doc::draft());
    }
    let signatories = [(Label::Recorder, &agenda.recorder), (Label::Confirmer, &agenda.confirmer)]
        .into_iter()
        .map(|(label, name)| Signatory { role: doc::label(label), name: name.clone().unwrap_or_default() })
        .collect();
    Paper {
        lang: lang(),
        words: Words {
            gist: doc::label(Label::Gist),
            decisions: doc::label(Label::Decisions),
            actions: doc::label(Label::ActionItems),
            none_recorded: doc::label(Label::NoneRecorded),
            signature: doc::paper_signature(),
            drift_axis: doc::chart_drift_axis(),
        },
        kind: doc::paper_kind(),
        title: agenda.title.clone(),
        marks,
        facts: {
            let mut facts = facts(meeting, day);
            // The breaks (정회), from the journal: each pause and when the meeting resumed.
            let pauses = pauses(entries, day);
            if !pauses.is_empty() {
                let at = facts
                    .iter()
                    .position(|(label, _)| *label == doc::label(Label::Closed))
                    .map_or(facts.len(), |i| i + 1);
                facts.insert(at, (doc::paper_pauses(), pauses.join(", ")));
            }
            facts
        },
        attendance,
        goals,
        before_opening,
        proceedings_heading: doc::label(Label::Sessions),
        sessions,
        time_heading: doc::label(Label::PlannedAgainstActual),
        time: time_table(meeting),
        chart: chart(header, entries, meeting),
        decisions: Part { heading: doc::label(Label::Decisions), lines: decisions },
        actions_heading: doc::label(Label::ActionItems),
        actions,
        left_aside,
        corrections: corrections(meeting, edition),
        sign_off_heading: doc::paper_sign_off(),
        signatories,
        sign_off,
        footer,
    }
}

/// How a topic of the plan as held stands against the published agenda: added during the
/// meeting, or where it was published, under what title and with what plan, where that differs.
pub(super) fn published_against(meeting: &Meeting, p: Position) -> Vec<String> {
    let Some(against) = meeting.against_published(p) else { return Vec::new() };
    let Some((origin, was)) = against.published else { return vec![doc::topic_inserted()] };
    let mut said = Vec::new();
    if against.moved {
        said.push(doc::topic_published_as(&format!("{}.{}", origin.session + 1, origin.topic + 1)));
    }
    if against.renamed {
        said.push(doc::topic_published_title(&was.title));
    }
    if against.retimed {
        said.push(doc::topic_published_plan(was.duration.map(span).as_deref()));
    }
    said
}

/// `가`, `나`, `다`… for the topics of a Korean document (then `가1`… past the fourteenth).
pub fn hangul_number(i: usize) -> String {
    const LETTERS: [char; 14] =
        ['가', '나', '다', '라', '마', '바', '사', '아', '자', '차', '카', '타', '파', '하'];
    match i / LETTERS.len() {
        0 => LETTERS[i].to_string(),
        n => format!("{}{n}", LETTERS[i % LETTERS.len()]),
    }
}

fn topic_item(
    meeting: &Meeting,
    p: Position,
    day: NaiveDate,
    number: String,
    title: String,
    about: String,
) -> TopicItem {
    let notes: Vec<&Note> = meeting.notes_on(p).filter(|n| !n.is_struck()).collect();
    let mut gist: Vec<(Speaker, Vec<Line>)> = Vec::new();
    for &note in notes.iter().filter(|n| n.parsed.kind == Kind::Note) {
        let Some(speaker) = note.speaker else { continue };
        let said = line(meeting, note, day, false);
        match gist.iter_mut().find(|(s, _)| *s == speaker) {
            Some((_, lines)) => lines.push(said),
            None => gist.push((speaker, vec![said])),
        }
    }
    let of = |kind: Kind| -> Vec<Line> {
        notes
            .iter()
            .filter(|n| n.parsed.kind == kind && (kind != Kind::Note || n.speaker.is_none()))
            .map(|n| line(meeting, n, day, false))
            .collect()
    };
    TopicItem {
        number,
        title,
        about,
        gist: gist
            .into_iter()
            .map(|(speaker, lines)| Said { speaker: speaker_name(meeting, speaker, Some(p)), lines })
            .collect(),
        notes: of(Kind::Note),
        decisions: of(Kind::Decision),
        actions: Table {
            head: vec![
                doc::paper_time(),
                doc::label(Label::ColumnItem),
                doc::label(Label::ColumnOwner),
                doc::label(Label::ColumnDue),
            ],
            rows: notes
                .iter()
                .filter(|n| n.parsed.kind == Kind::ActionItem)
                .map(|n| {
                    let p = &n.parsed;
                    let due = due_of(p);
                    vec![
                        clock(n.taken_at(), day),
                        p.text.to_string(),
                        p.owner.clone().unwrap_or_default(),
                        due,
                    ]
                })
                .collect(),
            ..Table::default()
        },
    }
}

/// A note's time and words, with what else is known of it; `lead`: said by whom, or of what kind.
fn line(meeting: &Meeting, note: &Note, day: NaiveDate, lead: bool) -> Line {
    let p = &note.parsed;
    let mut text = p.text.to_string();
    if lead {
        let who = match note.speaker {
            Some(speaker) => speaker_name(meeting, speaker, note.on),
            None => words::note_kind(p.kind),
        };
        text = format!("{who}: {text}");
    }
    let mut extra = Vec::new();
    if let Some(v) = p.vote {
        extra.push(doc::vote(v.yes, v.no, v.abstaining));
    }
    if let Some(owner) = &p.owner {
        extra.push(doc::note_owner(owner));
    }
    if let Some(due) = &p.due {
        extra.push(doc::note_due(&due.to_string()));
    }
    if let Some(problem) = &p.due_problem {
        extra.push(words::due_problem(problem));
    }
    if let Some(last) = meeting.corrections().iter().rfind(|c| c.note == note.id && c.after.is_some()) {
        extra.push(doc::note_corrected(&clock(last.at, day)));
    }
    if !extra.is_empty() {
        text += &format!(" ({})", extra.join("; "));
    }
    Line { time: clock(note.taken_at(), day), text }
}

/// An action item's due date, or why its `due:` was not read as one.
fn due_of(p: &crate::meeting::notes::Parsed) -> String {
    match (&p.due, &p.due_problem) {
        (Some(due), _) => due.to_string(),
        (None, Some(problem)) => words::due_problem(problem),
        (None, None) => String::new(),
    }
}

fn speaker_name(meeting: &Meeting, speaker: Speaker, on: Option<Position>) -> String {
    match speaker {
        Speaker::Attendee(id) => {
            meeting.attendees().get(id).map_or_else(String::new, |a| a.attendee.called())
        }
        Speaker::Presenter => {
            let agenda = meeting.agenda();
            let presenter =
                on.and_then(|on| agenda.sessions.get(on.session)?.topics.get(on.topic)?.presenter.as_deref());
            doc::presenter_speaking(presenter.unwrap_or_default())
        }
    }
}

/// The attendance in its parts (present, in support, absent with reasons unless public, never
/// called), each person with their office and times; empty parts left out.
pub(super) fn attendance_parts(meeting: &Meeting, day: NaiveDate, edition: Edition) -> Vec<Part> {
    let roll = meeting.attendees();
    let was_there = |a: &&Attending| matches!(a.presence, Presence::Present | Presence::Left);
    let parts: [(RollPart, Vec<&Attending>); 4] = [
        (
            RollPart::Present,
            roll.iter().filter(|a| a.attendee.group == Group::Attendee).filter(was_there).collect(),
        ),
        (
            RollPart::Supporting,
            roll.iter().filter(|a| a.attendee.group == Group::Supporting).filter(was_there).collect(),
        ),
        (RollPart::Absent, roll.iter().filter(|a| a.presence == Presence::Absent).collect()),
        (RollPart::NotCalled, roll.iter().filter(|a| a.presence == Presence::Unmarked).collect()),
    ];
    parts
        .into_iter()
        .filter(|(_, people)| !people.is_empty())
        .map(|(part, people)| Part {
            heading: doc::roll_part(part, people.len()),
            lines: people
                .into_iter()
                .map(|a| {
                    let mut about: Vec<String> = a.attendee.affiliation.iter().cloned().collect();
                    if let Some(at) = a.added_at {
                        about.push(doc::added(&clock(at, day)));
                    }
                    if let Some(at) = a.arrived_at
                        && a.added_at.is_none_or(|added| clock(added, day) != clock(at, day))
                    {
                        about.push(doc::arrived(&clock(at, day)));
                    }
                    if let Some(at) = a.left_at {
                        about.push(doc::left(&clock(at, day)));
                    }
                    let mut text = a.attendee.called();
                    if !about.is_empty() {
                        text += &format!(" ({})", about.join(", "));
                    }
                    if let (Some(reason), Edition::Full) = (&a.reason, edition) {
                        text += &format!(": {reason}");
                    }
                    text
                })
                .collect(),
        })
        .collect()
}

fn facts(meeting: &Meeting, day: NaiveDate) -> Vec<(String, String)> {
    let agenda = meeting.agenda();
    let mut facts = Vec::new();
    let mut fact = |label: Label, value: String| facts.push((doc::label(label), value));
    if let Some(organizer) = &agenda.organizer {
        fact(Label::Organizer, organizer.clone());
    }
    fact(Label::Date, words::date_in(lang(), day));
    fact(
        Label::Planned,
        format!(
            "{}–{} ({}, UTC{})",
            clock(meeting.planned_start(), day),
            clock(meeting.planned_end(), day),
            agenda.timezone,
            meeting.planned_start().offset()
        ),
    );
    if let Some(location) = &agenda.location {
        fact(Label::Location, location.clone());
    }
    if let Some(chair) = &agenda.chair {
        fact(Label::Chair, chair.clone());
    }
    fact(Label::Opened, meeting.opened_at().map_or_else(|| doc::label(Label::NotOpened), stamp));
    match (meeting.state(), meeting.closed_at()) {
        (_, Some(closed)) => fact(Label::Closed, stamp(closed)),
        (State::NotOpened, None) => {}
        (state, None) => fact(
            Label::Closed,
            doc::not_closed_yet(&words::state(state), &meeting.last_at().map_or_else(String::new, stamp)),
        ),
    }
    if let Some(opened) = meeting.opened_at() {
        let end = meeting.closed_at().or(meeting.last_at()).unwrap_or(opened);
        let running = meeting.running_time(end.to_utc());
        let paused = (end - opened - running).max(TimeDelta::zero());
        let mut text = span(running);
        if paused > TimeDelta::zero() {
            text += &format!(" {}", doc::paused(&span(paused)));
        }
        fact(Label::RunningTime, text);
    }
    let roll = meeting.attendees();
    let attending = || roll.iter().filter(|a| a.attendee.group == Group::Attendee);
    let present = attending().filter(|a| matches!(a.presence, Presence::Present | Presence::Left)).count();
    let called = meeting.format() >= 5 && roll.iter().any(|a| a.presence != Presence::Unmarked);
    if let Some(quorum) = agenda.quorum {
        fact(Label::Quorum, doc::quorum(quorum, called.then_some(present >= quorum as usize)));
    }
    if called {
        fact(Label::Present, doc::present(present, attending().count()));
    }
    for (label, value) in [
        (Label::Recorder, &agenda.recorder),
        (Label::Confirmer, &agenda.confirmer),
        (Label::Disclosure, &agenda.disclosure),
        (Label::Retention, &agenda.retention),
    ] {
        if let Some(value) = value {
            fact(label, value.clone());
        }
    }
    facts
}

/// Planned against actual: each session and its topics, with the published plan, the plan as
/// adjusted (where it was), the actual time and the difference; the total.
fn time_table(meeting: &Meeting) -> Table {
    let agenda = meeting.agenda();
    // The published plan, and (where it changed: +/-, or the plan changed live) the plan held.
    let adjusted = meeting.sessions().iter().any(|s| s.adjustment != TimeDelta::zero())
        || !meeting.plan_changes().is_empty();
    let korean = lang() == Lang::Ko;
    let mut head = vec![doc::label(Label::ColumnSession), doc::label(Label::ColumnPlanned)];
    if adjusted {
        head.push(doc::label(Label::ColumnAdjusted));
    }
    head.extend([doc::label(Label::ColumnActual), doc::label(Label::ColumnDifference)]);
    let row = |name: String, planned: TimeDelta, plan: TimeDelta, actual: TimeDelta| {
        let mut row = vec![name, span(planned)];
        if adjusted {
            row.push(span(plan));
        }
        row.extend([span(actual), words::length_difference(sum(actual, -planned))]);
        row
    };
    let mut rows = Vec::new();
    let mut under = Vec::new();
    let mut totals = [TimeDelta::zero(); 3];
    for (k, session) in agenda.sessions.iter().enumerate() {
        let run = &meeting.sessions()[k];
        let plan = meeting.session_plan(k);
        let planned = meeting.published_session_plan(k);
        totals[0] = sum(totals[0], planned);
        totals[1] = sum(totals[1], plan);
        totals[2] = sum(totals[2], run.elapsed);
        rows.push(row(format!("{}. {}", k + 1, session.title), planned, plan, run.elapsed));
        for (t, topic) in session.topics.iter().enumerate() {
            let number =
                if korean { format!("{}.", hangul_number(t)) } else { format!("{}.{}", k + 1, t + 1) };
            let elapsed = run.topics[t].elapsed;
            under.push(rows.len());
            let name = format!("{number} {}", topic.title);
            let was = meeting.against_published(Position::new(k, t)).and_then(|a| a.published?.1.duration);
            rows.push(match (was, topic.duration) {
                (Some(planned), plan) => row(name, planned, plan.unwrap_or(planned), elapsed),
                // Planned only as held (added, or given a time during the meeting).
                (None, Some(plan)) if adjusted => {
                    vec![name, String::new(), span(plan), span(elapsed), String::new()]
                }
                // A topic without a plan of its own: its actual time only.
                (None, _) => {
                    let mut row = vec![name, String::new()];
                    if adjusted {
                        row.push(String::new());
                    }
                    row.extend([span(elapsed), String::new()]);
                    row
                }
            });
        }
    }
    let foot = Some(row(doc::label(Label::Total), totals[0], totals[1], totals[2]));
    let mut numeric = vec![false];
    numeric.extend(std::iter::repeat_n(true, head.len() - 1));
    Table { head, rows, under, foot, numeric }
}

/// The chart's data: per session planned and actual, and the drift at each change of topic.
fn chart(header: &Header, entries: &[Entry], meeting: &Meeting) -> Chart {
    let agenda = meeting.agenda();
    let bars = agenda
        .sessions
        .iter()
        .enumerate()
        .map(|(k, _)| Bar {
            label: format!("{}", k + 1),
            planned: meeting.session_plan(k).num_seconds(),
            actual: meeting.sessions()[k].elapsed.num_seconds(),
        })
        .collect();
    // The drift after each entry that moved the meeting, as the screen showed it then.
    let mut drift_points = Vec::new();
    let mut replay = crate::meeting::fold(header, &[]);
    for entry in entries {
        replay.fold_in(entry);
        let Some(opened) = replay.opened_at() else { continue };
        if matches!(
            entry.event,
            crate::meeting::Event::Opened
                | crate::meeting::Event::Moved { .. }
                | crate::meeting::Event::Closed
        ) {
            let at = entry.at.to_utc();
            drift_points.push(((entry.at - opened).num_seconds(), replay.timers(at).drift.num_seconds()));
        }
    }
    Chart {
        title: doc::chart_title(),
        planned: doc::label(Label::ColumnPlanned),
        actual: doc::label(Label::ColumnActual),
        drift: doc::chart_drift(),
        bars,
        drift_points,
    }
}

/// Each pause of the meeting as `10:30–10:40` (to the close, where it closed while paused).
fn pauses(entries: &[Entry], day: NaiveDate) -> Vec<String> {
    use crate::meeting::Event;
    let mut pauses = Vec::new();
    let mut since = None;
    for entry in entries {
        match entry.event {
            Event::Paused => since = Some(entry.at),
            Event::Resumed | Event::Closed => {
                if let Some(from) = since.take() {
                    pauses.push(format!("{}–{}", clock(from, day), clock(entry.at, day)));
                }
            }
            _ => {}
        }
    }
    pauses
}

fn corrections(meeting: &Meeting, edition: Edition) -> Option<Part> {
    if meeting.corrections().is_empty() {
        return None;
    }
    let lines = meeting
        .corrections()
        .iter()
        .map(|c| {
            let on = meeting.note(&c.note).and_then(|n| n.on);
            let before = match (&c.after, edition) {
                (None, Edition::Public) => doc::correction_withheld(),
                _ => doc::correction_before(&c.before),
            };
            let after = c.after.as_deref().map_or_else(doc::correction_struck, doc::correction_after);
            // Each on a line of its own: what, then the words before, then after.
            format!(
                "{}\n{before}\n{after}",
                doc::correction(&stamp(c.at), &c.by, &c.reason, &topic_name(meeting, on))
            )
        })
        .collect();
    Some(Part { heading: doc::label(Label::Corrections), lines })
}

pub(super) fn held_day(meeting: &Meeting) -> NaiveDate {
    match meeting.held() {
        Held::Rehearsal { on } | Held::Postponed { on } => on,
        Held::OnItsDay => meeting.agenda().date,
    }
}

pub(super) fn where_taken(note: &Note, day: NaiveDate) -> String {
    let at = clock(note.taken_at(), day);
    match note.on {
        Some(p) => format!("{}.{}, {at}", p.session + 1, p.topic + 1),
        None => format!("{}, {at}", doc::label(Label::BeforeOpeningLower)),
    }
}

fn topic_name(meeting: &Meeting, on: Option<Position>) -> String {
    let Some(p) = on else { return doc::label(Label::BeforeOpeningLower) };
    let agenda = meeting.agenda();
    let title = agenda.sessions.get(p.session).and_then(|s| s.topics.get(p.topic)).map_or("", |t| &t.title);
    format!("{}.{} {}", p.session + 1, p.topic + 1, title)
}

fn positions(meeting: &Meeting) -> impl Iterator<Item = Position> + '_ {
    meeting
        .agenda()
        .sessions
        .iter()
        .enumerate()
        .flat_map(|(k, s)| (0..s.topics.len()).map(move |t| Position::new(k, t)))
}

pub(super) fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

pub(super) fn clock(t: DateTime<FixedOffset>, day: NaiveDate) -> String {
    if t.date_naive() == day { t.format("%H:%M").to_string() } else { t.format("%Y-%m-%d %H:%M").to_string() }
}

pub(super) fn stamp(t: DateTime<FixedOffset>) -> String {
    t.format("%Y-%m-%d %H:%M:%S %:z").to_string()
}

pub(super) fn span(d: TimeDelta) -> String {
    words::length(d)
}
