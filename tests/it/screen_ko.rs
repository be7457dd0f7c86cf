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
use ratatui::Terminal;
use ratatui::backend::TestBackend;
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

/// The example meeting's first 20 minutes: opened, on its second topic, a note of each kind.
fn script() -> Vec<(DateTime<Utc>, Action)> {
    vec![
        (min(0), Action::Open),
        (min(3), note("k1", "지난 회의 조치사항 3건 중 2건 완료")),
        (min(12), Action::NextTopic),
        (min(14), note("k2", "d: 1분기 집행률 목표 35%로 확정")),
        (min(20), note("k3", "a: @이서연 집행 계획 보완 due:2025-01-31")),
    ]
}

/// The example meeting 20 minutes in.
fn running() -> Screen {
    let (meeting, _) = run_script(&header(example()), &script());
    let mut app = Screen::new(meeting);
    app.save = SaveView::Saved(Some(example().timezone.at(min(20))));
    app
}

/// The screen as a person reads it: each row's symbols, a wide syllable once.
fn plain(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            x += (UnicodeWidthStr::width(symbol) as u16).max(1);
        }
        out.push('\n');
    }
    out
}

fn shown(app: &Screen, now: DateTime<Utc>, w: u16, h: u16) -> String {
    plain(&app.draw(&COLOR, now, w, h))
}

/// The chair's screen at both sizes, snapshotted under `name`, and each checked for English.
fn both(name: &str, app: &Screen, now: DateTime<Utc>) {
    drawn(name, |w, h| app.draw(&COLOR, now, w, h));
}

/// Whatever `draw` draws at 80x24 and 160x48, snapshotted under `name`, and checked for English.
fn drawn(name: &str, draw: impl Fn(u16, u16) -> Terminal<TestBackend>) {
    for (w, h) in [(80, 24), (160, 48)] {
        let screen = plain(&draw(w, h));
        let english = english_words(&screen);
        assert!(english.is_empty(), "{name} {w}x{h} shows English {english:?}:\n{screen}");
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen);
    }
}

/// Words a key is called by on a Korean keyboard too (its keycap), the notes' own syntax, and
/// the program's name: what a Korean screen may show in Latin letters. Single letters are keys.
const ALLOWED: &[&str] = &[
    "Space", "Enter", "Tab", "Esc", "PgUp", "PgDn", "PageUp", "PageDown", "Home", "End", "Delete", "Ctrl",
    "Alt", "due", "gavel", "HH", "MM",
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

/// The room display, and a seat's room display whose runner is gone.
#[test]
fn the_room_display() {
    let _ko = speaking(Lang::Ko);
    fn room(
        meeting: &Meeting,
        gone: bool,
        now: DateTime<Utc>,
    ) -> impl Fn(u16, u16) -> Terminal<TestBackend> + '_ {
        move |w, h| {
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            let lost = gone.then(|| gavel::i18n::loader(Lang::Ko));
            let word = lost.map(|l| i18n_embed_fl::fl!(l, "room-runner-gone"));
            t.draw(|f| gavel::tui::view::room::render(f, meeting, word.as_deref(), &COLOR, now)).unwrap();
            t
        }
    }
    let before = fold(&header(example()), &[]);
    drawn("ko_room_not_opened", room(&before, false, min(-5)));
    let running = running();
    drawn("ko_room_running", room(running.meeting(), false, min(21)));
    drawn("ko_room_runner_gone", room(running.meeting(), true, min(21)));
    let mut closed = running.desk.meeting.clone();
    closed.apply(Action::Close, min(25)).unwrap();
    drawn("ko_room_closed", room(&closed, false, min(26)));
}

/// Replay: the screen at an instant with its timeline, playing, its help, the clock-time prompt,
/// the notice of an open meeting, and the summary.
#[test]
fn replay() {
    use gavel::journal::Minutes;
    use gavel::tui::keymap::ReplayCommand;
    use gavel::tui::replay::{Replay, View};
    let _ko = speaking(Lang::Ko);
    let (_, entries) = run_script(&header(example()), &script());
    let minutes = |entries: Vec<gavel::meeting::Entry>| Minutes {
        path: "minutes/m.jsonl".into(),
        header: header(example()),
        entries,
        fingerprint: "f".repeat(64),
        torn_bytes: None,
    };
    fn draw(replay: &Replay) -> impl Fn(u16, u16) -> Terminal<TestBackend> + '_ {
        move |w, h| {
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| gavel::tui::replay::render(f, replay, &COLOR)).unwrap();
            t
        }
    }
    let mut open = Replay::of(minutes(entries.clone()));
    drawn("ko_replay_open_notice", draw(&open));
    open.notices.clear();
    open.seek_time(min(15));
    drawn("ko_replay_at_an_instant", draw(&open));
    open.handle(ReplayCommand::Speed(10));
    drawn("ko_replay_playing", draw(&open));
    open.view = View::Help;
    drawn("ko_replay_help", draw(&open));
    open.view = View::Seek("10:1".into());
    drawn("ko_replay_seek", draw(&open));
    let mut closing = entries;
    let mut meeting = fold(&header(example()), &closing);
    closing.extend(meeting.apply(Action::Close, min(25)).unwrap().entries);
    let mut closed = Replay::of(minutes(closing));
    closed.notices.clear();
    assert_eq!(closed.view, View::Summary);
    drawn("ko_replay_summary", draw(&closed));
    assert!(open.seek_clock("25:99").unwrap_err().contains("시각이 아닙니다"));
    assert!(open.seek_clock("23:00").unwrap_err().contains("회의 시간"));
}
