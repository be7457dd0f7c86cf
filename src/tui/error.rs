//! Why a screen could not run; each is one message for stderr.

use std::io;

use crate::agenda::LoadError;
use crate::journal::OpenError;
use crate::journal::start::StartError;

/// Why the meeting could not run.
#[derive(Debug)]
pub enum RunError {
    Agenda(Box<LoadError>),
    Minutes(StartError),
    NoTerminal,
    Terminal(io::Error),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            RunError::Agenda(e) => write!(f, "{e}"),
            RunError::Minutes(e) => write!(f, "{e}"),
            RunError::NoTerminal => f.write_str(
                "gavel runs the meeting in a terminal window, and this output is not one. \
                 To see the planned schedule instead, use `gavel check AGENDA`",
            ),
            RunError::Terminal(e) => write!(f, "the terminal could not be set up: {e}"),
        }
    }
}

/// Why a seat could not start.
#[derive(Debug)]
pub enum SeatError {
    Agenda(Box<LoadError>),
    Minutes(OpenError),
    NoTerminal,
    Terminal(io::Error),
}

impl std::fmt::Display for SeatError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            SeatError::Agenda(e) => write!(f, "{e}"),
            SeatError::Minutes(e) => write!(f, "{e} (start the meeting first with `gavel run`)"),
            SeatError::NoTerminal => {
                f.write_str("gavel attach shows the meeting in a terminal window, and this output is not one")
            }
            SeatError::Terminal(e) => write!(f, "the terminal could not be set up: {e}"),
        }
    }
}

/// Why replay could not run.
#[derive(Debug)]
pub enum ReplayError {
    Open(OpenError),
    NoTerminal,
    Terminal(io::Error),
}

impl std::fmt::Display for ReplayError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ReplayError::Open(e) => write!(f, "{e}"),
            ReplayError::NoTerminal => f.write_str(
                "gavel replay shows the meeting in a terminal window, and this output is not one. For the minutes as text, use `gavel export MINUTES`",
            ),
            ReplayError::Terminal(e) => write!(f, "the terminal could not be set up: {e}"),
        }
    }
}
