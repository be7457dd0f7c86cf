//! What several test files share: a scripted Busan meeting at exact instants.

#![allow(dead_code)]

use std::path::Path;

use chrono::{DateTime, TimeDelta, Utc};
use gavel::agenda::{self, Agenda};
use gavel::meeting::{Action, Entry, Header, Meeting, NoteId, fold};

pub fn busan() -> Agenda {
    agenda::load_file(Path::new("agenda.yaml")).expect("the shipped agenda loads")
}

pub fn header(agenda: Agenda) -> Header {
    Header::new(agenda, "agenda.yaml".into(), "0".repeat(64), "gavel test".into())
}

/// 09:00:00 in Busan on the meeting's day.
pub fn nine() -> DateTime<Utc> {
    "2024-12-23T00:00:00Z".parse().expect("instant")
}

pub fn at(minutes: i64, seconds: i64) -> DateTime<Utc> {
    nine() + TimeDelta::minutes(minutes) + TimeDelta::seconds(seconds)
}

pub fn note(id: &str, text: &str) -> Action {
    Action::CommitNote { id: NoteId::from(id), text: text.into() }
}

/// The first part of a Busan meeting: opened a little late, notes of each kind, a pause.
pub fn script() -> Vec<(DateTime<Utc>, Action)> {
    vec![
        (at(-5, 0), note("n0", "회의 자료 배포 완료")),
        (at(2, 10), Action::Open),
        (at(3, 0), note("n1", "가덕도신공항 조기 착공 보고")),
        (at(9, 30), Action::NextTopic),
        (at(10, 0), note("n2", "d: 북부산 개발 계획 승인")),
        (at(12, 0), note("n3", "a: @김민지 예산안 검토 due:2025-01-15")),
        (at(15, 0), Action::PauseResume),
        (at(17, 30), Action::PauseResume),
        (at(18, 0), Action::Skip),
        (at(25, 0), Action::Defer),
        (
            at(26, 0),
            Action::EditNote {
                id: NoteId::from("n1"), text: "가덕도신공항 조기 착공 (수정)".into()
            },
        ),
        (at(27, 0), Action::StrikeNote { id: NoteId::from("n0") }),
        (at(31, 0), Action::NextSession),
        (at(33, 0), Action::AddMinute),
        (at(40, 0), note("n4", "Mixed 한글 and English | with a pipe")),
    ]
}

/// Applies the script; returns the meeting and every entry it produced, in order.
pub fn run_script(header: &Header, script: &[(DateTime<Utc>, Action)]) -> (Meeting, Vec<Entry>) {
    let mut meeting = fold(header, &[]);
    let mut entries = Vec::new();
    for (now, action) in script {
        let outcome = meeting.apply(action.clone(), *now).unwrap_or_else(|r| panic!("{action:?}: {r:?}"));
        entries.extend(outcome.entries);
    }
    (meeting, entries)
}

/// The chair's desk and hand without a journal: keys, the views, and the entries they make.
pub struct Screen {
    pub desk: gavel::tui::desk::Desk,
    pub hand: gavel::tui::chair::LocalHand,
    pub save: gavel::tui::look::SaveView,
}

impl Screen {
    pub fn new(meeting: Meeting) -> Screen {
        let saved = meeting.entry_count() as u64;
        Screen {
            desk: gavel::tui::desk::Desk::new(meeting),
            hand: gavel::tui::chair::LocalHand::new(saved),
            save: gavel::tui::look::SaveView::Saved(None),
        }
    }

    pub fn meeting(&self) -> &Meeting {
        &self.desk.meeting
    }

    /// A command, as the chair's program hands it to the desk.
    pub fn handle(
        &mut self,
        command: gavel::tui::keymap::Command,
        now: DateTime<Utc>,
    ) -> gavel::tui::desk::Step {
        self.desk.handle(command, now, &mut self.hand)
    }

    /// A key through the keymap; an unbound key does nothing.
    pub fn press(
        &mut self,
        code: ratatui::crossterm::event::KeyCode,
        now: DateTime<Utc>,
    ) -> gavel::tui::desk::Step {
        use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
        match gavel::tui::keymap::map(self.desk.mode, KeyEvent::new(code, KeyModifiers::NONE)) {
            Some(command) => self.handle(command, now),
            None => gavel::tui::desk::Step::Stay,
        }
    }

    /// The entries made since the last call.
    pub fn appended(&mut self) -> Vec<Entry> {
        self.hand.take_pending()
    }

    /// The journal took everything.
    pub fn saved(&mut self) {
        self.hand.marks.saved_events = self.desk.meeting.entry_count() as u64;
    }

    pub fn draw(
        &self,
        theme: &gavel::tui::theme::Theme,
        now: DateTime<Utc>,
        w: u16,
        h: u16,
    ) -> ratatui::Terminal<ratatui::backend::TestBackend> {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
        let look = self.desk.look(&self.save, &self.hand.marks, &[], now);
        terminal.draw(|f| gavel::tui::view::render(f, &look, theme, now)).expect("draw");
        terminal
    }
}

/// gavel in a locale that says nothing (English), as the command-line tests run it.
pub fn gavel_en() -> assert_cmd::Command {
    let mut gavel = assert_cmd::Command::cargo_bin("gavel").expect("the gavel binary is built");
    gavel.env("LC_ALL", "C.UTF-8");
    gavel
}

/// gavel under a Korean locale: `LANG` says Korean, and nothing set before it says otherwise.
pub fn gavel_ko() -> assert_cmd::Command {
    let mut gavel = assert_cmd::Command::cargo_bin("gavel").expect("the gavel binary is built");
    gavel.env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "ko_KR.UTF-8");
    gavel
}
