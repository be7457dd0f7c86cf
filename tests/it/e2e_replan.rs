//! The plan changed live, end to end in a pseudo-terminal at 80x24 (issue 18): a topic inserted
//! in the agenda editor, taken up at once, a note taken on it, the meeting closed; the exported
//! minutes show the topic as added during the meeting, with its planned time, its presenter and
//! its note, and list the change.

use crate::e2e_support;
use crate::pty;

use e2e_support::{command, hints, open, saved_note, step};
use gavel::meeting::Event;
use pty::{Pty, keys, meeting_dir, minutes_path};

#[test]
fn a_topic_inserted_live_is_in_the_minutes_with_its_time_and_note() {
    let dir = meeting_dir();
    let mut gavel = Pty::spawn(dir.path(), &[]);
    open(&gavel);
    let editor = step(&gavel, "a", "the agenda editor", |s| hints(s).starts_with(" AGENDA"));
    assert!(editor.contents().contains("+ added"), "{}", pty::show(&editor));
    step(&gavel, "i", "the new topic's line", |s| {
        s.contents().contains("New topic (title | presenter | 10m):")
    });
    gavel.send("Typhoon preparations | Safety Officer | 10m");
    let added =
        step(&gavel, keys::ENTER, "the topic added", |s| s.contents().contains("+ 1.2 Typhoon preparations"));
    assert!(added.contents().contains("Safety Officer"), "{}", pty::show(&added));
    step(&gavel, keys::ENTER, "taken up now", |s| {
        hints(s).starts_with(" CHAIR") && s.contents().contains("Typhoon preparations")
    });
    step(&gavel, "i", "the editor", |s| hints(s).starts_with(" NOTE"));
    gavel.send("Shelters checked in every district");
    gavel.send(keys::ENTER);
    gavel.wait_for("the note saved", |s| saved_note(s, "Shelters checked in every district").is_some());
    step(&gavel, keys::ESC, "the chair's keys", |s| hints(s).starts_with(" CHAIR"));
    step(&gavel, "e", "the close question", |s| s.contents().contains("Close the meeting?"));
    step(&gavel, "y", "the summary", |s| hints(s).starts_with(" CLOSED"));
    gavel.send("q");
    gavel.wait_text("Quit gavel?");
    gavel.send("y");
    assert!(gavel.wait_exit().success());

    // The journal: the insert, then the move to it.
    let events = e2e_support::events(dir.path());
    assert!(events.iter().any(|e| matches!(
        e,
        Event::TopicInserted { session: 0, topic: 1, title, presenter: Some(p), seconds: Some(600) }
            if title == "Typhoon preparations" && p == "Safety Officer"
    )));
    assert!(events.contains(&Event::Moved { session: 0, topic: 1 }));

    let minutes = minutes_path(dir.path());
    let out = command(dir.path(), &["export", minutes.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let md = String::from_utf8(out.stdout).unwrap();
    let topic = md.split("#### 1.2 Typhoon preparations").nth(1).expect("the topic in the minutes");
    let about = topic.lines().find(|l| !l.trim().is_empty()).unwrap();
    assert!(about.contains("of 10m planned"), "{about}");
    assert!(about.contains("Presenter: Safety Officer"), "{about}");
    assert!(about.contains("added during the meeting"), "{about}");
    let before_next = topic.split("####").next().unwrap();
    assert!(before_next.contains("Shelters checked in every district"), "{before_next}");
    assert!(md.contains("## Changes to the agenda"), "{md}");
    assert!(md.contains("Added 1.2 Typhoon preparations"), "{md}");
}
