//! The secretary's pane end to end (issue 6): the real binary in a pseudo-terminal, Hangul typed
//! and committed, the process killed with SIGKILL and started again, the draft watched on disk,
//! a bracketed paste full of command letters. Each test runs the shipped Busan agenda in a
//! folder of its own.

use crate::e2e_support;
use crate::pty;

use std::time::Duration;

use e2e_support::{
    columns, command, editor_lines, entries, events, header, hints, note_texts, open, quit, saved_note, step,
    wait_file,
};
use gavel::journal::draft::Draft;
use gavel::meeting::{Event, Position};
use pty::{Pty, keys, minutes_path};

/// How long the draft may take to reach the disk: its interval is two seconds.
const DRAFT_DEADLINE: Duration = Duration::from_secs(6);

/// A Hangul note: the real cursor sits right after the typed text (two columns a syllable, where
/// an input method composes); committed, it shows with the time the minutes give it. SIGKILL and
/// a restart: the note is on the screen again, with the same time, and in `gavel export`.
#[test]
fn a_committed_hangul_note_survives_sigkill_on_screen_and_in_the_export() {
    let dir = pty::meeting_dir();
    let mut first = Pty::spawn(dir.path(), &[]);
    open(&first);
    let editing = step(&first, keys::TAB, "the editor", |s| s.contents().contains("Note: Enter saves"));
    let (row, start) = editing.cursor_position();

    let text = "회의 결과 정리 OK";
    let typed = step(&first, text, "the note typed", |s| editor_lines(s).first().is_some_and(|l| l == text));
    assert_eq!(
        typed.cursor_position(),
        (row, start + columns(text)),
        "the caret right after {text:?} ({} columns)\n{}",
        columns(text),
        pty::show(&typed)
    );
    assert_eq!(columns(text), 17);

    let saved = step(&first, keys::ENTER, "the note saved, with its time", |s| saved_note(s, text).is_some());
    let line = saved_note(&saved, text).expect("the note's line");
    let committed = entries(dir.path())
        .into_iter()
        .filter(|e| matches!(&e.event, Event::NoteCommitted { text: t, .. } if &**t == text))
        .collect::<Vec<_>>();
    assert_eq!(committed.len(), 1, "{committed:?}");
    assert!(
        matches!(
            &committed[0].event,
            Event::NoteCommitted { on: Some(Position { session: 0, topic: 0 }), .. }
        ),
        "{committed:?}"
    );
    let stamp = committed[0].at.format("%H:%M").to_string();
    assert_eq!(line, format!("{stamp} {text}"), "the time shown is the minutes' time");
    assert!(editor_lines(&saved).iter().all(|l| !l.contains(text)), "the editor is empty again");

    let status = first.kill();
    assert_eq!(status.signal(), Some("Killed"), "{status}");

    let mut second = Pty::spawn(dir.path(), &[]);
    let again = second.wait_for("the meeting resumed with the note", |s| {
        header(s).contains("RUNNING") && saved_note(s, text).is_some()
    });
    assert_eq!(
        saved_note(&again, text),
        Some(line),
        "the same line after the restart\n{}",
        pty::show(&again)
    );

    let export = command(dir.path(), &["export", "minutes/agenda-2024-12-23-rehearsal.jsonl"]);
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
    let document = String::from_utf8(export.stdout).expect("UTF-8");
    assert_eq!(document.matches(text).count(), 1, "the note once in the export:\n{document}");
    quit(&mut second);
    assert_eq!(note_texts(dir.path()), [text], "journaled once, and nothing more");
}

/// What is being typed reaches the draft file (watched, not waited for blindly); SIGKILL; the
/// restart puts it back in the editor, the caret after it once the editor has focus; Enter then
/// commits it, and the draft file is gone.
#[test]
fn a_draft_saved_before_sigkill_is_back_in_the_editor() {
    let dir = pty::meeting_dir();
    let draft_file = dir.path().join("minutes/agenda-2024-12-23-rehearsal.draft.json");
    let mut first = Pty::spawn(dir.path(), &[]);
    open(&first);
    step(&first, keys::TAB, "the editor", |s| s.contents().contains("Note: Enter saves"));
    let text = "초안: 예산 draft 검토 중";
    step(&first, text, "the draft typed", |s| editor_lines(s).first().is_some_and(|l| l == text));
    let draft = wait_file("the draft file to hold the whole text", DRAFT_DEADLINE, || {
        let bytes = std::fs::read(&draft_file).ok()?;
        let draft: Draft = serde_json::from_slice(&bytes).ok()?;
        (draft.text == text).then_some(draft)
    });
    assert_eq!(draft.topic, Some((0, 0)), "the topic it was typed on");
    assert!(note_texts(dir.path()).is_empty(), "a draft is not a note");

    let status = first.kill();
    assert_eq!(status.signal(), Some("Killed"), "{status}");

    let mut second = Pty::spawn(dir.path(), &[]);
    let back = second.wait_for("the draft back in the editor", |s| {
        header(s).contains("RUNNING") && editor_lines(s).first().is_some_and(|l| l == text)
    });
    assert!(hints(&back).starts_with(" CHAIR"), "the chair's keys until Tab\n{}", pty::show(&back));
    let editing =
        step(&second, keys::TAB, "the editor focused", |s| s.contents().contains("Note: Enter saves"));
    let (row, _) = editing.cursor_position();
    let (editor_row, _) = pty::find_row(&editing, text).expect("the draft's row");
    assert_eq!(row, editor_row, "the caret on the draft's line\n{}", pty::show(&editing));
    let start = e2e_support::column_of(&editing, row, text).expect("the draft's column");
    assert_eq!(
        editing.cursor_position(),
        (row, start + columns(text)),
        "the caret after the restored text\n{}",
        pty::show(&editing)
    );

    step(&second, keys::ENTER, "the draft committed", |s| saved_note(s, text).is_some());
    wait_file("the draft file removed", DRAFT_DEADLINE, || (!draft_file.exists()).then_some(()));
    assert_eq!(note_texts(dir.path()), [text]);
    step(&second, keys::ESC, "the chair's keys", |s| hints(s).starts_with(" CHAIR"));
    quit(&mut second);
}

/// A bracketed paste of several lines full of command letters (q quits, e closes, y confirms)
/// while the chair has the keys: it all goes into the editor, line breaks kept, and nothing else
/// reacts: still RUNNING, no question asked, nothing journaled. Enter commits it whole.
#[test]
fn a_bracketed_paste_goes_into_the_editor_and_is_never_read_as_keys() {
    let dir = pty::meeting_dir();
    let mut gavel = Pty::spawn(dir.path(), &[]);
    open(&gavel);
    step(&gavel, "n", "topic 2", |s| e2e_support::at_topic(s, 1, 2, 8));
    let before = events(dir.path());

    // Terminals send line breaks in a paste as CR, some as LF or CR LF.
    let pasted = "첫 줄 q\r\ne\rq\ny";
    let lines = ["첫 줄 q", "e", "q", "y"];
    let shown = step(&gavel, &format!("\x1b[200~{pasted}\x1b[201~"), "the paste in the editor", |s| {
        editor_lines(s).starts_with(&lines.map(String::from))
    });
    let screen = shown.contents();
    assert!(header(&shown).contains("RUNNING"), "{}", pty::show(&shown));
    assert!(
        !screen.contains("Quit gavel?") && !screen.contains("Close the meeting?"),
        "no question asked\n{}",
        pty::show(&shown)
    );
    assert!(hints(&shown).starts_with(" NOTE"), "the editor has focus\n{}", pty::show(&shown));
    let (row, col) = shown.cursor_position();
    let (first_row, _) = pty::find_row(&shown, "첫 줄 q").expect("the first line");
    let left = e2e_support::column_of(&shown, first_row, "첫 줄 q").expect("its column");
    assert_eq!(
        (row, col),
        (first_row + 3, left + 1),
        "the caret after the last pasted line\n{}",
        pty::show(&shown)
    );

    // Nothing reached the minutes, and the program is still there to take a key.
    assert_eq!(events(dir.path()), before);
    step(&gavel, keys::ENTER, "the pasted note saved", |s| saved_note(s, "첫 줄 q").is_some());
    assert_eq!(note_texts(dir.path()), ["첫 줄 q\ne\nq\ny"], "one note, line breaks kept");
    let after = events(dir.path());
    assert_eq!(after.len(), before.len() + 1, "{after:#?}");
    assert!(!after.contains(&Event::Closed));
    step(&gavel, keys::ESC, "the chair's keys", |s| hints(s).starts_with(" CHAIR"));
    quit(&mut gavel);
    assert!(std::fs::metadata(minutes_path(dir.path())).is_ok());
}
