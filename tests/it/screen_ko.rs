//! Every screen state in Korean, beside the English ones of `screen.rs`: not opened, running,
//! paused, over time, help, jump, confirm, summary, NOT SAVED, the editor, a rehearsal, too small;
//! 80x24 and 160x48; on the Korean example agenda, so everything not from the catalog is the
//! agenda's own Korean. And the test the issue asks for: a Korean screen shows no English label.

use crate::common;

use chrono::{DateTime, TimeDelta, Utc};
use common::{Screen, header, note, run_script};
use gavel::agenda::{self, Agenda};
use gavel::i18n::{Lang, speaking};
use gavel::meeting::{Action, Meeting, fold};
use gavel::tui::keymap::Mode;
use gavel::tui::look::SaveView;
use gavel::tui::theme::Theme;
use ratatui::crossterm::event::KeyCode;
use unicode_width::UnicodeWidthStr;

const COLOR: Theme = Theme { color: true };

fn example() -> Agenda {
    agenda::load_file(std::path::Path::new("examples/monthly-meeting.ko.yaml")).expect("the example loads")
}

fn start() -> DateTime<Utc> {
    example().planned_start().to_utc()
}

fn min(m: i64) -> DateTime<Utc> {
    start() + TimeDelta::minutes(m)
}

/// The example meeting 20 minutes in: opened, on its second topic, with a note of each kind.
fn running() -> Screen {
    let (meeting, _) = run_script(
        &header(example()),
        &[
            (min(0), Action::Open),
            (min(3), note("k1", "지난 회의 조치사항 3건 중 2건 완료")),
            (min(12), Action::NextTopic),
            (min(14), note("k2", "d: 1분기 집행률 목표 35%로 확정")),
            (min(20), note("k3", "a: @이서연 집행 계획 보완 due:2025-01-31")),
        ],
    );
    let mut app = Screen::new(meeting);
    app.save = SaveView::Saved(Some(example().timezone.at(min(20))));
    app
}

/// The screen as a person reads it: each row's symbols, a wide syllable once.
fn shown(app: &Screen, now: DateTime<Utc>, w: u16, h: u16) -> String {
    let terminal = app.draw(&COLOR, now, w, h);
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        let mut x = 0;
        while x < w {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            x += (UnicodeWidthStr::width(symbol) as u16).max(1);
        }
        out.push('\n');
    }
    out
}

/// The screen at both sizes, snapshotted under `name`, and each checked for English.
fn both(name: &str, app: &Screen, now: DateTime<Utc>) {
    for (w, h) in [(80, 24), (160, 48)] {
        let screen = shown(app, now, w, h);
        let english = english_words(&screen);
        assert!(english.is_empty(), "{name} {w}x{h} shows English {english:?}:\n{screen}");
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen);
    }
}

/// Words a key is called by on a Korean keyboard too (its keycap), the notes' own syntax, and
/// the program's name: what a Korean screen may show in Latin letters. Single letters are keys.
const ALLOWED: &[&str] = &[
    "Space", "Enter", "Tab", "Esc", "PgUp", "PgDn", "Home", "End", "Delete", "Ctrl", "Alt", "due", "gavel",
    "HH", "MM",
];

/// The runs of two or more Latin letters on a screen that are not [`ALLOWED`].
fn english_words(screen: &str) -> Vec<String> {
    screen
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2 && !ALLOWED.contains(w))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_english_scan_finds_labels_and_lets_keys_pass() {
    assert_eq!(english_words("│ Space 개회  n/p 안건  Tab 기록  ? 도움말 │"), Vec::<String>::new());
    assert_eq!(english_words("a: @이서연 due:2025-01-31, Esc 닫기"), Vec::<String>::new());
    assert_eq!(english_words("세션 1/2: Planned against actual"), ["Planned", "against", "actual"]);
}

#[test]
fn not_opened() {
    let _ko = speaking(Lang::Ko);
    let app = Screen::new(fold(&header(example()), &[]));
    both("ko_not_opened", &app, min(-5));
}

#[test]
fn running_paused_and_over_time() {
    let _ko = speaking(Lang::Ko);
    let mut app = running();
    both("ko_running", &app, min(21));
    app.desk.meeting.apply(Action::PauseResume, min(21)).unwrap();
    both("ko_paused", &app, min(23));
    app.desk.meeting.apply(Action::PauseResume, min(23)).unwrap();
    // The second topic has 15 minutes from minute 12, the session 30: both over at 45.
    both("ko_over_time", &app, min(45));
}

#[test]
fn help_jump_and_questions() {
    let _ko = speaking(Lang::Ko);
    let mut app = running();
    app.press(KeyCode::Char('?'), min(21));
    assert_eq!(app.desk.mode, Mode::Help);
    both("ko_help", &app, min(21));
    app.press(KeyCode::Esc, min(21));
    app.press(KeyCode::Char('g'), min(21));
    app.press(KeyCode::Down, min(21));
    both("ko_jump", &app, min(21));
    app.press(KeyCode::Esc, min(21));
    app.press(KeyCode::Char('e'), min(21));
    both("ko_confirm_close", &app, min(21));
    app.press(KeyCode::Char('n'), min(21));
    app.press(KeyCode::Char('q'), min(21));
    both("ko_confirm_quit", &app, min(21));
}

#[test]
fn the_editor_and_not_saved() {
    let _ko = speaking(Lang::Ko);
    let mut app = running();
    app.press(KeyCode::Tab, min(21));
    for c in "예산 증액 필요".chars() {
        app.press(KeyCode::Char(c), min(21));
    }
    assert_eq!(app.desk.mode, Mode::Editing);
    both("ko_editor", &app, min(21));
    app.press(KeyCode::Esc, min(21));
    app.save = SaveView::NotSaved("디스크 공간이 없습니다".into());
    both("ko_not_saved", &app, min(21));
}

#[test]
fn summary_after_closing() {
    let _ko = speaking(Lang::Ko);
    let mut app = running();
    app.handle(gavel::tui::keymap::Command::Meeting(Action::Skip), min(22));
    app.press(KeyCode::Char('e'), min(25));
    app.press(KeyCode::Char('y'), min(25));
    assert_eq!(app.desk.mode, Mode::Summary);
    both("ko_summary", &app, min(26));
}

#[test]
fn a_rehearsal() {
    let _ko = speaking(Lang::Ko);
    let day = example().date + TimeDelta::days(-3);
    let meeting: Meeting = fold(&header(example()).rehearsing(day), &[]);
    assert!(meeting.held().is_rehearsal());
    let app = Screen::new(meeting);
    both("ko_rehearsal", &app, min(-5) - TimeDelta::days(3));
}

#[test]
fn too_small() {
    let _ko = speaking(Lang::Ko);
    let screen = shown(&running(), min(21), 60, 20);
    assert!(english_words(&screen).is_empty(), "{screen}");
    insta::assert_snapshot!("ko_too_small", screen);
}
