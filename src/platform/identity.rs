//! Which file a path or an open handle is, so that a minutes file replaced under its name is
//! noticed: device and inode on Unix, volume and file index on Windows (the `file-id` crate,
//! where std has no portable way).

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

pub use file_id::FileId;

/// The file `path` names now (following links).
pub fn of_path(path: &Path) -> io::Result<FileId> {
    file_id::get_file_id(path)
}

/// The file `file` is open on, even if its name has gone (Unix); where the system gives no
/// identity of a handle, the file under `path`, the name it was just opened by.
pub fn of_file(file: &File, path: &Path) -> io::Result<FileId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        let meta = file.metadata()?;
        Ok(FileId::new_inode(meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        of_path(path)
    }
}

/// `options` open the minutes so that, while gavel holds them, their name stays theirs: on
/// Windows no other program may rename or remove them (no FILE_SHARE_DELETE; reading and writing
/// are still shared, so replay, export and verify read a running meeting, and a second runner
/// gets as far as the lock). Unix has no such hold: gavel checks the name before each write.
pub fn keep_name(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        use windows_sys::Win32::Storage::FileSystem::{FILE_SHARE_READ, FILE_SHARE_WRITE};
        options.share_mode(FILE_SHARE_READ | FILE_SHARE_WRITE)
    }
    #[cfg(not(windows))]
    {
        options
    }
}
