//! Why a screen could not run: the live meeting ([`RunError`]), a seat ([`SeatError`]) or a
//! replay ([`ReplayError`]). Each is one message for stderr; the exit code it ends with is
//! chosen in one place, the binary's `exit` module.

use std::io;

use i18n_embed_fl::fl;

use crate::agenda::LoadError;
use crate::i18n::current;
use crate::journal::read::ReadError;
use crate::journal::start::StartError;
use crate::journal::{OpenError, OpenErrorKind};

/// Why the meeting could not run.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Agenda(Box<LoadError>),
    #[error(transparent)]
    Minutes(StartError),
    #[error("{}", fl!(current(), "cli-no-terminal-run"))]
    NoTerminal,
    #[error("{}", fl!(current(), "cli-terminal-failed", why = .0.to_string()))]
    Terminal(#[source] io::Error),
}

/// Why a seat could not start.
#[derive(Debug, thiserror::Error)]
pub enum SeatError {
    #[error(transparent)]
    Agenda(Box<LoadError>),
    /// The minutes to join could not be read. Missing or unreadable, the meeting has not been
    /// started; read but not gavel minutes (an agenda, a text, an empty file, damage), the
    /// reason is what was found, and no meeting would make them minutes.
    #[error(fmt = seat_minutes)]
    Minutes(#[source] OpenError),
    #[error("{}", fl!(current(), "cli-no-terminal-attach"))]
    NoTerminal,
    #[error("{}", fl!(current(), "cli-terminal-failed", why = .0.to_string()))]
    Terminal(#[source] io::Error),
}

fn seat_minutes(e: &OpenError, f: &mut std::fmt::Formatter) -> std::fmt::Result {
    match e.kind {
        OpenErrorKind::Read(ReadError::Empty | ReadError::NotJournal(_)) => {
            f.write_str(&fl!(current(), "cli-seat-not-minutes", error = e.to_string()))
        }
        OpenErrorKind::Read(_) => write!(f, "{e}"),
        _ => f.write_str(&fl!(current(), "cli-seat-start-first", error = e.to_string())),
    }
}

/// Why replay could not run.
#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    #[error(transparent)]
    Open(OpenError),
    #[error("{}", fl!(current(), "cli-no-terminal-replay"))]
    NoTerminal,
    #[error("{}", fl!(current(), "cli-terminal-failed", why = .0.to_string()))]
    Terminal(#[source] io::Error),
}

#[cfg(test)]
mod tests {
    use std::error::Error;
    use std::path::PathBuf;

    use super::*;
    use crate::journal::read::Flaw;

    fn open(kind: OpenErrorKind) -> OpenError {
        OpenError { path: PathBuf::from("m.jsonl"), kind }
    }

    /// The chain of `source()`s below an error, as messages.
    fn causes(e: &dyn Error) -> Vec<String> {
        std::iter::successors(e.source(), |&e| e.source()).map(ToString::to_string).collect()
    }

    #[test]
    fn a_wrapper_that_adds_no_words_passes_message_and_cause_through() {
        let io = io::Error::from(io::ErrorKind::PermissionDenied);
        let e = RunError::Minutes(StartError::Open(open(OpenErrorKind::Io(io))));
        assert_eq!(e.to_string(), "m.jsonl: cannot be opened: permission denied");
        assert_eq!(causes(&e), ["cannot be opened: permission denied", "permission denied"]);

        let damaged = ReadError::Damaged { line: 4, why: Flaw::Unchained };
        let e = ReplayError::Open(open(OpenErrorKind::Read(damaged)));
        assert_eq!(
            e.to_string(),
            "m.jsonl: line 3 was changed: line 4 no longer follows from it (the hash chain is broken there)"
        );
        assert_eq!(causes(&e).len(), 1, "the read error wraps nothing: {:?}", causes(&e));
    }

    #[test]
    fn a_wrapper_that_adds_words_keeps_the_wrapped_error_as_its_source() {
        let e = SeatError::Minutes(open(OpenErrorKind::Missing));
        assert_eq!(
            e.to_string(),
            "m.jsonl: there is no such minutes file (start the meeting first with `gavel run`)"
        );
        assert_eq!(causes(&e), ["m.jsonl: there is no such minutes file", "there is no such minutes file"]);

        let e = RunError::Terminal(io::Error::other("no tty"));
        assert_eq!(e.to_string(), "the terminal could not be set up: no tty");
        assert_eq!(causes(&e), ["no tty"]);
    }
}

/// Why `gavel amend`'s screen did not open, or stopped.
#[derive(Debug, thiserror::Error)]
pub enum AmendError {
    #[error(transparent)]
    Open(crate::journal::OpenError),
    /// The minutes may not be corrected (not closed, signed off), or no one named corrects.
    #[error("{}", crate::words::refusal(.0))]
    Refused(crate::meeting::Refusal),
    #[error("{}", i18n_embed_fl::fl!(crate::i18n::current(), "amend-screen-terminal", why = .0.to_string()))]
    Terminal(#[source] std::io::Error),
}
