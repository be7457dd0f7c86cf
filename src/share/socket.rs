//! Where a running meeting listens: a local socket ([`crate::platform::local`]) that belongs to its minutes, found again from
//! the minutes path alone, open to the same user only.

use std::io;
use std::path::{Path, PathBuf};

use crate::platform::local::{self, Listener, Stream};
use crate::platform::private::NotOwners;

use crate::i18n::current;
use i18n_embed_fl::fl;
use sha2::{Digest, Sha256};

/// Socket addresses are at most 108 bytes on Linux; leave room for the terminating zero.
const MAX_ADDRESS: usize = 100;

/// The socket of the meeting whose minutes are at `minutes`: beside them when the path fits a
/// socket address, otherwise in the user's runtime folder under a name made from the path.
pub fn socket_path(minutes: &Path) -> PathBuf {
    let absolute = std::path::absolute(minutes).unwrap_or_else(|_| minutes.to_owned());
    let beside = absolute.with_extension("sock");
    if beside.as_os_str().len() <= MAX_ADDRESS {
        return beside;
    }
    let digest = Sha256::digest(absolute.as_os_str().as_encoded_bytes());
    runtime_folder().join(format!("{}.sock", hex::encode(&digest[..12])))
}

/// `$XDG_RUNTIME_DIR/gavel`, else `/tmp/gavel-<uid>`.
pub fn runtime_folder() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir).join("gavel"),
        None => std::env::temp_dir().join(format!("gavel-{}", local::user())),
    }
}

/// Whether `socket` sits in the shared runtime folder rather than beside its minutes.
fn in_runtime_folder(socket: &Path) -> bool {
    socket.parent() == Some(runtime_folder().as_path())
}

/// Why a folder cannot hold the meeting's socket.
#[derive(Debug, thiserror::Error)]
pub enum FolderRefused {
    #[error("{}", fl!(current(), "share-folder-link", path = .0.display().to_string()))]
    Link(PathBuf),
    #[error("{}", fl!(current(), "share-folder-not-folder", path = .0.display().to_string()))]
    NotFolder(PathBuf),
    #[error("{}", fl!(current(), "share-folder-owner", path = path.display().to_string(), owner = owner.to_string()))]
    Owner { path: PathBuf, owner: u32 },
    #[error("{}", fl!(current(), "share-folder-account", path = path.display().to_string(), account = account.clone()))]
    Account { path: PathBuf, account: String },
    #[error("{}", fl!(current(), "share-folder-mode", path = path.display().to_string(), mode = format!("{mode:03o}")))]
    Mode { path: PathBuf, mode: u32 },
    #[error("{}", fl!(current(), "share-folder-access", path = path.display().to_string(), who = who.clone()))]
    Access { path: PathBuf, who: String },
}

/// The folder for sockets in a place others share (`/tmp`): made by gavel, owner-only, and
/// checked before use, since a folder someone else made or can write lets them stand in for
/// the runner or take the socket's place.
pub fn private_folder(folder: &Path, create: bool) -> io::Result<()> {
    if create {
        match crate::platform::private::create_dir(folder) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                // Its parent is missing too ($XDG_RUNTIME_DIR gone): make the way, owner-only.
                crate::platform::private::create_dir_all(folder)?;
            }
            Err(e) => return Err(e),
        }
    }
    let meta = std::fs::symlink_metadata(folder)?;
    let refused = if meta.file_type().is_symlink() {
        Some(FolderRefused::Link(folder.to_owned()))
    } else if !meta.is_dir() {
        Some(FolderRefused::NotFolder(folder.to_owned()))
    } else {
        crate::platform::private::not_owners_only(folder, &meta)?.map(|why| match why {
            NotOwners::Owner(owner) => FolderRefused::Owner { path: folder.to_owned(), owner },
            NotOwners::Mode(mode) => FolderRefused::Mode { path: folder.to_owned(), mode },
            NotOwners::Account(account) => FolderRefused::Account { path: folder.to_owned(), account },
            NotOwners::Access(who) => FolderRefused::Access { path: folder.to_owned(), who },
        })
    };
    match refused {
        Some(why) => Err(io::Error::new(io::ErrorKind::PermissionDenied, why)),
        None => Ok(()),
    }
}

/// Before a seat connects: a socket in the shared runtime folder is used only if that folder
/// is the user's own.
pub fn check_before_connect(socket: &Path) -> io::Result<()> {
    match socket.parent() {
        Some(folder) if in_runtime_folder(socket) => private_folder(folder, false),
        _ => Ok(()),
    }
}

/// Listens at `path`, owner-only. Any socket already there is stale: the caller holds the
/// minutes' lock, so no other runner can be using it.
pub fn listen(path: &Path) -> io::Result<Listener> {
    if let Some(folder) = path.parent() {
        if in_runtime_folder(path) {
            private_folder(folder, true)?;
        } else {
            crate::platform::private::create_dir_all(folder)?;
        }
    }
    match std::fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    local::bind(path)
}

/// Whether the other end of a connection runs as this same user.
pub fn same_user(stream: &Stream) -> bool {
    local::same_user(stream)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The socket's place on Unix (on Windows a pipe's name is made from the path: `platform::local`).
    #[cfg(unix)]
    #[test]
    fn short_paths_sit_beside_the_minutes_long_ones_in_the_runtime_folder() {
        assert_eq!(
            socket_path(Path::new("/srv/m/a-2024-12-23.jsonl")),
            PathBuf::from("/srv/m/a-2024-12-23.sock")
        );
        let long = format!("/srv/{}/a.jsonl", "x".repeat(120));
        let p = socket_path(Path::new(&long));
        assert!(p.as_os_str().len() <= MAX_ADDRESS + 20, "{}", p.display());
        assert_eq!(p, socket_path(Path::new(&long)), "found again from the same path");
        assert_ne!(p, socket_path(Path::new(&long.replace("a.jsonl", "b.jsonl"))));
    }

    // On Windows the runner asks whose the process at the other end of the pipe is: a seat of
    // this same user (here, this very process) is let in. (A second account cannot be had under
    // wine; the pipe's access list keeps other accounts from opening it at all.)
    #[cfg(windows)]
    #[test]
    fn a_seat_of_the_same_user_is_known_as_such() -> io::Result<()> {
        use std::io::{Read, Write};
        let dir = tempfile::tempdir()?;
        let path = socket_path(&dir.path().join("minutes.jsonl"));
        let listener = listen(&path)?;
        let seat = std::thread::spawn(move || -> io::Result<[u8; 3]> {
            let mut stream = local::connect(&path)?;
            stream.write_all(b"hello\n")?;
            let mut answer = [0u8; 3];
            stream.read_exact(&mut answer)?;
            Ok(answer)
        });
        let Some(runner) = listener.incoming().next() else { panic!("no seat came") };
        let mut runner = runner?;
        assert!(same_user(&runner));
        let mut hello = [0u8; 6];
        runner.read_exact(&mut hello)?;
        runner.write_all(b"ok\n")?;
        assert!(matches!(seat.join(), Ok(Ok(answer)) if &answer == b"ok\n"));
        Ok(())
    }
}
