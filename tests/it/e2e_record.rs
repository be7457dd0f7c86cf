//! The record end to end, in a pseudo-terminal at 80x24: the roll call in English and in Korean
//! (the Korean keyboard on), and a note with a speaker typed at a secretary's seat.

use crate::e2e_support;
use crate::pty;

use e2e_support::{entries, header, hints, open, quit, saved_note, step};
use gavel::meeting::{Event, Speaker};
use pty::{Pty, keys, meeting_dir};

fn attendance(dir: &std::path::Path) -> Vec<Event> {
    entries(dir)
        .into_iter()
        .map(|e| e.event)
        .filter(|e| matches!(e, Event::Present { .. } | Event::Absent { .. } | Event::Left { .. }))
        .collect()
}

#[test]
fn the_roll_call_in_english() {
    let dir = meeting_dir();
    let mut gavel = Pty::spawn(dir.path(), &[]);
    open(&gavel);
    let roll = step(&gavel, "r", "the roll call", |s| hints(s).starts_with(" ROLL CALL"));
    assert!(roll.contents().contains("Mayor Park Hyung-jun"), "{}", pty::show(&roll));
    step(&gavel, " ", "the mayor present", |s| s.contents().contains("Roll call: 1 present"));
    step(&gavel, keys::DOWN, "the next row", |_| true);
    step(&gavel, keys::ENTER, "the reason's line", |s| s.contents().contains("Why absent:"));
    gavel.send("on leave");
    step(&gavel, keys::ENTER, "the reason kept", |s| s.contents().contains("on leave"));
    step(&gavel, keys::ESC, "the chair's keys", |s| hints(s).starts_with(" CHAIR"));
    let screen = gavel.wait_for("the count in the outline", |s| s.contents().contains("1 present"));
    assert!(header(&screen).contains("RUNNING"), "{}", pty::show(&screen));
    quit(&mut gavel);
    assert_eq!(
        attendance(dir.path()),
        [Event::Present { attendee: 0 }, Event::Absent { attendee: 1, reason: Some("on leave".into()) }]
    );
}

/// With the Korean keyboard on: ㄱ (r) opens the roll call, Space marks, ㅣ (l) a departure.
#[test]
fn the_roll_call_in_korean_with_the_korean_keyboard() {
    let dir = meeting_dir();
    let mut gavel = pty::Launch::new(dir.path()).env("LANG", "ko_KR.UTF-8").spawn();
    gavel.wait_for("the meeting not opened yet", |s| header(s).contains("개회 전"));
    step(&gavel, " ", "running", |s| header(s).contains("진행 중"));
    let roll = step(&gavel, "ㄱ", "the roll call", |s| hints(s).starts_with(" 출석 확인"));
    assert!(roll.contents().contains("미확인"), "{}", pty::show(&roll));
    step(&gavel, " ", "the mayor arrived", |s| s.contents().contains("출석 확인: 출석 1명"));
    step(&gavel, "ㅣ", "the mayor left", |s| s.contents().contains("퇴장"));
    // A reason typed in Hangul stays Hangul: the line is text, not keys.
    step(&gavel, keys::DOWN, "the next row", |_| true);
    step(&gavel, keys::ENTER, "the reason's line", |s| s.contents().contains("불참 사유:"));
    gavel.send("출장");
    step(&gavel, keys::ENTER, "the reason kept", |s| s.contents().contains("출장"));
    step(&gavel, keys::ESC, "the chair's keys", |s| hints(s).starts_with(" 의장 "));
    gavel.send("ㅂ");
    gavel.wait_text("gavel을 끝낼까요?");
    gavel.send("ㅛ");
    assert!(gavel.wait_exit().success());
    assert_eq!(
        attendance(dir.path()),
        [
            Event::Present { attendee: 0 },
            Event::Left { attendee: 0 },
            Event::Absent { attendee: 1, reason: Some("출장".into()) }
        ]
    );
}

/// A note typed at a secretary's seat that begins with an attendee's position is theirs: the
/// runner resolves the speaker and journals it with the note.
#[test]
fn a_note_with_a_speaker_from_a_secretarys_seat() {
    let dir = meeting_dir();
    let mut runner = Pty::spawn(dir.path(), &[]);
    open(&runner);
    let mut secretary = Pty::spawn(dir.path(), &["attach"]);
    secretary.wait_for("the secretary's seat in the editor", |s| {
        header(s).contains("RUNNING  saved") && hints(s).starts_with(" NOTE")
    });
    let note = "Mayor: airport first";
    secretary.send(note);
    secretary.wait_for("the note typed", |s| s.contents().contains(note));
    // Shown as the record names the speaker: position and name.
    let shown = "Mayor Park Hyung-jun: airport first";
    step(&secretary, keys::ENTER, "the seat's note saved", |s| saved_note(s, shown).is_some());
    runner.wait_for("the note on the runner's screen", |s| saved_note(s, shown).is_some());
    let speakers: Vec<Option<Speaker>> = entries(dir.path())
        .into_iter()
        .filter_map(|e| match e.event {
            Event::NoteCommitted { text, speaker, .. } if &*text == note => Some(speaker),
            _ => None,
        })
        .collect();
    assert_eq!(speakers, [Some(Speaker::Attendee(0))]);
    step(&secretary, keys::ESC, "the secretary's own keys", |s| hints(s).starts_with(" SECRETARY"));
    quit(&mut secretary);
    quit(&mut runner);
}
