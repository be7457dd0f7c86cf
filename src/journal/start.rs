//! Starting a meeting's minutes for running: create them, resume them, or start afresh with
//! `--new`; and say what the chair should know before the screen opens.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use i18n_embed_fl::fl;

use super::fs::{Fs, MAX_FILE_BYTES};
use super::paths::{default_minutes_path, next_free, numbered, rehearsal_path};
use super::{Journal, MinutesJournal, OpenError, OpenErrorKind, SetAside};
use crate::agenda::Agenda;
use crate::base::{open_regular, program};
use crate::i18n::current;
use crate::meeting::{Entry, Header, Meeting, State, fold};

/// How to find the minutes.
pub struct Start<'a> {
    pub agenda: &'a Agenda,
    pub agenda_path: &'a Path,
    pub agenda_sha256: &'a str,
    /// `--minutes FILE`, or the default beside the agenda.
    pub minutes: Option<&'a Path>,
    /// `--new`: a fresh file under the next free name.
    pub fresh: bool,
    /// The day it is where the meeting is held (in the agenda's time zone): on any other day
    /// than the agenda's, new minutes are a rehearsal's.
    pub today: NaiveDate,
    /// `--rehearse`: a rehearsal whatever the day.
    pub rehearse: bool,
}

impl<'a> Start<'a> {
    /// These minutes of this agenda, resumed or created, on the agenda's own day: the meeting
    /// itself, as tests and benches run it.
    pub fn minutes_on_the_day(
        agenda: &'a Agenda,
        agenda_path: &'a Path,
        agenda_sha256: &'a str,
        minutes: &'a Path,
    ) -> Self {
        Start {
            agenda,
            agenda_path,
            agenda_sha256,
            minutes: Some(minutes),
            fresh: false,
            today: agenda.date,
            rehearse: false,
        }
    }
}

/// Minutes ready to run on.
pub struct Started {
    pub journal: MinutesJournal,
    pub header: Header,
    pub meeting: Meeting,
    pub entries: Vec<Entry>,
    pub resumed: bool,
    /// Things to tell the chair: a torn tail set aside, an agenda that changed.
    pub notices: Vec<String>,
}

/// Why the meeting cannot start on these minutes.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Open(#[from] OpenError),
    /// The minutes hold a closed meeting; it is not reopened for writing.
    #[error("{}", fl!(current(), "journal-closed", path = path.display().to_string(), closed_at = closed_at.as_str()))]
    Closed { path: PathBuf, closed_at: String },
}

/// Looks at the minutes [`start`] would open, without opening them for writing or reading a
/// byte: if they exist, they must be a regular file of a size gavel reads. A run calls it before
/// anything else can fail, so that what is wrong with its files is said first.
pub fn look(how: &Start) -> Result<(), OpenError> {
    if how.fresh {
        return Ok(());
    }
    let default = default_minutes_path(how.agenda_path, how.agenda.date);
    let path = how.minutes.unwrap_or(&default);
    let error = |kind| OpenError { path: path.to_owned(), kind };
    match open_regular(path, std::fs::File::options().read(true)) {
        Ok((_, meta)) if meta.len() > MAX_FILE_BYTES => {
            Err(error(OpenErrorKind::TooLarge { size: meta.len() }))
        }
        Ok(_) => Ok(()),
        // Created when the meeting starts.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(error(OpenErrorKind::Io(e))),
    }
}

/// Starts the meeting's minutes. With `--minutes`, that file, resumed, or made a rehearsal's or
/// the meeting's by the day. Else, beside the agenda: the meeting's own minutes while they are
/// open (a meeting resumed after midnight) or on its day; on another day (or with
/// `--rehearse`) the rehearsal started today and not closed, or a new rehearsal under its own
/// name, never the meeting's.
pub fn start(fs: Arc<dyn Fs>, how: &Start) -> Result<Started, StartError> {
    let rehearsal = how.rehearse || how.today != how.agenda.date;
    let header = || {
        let header = Header::new(
            how.agenda.clone(),
            how.agenda_path.display().to_string(),
            how.agenda_sha256.to_owned(),
            program(),
        );
        if rehearsal { header.rehearsing(how.today) } else { header }
    };
    let taken = |p: &Path| fs.identity(p).is_ok();
    let real = default_minutes_path(how.agenda_path, how.agenda.date);
    // The file, and whether it is a new one under the next free name.
    let (path, new) = match how.minutes {
        Some(path) => (path.to_owned(), how.fresh),
        None if rehearsal && (how.rehearse || !still_open(&real)) => {
            let first = rehearsal_path(&real);
            match rehearsal_of(&first, how.today, taken).filter(|_| !how.fresh) {
                Some(path) => (path, false),
                None => (first, true),
            }
        }
        None => (real, how.fresh),
    };
    if new {
        let path = next_free(&path, taken);
        return create(fs, &path, header());
    }
    resume_or_create(fs, how, &path, header)
}

/// The minutes a meeting of this agenda runs on today, for a seat to attach to: the meeting's
/// own while open, else today's open rehearsal, else the name `run` would give them.
pub fn running_minutes(agenda_path: &Path, agenda: &Agenda, today: NaiveDate) -> PathBuf {
    let real = default_minutes_path(agenda_path, agenda.date);
    if still_open(&real) {
        return real;
    }
    let first = rehearsal_path(&real);
    match rehearsal_of(&first, today, Path::exists) {
        Some(rehearsal) => rehearsal,
        None if today == agenda.date => real,
        None => first,
    }
}

/// Gives a rehearsal's minutes that became the meeting itself the meeting's name (the first
/// free of `<agenda>-<date>.jsonl`, `-2`, …), with their readable copy and draft; the minutes
/// are never written over (a hard link, then the old name removed) and the folder is synced.
pub fn take_meetings_name(from: &Path, agenda_path: &Path, agenda: &Agenda) -> Result<PathBuf, OpenError> {
    let error =
        |path: &Path, e: std::io::Error| OpenError { path: path.to_owned(), kind: OpenErrorKind::Io(e) };
    let to = next_free(&default_minutes_path(agenda_path, agenda.date), Path::exists);
    std::fs::hard_link(from, &to).map_err(|e| error(&to, e))?;
    std::fs::remove_file(from).map_err(|e| error(from, e))?;
    for beside in [super::paths::twin_path, super::paths::draft_path] {
        if beside(from).exists() {
            std::fs::rename(beside(from), beside(&to)).map_err(|e| error(&beside(&to), e))?;
        }
    }
    let folder = super::paths::folder_of(&to);
    crate::platform::durable::sync_dir(&folder).map_err(|e| error(&folder, e))?;
    Ok(to)
}

/// Whether the minutes at `path` hold a meeting not yet closed (false when there are none, or
/// they cannot be read: then they are not resumed by default, and the reason comes when they
/// are named).
fn still_open(path: &Path) -> bool {
    super::read_minutes(path).is_ok_and(|m| fold(&m.header, &m.entries).state() != State::Closed)
}

/// The rehearsal started on `today` and not closed, among `first`, `first-2`, … up to the first
/// free name.
fn rehearsal_of(first: &Path, today: NaiveDate, taken: impl Fn(&Path) -> bool) -> Option<PathBuf> {
    (1..).map(|n| numbered(first, n)).take_while(|p| taken(p)).find(|path| {
        super::read_minutes(path).is_ok_and(|m| {
            m.header.rehearsal == Some(today) && fold(&m.header, &m.entries).state() != State::Closed
        })
    })
}

fn resume_or_create(
    fs: Arc<dyn Fs>,
    how: &Start,
    path: &Path,
    header: impl Fn() -> Header,
) -> Result<Started, StartError> {
    let path = path.to_owned();
    match Journal::open(Arc::clone(&fs), &path) {
        Ok(opened) => {
            let entries: Vec<Entry> =
                opened.entries.into_iter().map(|(at, event)| Entry { at, event }).collect();
            let meeting = fold(&opened.header, &entries);
            if meeting.state() == State::Closed {
                let closed_at =
                    meeting.closed_at().map(|t| t.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default();
                return Err(StartError::Closed { path, closed_at });
            }
            let mut notices = Vec::new();
            if let Some(SetAside { bytes, to }) = &opened.set_aside {
                notices.push(fl!(
                    current(),
                    "journal-torn-set-aside",
                    bytes = bytes.to_string(),
                    to = to.display().to_string()
                ));
            }
            // A rescue copy beside the minutes holds events the disk once refused.
            for rescue in super::recover::rescues_beside(&path) {
                notices.push(fl!(current(), "journal-rescue-beside", rescue = rescue.display().to_string()));
            }
            if opened.header.agenda_sha256 != how.agenda_sha256 {
                notices.push(fl!(
                    current(),
                    "journal-agenda-changed",
                    agenda = how.agenda_path.display().to_string()
                ));
            }
            Ok(Started {
                journal: opened.journal,
                header: opened.header,
                meeting,
                entries,
                resumed: true,
                notices,
            })
        }
        Err(OpenError { kind: OpenErrorKind::Missing, .. }) => create(fs, &path, header()),
        Err(e) => Err(e.into()),
    }
}

fn create(fs: Arc<dyn Fs>, path: &Path, header: Header) -> Result<Started, StartError> {
    let journal = Journal::create(fs, path, &header)?;
    let meeting = fold(&header, &[]);
    Ok(Started { journal, header, meeting, entries: Vec::new(), resumed: false, notices: Vec::new() })
}
