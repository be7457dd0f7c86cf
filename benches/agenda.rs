//! Agenda budgets (issue 2): the Busan agenda loads and validates in under 1 ms, a generated
//! agenda of 100 sessions and 5,000 topics in under 50 ms, and `gavel check agenda.yaml` runs as
//! a whole process in under 10 ms. Figures go into BENCHMARKS.md.

use std::fmt::Write;
use std::process::Command;

use divan::black_box;

fn main() {
    divan::main();
}

fn large_agenda() -> String {
    let mut yaml = String::from(
        "title: Large generated meeting\ndate: 2025-03-01\nstart: \"08:00\"\ntimezone: Asia/Seoul\nsessions:\n",
    );
    for s in 0..100 {
        let _ = write!(yaml, "  - title: Session {s} 세션\n    duration: 5h\n    topics:\n");
        for t in 0..50 {
            if t % 2 == 0 {
                let _ = writeln!(yaml, "      - Topic {t} of session {s}, 안건 {t}");
            } else {
                let _ = writeln!(
                    yaml,
                    "      - title: Topic {t} of session {s}\n        duration: 5m\n        presenter: Presenter {t}"
                );
            }
        }
        if s % 10 == 4 {
            yaml.push_str("  - break: Recess\n    duration: 10m\n");
        }
    }
    yaml
}

#[divan::bench]
fn load_busan(bencher: divan::Bencher) {
    let text = std::fs::read_to_string("agenda.yaml").expect("agenda.yaml");
    bencher.bench(|| gavel::agenda::parse_str(black_box(&text), "agenda.yaml").expect("valid"));
}

#[divan::bench(sample_count = 20)]
fn load_5000_topics(bencher: divan::Bencher) {
    let text = large_agenda();
    let agenda = gavel::agenda::parse_str(&text, "large.yaml").expect("valid");
    assert_eq!(agenda.topic_count(), 5000);
    bencher.bench(|| gavel::agenda::parse_str(black_box(&text), "large.yaml").expect("valid"));
}

/// The whole `gavel check agenda.yaml` process, as a chair's shell runs it.
#[divan::bench(sample_count = 30)]
fn check_process() {
    let out =
        Command::new(env!("CARGO_BIN_EXE_gavel")).args(["check", "agenda.yaml"]).output().expect("runs");
    assert!(out.status.success());
}
