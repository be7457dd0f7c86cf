//! How a note's text is read: kind, owner, due date, and what is left as the item's text.

use chrono::NaiveDate;
use gavel::meeting::notes::{DueProblem, Kind, Parsed, parse};

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn note(kind: Kind, text: &str) -> Parsed {
    Parsed { kind, text: text.into(), owner: None, due: None, due_problem: None, vote: None }
}

fn item(text: &str, owner: Option<&str>, due: Option<NaiveDate>, due_problem: Option<DueProblem>) -> Parsed {
    Parsed {
        kind: Kind::ActionItem,
        text: text.into(),
        owner: owner.map(str::to_owned),
        due,
        due_problem,
        vote: None,
    }
}

fn not_a_date(value: &str) -> DueProblem {
    DueProblem::NotADate { value: value.to_owned() }
}

#[test]
fn kinds_owners_and_due_dates() {
    let cases: Vec<(&str, &str, Parsed)> = vec![
        ("plain", "The budget was presented", note(Kind::Note, "The budget was presented")),
        ("plain, trimmed", "  spaced out \n", note(Kind::Note, "spaced out")),
        ("decision", "d: adopt the agenda", note(Kind::Decision, "adopt the agenda")),
        ("decision in capitals, indented", "  D:Adopted", note(Kind::Decision, "Adopted")),
        ("decision with a full-width colon", "d： 채택", note(Kind::Decision, "채택")),
        ("a word starting with d is plain", "done: nothing", note(Kind::Note, "done: nothing")),
        ("d without a colon is plain", "d adopt", note(Kind::Note, "d adopt")),
        ("an @ in a plain note stays", "ask @kim", note(Kind::Note, "ask @kim")),
        (
            "action item with owner and due",
            "a: @kim send the figures due:2025-01-15",
            item("send the figures", Some("kim"), date(2025, 1, 15), None),
        ),
        (
            "due and owner in any order",
            "A: due:2025-02-01 send it @lee",
            item("send it", Some("lee"), date(2025, 2, 1), None),
        ),
        ("Hangul owner", "a: @김민수 보고서 제출", item("보고서 제출", Some("김민수"), None, None)),
        (
            "owner with dots, dashes, underscores and digits; sentence stop dropped",
            "a: call @j.park-2_b.",
            item("call", Some("j.park-2_b"), None, None),
        ),
        ("no owner, no due", "a: tidy up", item("tidy up", None, None, None)),
        (
            "an e-mail address is not an owner",
            "a: write to kim@example.org",
            item("write to kim@example.org", None, None, None),
        ),
        ("a lone @ is not an owner", "a: meet @ noon", item("meet @ noon", None, None, None)),
        ("the first owner is the owner", "a: @kim and @lee", item("and @lee", Some("kim"), None, None)),
        (
            "an invalid due stays visible and is reported",
            "a: @kim report due:2025-13-40",
            item("report due:2025-13-40", Some("kim"), None, Some(not_a_date("2025-13-40"))),
        ),
        (
            "a due in another shape is reported",
            "a: report due:15/01/2025",
            item("report due:15/01/2025", None, None, Some(not_a_date("15/01/2025"))),
        ),
        (
            "an empty due is reported",
            "a: report due:",
            item("report due:", None, None, Some(DueProblem::Missing)),
        ),
        ("DUE in capitals", "a: x DUE:2025-03-01", item("x", None, date(2025, 3, 1), None)),
        ("line breaks are kept", "a: @kim first\nsecond", item("first\nsecond", Some("kim"), None, None)),
    ];
    for (name, text, expected) in cases {
        assert_eq!(parse(text), expected, "{name}: {text:?}");
    }
}

/// A note of nothing but invisible characters (zero-width, bidi controls, a stray byte-order
/// mark) and whitespace shows as nothing, so the meeting refuses it as it refuses an empty note;
/// after `d:` or `a:` the same text leaves the decision or the action item empty.
#[test]
fn a_note_of_only_invisible_characters_is_empty() {
    use crate::meeting_support::{Run, SMALL};
    use gavel::meeting::{Action, NoteId, Refusal};

    let commit = |text: &str| Action::CommitNote { id: NoteId::from("n2"), text: text.to_owned() };
    let mut run = Run::new(SMALL);
    run.ok(Action::Open, 0);
    run.ok(Action::CommitNote { id: NoteId::from("n1"), text: "first".into() }, 10);
    let cases: Vec<(Action, Refusal)> = vec![
        (commit("\u{200B}"), Refusal::EmptyNote),
        (commit(" \u{200B}\u{200C}\u{200D}\u{2060}\u{2064}\u{180E}\u{FEFF} "), Refusal::EmptyNote),
        (commit("\u{202E}\n\u{2066}\u{2069}\u{200E}\u{200F}\u{061C}\t\u{202A}"), Refusal::EmptyNote),
        (commit("d: \u{200B}\u{202E}"), Refusal::EmptyDecision),
        (commit("a:\u{FEFF}"), Refusal::EmptyActionItem),
        (Action::EditNote { id: NoteId::from("n1"), text: "\u{200B} \u{2069}".into() }, Refusal::EmptyNote),
    ];
    for (action, reason) in cases {
        assert_eq!(run.refused(action.clone(), 20), reason, "{action:?}");
    }
    // An invisible character beside words leaves a note that says something.
    run.ok(commit("\u{200B}visible"), 30);
    assert_eq!(run.meeting.notes().len(), 2);
    assert_eq!(run.meeting.note(&NoteId::from("n1")).expect("n1").text(), "first");
}
