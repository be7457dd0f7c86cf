//! Every screen state, drawn into ratatui's test backend at fixed sizes with the clock fixed by
//! the injected instant, and snapshotted: not opened, running in each timer style, paused, over
//! time, help, jump, confirm, summary, NOT SAVED, too small, zero size; 80x24 and 160x48; the
//! Busan agenda and a Hangul one; with and without colour.

use crate::common;

use chrono::{DateTime, Utc};
use common::{Screen, at, busan, header, note, run_script, script};
use gavel::agenda;
use gavel::meeting::{Action, Meeting, fold};
use gavel::tui::keymap::{Command, Mode};
use gavel::tui::look::SaveView;
use gavel::tui::theme::Theme;
use gavel::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

const COLOR: Theme = Theme { color: true };
const PLAIN: Theme = Theme { color: false };

fn draw(app: &Screen, theme: &Theme, now: DateTime<Utc>, w: u16, h: u16) -> Terminal<TestBackend> {
    app.draw(theme, now, w, h)
}

fn text(app: &Screen, now: DateTime<Utc>, w: u16, h: u16) -> String {
    draw(app, &COLOR, now, w, h).backend().to_string()
}

fn app_of(meeting: Meeting) -> Screen {
    Screen::new(meeting)
}

fn scripted() -> Screen {
    let (meeting, _) = run_script(&header(busan()), &script());
    let mut app = app_of(meeting);
    app.save = SaveView::Saved(Some(busan().timezone.at(at(40, 0))));
    app
}

fn key(app: &mut Screen, code: KeyCode, now: DateTime<Utc>) {
    let command =
        gavel::tui::keymap::map(app.desk.mode, KeyEvent::new(code, KeyModifiers::NONE)).expect("bound");
    app.handle(command, now);
}

#[test]
fn not_opened_80x24() {
    let app = app_of(fold(&header(busan()), &[]));
    insta::assert_snapshot!(text(&app, at(-10, 0), 80, 24));
}

#[test]
fn running_80x24_and_160x48() {
    let app = scripted();
    insta::assert_snapshot!("running_80x24", text(&app, at(41, 0), 80, 24));
    insta::assert_snapshot!("running_160x48", text(&app, at(41, 0), 160, 48));
}

/// Session 2 (1h20m, +1 minute from the script) entered at 09:31: at 10:44 about 8 minutes are
/// left (warning, under 10m), at 10:50 two (danger, under 3m), at 10:55 three over.
#[test]
fn each_timer_style_differs_with_and_without_colour() {
    let app = scripted();
    let warning = at(104, 0);
    let danger = at(110, 0);
    let over = at(115, 0);
    insta::assert_snapshot!("warning_80x24", text(&app, warning, 80, 24));
    insta::assert_snapshot!("danger_80x24", text(&app, danger, 80, 24));
    insta::assert_snapshot!("over_80x24", text(&app, over, 80, 24));
    // The session timer's cell: column 8 of the timer line, in colour and plain.
    let style_at = |theme: &Theme, now| {
        let t = draw(&app, theme, now, 80, 24);
        let buffer = t.backend().buffer().clone();
        // The timer line is the one above the topic's, two above "Meeting".
        let row = (1..24)
            .find(|&y| (32..39).map(|x| buffer[(x, y)].symbol()).collect::<String>() == "Meeting")
            .unwrap()
            - 2;
        buffer[(41, row)].style()
    };
    let (n, w, d, o) = (
        style_at(&COLOR, at(41, 0)),
        style_at(&COLOR, warning),
        style_at(&COLOR, danger),
        style_at(&COLOR, over),
    );
    assert_eq!(n.fg, Some(Color::Green));
    assert_eq!(w.fg, Some(Color::Yellow));
    assert_eq!(d.fg, Some(Color::LightRed));
    assert_eq!(o.bg, Some(Color::Red));
    let (n, w, d, o) = (
        style_at(&PLAIN, at(41, 0)),
        style_at(&PLAIN, warning),
        style_at(&PLAIN, danger),
        style_at(&PLAIN, over),
    );
    for s in [n, w, d, o] {
        assert!(
            matches!((s.fg, s.bg), (None | Some(Color::Reset), None | Some(Color::Reset))),
            "no colour under NO_COLOR: {s:?}"
        );
    }
    assert!(!n.add_modifier.contains(Modifier::UNDERLINED));
    assert!(w.add_modifier.contains(Modifier::UNDERLINED));
    assert!(
        o.add_modifier.contains(Modifier::REVERSED | Modifier::BOLD),
        "over time stands out without colour"
    );
    let plain_over = draw(&app, &PLAIN, over, 80, 24).backend().to_string();
    assert!(plain_over.contains("OVER TIME"), "said in words too");
}

#[test]
fn the_current_item_is_reverse_video_without_colour() {
    let app = scripted();
    let t = draw(&app, &PLAIN, at(41, 0), 80, 24);
    let buffer = t.backend().buffer();
    let row = (0..24).find(|&y| buffer[(2, y)].symbol() == ">").expect("the current topic's row");
    assert!(buffer[(2, row)].style().add_modifier.contains(Modifier::REVERSED));
}

#[test]
fn paused() {
    let mut app = scripted();
    app.desk.meeting.apply(Action::PauseResume, at(41, 0)).unwrap();
    insta::assert_snapshot!(text(&app, at(43, 0), 80, 24));
}

#[test]
fn help_overlay() {
    let mut app = scripted();
    key(&mut app, KeyCode::Char('?'), at(41, 0));
    assert_eq!(app.desk.mode, Mode::Help);
    insta::assert_snapshot!("help_80x24", text(&app, at(41, 0), 80, 24));
    insta::assert_snapshot!("help_160x48", text(&app, at(41, 0), 160, 48));
}

#[test]
fn jump_picker() {
    let mut app = scripted();
    key(&mut app, KeyCode::Char('g'), at(41, 0));
    key(&mut app, KeyCode::Down, at(41, 0));
    key(&mut app, KeyCode::Down, at(41, 0));
    insta::assert_snapshot!(text(&app, at(41, 0), 80, 24));
    key(&mut app, KeyCode::Enter, at(41, 5));
    assert_eq!((app.meeting().position().session, app.meeting().position().topic), (1, 2));
}

#[test]
fn confirm_quit_and_close() {
    let mut app = scripted();
    key(&mut app, KeyCode::Char('e'), at(41, 0));
    insta::assert_snapshot!("confirm_close", text(&app, at(41, 0), 80, 24));
    key(&mut app, KeyCode::Char('n'), at(41, 0));
    key(&mut app, KeyCode::Char('q'), at(41, 0));
    insta::assert_snapshot!("confirm_quit", text(&app, at(41, 0), 80, 24));
}

#[test]
fn summary_after_closing() {
    let mut app = scripted();
    app.handle(Command::Meeting(note("n9", "d: 2025 업무계획 확정")), at(42, 0));
    key(&mut app, KeyCode::Char('e'), at(45, 0));
    key(&mut app, KeyCode::Char('y'), at(45, 0));
    assert_eq!(app.desk.mode, Mode::Summary);
    insta::assert_snapshot!("summary_80x24", text(&app, at(46, 0), 80, 24));
    insta::assert_snapshot!("summary_160x48", text(&app, at(46, 0), 160, 48));
    // Quitting a closed meeting does not promise to resume it.
    key(&mut app, KeyCode::Char('q'), at(46, 0));
    let asked = text(&app, at(46, 0), 120, 40);
    assert!(asked.contains("The meeting is closed and everything is saved"), "{asked}");
    assert!(!asked.contains("resume"), "{asked}");
}

#[test]
fn not_saved_shows_red_with_the_reason() {
    let mut app = scripted();
    app.save = SaveView::NotSaved("no space left on device".into());
    let screen = text(&app, at(41, 0), 80, 24);
    assert!(screen.lines().next().unwrap().contains("NOT SAVED: no space left on device"), "{screen}");
    insta::assert_snapshot!(screen);
    let t = draw(&app, &COLOR, at(41, 0), 80, 24);
    let buffer = t.backend().buffer();
    let x = (0..80).find(|&x| buffer[(x, 0)].symbol() == "N" && buffer[(x + 1, 0)].symbol() == "O").unwrap();
    assert_eq!(buffer[(x, 0)].style().bg, Some(Color::Red));
}

#[test]
fn too_small_says_so_and_recovers() {
    let app = scripted();
    insta::assert_snapshot!(text(&app, at(41, 0), 60, 20));
    let mut terminal = Terminal::new(TestBackend::new(79, 24)).unwrap();
    let look = app.desk.look(&app.save, &app.hand.marks, &[], at(41, 0));
    terminal.draw(|f| view::render(f, &look, &COLOR, at(41, 0))).unwrap();
    assert!(terminal.backend().to_string().contains("gavel needs at least 80x24"));
    terminal.backend_mut().resize(80, 24);
    terminal.autoresize().unwrap();
    terminal.draw(|f| view::render(f, &look, &COLOR, at(41, 0))).unwrap();
    assert!(terminal.backend().to_string().contains("Session 2 of 5"));
}

#[test]
fn zero_size_draws_nothing_and_does_not_panic() {
    let app = scripted();
    for (w, h) in [(0, 0), (0, 24), (80, 0), (1, 1)] {
        let t = draw(&app, &COLOR, at(41, 0), w, h);
        assert_eq!(t.backend().buffer().area.area(), u32::from(w) * u32::from(h));
    }
}

const HANGUL: &str = "title: 2025년 시정 업무보고회\norganizer: 부산광역시\ndate: 2024-12-23\nstart: \"09:00\"\ntimezone: Asia/Seoul\nlocation: 시청 영상회의실\nsessions:\n  - title: 미래혁신 물류·허브\n    duration: 1h\n    topics:\n      - 가덕도신공항 조기 착공 및 트라이포트 물류 혁신을 위한 배후 인프라 본격 조성\n      - title: 북부산 개발 및 부울경 경제권 허브 구축\n        presenter: 미래혁신부시장\n  - title: 디지털 혁신·금융 창업\n    duration: 1h20m\n    topics:\n      - 경제 회복 및 활성화\n";

#[test]
fn a_hangul_meeting_lines_up() {
    let agenda = agenda::parse_str(HANGUL, "hangul.yaml").unwrap();
    let header = header(agenda);
    let mut meeting = fold(&header, &[]);
    meeting.apply(Action::Open, at(0, 30)).unwrap();
    meeting.apply(note("h1", "d: 신공항 착공 일정 확정 (2025년 상반기)"), at(3, 0)).unwrap();
    meeting.apply(note("h2", "a: @박지훈 예산 재검토 due:2025-01-15"), at(4, 0)).unwrap();
    meeting
        .apply(
            note(
                "h3",
                "Mixed 한글 and English 텍스트, with emoji 🎉 and a long line that must wrap in the pane",
            ),
            at(5, 0),
        )
        .unwrap();
    let app = app_of(meeting);
    insta::assert_snapshot!("hangul_80x24", text(&app, at(6, 0), 80, 24));
    insta::assert_snapshot!("hangul_160x48", text(&app, at(6, 0), 160, 48));
}

#[test]
fn the_terminal_cursor_sits_at_the_editor_caret_after_wide_text() {
    let mut app = scripted();
    key(&mut app, KeyCode::Tab, at(41, 0));
    for c in "결정 a".chars() {
        key(&mut app, KeyCode::Char(c), at(41, 0));
    }
    let mut t = draw(&app, &COLOR, at(41, 0), 80, 24);
    // "결정" is four columns, then " a": the caret is six columns into the editor.
    let areas = view::areas(ratatui::layout::Rect::new(0, 0, 80, 24));
    t.backend_mut().assert_cursor_position((areas.notes.x + 6, areas.notes.bottom() - 1));
}

#[test]
fn a_refused_action_says_why_in_the_hint_bar() {
    let mut app = app_of(fold(&header(busan()), &[]));
    key(&mut app, KeyCode::Char('n'), at(0, 0));
    let screen = text(&app, at(0, 1), 80, 24);
    assert!(screen.lines().nth(23).unwrap().contains("Open the meeting first (Space)"), "{screen}");
    // Gone a few seconds later.
    let later = text(&app, at(0, 10), 80, 24);
    assert!(!later.contains("Open the meeting first"));
}

#[test]
fn a_tall_screen_shows_the_session_time_in_large_digits() {
    let app = scripted();
    let lit = |w: u16, h: u16| {
        let t = draw(&app, &PLAIN, at(41, 0), w, h);
        let a = view::areas(ratatui::layout::Rect::new(0, 0, w, h));
        let b = t.backend().buffer();
        (a.timers.top()..a.timers.bottom())
            .flat_map(|y| (a.timers.left()..a.timers.right()).map(move |x| (x, y)))
            .filter(|&p| b[p].style().add_modifier.contains(Modifier::REVERSED))
            .count()
    };
    assert_eq!(lit(80, 24), 0, "no room at 80x24");
    assert!(lit(160, 48) > 40, "large digits at 160x48");
}

/// A rehearsal says so on the top line, and before opening says whose day the agenda is for;
/// its drift counts from now, not from 2024.
#[test]
fn a_rehearsal_says_so_and_whose_day_it_is() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let app = app_of(fold(&header(busan()).rehearsing(day), &[]));
    let now: DateTime<Utc> = "2026-12-01T05:00:00Z".parse().unwrap();
    let screen = text(&app, now, 80, 24);
    insta::assert_snapshot!("rehearsal_not_opened_80x24", screen);
    assert!(screen.lines().next().unwrap().contains("REHEARSAL NOT OPENED"), "{screen}");
    assert!(screen.contains("A rehearsal: this agenda is for Monday 23"), "{screen}");
    assert!(screen.contains("Drift on time"), "{screen}");
    assert!(!screen.contains("days"), "{screen}");
    let wide = text(&app, now, 200, 55);
    assert!(wide.contains("A rehearsal: this agenda is for Monday 23 December 2024."), "{wide}");
}

/// A topic past its planned time is styled as an overrun session is, on a line of its own that
/// fits 80 columns; a topic left with no running time spent on it is marked passed over.
#[test]
fn a_topic_over_its_time_shows_and_a_topic_passed_over_is_not_done() {
    let yaml = "title: T\ndate: 2024-12-23\nstart: \"09:00\"\ntimezone: Asia/Seoul\nsessions:\n  - title: One\n    duration: 1h\n    topics:\n      - title: A\n        duration: 10m\n      - B\n      - C\n";
    let agenda = agenda::parse_str(yaml, "t.yaml").unwrap();
    let (meeting, _) = run_script(
        &header(agenda),
        &[
            (at(0, 0), Action::Open),
            (at(1, 0), Action::PauseResume),
            (at(2, 0), Action::NextTopic),
            (at(3, 0), Action::PreviousTopic),
            (at(3, 10), Action::PauseResume),
        ],
    );
    let app = app_of(meeting);
    let t = draw(&app, &COLOR, at(15, 0), 80, 24);
    let screen = t.backend().to_string();
    let (y, line) = screen.lines().enumerate().find(|(_, l)| l.contains("Topic   ")).unwrap();
    assert!(line.contains("0:12:50  +0:02:50 over  OVER TIME"), "{screen}");
    let x = line.find("+0:02:50").unwrap();
    let x = line[..x].chars().count() as u16 - 1;
    assert_eq!(t.backend().buffer()[(x, y as u16)].style().bg, Some(Color::Red), "{screen}");
    // B was current only while paused: passed over, not done.
    assert!(screen.contains("  .  2 B"), "{screen}");
    assert_eq!(
        app.meeting().topic_status(gavel::meeting::Position::new(0, 1)),
        gavel::meeting::TopicStatus::PassedOver
    );
}

/// The Korean example agenda (a department's monthly meeting) checks, and its screens line up at
/// 80x24 and 160x48: no wide title pushes a column out of line or cuts a syllable in half.
#[test]
fn the_korean_example_meeting_lines_up() {
    let agenda = agenda::load_file(std::path::Path::new("examples/monthly-meeting.ko.yaml")).unwrap();
    let start = agenda.planned_start().to_utc();
    let min = |m: i64| start + chrono::TimeDelta::minutes(m);
    let (meeting, _) = run_script(
        &header(agenda),
        &[
            (min(0), Action::Open),
            (min(3), note("k1", "지난 회의 조치사항 3건 중 2건 완료")),
            (min(12), Action::NextTopic),
            (min(14), note("k2", "d: 1분기 집행률 목표 35%로 확정")),
            (min(20), note("k3", "a: @이서연 집행 계획 보완 due:2025-01-31")),
        ],
    );
    let app = app_of(meeting);
    for (w, h) in [(80, 24), (160, 48)] {
        let t = draw(&app, &COLOR, min(29), w, h);
        let shown = t.backend().to_string();
        insta::assert_snapshot!(format!("korean_example_{w}x{h}"), shown.clone());
        // The outline's border stands in one column on every row: nothing wide pushed it.
        let buffer = t.backend().buffer();
        let border = (0..w).find(|&x| buffer[(x, 1)].symbol() == "│").unwrap();
        for y in 1..h - 1 {
            assert_eq!(buffer[(border, y)].symbol(), "│", "row {y} of {w}x{h}:\n{shown}");
        }
        assert!(shown.contains("예산담당관"), "{shown}");
    }
}

/// The summary's topic column is as wide as its widest entry: an action item taken before
/// opening (`before opening`, `개회 전`) lines up with one taken on a topic.
#[test]
fn the_summary_lines_up_notes_taken_before_opening() {
    let (meeting, _) = run_script(
        &header(busan()),
        &[
            (at(-5, 0), note("b1", "a: @김민지 자료 배포 due:2025-01-31")),
            (at(0, 0), Action::Open),
            (at(3, 0), note("t1", "a: @이서연 예산 보완 due:2025-02-28")),
            (at(4, 0), Action::Close),
        ],
    );
    for lang in [gavel::i18n::Lang::En, gavel::i18n::Lang::Ko] {
        let _speaking = gavel::i18n::speaking(lang);
        let lines: Vec<String> = view::summary::lines(&meeting, 100, &PLAIN)
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        let column = |what: &str| {
            let line =
                lines.iter().find(|l| l.contains(what)).unwrap_or_else(|| panic!("{what}: {lines:#?}"));
            view::width(&line[..line.find(what).unwrap()])
        };
        assert_eq!(column("자료 배포"), column("예산 보완"), "{lang:?}: {lines:#?}");
    }
}

/// At 80x24 the help shows every key of the chair's and the marks, in both languages: nothing
/// falls off the bottom.
#[test]
fn the_help_fits_80x24_whole_in_both_languages() {
    for lang in [gavel::i18n::Lang::En, gavel::i18n::Lang::Ko] {
        let _speaking = gavel::i18n::speaking(lang);
        let mut app = scripted();
        key(&mut app, KeyCode::Char('?'), at(41, 0));
        let screen = text(&app, at(41, 0), 80, 24);
        for (keys, what) in gavel::tui::keymap::help_rows(Mode::Chair) {
            assert!(screen.contains(&keys), "{keys} in {lang:?}:\n{screen}");
            let start: String = what.chars().take(8).collect();
            assert!(screen.contains(&start), "{what} in {lang:?}:\n{screen}");
        }
        let marks = if lang == gavel::i18n::Lang::Ko { "표시:" } else { "Marks:" };
        assert!(screen.contains(marks), "{screen}");
    }
}

/// `1`, `2`, `3` put a ready message on the room's display, in the interface's language (with
/// the Korean keyboard too: digits are the same keys), and `c` (or `ㅊ`) clears it.
#[test]
fn ready_messages_to_the_room_are_one_key_each() {
    for (lang, wrap_up, two, recess) in [
        (gavel::i18n::Lang::En, "Please wrap up", "Two minutes left", "A short recess now"),
        (gavel::i18n::Lang::Ko, "마무리 부탁드립니다", "2분 남았습니다", "잠시 정회합니다"),
    ] {
        let _speaking = gavel::i18n::speaking(lang);
        let mut app = scripted();
        let shown = |app: &Screen| app.meeting().room_message().map(|m| m.text.to_string());
        key(&mut app, KeyCode::Char('1'), at(41, 0));
        assert_eq!(shown(&app).as_deref(), Some(wrap_up));
        key(&mut app, KeyCode::Char('2'), at(41, 5));
        assert_eq!(shown(&app).as_deref(), Some(two));
        key(&mut app, KeyCode::Char('c'), at(41, 10));
        assert_eq!(shown(&app), None);
        key(&mut app, KeyCode::Char('3'), at(41, 15));
        assert_eq!(shown(&app).as_deref(), Some(recess));
        // ㅊ, as the Korean keyboard types c, read back as the key that typed it.
        let typed = KeyEvent::new(KeyCode::Char('ㅊ'), KeyModifiers::NONE);
        let [(as_key, _)] = gavel::tui::jamo::keys(typed, false)[..] else { panic!("one key") };
        assert_eq!(as_key.code, KeyCode::Char('c'));
        key(&mut app, as_key.code, at(41, 20));
        assert_eq!(shown(&app), None);
    }
}

/// The agenda editor by its keys, in both languages, at 80x24 and 160x48: a topic added after
/// the current one (its line typed as `title | presenter | time`), moved down past the next,
/// retimed, the one now after it taken off; a time that does not read keeps the line open.
#[test]
fn the_agenda_editor_by_its_keys_in_both_languages() {
    for (lang, tag, line) in [
        (gavel::i18n::Lang::En, "en", "Typhoon preparations | Safety Officer | 10m"),
        (gavel::i18n::Lang::Ko, "ko", "긴급: 태풍 대비 | 안전정책관 | 10m"),
    ] {
        let _speaking = gavel::i18n::speaking(lang);
        let mut app = scripted();
        let now = at(41, 0);
        let title = line.split(" | ").next().unwrap();
        key(&mut app, KeyCode::Char('a'), now);
        assert_eq!(app.desk.mode, Mode::Agenda);
        // On 2.1, the current topic: add after it.
        key(&mut app, KeyCode::Char('i'), now);
        for c in line.chars() {
            key(&mut app, KeyCode::Char(c), now);
        }
        key(&mut app, KeyCode::Enter, now);
        let session = &app.meeting().agenda().sessions[1];
        assert_eq!(session.topics[1].title, title);
        assert_eq!(session.topics[1].presenter.as_deref(), Some(line.split(" | ").nth(1).unwrap()));
        assert_eq!(session.topics[1].duration, Some(chrono::TimeDelta::minutes(10)));
        // ] moves it down one, past 2.2 (now 2.3).
        key(&mut app, KeyCode::Char(']'), now);
        assert_eq!(app.meeting().agenda().sessions[1].topics[2].title, title);
        // t: its time, typed over: a time that does not read says why and keeps the line.
        key(&mut app, KeyCode::Char('t'), now);
        for _ in 0..3 {
            key(&mut app, KeyCode::Backspace, now);
        }
        for c in "15분".chars() {
            key(&mut app, KeyCode::Char(c), now);
        }
        key(&mut app, KeyCode::Enter, now);
        assert_eq!(app.desk.mode, Mode::LineInput, "the line stays open");
        for _ in 0..3 {
            key(&mut app, KeyCode::Backspace, now);
        }
        for c in "15m".chars() {
            key(&mut app, KeyCode::Char(c), now);
        }
        key(&mut app, KeyCode::Enter, now);
        assert_eq!(app.desk.mode, Mode::Agenda);
        assert_eq!(
            app.meeting().agenda().sessions[1].topics[2].duration,
            Some(chrono::TimeDelta::minutes(15))
        );
        // Down, x: the topic after it, never taken up, taken off.
        key(&mut app, KeyCode::Down, now);
        let gone = app.meeting().agenda().sessions[1].topics[3].title.clone();
        key(&mut app, KeyCode::Char('x'), now);
        assert!(app.meeting().agenda().sessions[1].topics.iter().all(|t| t.title != gone));
        // The published agenda is as it was.
        assert_eq!(app.meeting().published().sessions[1].topics.len(), 11);
        insta::assert_snapshot!(format!("agenda_editor_80x24_{tag}"), text(&app, now, 80, 24));
        insta::assert_snapshot!(format!("agenda_editor_160x48_{tag}"), text(&app, now, 160, 48));
        // r: the line being typed, drawn in the editor.
        key(&mut app, KeyCode::Up, now);
        key(&mut app, KeyCode::Char('r'), now);
        insta::assert_snapshot!(format!("agenda_editor_renaming_80x24_{tag}"), text(&app, now, 80, 24));
        key(&mut app, KeyCode::Esc, now);
        assert_eq!(app.desk.mode, Mode::Agenda);
        // Enter takes the picked topic up now, and the chair's keys are back.
        key(&mut app, KeyCode::Enter, now);
        assert_eq!(app.desk.mode, Mode::Chair);
        assert_eq!(app.meeting().agenda().sessions[1].topics[app.meeting().position().topic].title, title);
    }
}
