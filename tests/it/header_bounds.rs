//! A minutes header anyone could write by hand: its agenda's planned times and date past what
//! any agenda file can give (a session of 9,223,372,036,854 seconds, a negative or zero one, a
//! meeting in the year 10000), or a title with a terminal escape in it. The hash chain is built
//! exactly as gavel builds it, so it is the bounds check that refuses them: every command that
//! reads minutes (run, replay, export, verify, attach, recover) ends with one clear message and
//! exit 3, never a panic or an overflow.

use std::path::Path;

use chrono::NaiveDate;
use gavel::journal::format::{encode_header, encode_line, line_hash};
use gavel::meeting::Header;
use serde_json::{Value, json};

use crate::common::{busan, header, run_script, script};

/// A header made wrong by `spoil`, then the first part of the Busan meeting, each line chained
/// to the one before as the journal chains them.
fn crafted(path: &Path, spoil: impl Fn(&mut Value)) {
    let h = header(busan());
    let (_, entries) = run_script(&h, &script());
    let mut value = serde_json::to_value(&h).expect("a header is JSON");
    spoil(&mut value);
    let mut bytes = encode_header(&value).expect("encodes");
    let mut prev = line_hash(&bytes[..bytes.len() - 1]);
    for (seq, entry) in entries.iter().enumerate() {
        let line = encode_line(seq as u64 + 1, &entry.at, &entry.event, &prev).expect("encodes");
        prev = line_hash(&line[..line.len() - 1]);
        bytes.extend_from_slice(&line);
    }
    std::fs::write(path, bytes).expect("write");
}

fn date(value: &mut Value, year: i32) {
    let day = NaiveDate::from_ymd_opt(year, 12, 23).expect("a date chrono has");
    value["agenda"]["date"] = serde_json::to_value(day).expect("a date is JSON");
}

type Spoil = fn(&mut Value);

/// Each crafted header, and the end of the message that names what is wrong with it.
fn cases() -> Vec<(&'static str, Spoil, &'static str)> {
    vec![
        (
            "huge-session",
            |v| v["agenda"]["sessions"][0]["duration"] = json!(9_223_372_036_854_i64),
            "sessions[1].duration is 9223372036854 seconds, and a planned time is longer than zero and at most 7 days",
        ),
        (
            "negative-session",
            |v| v["agenda"]["sessions"][2]["duration"] = json!(-3600),
            "sessions[3].duration is -3600 seconds, and a planned time is longer than zero and at most 7 days",
        ),
        (
            "zero-topic",
            |v| v["agenda"]["sessions"][1]["topics"][3]["duration"] = json!(0),
            "sessions[2].topics[4].duration is 0 seconds, and a planned time is longer than zero and at most 7 days",
        ),
        (
            "a-week-and-a-second",
            |v| v["agenda"]["sessions"][4]["duration"] = json!(7 * 86_400 + 1),
            "sessions[5].duration is 604801 seconds, and a planned time is longer than zero and at most 7 days",
        ),
        (
            "zero-break",
            |v| v["agenda"]["sessions"][0]["break_after"]["duration"] = json!(0),
            "sessions[1].break_after.duration is 0 seconds, and a planned time is longer than zero and at most 7 days",
        ),
        (
            "huge-warning",
            |v| v["agenda"]["thresholds"]["warning"] = json!(9_223_372_036_854_i64),
            "thresholds.warning is 9223372036854 seconds, and a planned time is longer than zero and at most 7 days",
        ),
        (
            "negative-danger",
            |v| v["agenda"]["thresholds"]["danger"] = json!(-1),
            "thresholds.danger is -1 seconds, and a planned time is longer than zero and at most 7 days",
        ),
        (
            "year-10000",
            |v| date(v, 10_000),
            "date is in the year 10000, and a meeting's date is in the years 0 to 9999",
        ),
        (
            "year-minus-1",
            |v| date(v, -1),
            "date is in the year -1, and a meeting's date is in the years 0 to 9999",
        ),
        (
            "escape-in-a-topic",
            |v| v["agenda"]["sessions"][1]["topics"][0]["title"] = json!("\u{1b}]0;owned\u{7}budget"),
            "sessions[2].topics[1].title contains a control character (U+001B), which could garble the screen",
        ),
    ]
}

const WHY: &str = "the header's agenda is not one gavel could have written: ";

fn assert_refused(what: &str, code: Option<i32>, stderr: &str, file: &str, reason: &str) {
    assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    assert!(!stderr.contains("overflow"), "{what}: {stderr}");
    assert_eq!(code, Some(3), "{what}: {stderr}");
    assert_eq!(stderr, format!("{file}: {WHY}{reason}\n"), "{what}");
}

#[test]
fn a_header_past_the_bounds_is_refused_by_every_reader() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, spoil, reason) in cases() {
        let file = format!("{name}.jsonl");
        crafted(&dir.path().join(&file), spoil);
        let commands: [&[&str]; 6] = [
            &["replay", &file],
            &["export", &file],
            &["export", "--format", "json", &file],
            &["verify", &file],
            &["attach", &file],
            &["recover", &file, "--minutes", "elsewhere.jsonl"],
        ];
        for args in commands {
            let out = assert_cmd::Command::cargo_bin("gavel")
                .expect("the gavel binary is built")
                .env("LC_ALL", "C.UTF-8")
                .current_dir(dir.path())
                .args(args)
                .output()
                .expect("gavel runs");
            let stderr = String::from_utf8(out.stderr).expect("utf-8");
            assert_refused(&format!("{args:?}"), out.status.code(), &stderr, &file, reason);
            assert!(out.stdout.is_empty(), "{args:?}: nothing printed");
        }
    }
}

/// `gavel run` opens the minutes only once it has a terminal: in a pseudo-terminal it ends on
/// the same message before drawing anything, and leaves the minutes as they were.
#[test]
fn run_refuses_a_header_past_the_bounds_before_the_screen_opens() {
    let dir = crate::pty::meeting_dir();
    for (name, spoil, reason) in cases().into_iter().step_by(3) {
        let file = format!("{name}.jsonl");
        let path = dir.path().join(&file);
        crafted(&path, spoil);
        let before = std::fs::read(&path).expect("read");
        let mut gavel = crate::pty::Pty::spawn(dir.path(), &["run", "--minutes", &file]);
        let status = gavel.wait_exit();
        let text = String::from_utf8_lossy(&gavel.transcript()).replace("\r\n", "\n");
        assert_refused(name, Some(status.exit_code() as i32), &text, &file, reason);
        assert_eq!(std::fs::read(&path).expect("read"), before, "{name}: the minutes are untouched");
    }
}

/// The bounds are the loader's: a journal of an agenda at its limits (a week-long session,
/// a one-second topic, the year 0 and 9999) opens for every reader.
#[test]
fn a_header_at_the_bounds_opens() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    for year in ["0000", "9999"] {
        let yaml = format!(
            "title: Edge\ndate: {year}-06-01\nstart: \"09:00\"\ntimezone: \"+09:00\"\nthresholds:\n  warning: 7d\n  danger: 1s\nsessions:\n  - title: Long\n    duration: 7d\n    topics:\n      - title: Short\n        duration: 1s\n  - break: Rest\n    duration: 7d\n  - title: Last\n    duration: 1s\n    topics: [End]\n"
        );
        let agenda = gavel::agenda::parse_str(&yaml, "edge.yaml").expect("the loader accepts it");
        assert_eq!(agenda.out_of_bounds(), None);
        let file = format!("edge-{year}.jsonl");
        let h = Header::new(agenda, "edge.yaml".into(), String::new(), "gavel test".into());
        std::fs::write(dir.path().join(&file), encode_header(&h).expect("encodes")).expect("write");
        let out = assert_cmd::Command::cargo_bin("gavel")
            .expect("the gavel binary is built")
            .env("LC_ALL", "C.UTF-8")
            .current_dir(dir.path())
            .args(["verify", &file])
            .output()
            .expect("gavel runs");
        assert_eq!(out.status.code(), Some(0), "{year}: {}", String::from_utf8_lossy(&out.stderr));
        let out = assert_cmd::Command::cargo_bin("gavel")
            .expect("the gavel binary is built")
            .env("LC_ALL", "C.UTF-8")
            .current_dir(dir.path())
            .args(["export", &file])
            .output()
            .expect("gavel runs");
        assert_eq!(out.status.code(), Some(0), "{year}: {}", String::from_utf8_lossy(&out.stderr));
    }
}
