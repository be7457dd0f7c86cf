//! The secretary's draft: saved at most every two seconds while it changes (so a crash loses at
//! most two seconds of typing), never into the journal, restored on resume, cleared on commit.

use crate::common;

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use common::at;
use gavel::journal::draft::{DRAFT_INTERVAL, Draft, DraftKeeper};
use gavel::journal::fs::{Fs, RealFs};

fn draft(text: &str, now: DateTime<Utc>) -> Draft {
    let seoul = FixedOffset::east_opt(9 * 3600).unwrap();
    Draft { text: text.into(), topic: Some((0, 2)), saved_at: now.with_timezone(&seoul) }
}

#[test]
fn typing_is_saved_at_most_every_two_seconds_and_never_more_than_two_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.draft.json");
    let fs: Arc<dyn Fs> = Arc::new(RealFs);
    let mut keeper = DraftKeeper::new(Arc::clone(&fs), &path, "");
    let t0 = at(10, 0);
    let ms = TimeDelta::milliseconds;
    // Nothing typed: nothing to save, no need to wake.
    assert_eq!(keeper.deadline(""), None);
    assert!(!keeper.keep(&draft("", t0), t0).unwrap());
    // The first keystroke after a quiet spell is saved at once.
    assert!(keeper.keep(&draft("가", t0), t0).unwrap());
    assert_eq!(DraftKeeper::load(fs.as_ref(), &path).unwrap().text, "가");
    // Typing on: not again before two seconds, and the loop is told when to wake.
    for (step, text) in ["가나", "가나다", "가나다라"].iter().enumerate() {
        let now = t0 + ms(500 * (step as i64 + 1));
        assert!(!keeper.keep(&draft(text, now), now).unwrap(), "{text} at {now}");
        assert_eq!(keeper.deadline(text), Some(t0 + DRAFT_INTERVAL));
    }
    assert_eq!(DraftKeeper::load(fs.as_ref(), &path).unwrap().text, "가");
    let t2 = t0 + DRAFT_INTERVAL;
    assert!(keeper.keep(&draft("가나다라", t2), t2).unwrap());
    assert_eq!(DraftKeeper::load(fs.as_ref(), &path).unwrap().text, "가나다라");
    // Unchanged text is not written again.
    assert!(!keeper.keep(&draft("가나다라", t2 + ms(5000)), t2 + ms(5000)).unwrap());
    assert_eq!(keeper.deadline("가나다라"), None);
}

#[test]
fn a_commit_clears_the_draft_and_a_resume_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.draft.json");
    let fs: Arc<dyn Fs> = Arc::new(RealFs);
    let mut keeper = DraftKeeper::new(Arc::clone(&fs), &path, "");
    let t0 = at(3, 0);
    keeper.keep(&draft("d: 예산안 승인", t0), t0).unwrap();
    // A new run finds it where it was typed.
    let restored = DraftKeeper::load(fs.as_ref(), &path).expect("restored");
    assert_eq!(
        restored,
        draft("d: 예산안 승인", DateTime::from_timestamp_millis(t0.timestamp_millis()).unwrap())
    );
    keeper.clear().unwrap();
    assert!(!path.exists());
    assert_eq!(DraftKeeper::load(fs.as_ref(), &path), None);
    keeper.clear().unwrap();
}

#[test]
fn a_damaged_draft_file_is_no_draft() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.draft.json");
    std::fs::write(&path, b"{\"text\": \"half").unwrap();
    assert_eq!(DraftKeeper::load(&RealFs, &path), None);
}
