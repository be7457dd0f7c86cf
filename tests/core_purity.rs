//! The meeting core and the minutes are pure: no terminal, no files, no network, no clock. Time
//! comes in as a parameter, so every rule is tested at exact instants. This test reads their
//! sources and fails on anything that would break that.

use std::fs;
use std::path::{Path, PathBuf};

/// What the pure core may not name, and why.
const FORBIDDEN: &[(&str, &str)] = &[
    ("ratatui", "a terminal type"),
    ("crossterm", "a terminal type"),
    ("std::fs", "file I/O"),
    ("fs::", "file I/O"),
    ("File::", "file I/O"),
    ("std::net", "network I/O"),
    ("std::io::std", "terminal I/O"),
    ("println!", "terminal output"),
    ("eprintln!", "terminal output"),
    ("Utc::now", "a clock read"),
    ("Local::now", "a clock read"),
    ("chrono::Local", "the machine's zone and clock"),
    ("SystemTime", "a clock read"),
    ("Instant::now", "a clock read"),
    ("std::time::Instant", "a clock read"),
    ("std::env", "the environment"),
    ("std::thread", "threads and sleeping"),
];

fn core_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("minutes.rs")];
    let mut dirs = vec![root.join("meeting")];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Every forbidden name in a source, as `line: name (why)`.
fn violations(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in source.lines().enumerate() {
        for (name, why) in FORBIDDEN {
            if line.contains(name) {
                found.push(format!("{}: {name} ({why})", n + 1));
            }
        }
    }
    found
}

#[test]
fn the_core_touches_no_terminal_file_network_or_clock() {
    let files = core_sources();
    assert!(files.len() >= 7, "expected the meeting module and the minutes, found {files:?}");
    let mut all = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        all.extend(violations(&source).into_iter().map(|v| format!("{}:{v}", file.display())));
    }
    assert!(all.is_empty(), "the pure core must stay pure:\n{}", all.join("\n"));
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    let bad = "use ratatui::Frame;\nlet t = chrono::Utc::now();\nstd::fs::write(p, b)?;\n";
    assert_eq!(
        violations(bad),
        [
            "1: ratatui (a terminal type)",
            "2: Utc::now (a clock read)",
            "3: std::fs (file I/O)",
            "3: fs:: (file I/O)"
        ]
    );
    assert!(violations("let now = at(\"2025-01-15T09:00:00Z\");").is_empty());
}
