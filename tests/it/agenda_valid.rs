//! Good agendas load to what they say: the shipped Busan meeting word for word, NFC Hangul,
//! breaks and both topic forms; and `gavel check` prints the schedule a chair expects.

use assert_cmd::Command;
use chrono::{DateTime, TimeDelta, Utc};
use gavel::agenda::{self, Agenda, Zone};
use gavel::meeting::{Header, fold};

fn load(path: &str) -> Agenda {
    agenda::load_file(std::path::Path::new(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn gavel() -> Command {
    let mut gavel = Command::cargo_bin("gavel").expect("the gavel binary is built");
    // English, whatever the machine's locale: the tests compare English words.
    gavel.env("LC_ALL", "C.UTF-8");
    gavel
}

#[test]
fn busan_has_five_sessions_and_45_topics() {
    let a = load("agenda.yaml");
    let counts: Vec<usize> = a.sessions.iter().map(|s| s.topics.len()).collect();
    assert_eq!(counts, [8, 11, 10, 7, 9]);
    assert_eq!(a.topic_count(), 45);
    let titles: Vec<&str> = a.sessions.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Future Innovation Logistics and Hub",
            "Digital Innovation and Financial Startups",
            "Low Carbon Green and Citizen Safety",
            "Citizen Happiness, Culture and Welfare",
            "Municipal Innovation",
        ]
    );
    let topic = |s: usize, t: usize| a.sessions[s].topics[t].title.as_str();
    assert_eq!(
        topic(0, 0),
        "early commencement of construction for Gadeokdo New Airport and full-scale development of hinterland infrastructure for Tri-Port logistics innovation"
    );
    assert_eq!(
        topic(0, 6),
        "establishing a public transport-friendly city with smart eco-friendly mobility (green mobility)"
    );
    assert_eq!(
        topic(1, 5),
        "fostering digital innovation future industries based on new technologies such as artificial intelligence (AI) and quantum technology"
    );
    assert_eq!(topic(2, 9), "supplying clean and safe tap water");
    assert_eq!(topic(3, 2), "establishing an attractive tourism and exhibition complex industry (MICE) base");
    assert_eq!(topic(4, 1), "full-scale promotion of the \u{2018}Busan Global Hub City Special Act\u{2019}");
    assert_eq!(topic(4, 8), "expanding proactive administration in the public service sector");
}

#[test]
fn busan_meeting_facts() {
    let a = load("agenda.yaml");
    assert_eq!(a.title, "2025 Municipal Administration Work Report Meeting");
    assert_eq!(a.organizer.as_deref(), Some("Busan Metropolitan City"));
    assert_eq!(a.date.to_string(), "2024-12-23");
    assert_eq!(a.start.to_string(), "09:00:00");
    assert_eq!(a.timezone, Zone::Named(chrono_tz::Asia::Seoul));
    assert_eq!(a.location.as_deref(), Some("Busan City Hall, video conference room"));
    assert_eq!(a.chair.as_deref(), Some("Mayor Park Hyung-jun"));
    assert_eq!(a.attendees[0].name, "Park Hyung-jun");
    assert_eq!(a.attendees[0].position.as_deref(), Some("Mayor"));
    assert_eq!(a.goals, ["Busan, a city where people want to live again", "Busan, a global hub city"]);
    assert_eq!(a.planned_start().to_rfc3339(), "2024-12-23T09:00:00+09:00");
}

/// Every topic is the text after one ▲ of the announcement, in order. The announcement sits in
/// the project's shared folder beside the repository (as in CI); the sample above always runs.
#[test]
fn busan_topics_are_the_announcement_word_for_word() {
    let Ok(text) = std::fs::read_to_string("../shared/announcement.txt") else {
        eprintln!("../shared/announcement.txt is not here; only the sample of titles was checked");
        return;
    };
    let lists: Vec<Vec<String>> = text
        .split("Main topics include")
        .skip(1)
        .map(|block| {
            let block = block.split("\n\n").next().unwrap_or(block);
            block.split('▲').skip(1).map(|t| t.trim().trim_end_matches('.').to_owned()).collect()
        })
        .collect();
    let a = load("agenda.yaml");
    let ours: Vec<Vec<String>> =
        a.sessions.iter().map(|s| s.topics.iter().map(|t| t.title.clone()).collect()).collect();
    assert_eq!(ours, lists);
}

#[test]
fn decomposed_hangul_loads_equal_to_composed() {
    let nfd = std::fs::read_to_string("tests/fixtures/valid/hangul-nfd.yaml").expect("fixture");
    assert!(nfd.contains('\u{1100}'), "the fixture really is decomposed");
    let composed: String = unicode_normalization::UnicodeNormalization::nfc(nfd.as_str()).collect();
    let from_nfd = agenda::parse_str(&nfd, "nfd.yaml").expect("valid");
    let from_nfc = agenda::parse_str(&composed, "nfc.yaml").expect("valid");
    assert_eq!(from_nfd, from_nfc);
    assert_eq!(from_nfd.title, "2025년 시정 업무보고회");
    assert_eq!(from_nfd.sessions[0].topics[1].presenter.as_deref(), Some("해양농수산국장"));
}

#[test]
fn breaks_and_both_topic_forms() {
    let a = load("tests/fixtures/valid/breaks-and-topic-forms.yaml");
    assert_eq!(a.sessions.len(), 3);
    assert_eq!(a.sessions[0].break_after.as_ref().map(|b| b.title.as_str()), Some("Coffee"));
    assert_eq!(a.sessions[1].break_after.as_ref().map(|b| b.duration.num_minutes()), Some(60));
    assert!(a.sessions[2].break_after.is_none());
    let t = &a.sessions[0].topics;
    assert_eq!((t[0].title.as_str(), t[0].duration), ("Roll call", None));
    assert_eq!(t[2].presenter.as_deref(), Some("The Clerk"));
    assert_eq!(t[2].notes.as_deref(), Some("Circulated on 26 May."));
    assert_eq!(a.sessions[2].duration.num_seconds(), 90);
    assert!(!a.bell);
    assert_eq!(a.thresholds.danger.num_seconds(), 30);
    // Breaks count in the plan: 20m + 15m + 1h30m + 1h + 90s after 10:00.
    assert_eq!(a.schedule().end.format("%H:%M:%S").to_string(), "13:06:30");
}

#[test]
fn defaults_when_the_agenda_names_none() {
    let a = load("tests/fixtures/valid/minimal.yaml");
    assert_eq!(a.thresholds.warning.num_minutes(), 5);
    assert_eq!(a.thresholds.danger.num_minutes(), 1);
    assert!(a.bell);
    assert_eq!(a.timezone.to_string(), "+09:00");
}

#[test]
fn every_valid_fixture_checks() {
    let _spawn = crate::pty::spawn_turn();
    for entry in std::fs::read_dir("tests/fixtures/valid").expect("folder") {
        let path = entry.expect("entry").path();
        gavel().arg("check").arg(&path).assert().success();
    }
}

#[test]
fn a_schedule_across_daylight_saving_keeps_real_lengths() {
    let yaml = "title: Night\ndate: 2025-11-01\nstart: \"23:30\"\ntimezone: America/New_York\nsessions:\n  - title: Long\n    duration: 3h\n    topics: [One]\n";
    let a = agenda::parse_str(yaml, "night.yaml").expect("valid");
    let plan = a.schedule();
    // Three real hours after 23:30 EDT, the clocks having gone back at 02:00: 01:30 EST.
    assert_eq!(plan.end.to_rfc3339(), "2025-11-02T01:30:00-05:00");
    assert!(gavel::check::schedule_text(&a).contains("23:30–01:30+1d"));
}

/// An agenda from a hand-made journal's header may hold any duration JSON can write, far past
/// what a date can reach. Its schedule (the outline, replay) stops a day inside chrono's range
/// instead of overflowing, and says what the meeting's own plan says.
#[test]
fn a_schedule_of_extreme_durations_saturates_and_agrees_with_the_meeting() {
    let yaml = "title: Far\ndate: 2025-01-15\nstart: \"09:00\"\ntimezone: Asia/Seoul\nsessions:\n  - title: One\n    duration: 1h\n    topics: [A]\n  - break: Lunch\n    duration: 1h\n  - title: Two\n    duration: 1h\n    topics: [B]\n  - break: Tea\n    duration: 1h\n  - title: Three\n    duration: 1h\n    topics: [C]\n";
    let base = agenda::parse_str(yaml, "far.yaml").expect("valid");
    type Make = fn(&mut Agenda);
    let cases: Vec<(&str, Make)> = vec![
        ("a session longer than chrono's range", |a| a.sessions[0].duration = TimeDelta::MAX),
        ("breaks that together overflow a duration", |a| {
            for s in &mut a.sessions[..2] {
                s.break_after.as_mut().expect("a break").duration = TimeDelta::MAX;
            }
        }),
        ("a session going back past chrono's first instant", |a| a.sessions[1].duration = -TimeDelta::MAX),
        ("every session and break at the limit", |a| {
            for s in &mut a.sessions {
                s.duration = TimeDelta::MAX;
                if let Some(b) = &mut s.break_after {
                    b.duration = TimeDelta::MAX;
                }
            }
        }),
    ];
    let day = TimeDelta::days(1);
    let inside =
        |t: DateTime<Utc>| t >= DateTime::<Utc>::MIN_UTC + day && t <= DateTime::<Utc>::MAX_UTC - day;
    for (name, make) in cases {
        let mut a = base.clone();
        make(&mut a);
        let schedule = a.schedule();
        let meeting = fold(&Header::new(a.clone(), "far.yaml".into(), String::new(), String::new()), &[]);
        for (k, s) in schedule.sessions.iter().enumerate() {
            assert_eq!(Some(s.start), meeting.planned_session_start(k), "{name}: session {k}");
            assert!(inside(s.start.to_utc()) && inside(s.end.to_utc()), "{name}: session {k}: {s:?}");
            if let Some(b) = &s.break_after {
                assert!(inside(b.end.to_utc()), "{name}: break after {k}: {b:?}");
            }
        }
        let last = schedule.sessions.last().expect("sessions");
        assert_eq!(last.end, meeting.planned_end(), "{name}");
        assert_eq!(schedule.end, last.end, "{name}: no break after the last session");
        assert!(inside(schedule.end.to_utc()), "{name}");
        // What gavel check prints of it, too.
        assert!(gavel::check::schedule_text(&a).contains("Far"), "{name}");
    }
}

#[test]
fn check_prints_the_busan_schedule() {
    let _spawn = crate::pty::spawn_turn();
    let out = gavel().args(["check", "agenda.yaml"]).output().expect("runs");
    assert!(out.status.success());
    insta::assert_snapshot!(String::from_utf8(out.stdout).expect("utf-8"));
}

#[test]
fn check_json_prints_the_same_schedule_for_scripts() {
    let _spawn = crate::pty::spawn_turn();
    let out = gavel().args(["check", "--json", "agenda.yaml"]).output().expect("runs");
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["schedule"]["start"], "2024-12-23T09:00:00+09:00");
    assert_eq!(doc["schedule"]["end"], "2024-12-23T15:50:00+09:00");
    assert_eq!(doc["schedule"]["sessions"][1]["start"], "2024-12-23T10:10:00+09:00");
    assert_eq!(doc["schedule"]["sessions"][1]["break_after"]["title"], "Lunch");
    assert_eq!(doc["schedule"]["sessions"].as_array().map(Vec::len), Some(5));
    assert_eq!(doc["agenda"]["sessions"][4]["topics"].as_array().map(Vec::len), Some(9));
}

#[test]
fn check_of_a_hangul_agenda() {
    let _spawn = crate::pty::spawn_turn();
    let out = gavel().args(["check", "tests/fixtures/valid/hangul-nfd.yaml"]).output().expect("runs");
    assert!(out.status.success());
    insta::assert_snapshot!(String::from_utf8(out.stdout).expect("utf-8"));
}

/// Windows Notepad starts a UTF-8 file with a byte-order mark: at the very start it is no part
/// of the text, and the agenda loads as it would without it (one inside is refused: see
/// `agenda_invalid`).
#[test]
fn a_byte_order_mark_at_the_start_is_accepted() {
    let _spawn = crate::pty::spawn_turn();
    let path = "tests/fixtures/valid/byte-order-mark.yaml";
    let bytes = std::fs::read(path).expect("fixture");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "the fixture starts with a byte-order mark");
    let a = load(path);
    assert_eq!(a.title, "Board meeting");
    let without = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    assert_eq!(agenda::parse_str(&without, "plain.yaml").expect("valid"), a);
    let out = gavel().args(["check", path]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Board meeting"));
}
