//! The room display: large digits in the session's threshold style, readable at 80x24 and on a
//! big screen, with and without colour.

use crate::common;

use common::{at, busan, header, run_script, script};
use gavel::tui::theme::Theme;
use gavel::tui::view::room;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

fn draw(theme: Theme, now_min: i64, w: u16, h: u16) -> Terminal<TestBackend> {
    let (meeting, _) = run_script(&header(busan()), &script());
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| room::render(f, &meeting, None, &theme, at(now_min, 0))).unwrap();
    t
}

/// The lit cells of the digits, read back as `#` so a snapshot shows them.
fn digits(t: &Terminal<TestBackend>) -> String {
    let b = t.backend().buffer();
    (0..b.area.height)
        .map(|y| {
            (0..b.area.width)
                .map(|x| if b[(x, y)].style().add_modifier.contains(Modifier::REVERSED) { '#' } else { ' ' })
                .collect::<String>()
                .trim_end()
                .to_owned()
        })
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn room_display_at_80x24_and_160x48() {
    let t = draw(Theme { color: true }, 41, 80, 24);
    insta::assert_snapshot!("room_80x24_text", t.backend().to_string());
    // Session 2 entered at 09:31 with 1h21m planned: 1:11:00 left at 09:41.
    insta::assert_snapshot!("room_80x24_digits", digits(&t));
    let big = draw(Theme { color: true }, 41, 160, 48);
    insta::assert_snapshot!("room_160x48_digits", digits(&big));
    assert!(digits(&big).lines().count() > digits(&t).lines().count(), "larger on a larger screen");
}

#[test]
fn over_time_in_the_room_is_red_and_says_so_without_colour_too() {
    let t = draw(Theme { color: true }, 115, 80, 24);
    let b = t.backend().buffer();
    // The session's clock is lit red (the presenter's, beside it, runs in its own style).
    assert!((0..24).flat_map(|y| (0..80).map(move |x| (x, y))).any(|p| {
        b[p].style().add_modifier.contains(Modifier::REVERSED) && b[p].style().bg == Some(Color::Red)
    }));
    let plain = draw(Theme { color: false }, 115, 80, 24);
    let text = plain.backend().to_string();
    assert!(text.contains("OVER TIME"), "{text}");
    assert!(!digits(&plain).is_empty());
    // Said once, not "OVER TIME  over time".
    assert_eq!(text.to_lowercase().matches("over time").count(), 1, "{text}");
}

fn draw_meeting(
    meeting: &gavel::meeting::Meeting,
    now: chrono::DateTime<chrono::Utc>,
) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| room::render(f, meeting, None, &Theme { color: true }, now)).unwrap();
    t
}

/// Before opening the room shows the first session and its planned length in large digits,
/// never a lone colon; after closing, no next topic.
#[test]
fn before_opening_the_first_session_and_its_length_after_closing_no_next() {
    let meeting = gavel::meeting::fold(&header(busan()), &[]);
    let t = draw_meeting(&meeting, at(-10, 0));
    let text = t.backend().to_string();
    assert!(text.contains("Session 1 of 5: Future Innovation Logistics and Hub"), "{text}");
    assert!(text.contains("planned (not opened yet)"), "{text}");
    insta::assert_snapshot!("room_before_opening_digits", digits(&t));
    assert!(digits(&t).lines().count() >= 5, "the length in large digits: {}", digits(&t));

    let mut closing = script();
    closing.push((at(60, 0), gavel::meeting::Action::Close));
    let (closed, _) = run_script(&header(busan()), &closing);
    let text = draw_meeting(&closed, at(61, 0)).backend().to_string();
    assert!(text.contains("CLOSED") && !text.contains("Next:"), "{text}");
}

/// A Korean title keeps the room's top line in line: state and clock at the right edge.
#[test]
fn a_korean_title_keeps_the_top_line_in_line() {
    let yaml = "title: 2025년 시정 업무보고회 (부산광역시 시청 영상회의실에서 열리는 회의)\ndate: 2024-12-23\nstart: \"09:00\"\ntimezone: Asia/Seoul\nsessions:\n  - title: 미래혁신\n    duration: 1h\n    topics: [가덕도신공항]\n";
    let agenda = gavel::agenda::parse_str(yaml, "t.yaml").unwrap();
    let meeting = gavel::meeting::fold(&header(agenda), &[]);
    let t = draw_meeting(&meeting, at(-10, 0));
    let shown = t.backend().to_string();
    let top = shown.lines().next().unwrap().split('"').nth(1).unwrap().to_owned();
    assert!(top.trim_end().ends_with("NOT OPENED  08:50"), "{shown}");
}

/// A meeting of SMALL opened on time, on topic A (4 minutes planned, presented by 홍길동 once the
/// plan names him), with `message` on the room's display if any.
fn presented(message: Option<&str>) -> gavel::meeting::Meeting {
    use gavel::meeting::Action;
    let mut run = crate::meeting_support::Run::new(crate::meeting_support::SMALL);
    run.ok(Action::Open, 0);
    run.ok(
        Action::InsertTopic {
            session: 0,
            topic: 0,
            title: "긴급: 태풍 대비 상황 보고".into(),
            presenter: Some("홍길동 안전정책관".into()),
            seconds: Some(240),
        },
        0,
    );
    run.ok(Action::JumpTo { session: 0, topic: 0 }, 1);
    if let Some(text) = message {
        run.ok(Action::ShowRoom { text: text.into() }, 60);
    }
    run.meeting
}

fn draw_at(meeting: &gavel::meeting::Meeting, seconds: i64, w: u16, h: u16) -> Terminal<TestBackend> {
    let now = crate::meeting_support::at("2025-01-15T09:00:00+09:00") + chrono::TimeDelta::seconds(seconds);
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| room::render(f, meeting, None, &Theme { color: true }, now)).unwrap();
    t
}

/// The presenter's countdown beside the session's, and the chair's message large, in both
/// languages, at 80x24 and on a full screen.
#[test]
fn the_presenters_countdown_and_a_message_in_both_languages() {
    for (lang, tag, message) in [
        (gavel::i18n::Lang::En, "en", "Please wrap up"),
        (gavel::i18n::Lang::Ko, "ko", "마무리 부탁드립니다"),
    ] {
        let _speaking = gavel::i18n::speaking(lang);
        let quiet = presented(None);
        // 09:02:30: two and a half minutes of the presenter's four run.
        let t = draw_at(&quiet, 150, 80, 24);
        insta::assert_snapshot!(format!("room_presenter_80x24_{tag}"), t.backend().to_string());
        insta::assert_snapshot!(format!("room_presenter_80x24_{tag}_digits"), digits(&t));
        let told = presented(Some(message));
        let t = draw_at(&told, 150, 80, 24);
        let text = t.backend().to_string();
        assert!(text.contains(message), "{text}");
        insta::assert_snapshot!(format!("room_message_80x24_{tag}"), text);
        let big = draw_at(&told, 150, 160, 48);
        insta::assert_snapshot!(format!("room_message_160x48_{tag}"), big.backend().to_string());
        insta::assert_snapshot!(format!("room_message_160x48_{tag}_digits"), digits(&big));
    }
}

/// When the presenter's time runs out the whole display flashes in reverse video: reversed on
/// the even seconds of the first ten, plain on the odd ones and after.
#[test]
fn the_room_flashes_when_the_presenters_time_runs_out() {
    let meeting = presented(None);
    let reversed = |t: &Terminal<TestBackend>| {
        let b = t.backend().buffer();
        let cells = b.content.len();
        b.content.iter().filter(|c| c.modifier.contains(Modifier::REVERSED)).count() * 2 > cells
    };
    // Four minutes planned from 09:00:01: the time runs out at 09:04:01.
    assert!(!reversed(&draw_at(&meeting, 240, 80, 24)), "one second left");
    assert!(reversed(&draw_at(&meeting, 241, 80, 24)), "out: flashing");
    assert!(!reversed(&draw_at(&meeting, 242, 80, 24)));
    assert!(reversed(&draw_at(&meeting, 243, 80, 24)));
    assert!(!reversed(&draw_at(&meeting, 252, 80, 24)), "ten seconds on: steady");
    let over = draw_at(&meeting, 300, 80, 24).backend().to_string();
    assert!(over.contains("over time"), "{over}");
}
