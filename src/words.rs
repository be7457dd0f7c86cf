//! TEMPORARY shim until the core's typed refusals land.
use crate::meeting::Refusal;

pub fn refusal(r: &Refusal) -> String {
    r.reason.clone()
}

pub fn notice(n: &str) -> String {
    n.to_owned()
}

pub fn question(q: &crate::tui::look::Question) -> String {
    use crate::tui::look::Question;
    match q {
        Question::Quit => "Quit gavel? Everything is saved; run gavel again to resume the meeting.".into(),
        Question::QuitUnsaved(n) => format!(
            "{n} event{} NOT SAVED to the minutes. Quit anyway? A rescue copy of the whole minutes will be written and its place shown.",
            if *n == 1 { " is" } else { "s are" }
        ),
        Question::QuitUnacknowledged(n) => format!(
            "{n} note{} not yet confirmed by the runner, and would be lost with this seat. Leave anyway?",
            if *n == 1 { " is" } else { "s are" }
        ),
        Question::QuitWithDraft => {
            "The note being typed is not committed (it is kept as a draft). Quit anyway?".into()
        }
        Question::Close => "Close the meeting? Its timers stop and nothing can be changed afterwards.".into(),
        Question::Strike(_) => "Strike this note out of the minutes? The minutes' history keeps it.".into(),
    }
}
