//! The runner's socket against good and bad seats: the welcome, fan-out in the journal's order,
//! refusals by role, and seats that send garbage, a 100 MB line, another protocol version, or
//! never read: each is dropped with a reason, and the runner and the other seats carry on.

use crate::common;

use std::io::{BufRead, BufReader, Write};

use gavel::platform::local::Stream;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use common::{busan, header, note, run_script, script};
use gavel::meeting::{Action, Entry, Header, Refusal};
use gavel::share::protocol::{Role, ToRunner, ToSeat, VERSION, line};
use gavel::share::server::{SeatNews, Server};

const WAIT: Duration = Duration::from_secs(10);

fn server(dir: &std::path::Path) -> (Server, Receiver<SeatNews>, Header, Vec<Entry>) {
    let header = header(busan());
    let (_, entries) = run_script(&header, &script());
    let (tx, rx) = channel();
    let minutes = dir.join("m.jsonl");
    let n = entries.len() as u64;
    let server = Server::start(&minutes, header.clone(), entries.clone(), n, move |news| {
        let _ = tx.send(news);
    })
    .expect("listening");
    (server, rx, header, entries)
}

struct Seat {
    stream: Stream,
    reader: BufReader<Stream>,
}

impl Seat {
    fn connect(server: &Server, role: Role) -> Seat {
        let stream = gavel::platform::local::connect(server.path()).expect("connect");
        // A pipe has no read timeout: there a test that waits in vain waits for CI's own.
        #[cfg(unix)]
        stream.set_read_timeout(Some(WAIT)).unwrap();
        let reader = BufReader::new(stream.try_clone().unwrap());
        let mut seat = Seat { stream, reader };
        seat.send(&ToRunner::Hello { v: VERSION, role, program: "test".into(), seat: None });
        seat
    }

    fn send(&mut self, message: &ToRunner) {
        self.stream.write_all(&line(message)).expect("send");
    }

    fn next(&mut self) -> ToSeat {
        let mut buf = String::new();
        self.reader.read_line(&mut buf).expect("a message in time");
        serde_json::from_str(&buf).unwrap_or_else(|e| panic!("{e}: {buf}"))
    }
}

/// When the runner goes, its listener goes with it, even while its process lives on (a Windows
/// pipe would otherwise stay open under the meeting's name, and a seat attach to nothing): a
/// seat then finds no runner, and one attached before is told the runner stopped.
#[test]
fn the_listener_goes_with_the_runner() {
    let dir = tempfile::tempdir().unwrap();
    let (server, rx, ..) = server(dir.path());
    let mut seat = Seat::connect(&server, Role::Secretary);
    assert!(matches!(seat.next(), ToSeat::Welcome { .. }));
    joined(&rx);
    let path = server.path().to_owned();
    drop(server);
    assert!(matches!(seat.next(), ToSeat::Goodbye { last: false, .. }));
    assert!(gavel::platform::local::connect(&path).is_err(), "a seat attached to a runner that is gone");
}

fn joined(rx: &Receiver<SeatNews>) -> u64 {
    loop {
        match rx.recv_timeout(WAIT).expect("news") {
            SeatNews::Joined { seat, .. } => return seat,
            _ => continue,
        }
    }
}

#[test]
fn a_seat_is_welcomed_with_the_meeting_and_hears_new_entries_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (server, rx, header, entries) = server(dir.path());
    let mut seat = Seat::connect(&server, Role::Secretary);
    let ToSeat::Welcome { header: h, entries: e, saved, .. } = seat.next() else { panic!("welcome first") };
    assert_eq!((*h, e, saved), (header.clone(), entries.clone(), entries.len() as u64));
    let id = joined(&rx);
    // A request goes to the loop as it came.
    seat.send(&ToRunner::Act { v: VERSION, request: 7, action: note("s1", "비서석 메모") });
    match rx.recv_timeout(WAIT).unwrap() {
        SeatNews::Request(r) => {
            assert_eq!((r.seat, r.request, r.role), (id, 7, Role::Secretary));
            assert_eq!(r.action, note("s1", "비서석 메모"));
        }
        other => panic!("{other:?}"),
    }
    // What the loop journals reaches the seat, then the save.
    let more = vec![entries[3].clone(), entries[4].clone()];
    server.publish(&more, entries.len() as u64);
    server.saved(entries.len() as u64 + 2, None);
    assert_eq!(seat.next(), ToSeat::Entries { v: VERSION, entries: more, saved: entries.len() as u64 });
    assert_eq!(seat.next(), ToSeat::Saved { v: VERSION, saved: entries.len() as u64 + 2, problem: None });
    server.refuse(id, 7, &Refusal::Closed);
    assert_eq!(
        seat.next(),
        ToSeat::Refused {
            v: VERSION,
            request: 7,
            reason: "The meeting is closed".into(),
            why: Some(Refusal::Closed)
        }
    );
}

#[test]
fn a_secretary_cannot_do_the_chairs_work_and_a_room_display_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (server, rx, _, _) = server(dir.path());
    let mut secretary = Seat::connect(&server, Role::Secretary);
    secretary.next();
    joined(&rx);
    secretary.send(&ToRunner::Act { v: VERSION, request: 1, action: Action::Close });
    assert_eq!(
        secretary.next(),
        ToSeat::Refused {
            v: VERSION,
            request: 1,
            reason: "This seat cannot do that (attach with --as chair)".into(),
            why: Some(Refusal::NotThisSeat)
        }
    );
    let mut room = Seat::connect(&server, Role::Room);
    room.next();
    joined(&rx);
    room.send(&ToRunner::Act { v: VERSION, request: 1, action: note("r", "no") });
    assert!(matches!(room.next(), ToSeat::Refused { .. }));
    // Nothing reached the loop.
    assert!(rx.recv_timeout(Duration::from_millis(50)).is_err());
}

fn expect_goodbye(seat: &mut Seat, reason: &str) {
    loop {
        match seat.next() {
            ToSeat::Goodbye { reason: r, .. } => {
                assert_eq!(r, reason);
                return;
            }
            _ => continue,
        }
    }
}

#[test]
fn bad_seats_are_dropped_with_a_reason_and_the_others_carry_on() {
    let dir = tempfile::tempdir().unwrap();
    let (server, rx, _, entries) = server(dir.path());
    let mut good = Seat::connect(&server, Role::Chair);
    good.next();
    joined(&rx);

    // Garbage before hello.
    let mut raw = gavel::platform::local::connect(server.path()).unwrap();
    #[cfg(unix)]
    raw.set_read_timeout(Some(WAIT)).unwrap();
    raw.write_all(b"\x00\xff garbage\n").unwrap();
    let mut reply = String::new();
    BufReader::new(&raw).read_line(&mut reply).unwrap();
    assert_eq!(
        reply,
        "{\"type\":\"goodbye\",\"v\":1,\"reason\":\"sent a message that is not JSON\",\"last\":true}\n"
    );

    // Another protocol version.
    let mut raw = gavel::platform::local::connect(server.path()).unwrap();
    #[cfg(unix)]
    raw.set_read_timeout(Some(WAIT)).unwrap();
    raw.write_all(b"{\"type\":\"hello\",\"v\":2,\"role\":\"chair\",\"program\":\"gavel 9\"}\n").unwrap();
    let mut reply = String::new();
    BufReader::new(&raw).read_line(&mut reply).unwrap();
    assert!(
        reply.contains("protocol version 2; this runner speaks 1") && reply.contains("\"last\":true"),
        "{reply}"
    );

    // Garbage after hello.
    let mut bad = Seat::connect(&server, Role::Chair);
    bad.next();
    joined(&rx);
    bad.stream.write_all(b"{not json\n").unwrap();
    expect_goodbye(&mut bad, "it sent a message that is not JSON");

    // A 100 MB line: refused after 256 KiB, the rest never read.
    let mut huge = Seat::connect(&server, Role::Secretary);
    huge.next();
    joined(&rx);
    let writer = huge.stream.try_clone().unwrap();
    let flood = std::thread::spawn(move || {
        let chunk = vec![b'x'; 1 << 20];
        let mut w = writer;
        for _ in 0..100 {
            if w.write_all(&chunk).is_err() {
                return;
            }
        }
    });
    expect_goodbye(&mut huge, "it sent a message longer than 256 KiB");
    flood.join().unwrap();

    // The good seat still hears everything.
    server.publish(&entries[..1], 1);
    loop {
        if let ToSeat::Entries { entries: e, .. } = good.next() {
            assert_eq!(e, entries[..1]);
            break;
        }
    }
}

// Dropping a seat cuts its socket (shutdown); a pipe cannot be cut from one end.
#[cfg(unix)]
#[test]
fn a_seat_that_never_reads_is_dropped_and_never_slows_the_runner() {
    let dir = tempfile::tempdir().unwrap();
    let (server, rx, _, entries) = server(dir.path());
    let _frozen = Seat::connect(&server, Role::Room);
    let frozen_id = joined(&rx);
    let mut good = Seat::connect(&server, Role::Chair);
    good.next();
    joined(&rx);
    // Far more than the socket buffer and the seat's queue can hold; publish must never block.
    let burst: Vec<Entry> = (0..200).flat_map(|_| entries.iter().cloned()).collect();
    for i in 0..1500 {
        server.publish(&burst[..20], i);
        // The good seat keeps up.
        loop {
            if let ToSeat::Entries { .. } = good.next() {
                break;
            }
        }
    }
    let left = loop {
        match rx.recv_timeout(WAIT).expect("the frozen seat is dropped") {
            SeatNews::Left { seat, reason } if seat == frozen_id => break reason,
            _ => continue,
        }
    };
    assert_eq!(left, "it fell too far behind");
    assert_eq!(server.seats(), 1);
    let _ = common::at(0, 0);
}

/// A refusal's `why` is an addition to version 1: a runner without it, and a `why` from a newer
/// runner that this program does not know, both still read, with the `reason` in words.
#[test]
fn a_refusal_reads_with_or_without_a_why_this_program_knows() {
    let read = |json: &str| serde_json::from_str::<ToSeat>(json).unwrap();
    let refused = |why| ToSeat::Refused { v: VERSION, request: 3, reason: "No".into(), why };
    assert_eq!(read(r#"{"type":"refused","v":1,"request":3,"reason":"No"}"#), refused(None));
    assert_eq!(
        read(r#"{"type":"refused","v":1,"request":3,"reason":"No","why":{"type":"from_the_future","x":1}}"#),
        refused(None)
    );
    assert_eq!(
        read(r#"{"type":"refused","v":1,"request":3,"reason":"No","why":{"type":"closed"}}"#),
        refused(Some(Refusal::Closed))
    );
    // Without a why, none is written: the line is exactly version 1's.
    assert_eq!(line(&refused(None)), b"{\"type\":\"refused\",\"v\":1,\"request\":3,\"reason\":\"No\"}\n");
}

/// The doc's example lines that are whole are exactly what the code reads and writes.
#[test]
fn the_documented_exchange_matches_the_code() {
    let doc = std::fs::read_to_string("docs/seats-protocol.md").unwrap();
    let mut checked = 0;
    for l in doc.lines().filter(|l| !l.contains('…')) {
        if let Some(json) = l.strip_prefix("> ") {
            let message: ToRunner = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
            assert_eq!(String::from_utf8(line(&message)).unwrap(), format!("{json}\n"));
            checked += 1;
        } else if let Some(json) = l.strip_prefix("< ") {
            let message: ToSeat = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
            assert_eq!(String::from_utf8(line(&message)).unwrap(), format!("{json}\n"));
            checked += 1;
        }
    }
    assert!(checked >= 4, "{checked} lines checked");
}

/// Where the socket cannot sit beside the minutes it goes in a folder in a place others share:
/// gavel makes that folder owner-only, and refuses one someone else made, can write, or that is
/// a link elsewhere.
// A socket folder's owner and mode: Unix.
#[cfg(unix)]
#[test]
fn the_socket_folder_in_a_shared_place_is_the_users_own_or_refused() {
    use gavel::share::socket::private_folder;
    use std::os::unix::fs::{PermissionsExt, symlink};
    let shared = tempfile::tempdir().unwrap();
    let mode = |p: &std::path::Path| std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777;

    let made = shared.path().join("gavel-made");
    private_folder(&made, true).expect("made and accepted");
    assert_eq!(mode(&made), 0o700);
    private_folder(&made, true).expect("found again and accepted");

    let open = shared.path().join("gavel-open");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
    let e = private_folder(&open, true).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "{}: others can use it (mode 777); it must be 700: chmod 700 it, or remove it",
            open.display()
        )
    );
    assert_eq!(mode(&open), 0o777, "left as it was");

    let link = shared.path().join("gavel-link");
    symlink(&made, &link).unwrap();
    let e = private_folder(&link, true).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("{}: a symbolic link, not gavel's own folder; remove it and start again", link.display())
    );

    let file = shared.path().join("gavel-file");
    std::fs::write(&file, "").unwrap();
    let e = private_folder(&file, false).unwrap_err();
    assert_eq!(e.to_string(), format!("{}: not a folder; remove it and start again", file.display()));

    // Someone else's: only root can make one here to try it.
    if !rustix::process::geteuid().is_root() {
        return crate::journal_faults::skipped("a folder of another user needs root to make");
    }
    let theirs = shared.path().join("gavel-theirs");
    std::fs::create_dir(&theirs).unwrap();
    std::fs::set_permissions(&theirs, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).unwrap();
    let e = private_folder(&theirs, false).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "{}: made by another user (uid 65534), not by you; remove it, or set XDG_RUNTIME_DIR",
            theirs.display()
        )
    );
}

/// The minutes folder gavel makes is its owner's only, as the minutes are.
// File modes: Unix.
#[cfg(unix)]
#[test]
fn the_minutes_folder_gavel_makes_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let minutes = dir.path().join("minutes").join("deeper").join("m.jsonl");
    let header = header(busan());
    let journal = gavel::journal::MinutesJournal::create(
        std::sync::Arc::new(gavel::journal::fs::RealFs),
        &minutes,
        &header,
    )
    .unwrap();
    drop(journal);
    for folder in [dir.path().join("minutes"), dir.path().join("minutes/deeper")] {
        let mode = std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", folder.display());
    }
}

/// What each seat may ask for: the secretary takes notes, moves the clicker and calls the roll,
/// but never opens, closes, corrects or signs off; a room display asks for nothing.
#[test]
fn who_may_ask_for_what() {
    use gavel::agenda::Group;
    let roll = [
        Action::AddAttendee { name: "Kim".into(), position: None, affiliation: None, group: Group::Attendee },
        Action::MarkPresent { attendee: 0 },
        Action::MarkAbsent { attendee: 0, reason: Some("ill".into()) },
        Action::MarkLeft { attendee: 0 },
    ];
    let chairs_only = [
        Action::Open,
        Action::Close,
        Action::AddMinute,
        Action::Correct { id: "n".into(), text: None, by: "Kim".into(), reason: "x".into() },
        Action::Finalize { by: "Kim".into(), fingerprint: "f".repeat(64) },
        // The plan changed live and the room's messages (issue 18): a second chair's too.
        Action::InsertTopic {
            session: 0,
            topic: 1,
            title: "긴급 안건".into(),
            presenter: None,
            seconds: Some(300),
        },
        Action::RenameTopic { session: 0, topic: 0, title: "A".into() },
        Action::MoveTopic { session: 0, topic: 0, to_session: 1, to_topic: 0 },
        Action::RemoveTopic { session: 0, topic: 1 },
        Action::Retime { session: 0, topic: None, seconds: Some(600) },
        Action::ShowRoom { text: "마무리 부탁드립니다".into() },
        Action::ClearRoom,
    ];
    for action in &roll {
        assert!(Role::Secretary.may(action), "{action:?}");
        assert!(Role::Chair.may(action) && !Role::Room.may(action), "{action:?}");
    }
    for action in &chairs_only {
        assert!(!Role::Secretary.may(action) && Role::Chair.may(action), "{action:?}");
    }
}

/// A second chair's change to the plan reaches the runner's loop as it was sent, to be applied
/// and journaled there like the first chair's.
#[test]
fn a_second_chair_changes_the_plan_through_the_runner() {
    let dir = tempfile::tempdir().unwrap();
    let (server, rx, _, _) = server(dir.path());
    let mut chair = Seat::connect(&server, Role::Chair);
    chair.next();
    let id = joined(&rx);
    let insert = Action::InsertTopic {
        session: 0,
        topic: 1,
        title: "긴급: 태풍 대비".into(),
        presenter: None,
        seconds: Some(600),
    };
    chair.send(&ToRunner::Act { v: VERSION, request: 3, action: insert.clone() });
    match rx.recv_timeout(WAIT).unwrap() {
        SeatNews::Request(r) => {
            assert_eq!((r.seat, r.request, r.role, r.action), (id, 3, Role::Chair, insert))
        }
        other => panic!("{other:?}"),
    }
}
