//! The secretary's pane: each kind of note, edits and strikes, notes on their way to the disk
//! and notes the disk refused, long and Hangul notes wrapped; picking, editing and striking a note
//! from the keys; a paste that holds command letters.

use crate::common;

use chrono::{DateTime, Utc};
use common::{Screen, at, busan, header};
use gavel::meeting::{Action, Entry, NoteId, Refusal, fold};
use gavel::tui::keymap::{Mode, map};
use gavel::tui::look::SaveView;
use gavel::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

type App = Screen;

fn screen(app: &App, now: DateTime<Utc>, w: u16, h: u16) -> String {
    app.draw(&Theme { color: true }, now, w, h).backend().to_string()
}

/// A key; returns the journal entries it made.
fn press(app: &mut App, code: KeyCode, now: DateTime<Utc>) -> Vec<Entry> {
    app.press(code, now);
    app.appended()
}

fn type_text(app: &mut App, text: &str, now: DateTime<Utc>) {
    for c in text.chars() {
        press(app, KeyCode::Char(c), now);
    }
}

/// Commits a note through the keys, as the secretary does; the journal then says it is saved.
fn commit(app: &mut App, text: &str, now: DateTime<Utc>) -> Vec<Entry> {
    press(app, KeyCode::Tab, now);
    type_text(app, text, now);
    let todos = press(app, KeyCode::Enter, now);
    press(app, KeyCode::Esc, now);
    todos
}

fn saved(app: &mut App) {
    app.saved();
}

/// An opened Busan meeting with one note of each kind, one edited and one struck.
fn with_notes() -> App {
    let header = header(busan());
    let mut app = App::new(fold(&header, &[]));
    press(&mut app, KeyCode::Char(' '), at(0, 0));
    commit(&mut app, "가덕도신공항 조기 착공 현황 보고", at(1, 0));
    commit(&mut app, "d: 2025년 상반기 착공 추진 확정", at(2, 0));
    commit(&mut app, "a: @김민지 배후 인프라 예산 재검토 due:2025-01-15", at(3, 0));
    commit(&mut app, "a: @Park check the Tri-Port plan due:2025-13-40", at(4, 0));
    commit(
        &mut app,
        "Mixed 한글 and English 텍스트 with a rather long sentence that has to wrap across several lines of the pane",
        at(5, 0),
    );
    commit(&mut app, "잘못 적은 메모", at(6, 0));
    saved(&mut app);
    // Edit the first note: pick it (Up from nothing picks the newest), then Enter.
    for _ in 0..6 {
        press(&mut app, KeyCode::Up, at(7, 0));
    }
    assert_eq!(app.desk.picked, Some(0));
    press(&mut app, KeyCode::Enter, at(7, 0));
    assert_eq!(app.desk.mode, Mode::Editing);
    assert_eq!(app.desk.editor.text(), "가덕도신공항 조기 착공 현황 보고");
    press(&mut app, KeyCode::End, at(7, 5));
    type_text(&mut app, " (수정)", at(7, 5));
    assert_eq!(press(&mut app, KeyCode::Enter, at(7, 10)).len(), 1);
    assert_eq!(app.desk.mode, Mode::Chair);
    // Strike the last one, with a yes.
    press(&mut app, KeyCode::Up, at(8, 0));
    press(&mut app, KeyCode::Char('x'), at(8, 0));
    assert_eq!(app.desk.mode, Mode::Confirm);
    press(&mut app, KeyCode::Char('y'), at(8, 1));
    saved(&mut app);
    app
}

#[test]
fn every_kind_edits_strikes_and_wrapping() {
    let app = with_notes();
    insta::assert_snapshot!("kinds_80x24", screen(&app, at(9, 0), 80, 24));
    insta::assert_snapshot!("kinds_160x48", screen(&app, at(9, 0), 160, 48));
    let note = app.desk.meeting.notes().iter().find(|n| n.text().contains("(수정)")).unwrap();
    assert_eq!(note.versions.len(), 2, "the history keeps both versions");
    assert!(app.desk.meeting.notes().iter().any(|n| n.is_struck() && n.text() == "잘못 적은 메모"));
}

#[test]
fn a_note_is_pending_until_saved_and_stays_pending_under_not_saved() {
    let mut app = with_notes();
    commit(&mut app, "d: 아직 저장되지 않은 결정", at(9, 30));
    let pending = screen(&app, at(9, 31), 80, 24);
    assert!(pending.contains("saving Decision: 아직"), "{pending}");
    app.save = SaveView::NotSaved("no space left on device".into());
    commit(&mut app, "두 번째 미저장 메모", at(9, 40));
    let refused = screen(&app, at(9, 41), 80, 24);
    insta::assert_snapshot!("not_saved_80x24", refused);
    let first = refused.find("UNSAVED Decision").expect("first unsaved");
    let second = refused.find("UNSAVED 두 번째").expect("second unsaved");
    assert!(first < second, "in order");
    // Once the disk takes them, they show their times.
    app.save = SaveView::Saved(None);
    saved(&mut app);
    let after = screen(&app, at(9, 50), 80, 24);
    assert!(after.contains("09:09 Decision: 아직") && after.contains("09:09 두 번째"), "{after}");
}

#[test]
fn editing_is_cancelled_with_esc_and_the_new_note_comes_back() {
    let mut app = with_notes();
    press(&mut app, KeyCode::Tab, at(10, 0));
    type_text(&mut app, "새 메모 작성 중", at(10, 0));
    press(&mut app, KeyCode::Esc, at(10, 0));
    press(&mut app, KeyCode::Up, at(10, 1));
    press(&mut app, KeyCode::Enter, at(10, 1));
    assert_ne!(app.desk.editor.text(), "새 메모 작성 중", "the editor holds the picked note");
    assert_eq!(app.desk.editor.new_note_text(), "새 메모 작성 중", "the draft is kept aside");
    press(&mut app, KeyCode::Esc, at(10, 2));
    assert_eq!(app.desk.editor.text(), "새 메모 작성 중");
    assert_eq!(app.desk.editor.editing, None);
}

#[test]
fn nothing_to_pick_says_so() {
    let header = header(busan());
    let mut app = App::new(fold(&header, &[]));
    press(&mut app, KeyCode::Char('x'), at(0, 0));
    assert_eq!(app.desk.hint_at(at(0, 1)), Some("Pick a note first (Up, Down)"));
    assert_eq!(app.desk.mode, Mode::Chair);
}

#[test]
fn a_paste_with_command_letters_goes_into_the_editor_whole() {
    let header = header(busan());
    let mut app = App::new(fold(&header, &[]));
    press(&mut app, KeyCode::Char(' '), at(0, 0));
    let before = app.desk.meeting.clone();
    app.desk.paste("q e n\r\nd: 결정 사항\n]");
    assert_eq!(app.desk.mode, Mode::Editing);
    assert_eq!(app.desk.editor.text(), "q e n\nd: 결정 사항\n]");
    assert_eq!(app.desk.meeting, before, "nothing reached the meeting");
    let entries = press(&mut app, KeyCode::Enter, at(0, 5));
    assert_eq!(entries.len(), 1);
    assert_eq!(app.desk.meeting.notes()[0].text(), "q e n\nd: 결정 사항\n]");
}

#[test]
fn alt_enter_breaks_the_line_and_enter_commits() {
    let header = header(busan());
    let mut app = App::new(fold(&header, &[]));
    press(&mut app, KeyCode::Tab, at(0, 0));
    type_text(&mut app, "첫 줄", at(0, 0));
    let alt_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT);
    let command = map(app.desk.mode, alt_enter).unwrap();
    app.handle(command, at(0, 1));
    assert!(app.appended().is_empty());
    type_text(&mut app, "둘째 줄", at(0, 2));
    assert_eq!(app.desk.editor.text(), "첫 줄\n둘째 줄");
    press(&mut app, KeyCode::Enter, at(0, 3));
    // Before opening, a note is taken "before opening".
    let note = &app.desk.meeting.notes()[0];
    assert_eq!((note.text(), note.on), ("첫 줄\n둘째 줄", None));
    assert_eq!(app.desk.editor.text(), "");
    // It shows on two lines, the second under the first's text, with no stand-in character.
    app.saved();
    let shown = screen(&app, at(0, 4), 80, 24);
    assert!(!shown.contains('\u{FFFD}'), "{shown}");
    let lines: Vec<&str> = shown.lines().collect();
    let first = lines.iter().position(|l| l.contains("08:59 첫 줄") || l.contains("첫 줄")).unwrap();
    assert!(lines[first + 1].contains("      둘째 줄"), "{shown}");
}

/// Up in the empty editor picks the newest note (as the pane's title says); the picked note is
/// highlighted whole, not only its time.
#[test]
fn up_from_the_empty_editor_picks_a_note_and_the_whole_note_is_highlighted() {
    let header = header(busan());
    let mut app = App::new(fold(&header, &[]));
    press(&mut app, KeyCode::Char(' '), at(0, 0));
    commit(&mut app, "가덕도 보고", at(1, 0));
    commit(&mut app, "예산 검토", at(2, 0));
    app.saved();
    press(&mut app, KeyCode::Tab, at(3, 0));
    assert_eq!(app.desk.mode, Mode::Editing);
    press(&mut app, KeyCode::Up, at(3, 0));
    assert_eq!(app.desk.picked, Some(1), "the newest note is picked");
    assert_eq!(app.desk.mode, Mode::Chair, "out of the editor, where Enter edits it");
    let t = app.draw(&Theme { color: true }, at(3, 0), 80, 24);
    let shown = t.backend().to_string();
    let (y, line) = shown.lines().enumerate().find(|(_, l)| l.contains("예산 검토")).unwrap();
    // Columns, not bytes: the line opens with a quote, and nothing wide comes before the note.
    let x = line[..line.find("예산").unwrap()].chars().count() as u16 - 1;
    let picked = Theme { color: true }.current();
    assert_eq!(t.backend().buffer()[(x, y as u16)].style().bg, picked.bg, "{shown}");
    // Not in an editor holding text: there Up moves in the text.
    press(&mut app, KeyCode::Tab, at(4, 0));
    type_text(&mut app, "쓰는 중", at(4, 0));
    press(&mut app, KeyCode::Up, at(4, 0));
    assert_eq!(app.desk.mode, Mode::Editing);
}

#[test]
fn after_closing_no_note_can_be_taken() {
    let header = header(busan());
    let mut app = App::new(fold(&header, &[]));
    app.desk.meeting.apply(Action::Open, at(0, 0)).unwrap();
    app.desk.meeting.apply(Action::Close, at(1, 0)).unwrap();
    let refused = app
        .desk
        .meeting
        .apply(Action::CommitNote { id: NoteId::from("late"), text: "늦은 메모".into() }, at(2, 0));
    assert_eq!(refused.unwrap_err(), Refusal::Closed);
}
