//! One runner per minutes file, by a lock on the file beside them (`m.jsonl.lock`), on every
//! system (issue 19): a second runner is refused while the first holds it, whoever holds only
//! the lock file keeps the minutes theirs, and the minutes themselves stay readable by replay,
//! export and verify meanwhile. The lock file is its owner's only.

use std::sync::Arc;

use gavel::journal::fs::{Fs, RealFs, lock_path};
use gavel::journal::{MinutesJournal, OpenErrorKind, read_minutes};
use gavel::meeting::Action;

use crate::common::{busan, header, nine};

fn real() -> Arc<dyn Fs> {
    Arc::new(RealFs)
}

fn turn() -> std::sync::RwLockWriteGuard<'static, ()> {
    crate::pty::alone_turn()
}

#[test]
fn the_lock_is_on_a_file_beside_the_minutes_and_the_minutes_stay_readable() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let header = header(busan());
    let mut journal = MinutesJournal::create(real(), &path, &header).unwrap();
    let mut meeting = gavel::meeting::fold(&header, &[]);
    let opened = meeting.apply(Action::Open, nine()).unwrap();
    journal.append_entries(&opened.entries);
    let lock = lock_path(&path);
    assert_eq!(lock, dir.path().join("m.jsonl.lock"));
    assert!(lock.is_file(), "the lock file beside the minutes");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&lock).unwrap().permissions().mode() & 0o777, 0o600, "owner-only");
    }
    // A second runner is refused; a reader reads.
    let second = MinutesJournal::open(real(), &path).err().expect("refused");
    assert!(matches!(second.kind, OpenErrorKind::Locked), "{second}");
    assert_eq!(read_minutes(&path).unwrap().entries.len(), 1);
    assert!(matches!(
        gavel::journal::verify(&path).unwrap(),
        gavel::journal::Verdict::Intact { events: 1, .. }
    ));
    // Let go, and the next runner takes it.
    drop(journal);
    let reopened = MinutesJournal::open(real(), &path).unwrap();
    assert_eq!(reopened.entries.len(), 1);
}

/// Whoever holds the lock file holds the minutes, even if the minutes themselves are free (a
/// Windows runner locks only the lock file).
#[test]
fn holding_only_the_lock_file_keeps_the_minutes_one_runners() {
    let _turn = turn();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    drop(MinutesJournal::create(real(), &path, &header(busan())).unwrap());
    let held = std::fs::OpenOptions::new().read(true).write(true).open(lock_path(&path)).unwrap();
    held.try_lock().unwrap();
    let refused = MinutesJournal::open(real(), &path).err().expect("refused");
    assert!(matches!(refused.kind, OpenErrorKind::Locked), "{refused}");
    drop(held);
    assert!(MinutesJournal::open(real(), &path).is_ok());
}
