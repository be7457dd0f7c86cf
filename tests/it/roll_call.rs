//! The roll call on the screen: `r`, the keys, the journal events they make, what the screen
//! shows at 80x24 and 160x48 in Korean and English; Tab naming a note's speaker.

use crate::common;

use chrono::{DateTime, TimeDelta, Utc};
use common::{Screen, header};
use gavel::agenda::{self, Agenda};
use gavel::i18n::{Lang, speaking};
use gavel::meeting::{Action, Event, Presence, Speaker, fold};
use gavel::tui::keymap::Mode;
use gavel::tui::theme::Theme;
use ratatui::crossterm::event::KeyCode;

fn example() -> Agenda {
    agenda::load_file(std::path::Path::new("examples/monthly-meeting.ko.yaml")).expect("the example loads")
}

fn min(m: i64) -> DateTime<Utc> {
    example().planned_start().to_utc() + TimeDelta::minutes(m)
}

fn typed(app: &mut Screen, text: &str, now: DateTime<Utc>) {
    for c in text.chars() {
        app.press(KeyCode::Char(c), now);
    }
}

fn events(app: &mut Screen) -> Vec<Event> {
    app.appended().into_iter().map(|e| e.event).collect()
}

fn shown(app: &Screen, now: DateTime<Utc>, w: u16, h: u16) -> String {
    app.draw(&Theme { color: true }, now, w, h).backend().to_string()
}

/// The whole roll call by keys: present before opening, an absence with its reason, someone
/// added, a late arrival after opening, a departure; each a journal event at its instant.
#[test]
fn the_roll_call_by_keys() {
    let mut app = Screen::new(fold(&header(example()), &[]));
    app.press(KeyCode::Char('r'), min(-5));
    assert_eq!(app.desk.mode, Mode::RollCall);
    app.press(KeyCode::Char(' '), min(-5));
    app.press(KeyCode::Down, min(-5));
    app.press(KeyCode::Enter, min(-5));
    assert_eq!(app.desk.mode, Mode::LineInput);
    typed(&mut app, "출장", min(-5));
    app.press(KeyCode::Enter, min(-5));
    assert_eq!(app.desk.mode, Mode::RollCall);
    app.press(KeyCode::Char('a'), min(-4));
    typed(&mut app, "정수민, 감사담당관", min(-4));
    app.press(KeyCode::Enter, min(-4));
    app.press(KeyCode::Char(' '), min(-4));
    assert_eq!(
        events(&mut app),
        [
            Event::Present { attendee: 0 },
            Event::Absent { attendee: 1, reason: Some("출장".into()) },
            Event::AttendeeAdded {
                name: "정수민".into(),
                position: Some("감사담당관".into()),
                affiliation: None,
                group: agenda::Group::Attendee
            },
            Event::Present { attendee: 4 },
        ]
    );
    app.press(KeyCode::Esc, min(-4));
    assert_eq!(app.desk.mode, Mode::Chair);
    app.press(KeyCode::Char(' '), min(0));
    // After opening: 박지훈 arrives late, then 김민지 leaves.
    app.press(KeyCode::Char('r'), min(7));
    app.press(KeyCode::Up, min(7));
    app.press(KeyCode::Up, min(7));
    app.press(KeyCode::Char(' '), min(7));
    assert_eq!(app.meeting().attendees()[2].presence, Presence::Present, "{:?}", app.meeting().attendees());
    app.press(KeyCode::Up, min(40));
    app.press(KeyCode::Up, min(40));
    app.press(KeyCode::Char('l'), min(40));
    let roll = app.meeting().attendees();
    assert_eq!(roll[2].arrived_at.map(|t| t.to_utc()), Some(min(7)));
    assert_eq!((roll[0].presence, roll[0].left_at.map(|t| t.to_utc())), (Presence::Left, Some(min(40))));
    // 정수민 and 박지훈 present count; 최유진 (배석) would not.
    assert_eq!((app.meeting().present_count(), app.meeting().quorum_met()), (2, Some(false)));
    // A refusal says why on the hint bar: 김민지 has left already.
    app.press(KeyCode::Char('l'), min(41));
    assert!(shown(&app, min(41), 80, 24).contains("Only someone present can leave"));
}

/// The roll call's keys in Korean keyboard mode: ㄱ opens it, ㅁ adds, ㅣ marks a departure.
#[test]
fn the_roll_call_keys_work_as_jamo() {
    struct Jamo(Screen);
    impl Jamo {
        /// A key as the Korean keyboard sends it, through the one 두벌식 table.
        fn press(&mut self, code: KeyCode, now: DateTime<Utc>) {
            let event =
                ratatui::crossterm::event::KeyEvent::new(code, ratatui::crossterm::event::KeyModifiers::NONE);
            let editing = self.0.desk.mode == Mode::LineInput;
            for (latin, _) in gavel::tui::jamo::keys(event, editing) {
                self.0.press(latin.code, now);
            }
        }
        fn meeting(&self) -> &gavel::meeting::Meeting {
            self.0.meeting()
        }
    }
    let mut app = Jamo(Screen::new(fold(&header(example()), &[])));
    app.press(KeyCode::Char('ㄱ'), min(-5));
    assert_eq!(app.0.desk.mode, Mode::RollCall);
    app.press(KeyCode::Char('ㅁ'), min(-5));
    assert_eq!(app.0.desk.mode, Mode::LineInput);
    app.press(KeyCode::Esc, min(-5));
    app.press(KeyCode::Char(' '), min(-5));
    app.press(KeyCode::Esc, min(-5));
    app.press(KeyCode::Char(' '), min(0));
    app.press(KeyCode::Char('ㄱ'), min(1));
    app.press(KeyCode::Char('ㅣ'), min(2));
    assert_eq!(app.meeting().attendees()[0].presence, Presence::Left);
}

/// The screen of the roll call at both sizes, in Korean and in English: every name, its mark,
/// the reason, the late arrival and the quorum.
#[test]
fn the_roll_call_screen_in_both_languages() {
    let (meeting, _) = common::run_script(
        &header(example()),
        &[
            (min(-5), Action::MarkPresent { attendee: 0 }),
            (min(-5), Action::MarkAbsent { attendee: 1, reason: Some("출장".into()) }),
            (min(-4), Action::MarkPresent { attendee: 3 }),
            (min(0), Action::Open),
            (min(7), Action::MarkPresent { attendee: 2 }),
        ],
    );
    for lang in [Lang::Ko, Lang::En] {
        let _speaking = speaking(lang);
        let mut app = Screen::new(meeting.clone());
        let before = shown(&app, min(8), 80, 24);
        let present = if lang == Lang::Ko { "출석 2명, 정족수 3명" } else { "2 present, quorum 3" };
        assert!(before.contains(present), "{before}");
        app.press(KeyCode::Char('r'), min(8));
        app.press(KeyCode::Down, min(8));
        for (w, h) in [(80, 24), (160, 48)] {
            let screen = shown(&app, min(8), w, h);
            for name in [
                "기획담당관 김민지",
                "예산담당관 이서연",
                "법무담당관 박지훈",
                "주무관 최유진",
                "출장",
                "10:07",
            ] {
                assert!(screen.contains(name), "{name} in {lang:?} {w}x{h}:\n{screen}");
            }
            insta::assert_snapshot!(format!("roll_call_{lang:?}_{w}x{h}").to_lowercase(), screen);
        }
        app.press(KeyCode::Enter, min(8));
        typed(&mut app, "교육 참석", min(8));
        insta::assert_snapshot!(
            format!("roll_call_reason_{lang:?}").to_lowercase(),
            shown(&app, min(8), 80, 24)
        );
    }
}

/// Tab in the editor names who speaks: a name or position from the roll, the topic's
/// presenter; a name typed with a colon that no one has is added to the roll.
#[test]
fn tab_completes_the_speaker_and_adds_a_newcomer() {
    let mut app = Screen::new(fold(&header(example()), &[]));
    app.press(KeyCode::Char(' '), min(0));
    app.press(KeyCode::Tab, min(1));
    assert_eq!(app.desk.mode, Mode::Editing);
    typed(&mut app, "예산", min(1));
    app.press(KeyCode::Tab, min(1));
    assert_eq!(app.desk.editor.text(), "예산담당관: ");
    typed(&mut app, "집행률 점검", min(1));
    app.press(KeyCode::Enter, min(1));
    let note = app.meeting().notes().last().cloned().unwrap();
    assert_eq!((note.speaker, &*note.parsed.text), (Some(Speaker::Attendee(1)), "집행률 점검"));
    // A position typed in part is enough when it is one person's.
    typed(&mut app, "기", min(2));
    app.press(KeyCode::Tab, min(2));
    assert_eq!(app.desk.editor.text(), "기획담당관: ");
    // Several start alike: the common start, and the choices on the hint bar.
    let add = Action::AddAttendee {
        name: "김민수".into(),
        position: None,
        affiliation: None,
        group: agenda::Group::Attendee,
    };
    app.handle(gavel::tui::keymap::Command::Meeting(add), min(2));
    app.desk.editor.set_text("김");
    app.press(KeyCode::Tab, min(2));
    assert_eq!(app.desk.editor.text(), "김민");
    assert!(shown(&app, min(2), 80, 24).contains("김민지, 김민수"));
    // The first topic's presenter (기획담당관) is a position on the roll too; a newcomer is not.
    app.desk.editor.set_text("정수민: 감사 결과 보고");
    app.press(KeyCode::Tab, min(3));
    assert_eq!(app.meeting().attendees().last().unwrap().attendee.name, "정수민");
    app.press(KeyCode::Enter, min(3));
    let note = app.meeting().notes().last().cloned().unwrap();
    assert_eq!(note.speaker, Some(Speaker::Attendee(5)));
}
