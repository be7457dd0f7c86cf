//! The command line: parse, dispatch, and turn every failure into one message and an exit code.

#![deny(clippy::unwrap_used, clippy::expect_used)]
// deny, not forbid: a platform module may one day need one reviewed `#[allow(unsafe_code)]`.
#![deny(unsafe_code)]

use std::io::IsTerminal;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use i18n_embed_fl::fl;

use gavel::i18n::{Lang, current};
use gavel::journal;
use gavel::journal::fs::{Fs, RealFs};
use gavel::share::protocol::Role;
use gavel::tui::chair::RunOptions;
use gavel::{agenda, check, starter, tui};

mod exit;
mod usage;

use exit::Failure;

/// The command line. The doc comments below say what each part is for; the help gavel prints
/// says it from the message catalog, in the run's language (`usage::command`).
#[derive(Parser)]
#[command(
    name = "gavel",
    version,
    about = "Run a live, formal meeting from a YAML agenda, and keep its minutes.",
    override_usage = "gavel [OPTIONS] [AGENDA]\n       gavel [--lang <LANG>] <COMMAND>"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The agenda to run (default ./agenda.yaml).
    agenda: Option<PathBuf>,
    /// Keep the minutes in this file instead of minutes/<agenda>-<date>.jsonl beside the agenda.
    #[arg(long, value_name = "FILE")]
    minutes: Option<PathBuf>,
    /// Start new minutes (under the next free name) even if minutes of this meeting exist.
    #[arg(long = "new")]
    fresh: bool,
    /// Hold a rehearsal, even on the agenda's day: its times count from when it is opened, and
    /// its minutes are named apart (...-rehearsal.jsonl). Any other day is a rehearsal anyway.
    #[arg(long)]
    rehearse: bool,
    /// The language gavel speaks: ko (한국어) or en (English). Default: the locale (LC_ALL,
    /// LC_MESSAGES, LANG), else the system's language.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    lang: Option<LangArg>,
    /// Lay out the East Asian Ambiguous characters of the agenda and the notes (○ □ ※ · ①) as
    /// two columns wide, for a terminal that draws them so (also GAVEL_AMBIGUOUS_WIDE=1).
    #[arg(long, global = true)]
    ambiguous_wide: bool,
}

/// `--lang`: the interface's language as the command line names it (`i18n::Lang` knows no clap).
#[derive(Clone, Copy, clap::ValueEnum)]
enum LangArg {
    /// 한국어
    Ko,
    /// English
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Ko => Lang::Ko,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run the meeting on the live screen (the same as `gavel AGENDA`).
    Run {
        /// The agenda (default ./agenda.yaml).
        agenda: Option<PathBuf>,
        /// Keep the minutes in this file instead of minutes/<agenda>-<date>.jsonl beside the agenda.
        #[arg(long, value_name = "FILE")]
        minutes: Option<PathBuf>,
        /// Start new minutes (under the next free name) even if minutes of this meeting exist.
        #[arg(long = "new")]
        fresh: bool,
        /// Hold a rehearsal, even on the agenda's day: its times count from when it is opened,
        /// and its minutes are named apart (…-rehearsal.jsonl). Any other day is a rehearsal anyway.
        #[arg(long)]
        rehearse: bool,
    },
    /// Check an agenda and print its sessions, topics and planned schedule.
    Check {
        /// The agenda file.
        agenda: PathBuf,
        /// Print the checked agenda and schedule as JSON, for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Write a commented starter agenda (never overwrites a file).
    New {
        /// Where to write it.
        #[arg(default_value = "agenda.yaml")]
        file: PathBuf,
    },
    /// Print the agenda format as a JSON Schema, for editors.
    Schema,
    /// Print gavel's manual page (roff, made from this command line), for packages.
    #[command(hide = true)]
    Man,
    /// Print the minutes document of a meeting (Markdown, or JSON for other tools).
    Export {
        /// The minutes file (the .jsonl journal).
        minutes: PathBuf,
        /// markdown (the document), html (the document as a printable web page), pdf (the
        /// document on A4), hwpx (the document for Hancom's word processor) or json (the folded
        /// meeting, for other tools). Default: by -o's extension (.html, .pdf, .hwpx, .json),
        /// else markdown.
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Write to this file instead of printing: a new file, or with --force an existing one
        /// (replaced whole); never minutes, an agenda, or anything but a regular file.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Write over the file given with -o if it exists (never over minutes or an agenda).
        #[arg(long, requires = "output")]
        force: bool,
        /// The public edition: without absence reasons, struck-out notes, the words a correction
        /// struck out, or (in JSON) a note's earlier versions.
        #[arg(long)]
        public: bool,
    },
    /// A second seat on a running meeting: the secretary's own terminal, a second chair, or a
    /// display for the room.
    Attach {
        /// The minutes (.jsonl) or the agenda of the running meeting (default ./agenda.yaml).
        target: Option<PathBuf>,
        /// Which seat: secretary (notes), chair (every key), room (a display for the room).
        #[arg(long = "as", value_enum, default_value_t = SeatRole::Secretary)]
        role: SeatRole,
        /// This seat's name (default: its role). Two seats attached at once need two names; a
        /// seat started again under its name finds the draft and notes it left.
        #[arg(long = "seat", value_name = "NAME", value_parser = seat_name)]
        seat: Option<String>,
    },
    /// Review a saved meeting as it was at any moment, read-only.
    Replay {
        /// The minutes file (the .jsonl journal).
        minutes: PathBuf,
    },
    /// Take back into the minutes the events of a rescue copy they lack (written when the disk
    /// refused them), after checking both.
    Recover {
        /// The rescue copy (`….rescue-YYYYMMDD-HHMMSS.jsonl`).
        rescue: PathBuf,
        /// The minutes to complete (default: those the rescue copy was made of, beside it).
        #[arg(long, value_name = "FILE")]
        minutes: Option<PathBuf>,
    },
    /// Check that the minutes are exactly as written, and print their fingerprint.
    Verify {
        /// The minutes file (the .jsonl journal).
        minutes: PathBuf,
        /// Succeed only if this is the minutes' fingerprint: the one sealed when they were
        /// signed off, else their last. Groups may be apart, or joined by spaces or dashes.
        #[arg(long, value_name = "HEX")]
        fingerprint: Option<String>,
    },
    /// Correct a note of closed minutes, or strike it out, saying who and why; without
    /// --note or --strike, list the notes with their ids.
    #[command(group(clap::ArgGroup::new("change").args(["note", "strike"]).requires("by")))]
    Amend {
        /// The minutes file (the .jsonl journal).
        minutes: PathBuf,
        /// Who makes the correction.
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// The note to correct (its id), given its corrected words with --text.
        #[arg(long, value_name = "ID", requires = "text")]
        note: Option<String>,
        /// The note's corrected words.
        #[arg(long, value_name = "TEXT", requires = "note")]
        text: Option<String>,
        /// The note to strike out (its id).
        #[arg(long, value_name = "ID")]
        strike: Option<String>,
        /// Why the note is corrected or struck out.
        #[arg(long, value_name = "TEXT", requires = "change")]
        reason: Option<String>,
    },
    /// Sign off closed minutes: after this nothing changes them. Prints the fingerprint sealed.
    Finalize {
        /// The minutes file (the .jsonl journal).
        minutes: PathBuf,
        /// Who signs them off.
        #[arg(long, value_name = "NAME")]
        by: String,
    },
}

/// A seat's name becomes part of file names beside the minutes: letters, digits, `-` and `_`.
fn seat_name(name: &str) -> Result<String, String> {
    let fits = (1..=40).contains(&name.chars().count())
        && name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    if fits { Ok(name.to_owned()) } else { Err(fl!(current(), "cli-seat-name")) }
}

/// `--as`: the seat's role as the command line names it (the protocol's `Role` knows no clap).
#[derive(Clone, Copy, clap::ValueEnum)]
enum SeatRole {
    /// The secretary: notes; of the chair's keys only PageDown/PageUp.
    Secretary,
    /// A second chair: every key.
    Chair,
    /// A read-only display for the room.
    Room,
}

impl From<SeatRole> for Role {
    fn from(role: SeatRole) -> Role {
        match role {
            SeatRole::Secretary => Role::Secretary,
            SeatRole::Chair => Role::Chair,
            SeatRole::Room => Role::Room,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Markdown,
    Html,
    Pdf,
    Hwpx,
    Json,
}

impl Format {
    /// The format a file's name asks for: `.html` (or `.htm`) a web page, `.pdf` a PDF, `.hwpx`
    /// an HWPX document, `.json` JSON, anything else Markdown.
    fn of(path: Option<&Path>) -> Format {
        let extension = path.and_then(|p| p.extension()).map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("html" | "htm") => Format::Html,
            Some("pdf") => Format::Pdf,
            Some("hwpx") => Format::Hwpx,
            Some("json") => Format::Json,
            _ => Format::Markdown,
        }
    }
}

fn main() -> ExitCode {
    // Before anything is printed, clap's help and errors included: every word after this is
    // in the chosen language. clap parses `--lang` again, and refuses a value that is none.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    gavel::i18n::init(usage::lang_in(&args));
    let cli = usage::parse(args);
    gavel::tui::view::set_ambiguous_wide(cli.ambiguous_wide || gavel::tui::view::ambiguous_wide_from_env());
    if cli.command.is_some() && (cli.agenda.is_some() || cli.minutes.is_some() || cli.fresh || cli.rehearse) {
        // What clap's args_conflicts_with_subcommands said, which would also refuse the global
        // --lang before a command (`gavel --lang ko check`). Exits with code 2.
        usage::own_error(
            clap::error::ErrorKind::ArgumentConflict,
            fl!(current(), "cli-run-options-with-command"),
        );
    }
    if cli.command.is_none()
        && let Some(word) = cli.agenda.as_deref().filter(|p| is_a_word(p))
    {
        // Exits with clap's code for a wrong command line (2).
        usage::exit(unknown_command(word));
    }
    let result = match cli.command {
        Some(Command::Check { agenda, json }) => run_check(&agenda, json),
        Some(Command::New { file }) => run_new(&file),
        Some(Command::Schema) => emit(&schema()),
        Some(Command::Man) => manual(),
        Some(Command::Export { minutes, format, output, force, public }) => {
            let edition =
                if public { gavel::minutes::Edition::Public } else { gavel::minutes::Edition::Full };
            let format = format.unwrap_or_else(|| Format::of(output.as_deref()));
            run_export(&minutes, format, output.as_deref(), force, edition)
        }
        Some(Command::Verify { minutes, fingerprint }) => run_verify(&minutes, fingerprint.as_deref()),
        Some(Command::Amend { minutes, by, note, text, strike, reason }) => {
            let change = match (note, text, strike) {
                (Some(id), Some(text), _) => Some((id, Some(text))),
                (_, _, Some(id)) => Some((id, None)),
                _ => None,
            };
            match change {
                Some((id, text)) => {
                    let correct =
                        Correct { by: by.unwrap_or_default(), id, text, reason: reason.unwrap_or_default() };
                    run_amend(&minutes, correct)
                }
                // On a terminal, with a name to correct by: the correction screen.
                None if by.is_some() && std::io::stdout().is_terminal() && std::io::stdin().is_terminal() => {
                    tui::amend::run(&minutes, by.as_deref().unwrap_or_default()).map_err(Failure::from)
                }
                None => run_list_notes(&minutes),
            }
        }
        Some(Command::Finalize { minutes, by }) => run_finalize(&minutes, &by),
        Some(Command::Recover { rescue, minutes }) => run_recover(&rescue, minutes),
        Some(Command::Attach { target, role, seat }) => {
            tui::seat::run(target.as_deref(), role.into(), seat.as_deref()).map_err(Failure::from)
        }
        Some(Command::Replay { minutes }) => tui::replay::run(&minutes).map_err(Failure::from),
        Some(Command::Run { agenda, minutes, fresh, rehearse }) => {
            run_meeting(agenda, minutes, fresh, rehearse)
        }
        None => run_meeting(cli.agenda, cli.minutes, cli.fresh, cli.rehearse),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{failure}");
            ExitCode::from(failure.code())
        }
    }
}

/// Whether a lone argument is a mistyped command rather than an agenda: no such file, no `/`,
/// and not named `.yaml` or `.yml`. `gavel board.yaml` and `gavel ./board` stay agendas, so a
/// missing one is still named as a missing file.
fn is_a_word(path: &Path) -> bool {
    let yaml =
        path.extension().is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
    !yaml && !path.as_os_str().as_encoded_bytes().contains(&b'/') && path.symlink_metadata().is_err()
}

/// clap's own error for a command it does not know, with the commands it does.
fn unknown_command(word: &Path) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let word = gavel::text::escaped(&word.to_string_lossy());
    let mut cmd = usage::command();
    // The commands a user types; not `help`, which clap adds.
    let names: Vec<String> = cmd
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_owned())
        .filter(|name| name != "help")
        .collect();
    let mut error = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(&cmd);
    error.insert(ContextKind::InvalidSubcommand, ContextValue::String(word.clone()));
    let closest = names
        .iter()
        .map(|name| (strsim::jaro(&word, name), name))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .filter(|(score, _)| *score > 0.8);
    if let Some((_, name)) = closest {
        error.insert(ContextKind::SuggestedSubcommand, ContextValue::String(name.clone()));
    }
    error.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![
            fl!(current(), "cli-the-commands-are", names = names.join(", ")).into(),
            fl!(current(), "cli-name-the-agenda", word = word.as_str()).into(),
        ]),
    );
    error.insert(ContextKind::Usage, ContextValue::StyledStr(cmd.render_usage()));
    error
}

fn run_check(path: &Path, json: bool) -> Result<(), Failure> {
    let agenda = agenda::load_file(path)?;
    if json { emit(&check::schedule_json(&agenda)) } else { emit(&check::schedule_text(&agenda)) }
}

fn run_meeting(
    agenda: Option<PathBuf>,
    minutes: Option<PathBuf>,
    fresh: bool,
    rehearse: bool,
) -> Result<(), Failure> {
    let agenda = agenda.unwrap_or_else(|| PathBuf::from("agenda.yaml"));
    let options = RunOptions { agenda, minutes, fresh, rehearse };
    let ended = tui::chair::run(&options)?;
    let l = current();
    let path = ended.minutes.display().to_string();
    let text = if ended.signal && ended.rescue.is_some() {
        fl!(l, "cli-stopped-rescued", path = path)
    } else if ended.signal {
        fl!(l, "cli-stopped", path = path)
    } else if ended.closed {
        fl!(l, "cli-closed", path = path)
    } else {
        fl!(l, "cli-ended", path = path)
    } + "\n";
    match ended.rescue {
        None => emit(&text),
        // Not everything reached the minutes: said on stderr, and the exit is not a success.
        Some(Ok(rescue)) => Err(Failure::Rescued { summary: text, minutes: ended.minutes, rescue }),
        Some(Err(why)) => Err(Failure::NoRescue { summary: text, minutes: ended.minutes, why }),
    }
}

fn run_recover(rescue: &Path, minutes: Option<PathBuf>) -> Result<(), Failure> {
    use gavel::journal::recover::{minutes_of_rescue, recover};
    let minutes =
        minutes.or_else(|| minutes_of_rescue(rescue)).unwrap_or_else(|| rescue.with_extension("jsonl"));
    let done = recover(std::sync::Arc::new(RealFs), rescue, &minutes)?;
    let l = current();
    let recovered = fl!(
        l,
        "cli-recovered",
        minutes = minutes.display().to_string(),
        added = done.added,
        rescue = rescue.display().to_string(),
        fingerprint = done.fingerprint.as_str()
    );
    emit(&format!("{recovered}\n{}\n", fl!(l, "cli-rescue-left")))
}

/// `gavel man`: the manual page, made by clap_mangen from the command line as gavel speaks it
/// (the `--lang` given, else the locale), for the packages.
fn manual() -> Result<(), Failure> {
    let mut page = Vec::new();
    clap_mangen::Man::new(usage::command()).render(&mut page).map_err(Failure::Stdout)?;
    emit_bytes(&page)
}

fn run_new(path: &Path) -> Result<(), Failure> {
    starter::write_starter(path, starter::today())
        .map_err(|source| Failure::Starter { path: path.to_owned(), source })?;
    emit(&(fl!(current(), "cli-starter-written", path = path.display().to_string()) + "\n"))
}

fn run_export(
    path: &Path,
    format: Format,
    output: Option<&Path>,
    force: bool,
    edition: gavel::minutes::Edition,
) -> Result<(), Failure> {
    let minutes = journal::read_minutes(path)?;
    if let Some(out) = output {
        let agenda = Path::new(&minutes.header.agenda_path);
        journal::output::may_write(out, path, agenda, force)?;
    }
    if let Some(bytes) = minutes.torn_bytes {
        eprintln!("{}: {}", path.display(), fl!(current(), "cli-torn-left-out", bytes = bytes.to_string()));
    }
    let meeting = gavel::meeting::fold(&minutes.header, &minutes.entries);
    let fingerprint = Some(minutes.fingerprint.as_str());
    let lang = gavel::words::document_language(meeting.agenda().language);
    let laid_out = || {
        gavel::minutes::paper::paper(lang, &minutes.header, &minutes.entries, &meeting, fingerprint, edition)
    };
    // A PDF or an HWPX document is bytes for a file or a pipe: never poured onto a terminal.
    let to_terminal = output.is_none() && io::stdout().is_terminal();
    let bytes = match format {
        Format::Pdf if to_terminal => return Err(Failure::PdfToTerminal),
        Format::Hwpx if to_terminal => return Err(Failure::HwpxToTerminal),
        Format::Pdf => Some(gavel::minutes::pdf(&laid_out()).map_err(Failure::Pdf)?),
        Format::Hwpx => Some(gavel::minutes::hwpx(&laid_out()).map_err(Failure::Hwpx)?),
        Format::Markdown | Format::Html | Format::Json => None,
    };
    if let Some(bytes) = bytes {
        return match output {
            None => emit_bytes(&bytes),
            Some(out) => RealFs
                .write_atomic(out, &bytes)
                .map_err(|source| Failure::Output { path: out.to_owned(), source }),
        };
    }
    let text = match format {
        Format::Markdown => gavel::minutes::markdown_edition(&meeting, fingerprint, edition),
        Format::Json => gavel::minutes::json_edition(&meeting, fingerprint, edition),
        Format::Html => gavel::minutes::html(&laid_out()),
        // Written above, as bytes.
        Format::Pdf | Format::Hwpx => String::new(),
    };
    match output {
        None => emit(&text),
        Some(out) => RealFs
            .write_atomic(out, text.as_bytes())
            .map_err(|source| Failure::Output { path: out.to_owned(), source }),
    }
}

fn run_verify(path: &Path, given: Option<&str>) -> Result<(), Failure> {
    let (minutes, seal) = match journal::verified(path)? {
        Ok(checked) => (checked.minutes, checked.seal),
        Err(source) => return Err(Failure::Broken { path: path.to_owned(), source }),
    };
    let l = current();
    let format = minutes.header.format;
    let shown = |fingerprint: &str| gavel::words::fingerprint_shown(format, fingerprint);
    let meeting = gavel::meeting::fold(&minutes.header, &minutes.entries);
    let events = minutes.entries.len();
    let mut text = format!("{}: {}\n", path.display(), fl!(l, "cli-intact", events = events.to_string()));
    if let Some(bytes) = minutes.torn_bytes {
        text += &fl!(l, "cli-intact-torn", bytes = bytes.to_string());
        text += "\n";
    }
    text += &fl!(l, "cli-fingerprint", fingerprint = shown(&minutes.fingerprint));
    text += "\n";
    // What a fingerprint given must be: the one sealed at the sign-off, else the last.
    let mut held = minutes.fingerprint.as_str();
    if let Some(sealed) = meeting.sealed() {
        held = sealed.fingerprint.as_str();
        text += &fl!(
            l,
            "verify-signed-off",
            by = sealed.by.as_str(),
            at = sealed.at.format("%Y-%m-%d %H:%M").to_string(),
            fingerprint = shown(&sealed.fingerprint)
        );
        text += "\n";
        if let Some(seal) = seal.as_ref().filter(|seal| seal.before != seal.sealed) {
            // Not what gavel writes: the sign-off names other minutes than those before it.
            emit(&text)?;
            let (sealed, before) = (shown(&seal.sealed), shown(&seal.before));
            return Err(Failure::SealMismatch { path: path.to_owned(), sealed, before });
        }
        let after = seal.map_or(0, |seal| events - seal.entry - 1);
        if after > 0 {
            emit(&text)?;
            return Err(Failure::AfterSeal { path: path.to_owned(), lines: after });
        }
    }
    if let Some(given) = given {
        if !journal::fingerprint_matches(given, held) {
            emit(&text)?;
            return Err(Failure::OtherFingerprint {
                path: path.to_owned(),
                held: shown(held),
                given: given.to_owned(),
                sealed: meeting.sealed().is_some(),
            });
        }
        text += &fl!(l, "verify-fingerprint-matches");
        text += "\n";
    }
    text += &fl!(l, "cli-fingerprint-use");
    text += "\n";
    emit(&text)
}

/// A correction asked for on the command line.
struct Correct {
    by: String,
    id: String,
    /// None: strike the note out.
    text: Option<String>,
    reason: String,
}

fn run_amend(path: &Path, correct: Correct) -> Result<(), Failure> {
    use gavel::meeting::{Action, NoteId};
    let Correct { by, id, text, reason } = correct;
    let struck = text.is_none();
    let action = |_: &str| Action::Correct {
        id: NoteId::from(id.as_str()),
        text: text.clone(),
        by: by.clone(),
        reason: reason.clone(),
    };
    let changed = journal::closed::change(std::sync::Arc::new(RealFs), path, action, chrono::Utc::now())?;
    refresh_twin(path, &changed.meeting, &changed.after);
    let l = current();
    let (by, reason) = match changed.meeting.corrections().last() {
        Some(c) => (c.by.as_str(), c.reason.as_str()),
        None => (by.as_str(), reason.as_str()),
    };
    let path = path.display().to_string();
    let said = if struck {
        fl!(l, "amend-struck", path = path, id = id.as_str(), by = by, reason = reason)
    } else {
        fl!(l, "amend-corrected", path = path, id = id.as_str(), by = by, reason = reason)
    };
    emit(&(said + "\n"))
}

/// `gavel amend MINUTES` with no correction: the notes with their ids, and how to correct one.
fn run_list_notes(path: &Path) -> Result<(), Failure> {
    use gavel::meeting::{Refusal, State};
    let read = journal::closed::read_closed(path)?;
    let meeting = &read.meeting;
    let refused = |refusal| journal::closed::ChangeError::Refused { path: path.to_owned(), refusal };
    if meeting.sealed().is_some() {
        return Err(refused(Refusal::Sealed).into());
    }
    if meeting.state() != State::Closed {
        return Err(refused(Refusal::NotClosed).into());
    }
    let l = current();
    let shown = path.display().to_string();
    let mut text = fl!(l, "amend-list-heading", path = shown.as_str(), notes = meeting.notes().len());
    text += "\n";
    let agenda = meeting.agenda();
    for note in meeting.notes() {
        let topic = match note.on {
            Some(p) => agenda
                .sessions
                .get(p.session)
                .and_then(|s| s.topics.get(p.topic))
                .map_or_else(String::new, |t| t.title.clone()),
            None => fl!(l, "amend-list-before-opening"),
        };
        let mut words: String = note.text().lines().next().unwrap_or_default().to_owned();
        if note.text().lines().nth(1).is_some() {
            words += " …";
        }
        let words = gavel::text::escaped(&words);
        let line = if note.is_struck() {
            fl!(l, "amend-list-struck", id = note.id.as_str(), topic = topic, text = words)
        } else {
            fl!(l, "amend-list-note", id = note.id.as_str(), topic = topic, text = words)
        };
        text += &format!("  {line}\n");
    }
    text += &fl!(l, "amend-list-how", path = shown.as_str());
    text += "\n";
    emit(&text)
}

fn run_finalize(path: &Path, by: &str) -> Result<(), Failure> {
    use gavel::meeting::Action;
    let action =
        |fingerprint: &str| Action::Finalize { by: by.to_owned(), fingerprint: fingerprint.to_owned() };
    let changed = journal::closed::change(std::sync::Arc::new(RealFs), path, action, chrono::Utc::now())?;
    refresh_twin(path, &changed.meeting, &changed.after);
    let l = current();
    let format = changed.meeting.format();
    let sealed = gavel::words::fingerprint_shown(format, &changed.before);
    let by = changed.meeting.sealed().map_or(by, |s| s.by.as_str());
    let shown = path.display().to_string();
    let text = format!(
        "{}\n{}\n",
        fl!(l, "finalize-done", path = shown.as_str(), by = by, fingerprint = sealed.as_str()),
        fl!(l, "finalize-check", path = shown.as_str(), fingerprint = changed.before.as_str())
    );
    emit(&text)
}

/// The readable copy beside the minutes, when there is one, written again for the change; the
/// minutes themselves are already saved, so a copy that cannot be written is only said.
fn refresh_twin(path: &Path, meeting: &gavel::meeting::Meeting, fingerprint: &str) {
    if let Err(why) = journal::closed::refresh_twin(path, meeting, fingerprint) {
        eprintln!("{why}");
    }
}

fn schema() -> String {
    let schema = schemars::schema_for!(agenda::raw::RawAgenda);
    #[allow(
        clippy::expect_used,
        reason = "an empty schema would fail silently; a schema cannot fail to serialise, so failing loudly costs nothing"
    )]
    let text = serde_json::to_string_pretty(&schema)
        .expect("a JSON Schema is a JSON value already, which always serialises");
    text + "\n"
}

/// Writes to stdout; a closed pipe (`gavel check | head`) is not an error.
fn emit(text: &str) -> Result<(), Failure> {
    emit_bytes(text.as_bytes())
}

fn emit_bytes(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Stdout(e)),
        _ => Ok(()),
    }
}
