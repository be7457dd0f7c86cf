//! What every part of gavel shares and no one part owns: the name the program gives itself, an
//! I/O error put into the words the user reads, and the one way gavel opens a file it is given.

use std::fs::{File, Metadata, OpenOptions};
use std::io;
use std::path::Path;

use i18n_embed_fl::fl;

/// The program, as the minutes' header and a seat's greeting name it: `gavel 0.1.0`.
pub fn program() -> String {
    format!("gavel {}", env!("CARGO_PKG_VERSION"))
}

/// An I/O error in words, without Rust's "(os error N)": the catalog's words for the errors a
/// person meets with files (no permission, not found, a full or read-only disk…), else the
/// system's own, in lower case.
pub fn io_reason(e: &io::Error) -> String {
    use crate::platform::errors::{Known, known};
    let l = crate::i18n::current();
    match e.kind() {
        io::ErrorKind::PermissionDenied => return fl!(l, "io-permission-denied"),
        io::ErrorKind::NotFound => return fl!(l, "io-not-found"),
        _ => {}
    }
    // Only the system's own errors: an error made in gavel says what it says.
    match known(e) {
        Some(Known::DiskFull) => fl!(l, "io-disk-full"),
        Some(Known::ReadOnly) => fl!(l, "io-read-only"),
        Some(Known::Quota) => fl!(l, "io-quota"),
        Some(Known::FileTooLarge) => fl!(l, "io-file-too-large"),
        Some(Known::IsFolder) => fl!(l, "io-is-folder"),
        Some(Known::NotFolder) => fl!(l, "io-not-folder"),
        Some(Known::InputOutput) => fl!(l, "io-input-output"),
        None => {
            let text = e.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_owned();
            text.to_lowercase()
        }
    }
}

/// A path that names something other than a regular file: a folder, a named pipe, a device, a
/// socket. gavel reads and writes only regular files; a pipe or a device would make it wait
/// for ever, or read what never ends.
#[derive(Debug, thiserror::Error)]
#[error("{}", fl!(crate::i18n::current(), "io-not-regular", what = self.what.words()))]
pub struct NotRegular {
    /// What it is.
    pub what: Kind,
}

/// What a path that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Folder,
    Fifo,
    Device,
    Socket,
    Other,
}

impl Kind {
    /// The kind in words: `a named pipe (FIFO)`.
    pub fn words(self) -> String {
        let l = crate::i18n::current();
        match self {
            Kind::Folder => fl!(l, "io-kind-folder"),
            Kind::Fifo => fl!(l, "io-kind-fifo"),
            Kind::Device => fl!(l, "io-kind-device"),
            Kind::Socket => fl!(l, "io-kind-socket"),
            Kind::Other => fl!(l, "io-kind-other"),
        }
    }
}

impl NotRegular {
    /// `e`, when it says that the path is not a regular file.
    pub fn of(e: &io::Error) -> Option<&NotRegular> {
        e.get_ref().and_then(|inner| inner.downcast_ref::<NotRegular>())
    }
}

pub(crate) fn not_regular(what: Kind) -> io::Error {
    let kind = if what == Kind::Folder { io::ErrorKind::IsADirectory } else { io::ErrorKind::InvalidInput };
    io::Error::new(kind, NotRegular { what })
}

/// Opens `path` as `options` say, only if it is a regular file, and never waits on the way.
///
/// The kind of file is checked on the open handle, not by a look at the path before, which
/// another program could change in between; on Unix the open does not block (a named pipe with
/// no writer would otherwise hold it for ever). A folder comes back as
/// [`io::ErrorKind::IsADirectory`], anything else that is not a regular file as
/// [`io::ErrorKind::InvalidInput`]; both carry a [`NotRegular`] saying what it is. The handle
/// returned blocks as usual, with its metadata. ([`crate::platform::regular`].)
pub fn open_regular(path: &Path, options: &OpenOptions) -> io::Result<(File, Metadata)> {
    crate::platform::regular::open(path, options)
}

/// An I/O error about a file the user named, in words: what it is when it is not a regular file,
/// else [`io_reason`].
pub fn file_reason(e: &io::Error) -> String {
    match NotRegular::of(e) {
        Some(not) => not.to_string(),
        None => io_reason(e),
    }
}
