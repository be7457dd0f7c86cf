//! What every part of gavel shares and no one part owns: the name the program gives itself, an
//! I/O error put into the words the user reads, and the one way gavel opens a file it is given.

use std::fs::{File, Metadata, OpenOptions};
use std::io;
use std::path::Path;

/// The program, as the minutes' header and a seat's greeting name it: `gavel 0.1.0`.
pub fn program() -> String {
    format!("gavel {}", env!("CARGO_PKG_VERSION"))
}

/// An I/O error in words, without Rust's "(os error N)".
pub fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::NotFound => "no such file or folder".into(),
        _ => {
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
#[error("is {what}, not a regular file; gavel reads and writes only regular files")]
pub struct NotRegular {
    /// What it is, in words: `a named pipe (FIFO)`.
    pub what: &'static str,
}

impl NotRegular {
    /// `e`, when it says that the path is not a regular file.
    pub fn of(e: &io::Error) -> Option<&NotRegular> {
        e.get_ref().and_then(|inner| inner.downcast_ref::<NotRegular>())
    }
}

fn not_regular(what: &'static str) -> io::Error {
    let kind = if what == FOLDER { io::ErrorKind::IsADirectory } else { io::ErrorKind::InvalidInput };
    io::Error::new(kind, NotRegular { what })
}

const FOLDER: &str = "a folder";

fn kind_in_words(kind: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_dir() {
        FOLDER
    } else if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "not a file"
    }
}

/// Opens `path` as `options` say, only if it is a regular file, and never waits on the way.
///
/// The open does not block (`O_NONBLOCK`: a named pipe with no writer would otherwise hold it for
/// ever), and the kind of file is checked on the open handle (`fstat`), not by a look at the path
/// before, which another program could change in between. A folder comes back as
/// [`io::ErrorKind::IsADirectory`], anything else that is not a regular file as
/// [`io::ErrorKind::InvalidInput`]; both carry a [`NotRegular`] saying what it is. The handle
/// returned blocks as usual again, with its metadata.
pub fn open_regular(path: &Path, options: &OpenOptions) -> io::Result<(File, Metadata)> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let mut options = options.clone();
    options.custom_flags(OFlags::NONBLOCK.bits() as i32);
    let file = match options.open(path) {
        Ok(file) => file,
        // A socket cannot be opened at all: say what it is rather than "no such device".
        Err(e) if e.raw_os_error() == Some(rustix::io::Errno::NXIO.raw_os_error()) => {
            return Err(match std::fs::metadata(path) {
                Ok(meta) if meta.file_type().is_socket() => not_regular("a socket"),
                _ => e,
            });
        }
        Err(e) => return Err(e),
    };
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(kind_in_words(meta.file_type())));
    }
    let flags = rustix::fs::fcntl_getfl(&file)?;
    rustix::fs::fcntl_setfl(&file, flags - OFlags::NONBLOCK)?;
    Ok((file, meta))
}

/// An I/O error about a file the user named, in words: what it is when it is not a regular file,
/// else [`io_reason`].
pub fn file_reason(e: &io::Error) -> String {
    match NotRegular::of(e) {
        Some(not) => not.to_string(),
        None => io_reason(e),
    }
}
