//! The command line as a user meets it: the bare command, `new`, `schema`, and usage errors.

use assert_cmd::Command;

fn gavel() -> Command {
    let mut gavel = Command::cargo_bin("gavel").expect("the gavel binary is built");
    // English, whatever the machine's locale: the tests compare English words.
    gavel.env("LC_ALL", "C.UTF-8");
    gavel
}

#[test]
fn bare_gavel_without_a_terminal_says_so_and_writes_nothing() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy("agenda.yaml", dir.path().join("agenda.yaml")).expect("copy");
    let out = gavel().current_dir(dir.path()).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).expect("utf-8"),
        "gavel runs the meeting in a terminal window, and this output is not one. To see the planned schedule instead, use `gavel check AGENDA`\n"
    );
    assert!(!dir.path().join("minutes").exists(), "no minutes were started");
}

#[test]
fn bare_gavel_without_an_agenda_says_so() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    gavel().current_dir(dir.path()).assert().code(4).stderr("agenda.yaml: there is no such file\n");
}

/// In Korean, `gavel new` writes a Korean meeting: Korean titles and comments, `language: ko`.
#[test]
fn new_in_korean_writes_a_korean_starter_that_checks() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    let before = gavel::starter::today();
    gavel().current_dir(dir.path()).args(["--lang", "ko", "new", "회의.yaml"]).assert().success();
    let after = gavel::starter::today();
    let written = std::fs::read_to_string(dir.path().join("회의.yaml")).expect("written");
    let ko = gavel::i18n::Lang::Ko;
    assert!([before, after].iter().any(|d| written == gavel::starter::starter_in(ko, *d)), "{written}");
    let agenda = gavel::agenda::parse_str(&written, "회의.yaml").expect("the Korean starter checks");
    assert_eq!(agenda.language, Some(ko));
    assert!(agenda.title.contains("월례회의"), "{}", agenda.title);
    gavel().current_dir(dir.path()).args(["check", "회의.yaml"]).assert().success();
}

#[test]
fn new_writes_a_starter_that_checks_and_never_overwrites() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    let before = gavel::starter::today();
    gavel().current_dir(dir.path()).args(["new", "board.yaml"]).assert().success().stdout(
        "Wrote a starter agenda to board.yaml. Edit it, then check it with: gavel check board.yaml\n",
    );
    let after = gavel::starter::today();
    let written = std::fs::read_to_string(dir.path().join("board.yaml")).expect("written");
    // Dated today (the day it was written, should a midnight fall in between).
    assert!([before, after].iter().any(|d| written == gavel::starter::starter(*d)), "{written}");
    assert!(written.contains(&format!("date: {before} ")) || written.contains(&format!("date: {after} ")));
    gavel().current_dir(dir.path()).args(["check", "board.yaml"]).assert().success();
    std::fs::write(dir.path().join("board.yaml"), "mine").expect("write");
    gavel().current_dir(dir.path()).args(["new", "board.yaml"]).assert().code(4).stderr(
        "board.yaml: already exists; gavel new never overwrites a file, so give another name (gavel new other.yaml)\n",
    );
    assert_eq!(std::fs::read_to_string(dir.path().join("board.yaml")).expect("kept"), "mine");
}

#[test]
fn schema_is_json_schema_of_the_agenda_and_the_shipped_copy_is_current() {
    let _spawn = crate::pty::spawn_turn();
    let out = gavel().arg("schema").output().expect("runs");
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(schema["title"], "gavel agenda");
    assert_eq!(schema["additionalProperties"], false);
    let required = schema["required"].as_array().expect("required list");
    for field in ["title", "date", "start", "timezone", "sessions"] {
        assert!(required.iter().any(|r| r == field), "{field} required");
    }
    assert!(schema["properties"]["sessions"].is_object());
    let shipped = std::fs::read("agenda.schema.json").expect("agenda.schema.json ships beside agenda.yaml");
    assert_eq!(shipped, out.stdout, "run `gavel schema > agenda.schema.json`");
}

#[test]
fn unknown_subcommands_and_flags_are_usage_errors() {
    let _spawn = crate::pty::spawn_turn();
    gavel().args(["check"]).assert().code(2);
    gavel().args(["check", "agenda.yaml", "--colour"]).assert().code(2);
}

/// A lone word that is no file, has no `/` and is not named `.yaml`/`.yml` is a mistyped
/// command: a usage error (2) that lists the commands, not a missing agenda (4). A path, or a
/// file that is there, is still an agenda to run.
#[test]
fn a_lone_word_that_is_no_agenda_is_an_unknown_command() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    let run = |args: &[&str]| {
        let out = gavel().current_dir(dir.path()).args(args).output().expect("runs");
        (out.status.code().expect("exited"), String::from_utf8(out.stderr).expect("utf-8"))
    };

    let (code, stderr) = run(&["frobnicate"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("error: unrecognized subcommand 'frobnicate'\n"), "{stderr}");
    assert!(
        stderr.contains(
            "tip: the commands are run, check, new, schema, export, attach, replay, recover, verify, amend, finalize\n"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("tip: to run an agenda, name its file: gavel frobnicate.yaml\n"), "{stderr}");
    assert!(stderr.contains("Usage: gavel"), "{stderr}");
    assert!(!stderr.contains("no such file"), "{stderr}");

    let (code, stderr) = run(&["chekc"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("tip: a similar subcommand exists: 'check'"), "{stderr}");

    // Paths stay agendas: a missing one is a missing file.
    for missing in ["missing.yaml", "missing.yml", "Missing.YAML", "./frobnicate", "sub/agenda"] {
        let (code, stderr) = run(&[missing]);
        assert_eq!((code, stderr), (4, format!("{missing}: there is no such file\n")), "{missing}");
    }

    // An agenda that is there runs, whatever its name: here it gets as far as wanting a
    // terminal, which the test has not.
    std::fs::copy("agenda.yaml", dir.path().join("agenda.yaml")).expect("copy");
    std::fs::copy("agenda.yaml", dir.path().join("frobnicate")).expect("copy");
    for agenda in ["agenda.yaml", "frobnicate"] {
        let (code, stderr) = run(&[agenda]);
        assert_eq!(code, 1, "{agenda}: {stderr}");
        assert!(stderr.starts_with("gavel runs the meeting in a terminal window"), "{agenda}: {stderr}");
    }
    assert!(!dir.path().join("minutes").exists(), "no minutes were started");
}

/// `gavel attach` on a file that is not minutes says what it found there (exit 3), instead of
/// sending the user to start a meeting no start would help; minutes not there yet still mean
/// the meeting is to be started (exit 4).
#[test]
fn attach_to_a_file_that_is_not_minutes_says_what_it_is() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.path().join(name), bytes).expect("write");
    write("empty.jsonl", b"");
    write("notes.jsonl", b"Minutes of the board, typed by hand\nsecond line\n");
    write("data.jsonl", b"{\"id\":1}\n{\"id\":2}\n");
    std::fs::copy("agenda.yaml", dir.path().join("agenda.jsonl")).expect("copy");
    let attach = |target: &str| {
        let out = gavel().current_dir(dir.path()).args(["attach", target]).output().expect("runs");
        (out.status.code().expect("exited"), String::from_utf8(out.stderr).expect("utf-8"))
    };
    let hint = "; gavel attach joins a running meeting by its minutes (.jsonl) or its agenda\n";
    let cases = [
        ("empty.jsonl", "the file is empty; it is not a gavel minutes file"),
        (
            "notes.jsonl",
            "this is not a gavel minutes file: it is text, and its first line is not a gavel header",
        ),
        ("data.jsonl", "this is not a gavel minutes file: its first line is JSON, but not a gavel header"),
        (
            "agenda.jsonl",
            "this is not a gavel minutes file: it reads as an agenda (YAML with sessions), and minutes are the .jsonl file a meeting on it writes",
        ),
    ];
    for (target, reason) in cases {
        let (code, stderr) = attach(target);
        assert_eq!((code, stderr), (3, format!("{target}: {reason}{hint}")), "{target}");
    }
    // Not there: the meeting has not been started, by its minutes or by its agenda.
    let (code, stderr) = attach("later.jsonl");
    assert_eq!(
        (code, stderr.as_str()),
        (4, "later.jsonl: there is no such minutes file (start the meeting first with `gavel run`)\n")
    );
    std::fs::copy("agenda.yaml", dir.path().join("agenda.yaml")).expect("copy");
    let (code, stderr) = attach("agenda.yaml");
    assert_eq!(code, 4, "{stderr}");
    assert!(
        stderr.ends_with("there is no such minutes file (start the meeting first with `gavel run`)\n"),
        "{stderr}"
    );
}

/// The timers line of `gavel check agenda.yaml`, in the chosen language.
fn timers_line(out: &std::process::Output) -> String {
    let text = String::from_utf8_lossy(&out.stdout);
    let found = text
        .lines()
        .find(|l| l.trim_start().starts_with("Timers") || l.trim_start().starts_with("시간 알림"));
    found.unwrap_or_default().trim().to_owned()
}

#[test]
fn lang_chooses_the_language_on_any_command_and_the_locale_does_without_it() {
    let _spawn = crate::pty::spawn_turn();
    let korean = "시간 알림  10분 남으면 경고, 3분 남으면 위험, 알림음 켬";
    let english = "Timers     warning at 10m left, danger at 3m left, bell on";
    // Before or after the command's name.
    let out = gavel().args(["--lang", "ko", "check", "agenda.yaml"]).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(timers_line(&out), korean);
    let out = gavel().args(["check", "agenda.yaml", "--lang", "ko"]).output().expect("runs");
    assert_eq!(timers_line(&out), korean);
    // The locale: LC_ALL first, then LC_MESSAGES, then LANG; --lang over all of them.
    let out = gavel().env("LC_ALL", "").env("LANG", "ko_KR.UTF-8").args(["check", "agenda.yaml"]).output();
    assert_eq!(timers_line(&out.expect("runs")), korean);
    let out = gavel().env("LC_ALL", "ko_KR.UTF-8").args(["check", "agenda.yaml"]).output();
    assert_eq!(timers_line(&out.expect("runs")), korean);
    let out = gavel().env("LC_ALL", "ko_KR.UTF-8").args(["--lang", "en", "check", "agenda.yaml"]).output();
    assert_eq!(timers_line(&out.expect("runs")), english);
    let out = gavel().args(["check", "agenda.yaml"]).output().expect("runs");
    assert_eq!(timers_line(&out), english);
    // A language gavel does not speak is a usage error.
    gavel().args(["--lang", "fr", "schema"]).assert().code(2);
    // The meeting's options still go with no command or with run only.
    gavel().args(["--new", "check", "agenda.yaml"]).assert().code(2);
}

/// `gavel check` in Korean: every label and sentence from the catalog, the labels and the lengths'
/// column lined up by display width, the date as Koreans write it.
#[test]
fn check_speaks_korean() {
    let agenda = gavel::agenda::load_file(std::path::Path::new("examples/monthly-meeting.ko.yaml")).unwrap();
    let text = gavel::check::schedule_text_in(gavel::i18n::Lang::Ko, &agenda);
    insta::assert_snapshot!("check_in_korean", text.clone());
    for english in ["Organizer", "When", "Timers", "Session", "Break", "sessions", "Planned end"] {
        assert!(!text.contains(english), "{english} in\n{text}");
    }
    assert!(text.contains("일시       2025. 1. 15.(수), 10:00–11:20"), "{text}");
}

/// `gavel man`: the manual page the packages ship, made from the command line's own definition
/// (every command in it), in the language asked for; left out of the help.
#[test]
fn the_manual_page_is_made_from_the_command_line() {
    let _spawn = crate::pty::spawn_turn();
    let run = |args: &[&str]| {
        let out = gavel().args(args).output().expect("runs");
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let page = run(&["--lang", "en", "man"]);
    assert!(page.starts_with(".ie") && page.contains(".TH gavel 1"), "{page}");
    for command in
        ["run", "check", "new", "export", "verify", "amend", "finalize", "attach", "replay", "recover"]
    {
        assert!(page.contains(&format!("gavel\\-{command}(1)")), "{command} in:\n{page}");
    }
    assert!(page.contains("Run a live, formal meeting"), "{page}");
    let korean = run(&["--lang", "ko", "man"]);
    assert!(korean.contains("회의록"), "{korean}");
    let help = run(&["--lang", "en", "--help"]);
    assert!(!help.contains("manual page"), "left out of the help:\n{help}");
}
