//! The command line as a user meets it: the bare command, `new`, `schema`, and usage errors.

use assert_cmd::Command;

fn gavel() -> Command {
    Command::cargo_bin("gavel").expect("the gavel binary is built")
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

#[test]
fn new_writes_a_starter_that_checks_and_never_overwrites() {
    let _spawn = crate::pty::spawn_turn();
    let dir = tempfile::tempdir().expect("temp dir");
    gavel().current_dir(dir.path()).args(["new", "board.yaml"]).assert().success().stdout(
        "Wrote a starter agenda to board.yaml. Edit it, then check it with: gavel check board.yaml\n",
    );
    let written = std::fs::read_to_string(dir.path().join("board.yaml")).expect("written");
    assert_eq!(written, gavel::starter::STARTER);
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
