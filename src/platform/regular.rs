//! Opening a file the user named only if it is a regular file, and without waiting on the way
//! ([`crate::base::open_regular`]).

use std::fs::{File, Metadata, OpenOptions};
use std::io;
use std::path::Path;

use crate::base::{Kind, not_regular};

#[cfg(unix)]
pub fn open(path: &Path, options: &OpenOptions) -> io::Result<(File, Metadata)> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let mut options = options.clone();
    // A named pipe with no writer would hold a blocking open for ever.
    options.custom_flags(OFlags::NONBLOCK.bits() as i32);
    let file = match options.open(path) {
        Ok(file) => file,
        // A socket cannot be opened at all: say what it is rather than "no such device".
        Err(e) if e.raw_os_error() == Some(rustix::io::Errno::NXIO.raw_os_error()) => {
            return Err(match std::fs::metadata(path) {
                Ok(meta) if meta.file_type().is_socket() => not_regular(Kind::Socket),
                _ => e,
            });
        }
        Err(e) => return Err(e),
    };
    // The kind, from the open handle (fstat), not from a look at the path before.
    let meta = file.metadata()?;
    if !meta.is_file() {
        let kind = meta.file_type();
        let what = if kind.is_dir() {
            Kind::Folder
        } else if kind.is_fifo() {
            Kind::Fifo
        } else if kind.is_char_device() || kind.is_block_device() {
            Kind::Device
        } else if kind.is_socket() {
            Kind::Socket
        } else {
            Kind::Other
        };
        return Err(not_regular(what));
    }
    let flags = rustix::fs::fcntl_getfl(&file)?;
    rustix::fs::fcntl_setfl(&file, flags - OFlags::NONBLOCK)?;
    Ok((file, meta))
}

#[cfg(not(unix))]
pub fn open(path: &Path, options: &OpenOptions) -> io::Result<(File, Metadata)> {
    let file = options.open(path).map_err(|e| match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => not_regular(Kind::Folder),
        _ => e,
    })?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(if meta.is_dir() { Kind::Folder } else { Kind::Other }));
    }
    Ok((file, meta))
}

/// Fills `buf` from `file` at `offset`, leaving where the file reads next as it was (Unix) or
/// moved (Windows, where the journal never reads by position otherwise).
pub fn read_at(file: &File, offset: u64, buf: &mut [u8]) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileExt;
        file.read_exact_at(buf, offset)
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::FileExt;
        let mut done = 0;
        while done < buf.len() {
            match file.seek_read(&mut buf[done..], offset + done as u64)? {
                0 => return Err(io::ErrorKind::UnexpectedEof.into()),
                n => done += n,
            }
        }
        Ok(())
    }
}
