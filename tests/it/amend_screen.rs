//! `gavel amend MINUTES --by NAME` on a terminal: the closed meeting's notes, for correction
//! only. In-process through its keys (the journal written for real), drawn at 80x24 in Korean
//! and English, and once end to end in a pseudo-terminal.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use gavel::i18n::{Lang, speaking};
use gavel::journal::fs::RealFs;
use gavel::journal::{Journal, MinutesJournal, read_minutes};
use gavel::meeting::{Action, Event, NoteId, Refusal, fold};
use gavel::tui::amend::Amend;
use gavel::tui::error::AmendError;
use gavel::tui::keymap::Mode;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::meeting_support::Run;
use crate::pty::{self, keys};

const MEETING: &str = r#"
title: 기획조정실 월례회의
date: 2025-01-15
start: "10:00"
timezone: Asia/Seoul
attendees:
  - name: 홍길동
    position: 기획조정실장
sessions:
  - title: 보고
    duration: 30m
    topics: [예산 집행 계획, 기타]
"#;

/// Closed minutes with three notes (one a speaker's), in a folder of their own.
fn closed(close: bool) -> (tempfile::TempDir, PathBuf) {
    let mut run = Run::new(MEETING);
    run.ok(Action::Open, 0);
    run.ok(Action::CommitNote { id: NoteId::from("n-1"), text: "홍길동: 예산 증엑 필요".into() }, 60);
    run.ok(Action::CommitNote { id: NoteId::from("n-2"), text: "d: 원안 가결".into() }, 120);
    run.ok(Action::CommitNote { id: NoteId::from("n-3"), text: "참고: 회의 후 배포".into() }, 180);
    if close {
        run.ok(Action::Close, 600);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("m.jsonl");
    let mut journal: MinutesJournal = Journal::create(Arc::new(RealFs), &path, &run.header).expect("created");
    journal.append_entries(&run.entries);
    drop(journal);
    (dir, path)
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-01-15T11:00:00+09:00").unwrap().to_utc()
}

fn press(amend: &mut Amend, code: KeyCode) {
    amend.key(KeyEvent::new(code, KeyModifiers::NONE), now());
}

fn typed(amend: &mut Amend, text: &str) {
    for c in text.chars() {
        press(amend, KeyCode::Char(c));
    }
}

fn shown(amend: &Amend) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| amend.render(f, now())).unwrap();
    terminal.backend().to_string()
}

#[test]
fn a_correction_and_a_strike_by_keys_each_with_its_reason() {
    let (_dir, path) = closed(true);
    let mut amend = Amend::open(&path, "최유진", Arc::new(RealFs)).unwrap();
    assert_eq!(amend.mode, Mode::Amend);
    // The first note: its words in the editor, corrected, then the reason.
    press(&mut amend, KeyCode::Enter);
    assert_eq!((amend.mode, amend.editor.text()), (Mode::Editing, "홍길동: 예산 증엑 필요".to_owned()));
    amend.editor.set_text("홍길동: 예산 증액 필요");
    press(&mut amend, KeyCode::Enter);
    assert_eq!(amend.mode, Mode::LineInput);
    // No reason: refused, and nothing written; the reason still asked.
    press(&mut amend, KeyCode::Enter);
    assert_eq!(read_minutes(&path).unwrap().entries.len(), 5);
    assert!(shown(&amend).contains("A correction needs its reason"), "{}", shown(&amend));
    typed(&mut amend, "자구 정정");
    press(&mut amend, KeyCode::Enter);
    assert_eq!(amend.mode, Mode::Amend);
    // The last note struck out, with its reason.
    press(&mut amend, KeyCode::Down);
    press(&mut amend, KeyCode::Down);
    press(&mut amend, KeyCode::Char('x'));
    typed(&mut amend, "회의 내용 아님");
    press(&mut amend, KeyCode::Enter);
    let minutes = read_minutes(&path).unwrap();
    let corrections: Vec<&Event> =
        minutes.entries.iter().map(|e| &e.event).filter(|e| matches!(e, Event::Corrected { .. })).collect();
    assert_eq!(corrections.len(), 2);
    assert!(matches!(corrections[0], Event::Corrected { id, text: Some(t), by, reason, .. }
        if id.as_str() == "n-1" && &**t == "홍길동: 예산 증액 필요" && by == "최유진" && reason == "자구 정정"));
    assert!(matches!(corrections[1], Event::Corrected { id, text: None, .. } if id.as_str() == "n-3"));
    // What the screen holds is what the journal folds to.
    assert_eq!(amend.meeting, fold(&minutes.header, &minutes.entries));
    // A struck note cannot be corrected again.
    press(&mut amend, KeyCode::Enter);
    assert_eq!(amend.mode, Mode::Amend);
}

#[test]
fn the_screen_in_korean_and_english() {
    let (_dir, path) = closed(true);
    for lang in [Lang::Ko, Lang::En] {
        let _speaking = speaking(lang);
        let mut amend = Amend::open(&path, "최유진", Arc::new(RealFs)).unwrap();
        let list = shown(&amend);
        assert!(
            list.contains("기획조정실장 홍길동: 홍길동: 예산 증엑 필요") || list.contains("예산 증엑 필요"),
            "{list}"
        );
        insta::assert_snapshot!(format!("amend_list_{lang:?}").to_lowercase(), list);
        press(&mut amend, KeyCode::Enter);
        press(&mut amend, KeyCode::Enter);
        typed(&mut amend, "자구");
        insta::assert_snapshot!(format!("amend_reason_{lang:?}").to_lowercase(), shown(&amend));
    }
}

#[test]
fn only_closed_minutes_not_signed_off_and_a_name() {
    let (_dir, open) = closed(false);
    assert!(matches!(
        Amend::open(&open, "최유진", Arc::new(RealFs)),
        Err(AmendError::Refused(Refusal::NotClosed))
    ));
    let (_dir, path) = closed(true);
    assert!(matches!(Amend::open(&path, " ", Arc::new(RealFs)), Err(AmendError::Refused(Refusal::NoName))));
}

/// The real binary in a pseudo-terminal: a correction on the screen, then the export shows it.
#[test]
fn end_to_end_on_a_terminal() {
    let (dir, path) = closed(true);
    let path_text = path.display().to_string();
    let gavel = pty::Launch::new(dir.path()).args(&["amend", &path_text, "--by", "최유진"]).spawn();
    gavel.wait_for("the notes to correct", |s| s.contents().contains("correcting: 최유진"));
    gavel.send(keys::ENTER);
    gavel.wait_for("the editor", |s| s.contents().contains("The corrected words"));
    // The words as typed: to the end, erase the typo's syllable and the rest, type them again.
    for _ in 0..5 {
        gavel.send("\x7f");
    }
    gavel.send("증액 필요");
    gavel.wait_for("the new words", |s| s.contents().contains("증액 필요"));
    gavel.send(keys::ENTER);
    gavel.wait_for("the reason", |s| s.contents().contains("Reason for the correction:"));
    gavel.send("typo");
    gavel.send(keys::ENTER);
    gavel.wait_for("saved", |s| s.contents().contains("(corrected)"));
    gavel.send("q");
    let mut gavel = gavel;
    assert!(gavel.wait_exit().success());
    let minutes = read_minutes(&path).unwrap();
    let meeting = fold(&minutes.header, &minutes.entries);
    assert_eq!(meeting.note(&NoteId::from("n-1")).unwrap().text(), "홍길동: 예산 증액 필요");
    assert_eq!(meeting.corrections()[0].reason, "typo");
}
