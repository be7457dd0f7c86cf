//! How a command ends when it fails: one message for stderr, and the exit code it ends with.
//!
//! Part of the binary, not the library. [`Failure`] is every way a command can fail, and
//! [`Failure::code`] is the one place where a failure becomes a code: the README's table, which
//! this module must keep true. Code 2 (a wrong command line) is clap's own and never passes here.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use gavel::agenda::{ErrorKind, LoadError};
use gavel::base::io_reason;
use gavel::i18n::current;
use gavel::journal::read::ReadError;
use gavel::journal::start::StartError;
use gavel::journal::{OpenError, OpenErrorKind};
use gavel::tui::error::{ReplayError, RunError, SeatError};
use i18n_embed_fl::fl;

/// gavel needs a terminal and has none (or the terminal failed), or the output could not be
/// written.
pub const TERMINAL_OR_OUTPUT: u8 = 1;
/// The agenda or the minutes were read but are not valid, or the minutes hold a closed meeting.
pub const INVALID: u8 = 3;
/// A file could not be read or written: missing, not a regular file, unreadable, too large, already
/// there, or one never written over (minutes, an agenda).
pub const FILE: u8 = 4;
/// The minutes are open in another gavel.
pub const IN_USE: u8 = 5;
/// The meeting refused the change asked of its minutes (a correction or the sign-off): they
/// are not closed, or are signed off, the note is not there, the reason is missing…; nothing
/// was written. Apart from 3, so that a script tells a refused request from damaged minutes.
pub const REFUSED: u8 = 6;

/// Why a command failed. The library's errors come in whole through `?`; the rest are the
/// failures only the command line has.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Agenda(Box<LoadError>),
    #[error(transparent)]
    Minutes(#[from] OpenError),
    #[error(transparent)]
    Run(#[from] RunError),
    #[error(transparent)]
    Seat(#[from] SeatError),
    #[error(transparent)]
    Replay(#[from] ReplayError),
    #[error(transparent)]
    Amend(#[from] gavel::tui::error::AmendError),
    #[error(transparent)]
    Recover(#[from] gavel::journal::recover::RecoverError),
    /// `gavel new` could not write the starter agenda.
    #[error(fmt = starter_not_written)]
    Starter { path: PathBuf, source: io::Error },
    /// `gavel export -o FILE` may not write over that file.
    #[error(transparent)]
    Refused(#[from] gavel::journal::output::Refused),
    /// A PDF asked for with no file to write it to, on a terminal.
    #[error("{}", i18n_embed_fl::fl!(gavel::i18n::current(), "cli-pdf-to-terminal"))]
    PdfToTerminal,
    /// The PDF could not be made (never expected: its font is built in).
    #[error("{}", i18n_embed_fl::fl!(gavel::i18n::current(), "cli-pdf-failed", why = .0.to_string()))]
    Pdf(gavel::minutes::PdfError),
    /// An HWPX document asked for with no file to write it to, on a terminal.
    #[error("{}", i18n_embed_fl::fl!(gavel::i18n::current(), "cli-hwpx-to-terminal"))]
    HwpxToTerminal,
    /// The HWPX document could not be made (never expected: every part of it is gavel's own).
    #[error("{}", i18n_embed_fl::fl!(gavel::i18n::current(), "cli-hwpx-failed", why = .0.to_string()))]
    Hwpx(gavel::minutes::HwpxError),
    /// `gavel export -o FILE` could not write the file.
    #[error("{}: {}", path.display(), fl!(current(), "cli-cannot-be-written", why = io_reason(source)))]
    Output { path: PathBuf, source: io::Error },
    /// Standard output could not be written. A closed pipe (`gavel check | head`) is not this.
    #[error("{}", fl!(current(), "cli-stdout", why = io_reason(.0)))]
    Stdout(#[source] io::Error),
    /// `gavel amend` or `gavel finalize` did not change the minutes.
    #[error(transparent)]
    Change(#[from] gavel::journal::closed::ChangeError),
    /// `gavel verify`: the chain holds, but lines follow the sign-off, which nothing may.
    #[error("{}: {}", path.display(), fl!(current(), "verify-after-seal", lines = usize::clone(lines)))]
    AfterSeal { path: PathBuf, lines: usize },
    /// `gavel verify`: the chain holds, but the sign-off sealed another fingerprint than the
    /// minutes had before it.
    #[error(
        "{}: {}",
        path.display(),
        fl!(current(), "verify-seal-mismatch", sealed = sealed.as_str(), before = before.as_str())
    )]
    SealMismatch { path: PathBuf, sealed: String, before: String },
    /// `gavel verify --fingerprint`: the minutes hold another fingerprint than the one given.
    #[error(
        "{}: {}",
        path.display(),
        if *sealed {
            fl!(current(), "verify-other-sealed", held = held.as_str(), given = given.as_str())
        } else {
            fl!(current(), "verify-other-fingerprint", held = held.as_str(), given = given.as_str())
        }
    )]
    OtherFingerprint { path: PathBuf, held: String, given: String, sealed: bool },
    /// `gavel verify` found the minutes changed.
    #[error("{}: {}", path.display(), fl!(current(), "cli-not-intact", why = source.to_string()))]
    Broken { path: PathBuf, source: ReadError },
    /// The meeting ended with events that could not be written, and no rescue copy could be
    /// written either. `summary` is what would have been printed had all gone well.
    #[error(
        "{summary}{}",
        fl!(current(), "cli-no-rescue", minutes = minutes.display().to_string(), why = why.as_str())
    )]
    NoRescue { summary: String, minutes: PathBuf, why: String },
    /// The meeting ended with events that could not be written; a rescue copy of the whole
    /// minutes, with them, was written instead.
    #[error(
        "{summary}{}",
        fl!(
            current(),
            "cli-rescued",
            minutes = minutes.display().to_string(),
            rescue = rescue.display().to_string()
        )
    )]
    Rescued { summary: String, minutes: PathBuf, rescue: PathBuf },
}

// Boxed as the screens box it: a whole agenda error would make every command's result large.
impl From<LoadError> for Failure {
    fn from(e: LoadError) -> Self {
        Failure::Agenda(Box::new(e))
    }
}

impl Failure {
    /// The exit code this failure ends the program with.
    pub fn code(&self) -> u8 {
        match self {
            Failure::Agenda(e) | Failure::Run(RunError::Agenda(e)) | Failure::Seat(SeatError::Agenda(e)) => {
                agenda(e)
            }
            Failure::Minutes(e)
            | Failure::Run(RunError::Minutes(StartError::Open(e)))
            | Failure::Replay(ReplayError::Open(e)) => minutes(e),
            Failure::Run(RunError::Minutes(StartError::Closed { .. })) => INVALID,
            // A seat reads the minutes only to find the meeting to join: missing or unreadable,
            // the meeting is to be started first (a file problem); read but not minutes, the
            // file named is wrong (invalid).
            Failure::Seat(SeatError::Minutes(e)) => match e.kind {
                OpenErrorKind::Read(_) => INVALID,
                _ => FILE,
            },
            Failure::Run(RunError::NoTerminal | RunError::Terminal(_))
            | Failure::Seat(SeatError::NoTerminal | SeatError::Terminal(_))
            | Failure::Replay(ReplayError::NoTerminal | ReplayError::Terminal(_))
            | Failure::Stdout(_) => TERMINAL_OR_OUTPUT,
            Failure::PdfToTerminal | Failure::HwpxToTerminal => TERMINAL_OR_OUTPUT,
            Failure::Pdf(_) | Failure::Hwpx(_) => INVALID,
            Failure::Starter { .. }
            | Failure::Output { .. }
            | Failure::Refused(_)
            | Failure::NoRescue { .. }
            | Failure::Rescued { .. } => FILE,
            Failure::Broken { .. }
            | Failure::AfterSeal { .. }
            | Failure::SealMismatch { .. }
            | Failure::OtherFingerprint { .. } => INVALID,
            Failure::Amend(e) => {
                use gavel::tui::error::AmendError;
                match e {
                    AmendError::Open(e) => minutes(e),
                    AmendError::Refused(_) => REFUSED,
                    AmendError::Terminal(_) => TERMINAL_OR_OUTPUT,
                }
            }
            Failure::Change(e) => {
                use gavel::journal::closed::ChangeError;
                match e {
                    ChangeError::Open(e) => minutes(e),
                    ChangeError::Refused { .. } => REFUSED,
                    ChangeError::NotSaved { .. } => FILE,
                }
            }
            Failure::Recover(e) => {
                use gavel::journal::recover::RecoverError;
                match e {
                    RecoverError::Open(e) => minutes(e),
                    RecoverError::OtherMeeting { .. } | RecoverError::Diverged { .. } => INVALID,
                    RecoverError::NotSaved { .. } => FILE,
                }
            }
        }
    }
}

/// A wrong path and a wrong agenda end differently, so a script can tell them apart.
fn agenda(e: &LoadError) -> u8 {
    match e.kind {
        ErrorKind::File => FILE,
        ErrorKind::Content => INVALID,
    }
}

fn minutes(e: &OpenError) -> u8 {
    match e.kind {
        OpenErrorKind::Read(_) => INVALID,
        OpenErrorKind::Locked => IN_USE,
        OpenErrorKind::Missing
        | OpenErrorKind::Exists
        | OpenErrorKind::TooLarge { .. }
        | OpenErrorKind::Io(_) => FILE,
    }
}

fn starter_not_written(path: &Path, e: &io::Error, f: &mut fmt::Formatter) -> fmt::Result {
    write!(f, "{}: ", path.display())?;
    if e.kind() == io::ErrorKind::AlreadyExists {
        f.write_str(&fl!(current(), "cli-starter-exists"))
    } else {
        f.write_str(&fl!(current(), "cli-cannot-be-written", why = io_reason(e)))
    }
}

#[cfg(test)]
mod tests {
    use gavel::journal::closed::ChangeError;
    use gavel::journal::read::Flaw;

    use super::*;

    fn open(kind: OpenErrorKind) -> OpenError {
        OpenError { path: PathBuf::from("m.jsonl"), kind }
    }

    fn load(kind: ErrorKind) -> LoadError {
        let message = "x".to_owned();
        LoadError { kind, file: "a.yaml".into(), pos: None, field: None, message, source_line: None }
    }

    #[test]
    fn every_failure_ends_with_the_code_the_readme_gives_it() {
        let io = || io::Error::other("x");
        let damaged = || ReadError::Damaged { line: 3, why: Flaw::Unchained };
        let closed = StartError::Closed { path: PathBuf::from("m.jsonl"), closed_at: "09:50".into() };
        let cases: Vec<(&str, Failure, u8)> = vec![
            ("no terminal for run", RunError::NoTerminal.into(), TERMINAL_OR_OUTPUT),
            ("terminal failed in a seat", SeatError::Terminal(io()).into(), TERMINAL_OR_OUTPUT),
            ("no terminal for replay", ReplayError::NoTerminal.into(), TERMINAL_OR_OUTPUT),
            ("stdout", Failure::Stdout(io()), TERMINAL_OR_OUTPUT),
            ("agenda invalid", load(ErrorKind::Content).into(), INVALID),
            ("agenda file", load(ErrorKind::File).into(), FILE),
            ("agenda invalid for run", RunError::Agenda(Box::new(load(ErrorKind::Content))).into(), INVALID),
            ("agenda file for a seat", SeatError::Agenda(Box::new(load(ErrorKind::File))).into(), FILE),
            ("minutes damaged", open(OpenErrorKind::Read(damaged())).into(), INVALID),
            ("minutes missing", open(OpenErrorKind::Missing).into(), FILE),
            ("minutes exist", open(OpenErrorKind::Exists).into(), FILE),
            ("minutes unreadable", open(OpenErrorKind::Io(io())).into(), FILE),
            ("minutes too large", open(OpenErrorKind::TooLarge { size: 1 << 30 }).into(), FILE),
            ("minutes locked", RunError::Minutes(open(OpenErrorKind::Locked).into()).into(), IN_USE),
            ("minutes closed", RunError::Minutes(closed).into(), INVALID),
            (
                "replay of damaged minutes",
                ReplayError::Open(open(OpenErrorKind::Read(damaged()))).into(),
                INVALID,
            ),
            (
                "seat on damaged minutes",
                SeatError::Minutes(open(OpenErrorKind::Read(damaged()))).into(),
                INVALID,
            ),
            ("seat on missing minutes", SeatError::Minutes(open(OpenErrorKind::Missing)).into(), FILE),
            ("seat on unreadable minutes", SeatError::Minutes(open(OpenErrorKind::Io(io()))).into(), FILE),
            ("starter", Failure::Starter { path: "a.yaml".into(), source: io() }, FILE),
            ("export file", Failure::Output { path: "m.md".into(), source: io() }, FILE),
            (
                "export over a file",
                gavel::journal::output::Refused {
                    path: "m.md".into(),
                    why: gavel::journal::output::Refusal::Exists,
                }
                .into(),
                FILE,
            ),
            ("verify", Failure::Broken { path: "m.jsonl".into(), source: damaged() }, INVALID),
            (
                "verify, a seal of other minutes",
                Failure::SealMismatch { path: "m".into(), sealed: "a".into(), before: "b".into() },
                INVALID,
            ),
            (
                "verify, lines after the seal",
                Failure::AfterSeal { path: "m.jsonl".into(), lines: 1 },
                INVALID,
            ),
            (
                "verify, another fingerprint",
                Failure::OtherFingerprint {
                    path: "m".into(),
                    held: "a".into(),
                    given: "b".into(),
                    sealed: true,
                },
                INVALID,
            ),
            (
                "amend refused",
                ChangeError::Refused { path: "m".into(), refusal: gavel::meeting::Refusal::NotClosed }.into(),
                REFUSED,
            ),
            ("amend not saved", ChangeError::NotSaved { path: "m".into(), why: "x".into() }.into(), FILE),
            ("amend on locked minutes", ChangeError::Open(open(OpenErrorKind::Locked)).into(), IN_USE),
            ("finalize on missing minutes", ChangeError::Open(open(OpenErrorKind::Missing)).into(), FILE),
            (
                "no rescue",
                Failure::NoRescue { summary: String::new(), minutes: "m".into(), why: "x".into() },
                FILE,
            ),
            (
                "rescued",
                Failure::Rescued { summary: String::new(), minutes: "m".into(), rescue: "r".into() },
                FILE,
            ),
        ];
        for (what, failure, code) in cases {
            assert_eq!(failure.code(), code, "{what}: {failure}");
        }
    }

    #[test]
    fn the_readme_lists_every_code() {
        let readme = include_str!("../README.md");
        for code in [TERMINAL_OR_OUTPUT, 2, INVALID, FILE, IN_USE, REFUSED] {
            assert!(readme.contains(&format!("\n| {code} | ")), "README's exit-code table lacks {code}");
        }
    }
}
