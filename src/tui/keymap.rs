//! Keys to commands: one table, read both by [`map`] and by the help overlay, so the help can
//! never disagree with what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use crate::i18n::current;
use crate::meeting::Action;

/// What the screen is doing, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The chair's keys: the agenda and its timers.
    Chair,
    /// A secretary's seat outside the editor: the notes, not the meeting.
    Secretary,
    /// Typing a note: keys go to the editor, but for PageUp/PageDown and the editor's own.
    Editing,
    /// Picking a session or topic to jump to.
    Jump,
    /// The help overlay.
    Help,
    /// A yes/no question (quit, close, strike).
    Confirm,
    /// After the meeting is closed: planned against actual.
    Summary,
    /// Replay: stepping through a saved meeting, read-only.
    Replay,
    /// The roll call: who is present, absent, arrived late or left.
    RollCall,
    /// Typing one line: an absence's reason or someone to add at the roll call, a correction's reason.
    LineInput,
    /// `gavel amend`: the closed meeting's notes, to pick one to correct or strike out.
    Amend,
    /// The agenda editor: the plan the meeting follows, changed as it goes.
    Agenda,
}

impl Mode {
    /// Whether keys type text here (a note, a line): with the Korean keyboard on, a jamo typed
    /// here is text, not the key it sits on.
    pub fn is_typing(self) -> bool {
        matches!(self, Mode::Editing | Mode::LineInput)
    }
}

/// A replay command, from a key in [`Mode::Replay`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplayCommand {
    StepForward,
    StepBack,
    NextTopic,
    PreviousTopic,
    NextSession,
    PreviousSession,
    Start,
    End,
    PlayPause,
    Speed(u32),
    Seek,
    Summary,
    Help,
    Scroll(i32),
    Quit,
}

/// What a key asks for: a meeting action, or something only the screen does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// A request to the meeting (goes through `Meeting::apply`).
    Meeting(Action),
    /// Space: open the meeting before it opens, then pause and resume.
    OpenPauseResume,
    /// `g`: the jump picker.
    OpenJump,
    /// Move the picker's selection by this many rows.
    JumpMove(i32),
    /// Jump to the picker's selection.
    JumpGo,
    /// Focus the notes editor.
    FocusEditor,
    /// Commit the note being typed.
    CommitNote,
    /// A key for the editor itself (letters, editing keys, Alt-Enter for a new line).
    EditorKey(KeyEvent),
    /// Pick an older (-1) or newer (+1) note of this topic in the notes pane.
    PickNote(i32),
    /// Edit the picked note in the editor.
    EditNote,
    /// Scroll the summary by this many lines.
    ScrollSummary(i32),
    /// Strike the picked note out, after a yes.
    StrikeNote,
    /// `e`: close the meeting, after a yes.
    Close,
    /// `t`: before opening a rehearsal, hold it today as the meeting itself, after a yes.
    HoldToday,
    /// `?`: the help overlay.
    Help,
    /// Quit gavel, after a yes.
    Quit,
    /// Back to the chair's keys (Esc).
    Back,
    /// Yes to the question asked.
    Yes,
    /// No to the question asked.
    No,
    /// Replay's own commands.
    Replay(ReplayCommand),
    /// `r`: the roll call.
    OpenRollCall,
    /// Move the roll call's pick by this many rows.
    RollMove(i32),
    /// Mark the picked attendee present (absent if present).
    RollToggle,
    /// The picked attendee left.
    RollLeft,
    /// Type the reason the picked attendee is absent.
    RollReason,
    /// Type someone to add to the roll.
    RollAdd,
    /// A key for the roll call's line.
    InputKey(KeyEvent),
    /// The roll call's line is done.
    InputDone,
    /// `1`, `2`, `3`: show one of the ready messages on the room's display.
    RoomReady(u8),
    /// `m`: type a message for the room's display.
    RoomMessage,
    /// `a`: the agenda editor.
    OpenAgenda,
    /// In the editor: a new topic after the picked row.
    AgendaInsert,
    /// In the editor: a new title for the picked topic.
    AgendaRename,
    /// In the editor: a planned time for the picked session or topic.
    AgendaRetime,
    /// In the editor: the picked topic one place up (-1) or down (+1), across sessions.
    AgendaMove(i32),
    /// In the editor: take the picked topic off the plan.
    AgendaRemove,
    /// In the editor: take the picked topic up now.
    AgendaTakeUp,
}

/// A key as written in the table: its code and whether Ctrl or Alt must be held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

const fn key(code: KeyCode) -> Key {
    Key { code, ctrl: false, alt: false }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), ctrl: true, alt: false }
}

/// One row of the keymap: in which modes, which keys, what they do, and the words for the help.
pub struct Binding {
    pub modes: &'static [Mode],
    pub keys: &'static [Key],
    pub command: fn() -> Command,
    /// How the help overlay writes the keys, e.g. "Right, n": key names (translated by
    /// [`key_label`]) and letters, separated by ", ".
    pub label: &'static str,
    /// What the keys do, in the catalog's words.
    pub help: fn(&FluentLanguageLoader) -> String,
}

/// The help of a row that shows none (the second half of a pair written on one row).
fn no_help(_: &FluentLanguageLoader) -> String {
    String::new()
}

use Mode::{
    Agenda, Amend, Chair, Confirm, Editing, Help, Jump, LineInput, Replay, RollCall, Secretary, Summary,
};

const ALL: &[Mode] = &[Chair, Editing, Jump, Help, Confirm, Summary, RollCall, LineInput, Agenda];

/// The whole keymap. Earlier rows win.
pub const BINDINGS: &[Binding] = &[
    Binding {
        modes: &[Secretary],
        keys: &[key(KeyCode::PageUp)],
        command: || Command::PickNote(-1),
        label: "PgUp, PgDn",
        help: |l| fl!(l, "help-older-newer-note"),
    },
    Binding {
        modes: &[Secretary],
        keys: &[key(KeyCode::PageDown)],
        command: || Command::PickNote(1),
        label: "",
        help: no_help,
    },
    Binding {
        modes: ALL,
        keys: &[key(KeyCode::PageDown)],
        command: || Command::Meeting(Action::NextTopic),
        label: "PgDn, PgUp",
        help: |l| fl!(l, "help-clicker"),
    },
    Binding {
        modes: ALL,
        keys: &[key(KeyCode::PageUp)],
        command: || Command::Meeting(Action::PreviousTopic),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Confirm],
        keys: &[ch('y'), ch('Y'), key(KeyCode::Enter)],
        command: || Command::Yes,
        label: "y, Enter",
        help: |l| fl!(l, "help-yes"),
    },
    Binding {
        modes: &[Confirm],
        keys: &[ch('n'), ch('N'), key(KeyCode::Esc)],
        command: || Command::No,
        label: "n, Esc",
        help: |l| fl!(l, "help-no"),
    },
    Binding {
        modes: &[Chair],
        keys: &[ch(' ')],
        command: || Command::OpenPauseResume,
        label: "Space, t",
        help: |l| fl!(l, "help-open-pause"),
    },
    Binding {
        modes: &[Chair],
        keys: &[key(KeyCode::Right), ch('n')],
        command: || Command::Meeting(Action::NextTopic),
        label: "Right, n",
        help: |l| fl!(l, "help-next-topic"),
    },
    Binding {
        modes: &[Chair],
        keys: &[key(KeyCode::Left), ch('p')],
        command: || Command::Meeting(Action::PreviousTopic),
        label: "Left, p",
        help: |l| fl!(l, "help-previous-topic"),
    },
    Binding {
        modes: &[Chair],
        keys: &[ch(']')],
        command: || Command::Meeting(Action::NextSession),
        label: "], [",
        help: |l| fl!(l, "help-next-previous-session"),
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('[')],
        command: || Command::Meeting(Action::PreviousSession),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('g')],
        command: || Command::OpenJump,
        label: "g",
        help: |l| fl!(l, "help-jump"),
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('+'), ch('=')],
        command: || Command::Meeting(Action::AddMinute),
        label: "+, -",
        help: |l| fl!(l, "help-minute"),
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('-')],
        command: || Command::Meeting(Action::RemoveMinute),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('s')],
        command: || Command::Meeting(Action::Skip),
        label: "s",
        help: |l| fl!(l, "help-skip"),
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('d')],
        command: || Command::Meeting(Action::Defer),
        label: "d",
        help: |l| fl!(l, "help-defer"),
    },
    Binding {
        modes: &[Chair, Secretary],
        keys: &[key(KeyCode::Tab), ch('i')],
        command: || Command::FocusEditor,
        label: "Tab, i",
        help: |l| fl!(l, "help-type-note"),
    },
    Binding {
        modes: &[Chair, Secretary],
        keys: &[key(KeyCode::Up)],
        command: || Command::PickNote(-1),
        label: "Up, Down",
        help: |l| fl!(l, "help-pick-note"),
    },
    Binding {
        modes: &[Chair, Secretary],
        keys: &[key(KeyCode::Down)],
        command: || Command::PickNote(1),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Chair, Secretary],
        keys: &[key(KeyCode::Enter)],
        command: || Command::EditNote,
        // On the Up, Down row.
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Chair, Secretary],
        keys: &[ch('x'), key(KeyCode::Delete)],
        command: || Command::StrikeNote,
        label: "x, Delete",
        help: |l| fl!(l, "help-strike-note"),
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('e')],
        command: || Command::Close,
        label: "e",
        help: |l| fl!(l, "help-close"),
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('t')],
        command: || Command::HoldToday,
        // On the Space row: a rehearsal's opening, held as the meeting.
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('1')],
        command: || Command::RoomReady(1),
        label: "1-3, m, c",
        help: |l| fl!(l, "help-room-ready"),
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('2')],
        command: || Command::RoomReady(2),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('3')],
        command: || Command::RoomReady(3),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('c')],
        command: || Command::Meeting(Action::ClearRoom),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('m')],
        command: || Command::RoomMessage,
        // On the 1, 2, 3 row.
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Chair],
        keys: &[ch('a')],
        command: || Command::OpenAgenda,
        label: "a",
        help: |l| fl!(l, "help-agenda"),
    },
    Binding {
        modes: &[Agenda],
        keys: &[key(KeyCode::Down), ch('j')],
        command: || Command::JumpMove(1),
        label: "Down, Up",
        help: |l| fl!(l, "help-agenda-pick"),
    },
    Binding {
        modes: &[Agenda],
        keys: &[key(KeyCode::Up), ch('k')],
        command: || Command::JumpMove(-1),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Agenda],
        keys: &[ch('i'), key(KeyCode::Insert)],
        command: || Command::AgendaInsert,
        label: "i",
        help: |l| fl!(l, "help-agenda-insert"),
    },
    Binding {
        modes: &[Agenda],
        keys: &[ch('r')],
        command: || Command::AgendaRename,
        label: "r",
        help: |l| fl!(l, "help-agenda-rename"),
    },
    Binding {
        modes: &[Agenda],
        keys: &[ch('t')],
        command: || Command::AgendaRetime,
        label: "t",
        help: |l| fl!(l, "help-agenda-retime"),
    },
    Binding {
        modes: &[Agenda],
        keys: &[ch('[')],
        command: || Command::AgendaMove(-1),
        label: "[, ]",
        help: |l| fl!(l, "help-agenda-move"),
    },
    Binding {
        modes: &[Agenda],
        keys: &[ch(']')],
        command: || Command::AgendaMove(1),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Agenda],
        keys: &[ch('x'), key(KeyCode::Delete)],
        command: || Command::AgendaRemove,
        label: "x, Delete",
        help: |l| fl!(l, "help-agenda-remove"),
    },
    Binding {
        modes: &[Agenda],
        keys: &[key(KeyCode::Enter)],
        command: || Command::AgendaTakeUp,
        label: "Enter",
        help: |l| fl!(l, "help-agenda-take-up"),
    },
    Binding {
        modes: &[Agenda],
        keys: &[key(KeyCode::Esc), ch('a')],
        command: || Command::Back,
        label: "Esc, a",
        help: |l| fl!(l, "help-agenda-close"),
    },
    Binding {
        modes: &[Amend],
        keys: &[key(KeyCode::Down), ch('j')],
        command: || Command::PickNote(1),
        label: "Down, Up",
        help: |l| fl!(l, "help-amend-pick"),
    },
    Binding {
        modes: &[Amend],
        keys: &[key(KeyCode::Up), ch('k')],
        command: || Command::PickNote(-1),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Amend],
        keys: &[key(KeyCode::Enter)],
        command: || Command::EditNote,
        label: "Enter",
        help: |l| fl!(l, "help-amend-correct"),
    },
    Binding {
        modes: &[Amend],
        keys: &[ch('x'), key(KeyCode::Delete)],
        command: || Command::StrikeNote,
        label: "x, Delete",
        help: |l| fl!(l, "help-amend-strike"),
    },
    Binding {
        modes: &[Chair, Secretary],
        keys: &[ch('r')],
        command: || Command::OpenRollCall,
        label: "r",
        help: |l| fl!(l, "help-roll-call"),
    },
    Binding {
        modes: &[RollCall],
        keys: &[key(KeyCode::Down), ch('j')],
        command: || Command::RollMove(1),
        label: "Down, Up",
        help: |l| fl!(l, "help-roll-pick"),
    },
    Binding {
        modes: &[RollCall],
        keys: &[key(KeyCode::Up), ch('k')],
        command: || Command::RollMove(-1),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[RollCall],
        keys: &[ch(' ')],
        command: || Command::RollToggle,
        label: "Space",
        help: |l| fl!(l, "help-roll-toggle"),
    },
    Binding {
        modes: &[RollCall],
        keys: &[ch('l')],
        command: || Command::RollLeft,
        label: "l",
        help: |l| fl!(l, "help-roll-left"),
    },
    Binding {
        modes: &[RollCall],
        keys: &[key(KeyCode::Enter)],
        command: || Command::RollReason,
        label: "Enter",
        help: |l| fl!(l, "help-roll-reason"),
    },
    Binding {
        modes: &[RollCall],
        keys: &[ch('a')],
        command: || Command::RollAdd,
        label: "a",
        help: |l| fl!(l, "help-roll-add"),
    },
    Binding {
        modes: &[RollCall],
        keys: &[key(KeyCode::Esc), ch('r')],
        command: || Command::Back,
        label: "Esc, r",
        help: |l| fl!(l, "help-roll-back"),
    },
    Binding {
        modes: &[LineInput],
        keys: &[key(KeyCode::Enter)],
        command: || Command::InputDone,
        label: "Enter",
        help: |l| fl!(l, "help-roll-input-done"),
    },
    Binding {
        modes: &[LineInput],
        keys: &[key(KeyCode::Esc)],
        command: || Command::Back,
        label: "Esc",
        help: |l| fl!(l, "help-roll-input-cancel"),
    },
    Binding {
        modes: &[Summary],
        keys: &[key(KeyCode::Down), ch('j')],
        command: || Command::ScrollSummary(1),
        label: "Down, Up",
        help: |l| fl!(l, "help-scroll-summary"),
    },
    Binding {
        modes: &[Summary],
        keys: &[key(KeyCode::Up), ch('k')],
        command: || Command::ScrollSummary(-1),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Editing],
        keys: &[key(KeyCode::Enter)],
        command: || Command::CommitNote,
        label: "Enter",
        help: |l| fl!(l, "help-save-note"),
    },
    Binding {
        modes: &[Chair, Editing, Jump, Help, Secretary],
        keys: &[key(KeyCode::Esc)],
        command: || Command::Back,
        label: "Esc",
        help: |l| fl!(l, "help-back"),
    },
    Binding {
        modes: &[Jump],
        keys: &[key(KeyCode::Down), ch('j')],
        command: || Command::JumpMove(1),
        label: "Down, j",
        help: |l| fl!(l, "help-picker-next"),
    },
    Binding {
        modes: &[Jump],
        keys: &[key(KeyCode::Up), ch('k')],
        command: || Command::JumpMove(-1),
        label: "Up, k",
        help: |l| fl!(l, "help-picker-previous"),
    },
    Binding {
        modes: &[Jump],
        keys: &[key(KeyCode::Enter)],
        command: || Command::JumpGo,
        label: "Enter",
        help: |l| fl!(l, "help-picker-go"),
    },
    Binding {
        modes: &[Chair, Jump, Summary, Secretary, RollCall, Amend, Agenda],
        keys: &[ch('?')],
        command: || Command::Help,
        label: "?",
        help: |l| fl!(l, "help-this-help"),
    },
    Binding {
        modes: &[Help],
        keys: &[ch('?'), ch('q')],
        command: || Command::Back,
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Chair, Summary, Secretary, RollCall, Amend],
        keys: &[ch('q')],
        command: || Command::Quit,
        label: "q, Ctrl-C",
        help: |l| fl!(l, "help-quit"),
    },
    Binding {
        modes: &[Chair, Editing, Jump, Help, Summary, Secretary, RollCall, LineInput, Amend, Agenda],
        keys: &[ctrl('c')],
        command: || Command::Quit,
        label: "",
        help: no_help,
    },
    // Replay, following the live screen's keys where the meaning is the same.
    Binding {
        modes: &[Replay],
        keys: &[key(KeyCode::Right), ch('l')],
        command: || Command::Replay(ReplayCommand::StepForward),
        label: "Right",
        help: |l| fl!(l, "help-replay-next-event"),
    },
    Binding {
        modes: &[Replay],
        keys: &[key(KeyCode::Left), ch('h')],
        command: || Command::Replay(ReplayCommand::StepBack),
        label: "Left",
        help: |l| fl!(l, "help-replay-previous-event"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch('n'), key(KeyCode::PageDown)],
        command: || Command::Replay(ReplayCommand::NextTopic),
        label: "n, PageDown",
        help: |l| fl!(l, "help-replay-next-topic"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch('p'), key(KeyCode::PageUp)],
        command: || Command::Replay(ReplayCommand::PreviousTopic),
        label: "p, PageUp",
        help: |l| fl!(l, "help-replay-previous-topic"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch(']')],
        command: || Command::Replay(ReplayCommand::NextSession),
        label: "]",
        help: |l| fl!(l, "help-replay-next-session"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch('[')],
        command: || Command::Replay(ReplayCommand::PreviousSession),
        label: "[",
        help: |l| fl!(l, "help-replay-previous-session"),
    },
    Binding {
        modes: &[Replay],
        keys: &[key(KeyCode::Home)],
        command: || Command::Replay(ReplayCommand::Start),
        label: "Home",
        help: |l| fl!(l, "help-replay-start"),
    },
    Binding {
        modes: &[Replay],
        keys: &[key(KeyCode::End)],
        command: || Command::Replay(ReplayCommand::End),
        label: "End",
        help: |l| fl!(l, "help-replay-end"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch(' ')],
        command: || Command::Replay(ReplayCommand::PlayPause),
        label: "Space",
        help: |l| fl!(l, "help-replay-play"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch('1')],
        command: || Command::Replay(ReplayCommand::Speed(1)),
        label: "1",
        help: |l| fl!(l, "help-replay-1x"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch('2')],
        command: || Command::Replay(ReplayCommand::Speed(10)),
        label: "2",
        help: |l| fl!(l, "help-replay-10x"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch('3')],
        command: || Command::Replay(ReplayCommand::Speed(60)),
        label: "3",
        help: |l| fl!(l, "help-replay-60x"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch('t'), ch('g')],
        command: || Command::Replay(ReplayCommand::Seek),
        label: "t",
        help: |l| fl!(l, "help-replay-go-to"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch('s'), key(KeyCode::Tab)],
        command: || Command::Replay(ReplayCommand::Summary),
        label: "s",
        help: |l| fl!(l, "help-replay-summary"),
    },
    Binding {
        modes: &[Replay],
        keys: &[key(KeyCode::Down), ch('j')],
        command: || Command::Replay(ReplayCommand::Scroll(1)),
        label: "Down, Up",
        help: |l| fl!(l, "help-scroll-summary"),
    },
    Binding {
        modes: &[Replay],
        keys: &[key(KeyCode::Up), ch('k')],
        command: || Command::Replay(ReplayCommand::Scroll(-1)),
        label: "",
        help: no_help,
    },
    Binding {
        modes: &[Replay],
        keys: &[ch('?')],
        command: || Command::Replay(ReplayCommand::Help),
        label: "?",
        help: |l| fl!(l, "help-this-help"),
    },
    Binding {
        modes: &[Replay],
        keys: &[ch('q'), key(KeyCode::Esc), ctrl('c')],
        command: || Command::Replay(ReplayCommand::Quit),
        label: "q",
        help: |l| fl!(l, "help-replay-quit"),
    },
];

fn matches(k: &Key, event: &KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    // Shift is part of the character itself ('+', '?', ']' need it on many layouts).
    k.code == event.code && k.ctrl == ctrl && k.alt == alt
}

/// What a key means in a mode. Key releases and repeats from terminals that report them are
/// ignored; in the editor, keys the table does not name go to the editor.
pub fn map(mode: Mode, event: KeyEvent) -> Option<Command> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let found = BINDINGS
        .iter()
        .find(|b| b.modes.contains(&mode) && b.keys.iter().any(|k| matches(k, &event)))
        .map(|b| (b.command)());
    match (found, mode) {
        (Some(command), _) => Some(command),
        (None, Mode::Editing) => Some(Command::EditorKey(event)),
        (None, Mode::LineInput) => Some(Command::InputKey(event)),
        _ => None,
    }
}

/// The help overlay's rows for a mode in the run's language: (keys, what they do), from the same
/// table.
pub fn help_rows(mode: Mode) -> Vec<(String, String)> {
    let l = current();
    BINDINGS
        .iter()
        .filter(|b| b.modes.contains(&mode) && !b.label.is_empty())
        .map(|b| (key_label(l, b.label), (b.help)(l)))
        .collect()
}

/// A row's keys as the help writes them: the keys without a letter of their own on the keycap
/// (the arrows) named in the reader's words, the rest as printed on the key.
pub fn key_label(l: &FluentLanguageLoader, label: &str) -> String {
    label
        .split(", ")
        .map(|key| match key {
            "Right" => fl!(l, "key-name-right"),
            "Left" => fl!(l, "key-name-left"),
            "Up" => fl!(l, "key-name-up"),
            "Down" => fl!(l, "key-name-down"),
            other => other.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn c(ch: char) -> KeyEvent {
        k(KeyCode::Char(ch))
    }

    fn m(a: Action) -> Option<Command> {
        Some(Command::Meeting(a))
    }

    #[test]
    fn chair_keys() {
        let cases: &[(KeyEvent, Option<Command>)] = &[
            (c(' '), Some(Command::OpenPauseResume)),
            (k(KeyCode::Right), m(Action::NextTopic)),
            (c('n'), m(Action::NextTopic)),
            (k(KeyCode::PageDown), m(Action::NextTopic)),
            (k(KeyCode::Left), m(Action::PreviousTopic)),
            (c('p'), m(Action::PreviousTopic)),
            (k(KeyCode::PageUp), m(Action::PreviousTopic)),
            (c(']'), m(Action::NextSession)),
            (c('['), m(Action::PreviousSession)),
            (c('g'), Some(Command::OpenJump)),
            (c('+'), m(Action::AddMinute)),
            (KeyEvent::new(KeyCode::Char('+'), KeyModifiers::SHIFT), m(Action::AddMinute)),
            (c('='), m(Action::AddMinute)),
            (c('-'), m(Action::RemoveMinute)),
            (c('s'), m(Action::Skip)),
            (c('d'), m(Action::Defer)),
            (k(KeyCode::Tab), Some(Command::FocusEditor)),
            (c('i'), Some(Command::FocusEditor)),
            (c('e'), Some(Command::Close)),
            (c('?'), Some(Command::Help)),
            (c('q'), Some(Command::Quit)),
            (KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL), Some(Command::Quit)),
            (k(KeyCode::Up), Some(Command::PickNote(-1))),
            (k(KeyCode::Down), Some(Command::PickNote(1))),
            (k(KeyCode::Enter), Some(Command::EditNote)),
            (c('x'), Some(Command::StrikeNote)),
            (k(KeyCode::Delete), Some(Command::StrikeNote)),
            (c('z'), None),
        ];
        for (event, want) in cases {
            assert_eq!(&map(Mode::Chair, *event), want, "{event:?}");
        }
    }

    #[test]
    fn in_the_editor_only_the_clicker_keys_act_on_the_meeting() {
        assert_eq!(map(Mode::Editing, k(KeyCode::PageDown)), m(Action::NextTopic));
        assert_eq!(map(Mode::Editing, k(KeyCode::PageUp)), m(Action::PreviousTopic));
        assert_eq!(map(Mode::Editing, k(KeyCode::Enter)), Some(Command::CommitNote));
        assert_eq!(map(Mode::Editing, k(KeyCode::Esc)), Some(Command::Back));
        for typed in [c('n'), c(' '), c('q'), c('e'), c('?'), c('가'), k(KeyCode::Right), k(KeyCode::Tab)] {
            assert_eq!(map(Mode::Editing, typed), Some(Command::EditorKey(typed)), "{typed:?}");
        }
        let alt_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT);
        assert_eq!(map(Mode::Editing, alt_enter), Some(Command::EditorKey(alt_enter)));
    }

    #[test]
    fn picker_help_confirm_and_summary_keys() {
        assert_eq!(map(Mode::Jump, c('j')), Some(Command::JumpMove(1)));
        assert_eq!(map(Mode::Jump, k(KeyCode::Up)), Some(Command::JumpMove(-1)));
        assert_eq!(map(Mode::Jump, k(KeyCode::Enter)), Some(Command::JumpGo));
        assert_eq!(map(Mode::Jump, k(KeyCode::Esc)), Some(Command::Back));
        assert_eq!(map(Mode::Jump, c('n')), None);
        assert_eq!(map(Mode::Help, c('?')), Some(Command::Back));
        assert_eq!(map(Mode::Help, k(KeyCode::Esc)), Some(Command::Back));
        assert_eq!(map(Mode::Help, c(' ')), None);
        assert_eq!(map(Mode::Confirm, c('y')), Some(Command::Yes));
        assert_eq!(map(Mode::Confirm, k(KeyCode::Enter)), Some(Command::Yes));
        assert_eq!(map(Mode::Confirm, c('n')), Some(Command::No));
        assert_eq!(map(Mode::Confirm, k(KeyCode::Esc)), Some(Command::No));
        assert_eq!(map(Mode::Confirm, c('q')), None);
        assert_eq!(map(Mode::Summary, c('q')), Some(Command::Quit));
        assert_eq!(map(Mode::Summary, c('n')), None);
        for mode in [Mode::Chair, Mode::Editing, Mode::Jump, Mode::Help, Mode::Confirm, Mode::Summary] {
            assert_eq!(map(mode, k(KeyCode::PageDown)), m(Action::NextTopic), "{mode:?}");
        }
    }

    #[test]
    fn releases_are_ignored() {
        let mut release = c('n');
        release.kind = KeyEventKind::Release;
        assert_eq!(map(Mode::Chair, release), None);
    }

    #[test]
    fn the_help_lists_every_binding_of_the_chair() {
        let rows = help_rows(Mode::Chair);
        let labels: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        for want in [
            "Space, t",
            "1-3, m, c",
            "a",
            "Right, n",
            "Left, p",
            "], [",
            "g",
            "+, -",
            "s",
            "d",
            "Tab, i",
            "e",
            "?",
            "q, Ctrl-C",
            "PgDn, PgUp",
            "Up, Down",
            "x, Delete",
            "Esc",
        ] {
            assert!(labels.contains(&want), "{want} missing from {labels:?}");
        }
        // Every binding with a label appears in the help of each of its modes.
        for b in BINDINGS.iter().filter(|b| !b.label.is_empty()) {
            for mode in b.modes {
                let row = (b.label.to_owned(), (b.help)(current()));
                assert!(help_rows(*mode).contains(&row), "{} in {mode:?}", b.label);
            }
        }
    }

    /// Every single-letter key of every mode works as its 두벌식 jamo, from the one table beside
    /// the keymap; in the editor the jamo stays text.
    #[test]
    fn every_letter_key_of_every_mode_works_as_its_jamo() {
        use crate::tui::jamo;
        let modes = [
            Mode::Chair,
            Mode::Secretary,
            Mode::Jump,
            Mode::Help,
            Mode::Confirm,
            Mode::Summary,
            Mode::Replay,
            Mode::RollCall,
            Mode::Amend,
        ];
        let mut checked = 0;
        for binding in BINDINGS {
            for key in binding.keys.iter().filter(|k| !k.ctrl && !k.alt) {
                let KeyCode::Char(letter) = key.code else { continue };
                let Some((_, jamo)) = jamo::LAYOUT.iter().find(|(k, _)| *k == letter) else { continue };
                for &mode in binding.modes.iter().filter(|m| modes.contains(m)) {
                    let typed: Vec<Option<Command>> =
                        jamo::keys(c(*jamo), false).into_iter().map(|(latin, _)| map(mode, latin)).collect();
                    assert_eq!(typed, vec![map(mode, c(letter))], "{letter} as {jamo} in {mode:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 30, "{checked}");
        // Two keys the input method sent as one: each key, in order.
        let keys: Vec<Option<Command>> =
            jamo::keys(c('ㅞ'), false).into_iter().map(|(latin, _)| map(Mode::Chair, latin)).collect();
        assert_eq!(keys, vec![m(Action::NextTopic), m(Action::PreviousTopic)]);
        // In the editor a jamo is text.
        assert_eq!(jamo::keys(c('ㅜ'), true)[0].0, c('ㅜ'));
        assert_eq!(map(Mode::Editing, c('ㅜ')), Some(Command::EditorKey(c('ㅜ'))));
    }
}
