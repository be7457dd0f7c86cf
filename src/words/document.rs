//! The words of the minutes as a document: its headings, labels and the sentences around the
//! meeting's facts, in the current language (the minutes choose it with [`super::speaking`]).
//! The minutes (`crate::minutes`) lay the document out and hold no word of their own.

use i18n_embed_fl::fl;

use crate::i18n::current;

/// A heading, a label or a column of the minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    ActionItems,
    Attendees,
    BeforeOpening,
    BeforeOpeningLower,
    Chair,
    Closed,
    ColumnAdjusted,
    ColumnDifference,
    ColumnDue,
    ColumnItem,
    ColumnNumber,
    ColumnOwner,
    ColumnPlanned,
    ColumnTopic,
    Date,
    Decisions,
    DeferredTopics,
    Goals,
    Location,
    NoneRecorded,
    NotOpened,
    Organizer,
    Planned,
    PlannedAgainstActual,
    RunningTime,
    Sessions,
    SkippedTopics,
    TopicsNotReached,
    Total,
    ColumnSession,
    ColumnActual,
    Opened,
    // The record in the minutes (format 5).
    Attendance,
    Confirmer,
    Corrections,
    Disclosure,
    Gist,
    OtherNotes,
    Present,
    Quorum,
    Recorder,
    Retention,
}

/// The words of a label.
pub fn label(label: Label) -> String {
    let l = current();
    match label {
        Label::ActionItems => fl!(l, "md-action-items"),
        Label::Attendees => fl!(l, "md-attendees"),
        Label::BeforeOpening => fl!(l, "md-before-opening"),
        Label::BeforeOpeningLower => fl!(l, "md-before-opening-lower"),
        Label::Chair => fl!(l, "md-chair"),
        Label::Closed => fl!(l, "md-closed"),
        Label::ColumnAdjusted => fl!(l, "md-column-adjusted"),
        Label::ColumnDifference => fl!(l, "md-column-difference"),
        Label::ColumnDue => fl!(l, "md-column-due"),
        Label::ColumnItem => fl!(l, "md-column-item"),
        Label::ColumnNumber => fl!(l, "md-column-number"),
        Label::ColumnOwner => fl!(l, "md-column-owner"),
        Label::ColumnPlanned => fl!(l, "md-column-planned"),
        Label::ColumnTopic => fl!(l, "md-column-topic"),
        Label::Date => fl!(l, "md-date"),
        Label::Decisions => fl!(l, "md-decisions"),
        Label::DeferredTopics => fl!(l, "md-deferred-topics"),
        Label::Goals => fl!(l, "md-goals"),
        Label::Location => fl!(l, "md-location"),
        Label::NoneRecorded => fl!(l, "md-none-recorded"),
        Label::NotOpened => fl!(l, "md-not-opened"),
        Label::Organizer => fl!(l, "md-organizer"),
        Label::Planned => fl!(l, "md-planned"),
        Label::PlannedAgainstActual => fl!(l, "md-planned-against-actual"),
        Label::RunningTime => fl!(l, "md-running-time"),
        Label::Sessions => fl!(l, "md-sessions"),
        Label::SkippedTopics => fl!(l, "md-skipped-topics"),
        Label::TopicsNotReached => fl!(l, "md-topics-not-reached"),
        Label::Total => fl!(l, "md-total"),
        Label::ColumnSession => fl!(l, "md-column-session"),
        Label::ColumnActual => fl!(l, "md-column-actual"),
        Label::Opened => fl!(l, "md-opened"),
        Label::Attendance => fl!(l, "md-attendance"),
        Label::Confirmer => fl!(l, "md-confirmer"),
        Label::Corrections => fl!(l, "md-corrections"),
        Label::Disclosure => fl!(l, "md-disclosure"),
        Label::Gist => fl!(l, "md-gist"),
        Label::OtherNotes => fl!(l, "md-other-notes"),
        Label::Present => fl!(l, "md-present"),
        Label::Quorum => fl!(l, "md-quorum"),
        Label::Recorder => fl!(l, "md-recorder"),
        Label::Retention => fl!(l, "md-retention"),
    }
}

/// A break between sessions, with its planned length.
pub fn break_line(title: &str, length: &str) -> String {
    fl!(current(), "md-break", title = title, length = length)
}

/// The line that ends the document: the journal's fingerprint.
pub fn fingerprint(fingerprint: &str) -> String {
    fl!(current(), "md-fingerprint", fingerprint = fingerprint)
}

/// A note's due date.
pub fn note_due(due: &str) -> String {
    fl!(current(), "md-note-due", due = due)
}

/// When a note was last edited.
pub fn note_edited(time: &str) -> String {
    fl!(current(), "md-note-edited", time = time)
}

/// A note's owner.
pub fn note_owner(owner: &str) -> String {
    fl!(current(), "md-note-owner", owner = owner)
}

/// When a seat wrote a note that reached the runner later.
pub fn note_written(time: &str) -> String {
    fl!(current(), "md-note-written", time = time)
}

/// How long the meeting was paused, after its running time.
pub fn paused(length: &str) -> String {
    fl!(current(), "md-paused", length = length)
}

/// Who presents a topic.
pub fn presenter(name: &str) -> String {
    fl!(current(), "md-presenter", name = name)
}

/// A session's actual length.
pub fn session_actual(length: &str) -> String {
    fl!(current(), "md-session-actual", length = length)
}

/// A session's plan as adjusted during the meeting.
pub fn session_adjusted(length: &str) -> String {
    fl!(current(), "md-session-adjusted", length = length)
}

/// When a session was first taken up.
pub fn session_first_taken_up(time: &str) -> String {
    fl!(current(), "md-session-first-taken-up", time = time)
}

/// A session's planned length.
pub fn session_planned(length: &str) -> String {
    fl!(current(), "md-session-planned", length = length)
}

/// A session's summary from the agenda.
pub fn session_summary(summary: &str) -> String {
    fl!(current(), "md-session-summary", summary = summary)
}

/// A topic's time against its plan.
pub fn topic_of_planned(elapsed: &str, planned: &str) -> String {
    fl!(current(), "md-topic-of-planned", elapsed = elapsed, planned = planned)
}

/// A meeting not closed: its state as of the last entry.
pub fn not_closed_yet(state: &str, last: &str) -> String {
    fl!(current(), "md-not-closed-yet", state = state, last = last)
}

/// A part of the attendance, with how many are in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RollPart {
    /// Attending and present (참석자).
    Present,
    /// Attending in support (배석자).
    Supporting,
    /// Absent (불참).
    Absent,
    /// On the roll, never called.
    NotCalled,
}

/// The heading of a part of the attendance, with its count.
pub fn roll_part(part: RollPart, count: usize) -> String {
    let (l, count) = (current(), count.to_string());
    match part {
        RollPart::Present => fl!(l, "md-roll-present", count = count),
        RollPart::Supporting => fl!(l, "md-roll-supporting", count = count),
        RollPart::Absent => fl!(l, "md-roll-absent", count = count),
        RollPart::NotCalled => fl!(l, "md-roll-not-called", count = count),
    }
}

/// The quorum, and whether those present met it (`None`: the roll was not called).
pub fn quorum(quorum: u32, met: Option<bool>) -> String {
    let met = match met {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unknown",
    };
    fl!(current(), "md-quorum-value", quorum = quorum.to_string(), met = met)
}

/// How many attending were present, of how many on the roll.
pub fn present(count: usize, of: usize) -> String {
    fl!(current(), "md-present-value", count = count.to_string(), of = of.to_string())
}

/// When someone arrived late.
pub fn arrived(time: &str) -> String {
    fl!(current(), "md-arrived", time = time)
}

/// When someone left before the end.
pub fn left(time: &str) -> String {
    fl!(current(), "md-left", time = time)
}

/// When someone not on the agenda was added.
pub fn added(time: &str) -> String {
    fl!(current(), "md-added", time = time)
}

/// The topic's presenter as a speaker.
pub fn presenter_speaking(name: &str) -> String {
    fl!(current(), "md-presenter-speaking", name = name)
}

/// A decision's vote.
pub fn vote(yes: u32, no: u32, abstaining: u32) -> String {
    fl!(current(), "md-vote", yes = yes.to_string(), no = no.to_string(), abstaining = abstaining.to_string())
}

/// When a note was corrected after the meeting.
pub fn note_corrected(time: &str) -> String {
    fl!(current(), "md-note-corrected", time = time)
}

/// A correction: when, by whom, why.
pub fn correction(at: &str, by: &str, reason: &str, topic: &str) -> String {
    fl!(current(), "md-correction", at = at, by = by, reason = reason, topic = topic)
}

/// What a corrected note said before.
pub fn correction_before(text: &str) -> String {
    fl!(current(), "md-correction-before", text = text)
}

/// What a corrected note says after.
pub fn correction_after(text: &str) -> String {
    fl!(current(), "md-correction-after", text = text)
}

/// A correction that struck the note out.
pub fn correction_struck() -> String {
    fl!(current(), "md-correction-struck")
}

/// The words before a correction that struck a note out, in the public edition.
pub fn correction_withheld() -> String {
    fl!(current(), "md-correction-withheld")
}

/// The sign-off: by whom, when, and the fingerprint of the minutes signed.
pub fn signed_off(by: &str, at: &str, fingerprint: &str) -> String {
    fl!(current(), "md-signed-off", by = by, at = at, fingerprint = fingerprint)
}

/// After the fingerprint of minutes not signed off yet.
pub fn draft() -> String {
    fl!(current(), "md-draft")
}

/// What says the document is the public edition, and what it leaves out.
pub fn public_edition() -> String {
    fl!(current(), "md-public-edition")
}

/// What the printed document is: 회의록 / Minutes.
pub fn paper_kind() -> String {
    fl!(current(), "paper-kind")
}

/// The heading of the sign-off block.
pub fn paper_sign_off() -> String {
    fl!(current(), "paper-sign-off")
}

/// The signature's box.
pub fn paper_signature() -> String {
    fl!(current(), "paper-signature")
}

/// The chart's title.
pub fn chart_title() -> String {
    fl!(current(), "paper-chart-title")
}

/// The drift line's name.
pub fn chart_drift() -> String {
    fl!(current(), "paper-chart-drift")
}

/// The chart's axis of the drift: behind (+) and ahead (−), in minutes.
pub fn chart_drift_axis() -> String {
    fl!(current(), "paper-chart-drift-axis")
}

/// A page's number of the pages, as a printed page says it: `- 2 / 7 -`.
pub fn page_of() -> String {
    fl!(current(), "paper-page-of")
}

/// The breaks of the meeting (정회), for the facts.
pub fn paper_pauses() -> String {
    fl!(current(), "paper-pauses")
}

/// The column of a note's time.
pub fn paper_time() -> String {
    fl!(current(), "paper-time")
}

/// A topic added to the plan during the meeting, as the record marks it.
pub fn topic_inserted() -> String {
    fl!(current(), "doc-topic-inserted")
}

/// Where the published agenda had a topic that moved.
pub fn topic_published_as(number: &str) -> String {
    fl!(current(), "doc-topic-published-as", number = number)
}

/// A renamed topic's published title.
pub fn topic_published_title(title: &str) -> String {
    fl!(current(), "doc-topic-published-title", title = title)
}

/// A retimed topic's published plan (`none` for a topic without one).
pub fn topic_published_plan(time: Option<&str>) -> String {
    let time = time.map_or_else(|| fl!(current(), "doc-plan-none"), str::to_owned);
    fl!(current(), "doc-topic-published-plan", time = time)
}

/// The heading of the list of changes made to the plan.
pub fn plan_changes() -> String {
    fl!(current(), "doc-plan-changes")
}

/// One change to the plan, as the record lists it.
pub fn plan_change(change: &crate::meeting::Change, time: &str) -> String {
    use crate::meeting::Change;
    let l = current();
    let number = |p: &crate::meeting::Position| format!("{}.{}", p.session + 1, p.topic + 1);
    let none = || fl!(l, "doc-plan-none");
    let length = |d: &Option<chrono::TimeDelta>| d.map_or_else(none, crate::words::length);
    match change {
        Change::Inserted { at, title } => {
            fl!(l, "doc-change-inserted", time = time, number = number(at), title = title.as_str())
        }
        Change::Renamed { at, from, to } => {
            fl!(
                l,
                "doc-change-renamed",
                time = time,
                number = number(at),
                from = from.as_str(),
                to = to.as_str()
            )
        }
        Change::Moved { from, to, title } => {
            fl!(
                l,
                "doc-change-moved",
                time = time,
                title = title.as_str(),
                from = number(from),
                to = number(to)
            )
        }
        Change::Removed { from, title, .. } => {
            fl!(l, "doc-change-removed", time = time, number = number(from), title = title.as_str())
        }
        Change::Retimed { session, topic, title, from, to } => {
            let what = match topic {
                Some(t) => format!("{} {title}", number(&crate::meeting::Position::new(*session, *t))),
                None => format!("{}. {title}", session + 1),
            };
            fl!(l, "doc-change-retimed", time = time, what = what, from = length(from), to = length(to))
        }
    }
}
