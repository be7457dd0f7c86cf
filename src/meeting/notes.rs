//! What a note says about itself: a decision (`d:`), an action item (`a:` with an optional
//! `@owner` and `due:YYYY-MM-DD`), or a plain note. A pure function of the text as typed, applied
//! when the journal is folded, so the journal keeps the words exactly as the secretary wrote them.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

/// What kind of note this is, from its first characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Note,
    Decision,
    ActionItem,
}

/// Why an action item's `due:` was not read as a date. The interface says it in words
/// (`crate::words::due_problem`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DueProblem {
    /// `due:` with nothing after it.
    Missing,
    /// `due:` followed by this, which is not a date written `YYYY-MM-DD`.
    NotADate { value: String },
}

/// A note's text read for its kind. For an action item the `@owner` and a valid `due:` are taken
/// out of `text`; a `due:` that is not a date stays in `text` and is reported in `due_problem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Parsed {
    pub kind: Kind,
    /// The words without the kind prefix (and, for action items, without owner and due date).
    /// Shared with the note's version when they are the same words, as for most plain notes.
    #[serde(serialize_with = "super::event::shared_text::serialize")]
    pub text: Arc<str>,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub due_problem: Option<DueProblem>,
    /// A decision's vote (`vote:12/2/1`, `표결:12/2/1`), taken out of `text`. (Format 5.)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vote: Option<Vote>,
}

/// How a decision was voted: for, against, abstaining.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Vote {
    #[serde(rename = "for")]
    pub yes: u32,
    #[serde(rename = "against")]
    pub no: u32,
    pub abstaining: u32,
}

/// A plain note's speaker prefix: the words before the first colon of its first line (`:` or
/// the full-width `：` some input methods give), and the words after it. Whether the prefix names
/// anyone is the meeting's to say ([`super::Meeting::speaker_of`]).
pub fn speaker_prefix(text: &str) -> Option<(&str, &str)> {
    let first = text.trim_start().lines().next()?;
    let at = first.find([':', '：'])?;
    let prefix = &first[..at];
    // A name is short and one line; a long run before a colon is a sentence, not a name.
    if prefix.trim().is_empty() || prefix.chars().count() > 40 {
        return None;
    }
    let start = text.len() - text.trim_start().len();
    let colon = first[at..].chars().next().map_or(1, char::len_utf8);
    Some((prefix, &text[start + at + colon..]))
}

/// The kind prefix, if any, and where the rest of the text starts. `d:` and `a:`; from format 5
/// also as the Korean keyboard types them (`ㅇ:`, `ㅁ:`: the jamo on those keys, so a secretary
/// typing Korean never switches) and as a Korean record names them (`결정:`, `조치:`).
fn prefix(text: &str, korean: bool) -> (Kind, &str) {
    let rest = text.trim_start();
    let words: &[(&str, Kind)] = if korean {
        &[
            ("d", Kind::Decision),
            ("D", Kind::Decision),
            ("a", Kind::ActionItem),
            ("A", Kind::ActionItem),
            ("ㅇ", Kind::Decision),
            ("ㅁ", Kind::ActionItem),
            ("결정", Kind::Decision),
            ("조치", Kind::ActionItem),
        ]
    } else {
        &[("d", Kind::Decision), ("D", Kind::Decision), ("a", Kind::ActionItem), ("A", Kind::ActionItem)]
    };
    for (word, kind) in words {
        // A full-width colon is what some input methods give for ':'.
        if let Some(after) =
            rest.strip_prefix(word).and_then(|r| r.strip_prefix(':').or_else(|| r.strip_prefix('：')))
        {
            return (*kind, after);
        }
    }
    (Kind::Note, text)
}

/// Whether the words after a kind prefix are empty: `d:` alone says nothing.
pub fn is_empty_after_prefix(text: &str) -> bool {
    crate::text::is_blank(prefix(text, true).1)
}

/// [`parse`], sharing the text itself when it is the note's words unchanged; the Korean prefixes and
/// a decision's vote are read only in minutes of format 5 on (`current`): an older journal's words
/// read as they always did.
pub(super) fn parse_shared(text: &Arc<str>, current: bool) -> Parsed {
    if prefix(text, current).0 == Kind::Note && text.trim().len() == text.len() {
        return Parsed {
            kind: Kind::Note,
            text: Arc::clone(text),
            owner: None,
            due: None,
            due_problem: None,
            vote: None,
        };
    }
    parse_with(text, current)
}

/// Reads a note's text as typed.
pub fn parse(text: &str) -> Parsed {
    parse_with(text, true)
}

fn parse_with(text: &str, current: bool) -> Parsed {
    let (kind, rest) = prefix(text, current);
    let plain = |kind, text: &str| Parsed {
        kind,
        text: text.trim().into(),
        owner: None,
        due: None,
        due_problem: None,
        vote: None,
    };
    match kind {
        Kind::Note => plain(kind, text),
        Kind::Decision if current => {
            let (words, vote) = decision_vote(rest);
            Parsed { vote, ..plain(kind, &words) }
        }
        Kind::Decision => plain(kind, rest),
        Kind::ActionItem => action_item(rest),
    }
}

/// A decision's words without its vote, and the vote: the first word `vote:F/A/B` (or
/// `표결:F/A/B`) that reads as three numbers.
fn decision_vote(rest: &str) -> (String, Option<Vote>) {
    let mut vote = None;
    let mut words = String::with_capacity(rest.len());
    for (i, line) in rest.trim().lines().enumerate() {
        if i > 0 {
            words.push('\n');
        }
        let mut first = true;
        for word in line.split_whitespace() {
            if vote.is_none()
                && let Some(v) = vote_of(word)
            {
                vote = Some(v);
                continue;
            }
            if !first {
                words.push(' ');
            }
            words.push_str(word);
            first = false;
        }
    }
    (words, vote)
}

fn vote_of(word: &str) -> Option<Vote> {
    let word = word.trim_end_matches(['.', ',']);
    let counts = word.strip_prefix("vote:").or_else(|| word.strip_prefix("표결:"))?;
    let mut n = counts.split('/').map(|c| c.parse::<u32>().ok());
    let vote = Vote { yes: n.next()??, no: n.next()??, abstaining: n.next()?? };
    n.next().is_none().then_some(vote)
}

fn action_item(rest: &str) -> Parsed {
    let mut owner = None;
    let mut due = None;
    let mut due_problem = None;
    let rest = rest.trim();
    let mut text = String::with_capacity(rest.len());
    for (i, line) in rest.lines().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        let mut first = true;
        for word in line.split_whitespace() {
            if owner.is_none()
                && let Some(name) = owner_of(word)
            {
                owner = Some(name.to_owned());
                continue;
            }
            if due.is_none()
                && due_problem.is_none()
                && let Some(value) =
                    word.get(..4).filter(|w| w.eq_ignore_ascii_case("due:")).map(|_| &word[4..])
            {
                match due_date(value) {
                    Ok(date) => {
                        due = Some(date);
                        continue;
                    }
                    Err(problem) => due_problem = Some(problem),
                }
            }
            if !first {
                text.push(' ');
            }
            text.push_str(word);
            first = false;
        }
    }
    Parsed { kind: Kind::ActionItem, text: text.trim().into(), owner, due, due_problem, vote: None }
}

/// `@name`: letters of any script, digits, `_`, `-`, `.`; a full stop ending the sentence is not
/// part of the name.
fn owner_of(word: &str) -> Option<&str> {
    let name = word.strip_prefix('@')?.trim_end_matches(['.', ',']);
    let ok = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    ok.then_some(name)
}

fn due_date(value: &str) -> Result<NaiveDate, DueProblem> {
    let value = value.trim_end_matches(['.', ',']);
    if value.is_empty() {
        return Err(DueProblem::Missing);
    }
    let shaped = value.len() == 10
        && value
            .bytes()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(date) if shaped => Ok(date),
        _ => Err(DueProblem::NotADate { value: value.to_owned() }),
    }
}
