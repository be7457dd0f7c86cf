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
