//! The command line in Korean: `--help` of every command, clap's usage errors and gavel's own
//! errors and end-of-run lines, from the Korean catalog; and English whenever `--lang en` says so.

use std::path::Path;

use crate::common::{gavel_en as gavel, gavel_ko};

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("utf-8")
}

const COMMANDS: [&str; 12] = [
    "", "run", "check", "new", "schema", "export", "attach", "replay", "recover", "verify", "amend",
    "finalize",
];

/// The help of `command` (`""`: gavel itself) with `flag`, in Korean by `--lang ko`.
fn help_ko(command: &str, flag: &str) -> String {
    let mut args = vec!["--lang", "ko"];
    args.extend([command, flag].into_iter().filter(|a| !a.is_empty()));
    let out = gavel().args(&args).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn help_of_every_command_in_korean() {
    let _spawn = crate::pty::spawn_turn();
    for command in COMMANDS {
        let text = help_ko(command, "--help");
        let name = if command.is_empty() { "gavel" } else { command };
        insta::assert_snapshot!(format!("help_ko_{name}"), text.clone());
        // clap's own words are the catalog's.
        let english = [
            "Usage",
            "Options",
            "Arguments",
            "Commands",
            "Print help",
            "default:",
            "possible values",
            "[OPTIONS]",
        ];
        for english in english {
            assert!(!text.contains(english), "{name}: {english} in\n{text}");
        }
        assert!(text.contains("사용법: gavel"), "{name}:\n{text}");
        assert!(text.contains("옵션:"), "{name}:\n{text}");
    }
    insta::assert_snapshot!("help_ko_gavel_short", help_ko("", "-h"));
    insta::assert_snapshot!("help_ko_export_short", help_ko("export", "-h"));
}

#[test]
fn the_korean_locale_gives_korean_help_and_lang_en_english() {
    let _spawn = crate::pty::spawn_turn();
    for command in ["", "export"] {
        let args: Vec<&str> = [command, "--help"].into_iter().filter(|a| !a.is_empty()).collect();
        let korean = gavel_ko().args(&args).output().expect("runs");
        assert_eq!(stdout(&korean), help_ko(command, "--help"), "{command}");
        let mut en = vec!["--lang", "en"];
        en.extend(&args);
        let english = gavel_ko().args(&en).output().expect("runs");
        let plain = gavel().args(&args).output().expect("runs");
        assert_eq!(stdout(&english), stdout(&plain), "{command}");
        assert!(stdout(&english).contains("Usage: gavel"), "{}", stdout(&english));
        assert!(!stdout(&english).contains("사용법"), "{}", stdout(&english));
    }
    // The version is no sentence: the same in both.
    let ko = gavel_ko().arg("-V").output().expect("runs");
    assert_eq!(stdout(&ko), format!("gavel {}\n", env!("CARGO_PKG_VERSION")));
}

/// The code and stderr of gavel in Korean, run in `dir`.
fn run_ko(dir: &Path, args: &[&str]) -> String {
    let out = gavel_ko().current_dir(dir).args(args).output().expect("runs");
    format!("exit {}\n{}", out.status.code().expect("exited"), stderr(&out))
}

#[test]
fn usage_errors_in_korean_keep_code_2() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy("agenda.yaml", dir.path().join("agenda.yaml")).expect("copy");
    let cases: [(&str, &[&str]); 7] = [
        ("unknown_argument", &["check", "agenda.yaml", "--colour"]),
        ("missing_argument", &["check"]),
        ("invalid_value", &["export", "m.jsonl", "--format", "docx"]),
        ("unknown_command", &["chekc"]),
        ("seat_name", &["attach", "--seat", "a b"]),
        ("run_options_with_command", &["agenda.yaml", "check", "agenda.yaml"]),
        ("twice", &["check", "agenda.yaml", "--json", "--json"]),
    ];
    for (name, args) in cases {
        let text = run_ko(dir.path(), args);
        assert!(text.starts_with("exit 2\n오류: "), "{name}: {text}");
        insta::assert_snapshot!(format!("usage_error_ko_{name}"), text);
    }
}

#[test]
fn errors_and_results_in_korean() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    let here = dir.path();
    let journal = std::fs::read_to_string("tests/fixtures/journals/format-2.jsonl").expect("fixture");
    std::fs::write(here.join("minutes.jsonl"), &journal).expect("write");
    std::fs::write(here.join("minutes.md"), "mine").expect("write");
    // A note of line 4 changed after the meeting: the chain breaks there.
    let tampered = journal.replacen("가덕도신공항 조기 착공", "가덕도신공항 착공 연기", 1);
    assert_ne!(tampered, journal, "the fixture holds the note");
    std::fs::write(here.join("tampered.jsonl"), tampered).expect("write");

    let cases: [(&str, &[&str]); 6] = [
        ("export_missing", &["export", "missing.jsonl"]),
        ("verify_missing", &["verify", "missing.jsonl"]),
        ("replay_missing", &["replay", "missing.jsonl"]),
        ("export_over_a_file", &["export", "minutes.jsonl", "-o", "minutes.md"]),
        ("export_over_minutes", &["export", "minutes.jsonl", "-o", "minutes.jsonl", "--force"]),
        ("verify_tampered", &["verify", "tampered.jsonl"]),
    ];
    for (name, args) in cases {
        insta::assert_snapshot!(format!("error_ko_{name}"), run_ko(here, args));
    }
    assert_eq!(std::fs::read_to_string(here.join("minutes.md")).expect("kept"), "mine");

    // What ends well says so in Korean too.
    let out = gavel_ko().current_dir(here).args(["verify", "minutes.jsonl"]).output().expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let verified = stdout(&out);
    let fingerprint = verified.lines().find_map(|l| l.strip_prefix("지문: ")).expect("a fingerprint line");
    insta::assert_snapshot!("verify_ko", verified.replace(fingerprint, "[fingerprint]"));
    let out = gavel_ko().current_dir(here).args(["new", "board.yaml"]).output().expect("runs");
    assert_eq!(
        stdout(&out),
        "board.yaml에 안건 견본을 작성했습니다. 수정한 뒤 다음 명령으로 검사하세요: gavel check board.yaml\n"
    );
}

/// The system's words for what went wrong with a file are the catalog's, in either language.
#[test]
fn io_errors_in_words() {
    use gavel::base::io_reason;
    use gavel::i18n::{Lang, speaking};
    let os = |errno: i32| std::io::Error::from_raw_os_error(errno);
    // ENOSPC, EROFS, EACCES, ENOENT
    let cases = [
        (28, "no space left on device", "디스크 공간이 부족합니다"),
        (30, "read-only file system", "읽기 전용 파일 시스템입니다"),
        (13, "permission denied", "권한이 없습니다"),
        (2, "no such file or folder", "그런 파일이나 폴더가 없습니다"),
    ];
    for (errno, english, korean) in cases {
        assert_eq!(io_reason(&os(errno)), english);
        let _ko = speaking(Lang::Ko);
        assert_eq!(io_reason(&os(errno)), korean);
    }
    // An error gavel made says what it says.
    assert_eq!(
        io_reason(&std::io::Error::other("Another gavel took the file")),
        "another gavel took the file"
    );
}

/// One event, or many: the English says so; the Korean counts them (건).
#[test]
fn recovered_counts_its_events() {
    use gavel::i18n::{Lang, loader};
    use i18n_embed_fl::fl;
    let said = |lang, added: usize| {
        fl!(
            loader(lang),
            "cli-recovered",
            minutes = "m.jsonl",
            added = added,
            rescue = "r.jsonl",
            fingerprint = "ab"
        )
    };
    assert_eq!(said(Lang::En, 1), "m.jsonl: 1 event taken back from r.jsonl. Fingerprint: ab");
    assert_eq!(said(Lang::En, 2), "m.jsonl: 2 events taken back from r.jsonl. Fingerprint: ab");
    assert_eq!(said(Lang::En, 0), "m.jsonl: 0 events taken back from r.jsonl. Fingerprint: ab");
    assert_eq!(said(Lang::Ko, 1), "m.jsonl: r.jsonl에서 기록 1건을 되돌려 넣었습니다. 지문: ab");
}
