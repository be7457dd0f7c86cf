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
    let lit = (0..24)
        .flat_map(|y| (0..80).map(move |x| (x, y)))
        .find(|&p| b[p].style().add_modifier.contains(Modifier::REVERSED))
        .unwrap();
    assert_eq!(b[lit].style().bg, Some(Color::Red));
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
