//! The system's own file errors a person meets, recognised by their code on each system, so that
//! [`crate::base::io_reason`] can say them in the catalog's words.

use std::io;

/// A file error gavel says in its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    DiskFull,
    ReadOnly,
    Quota,
    FileTooLarge,
    IsFolder,
    NotFolder,
    InputOutput,
}

/// What `e` is, when the system said it and it is one of these.
pub fn known(e: &io::Error) -> Option<Known> {
    let raw = e.raw_os_error()?;
    #[cfg(unix)]
    {
        use rustix::io::Errno;
        let is = |errno: Errno| raw == errno.raw_os_error();
        [
            (Errno::NOSPC, Known::DiskFull),
            (Errno::ROFS, Known::ReadOnly),
            (Errno::DQUOT, Known::Quota),
            (Errno::FBIG, Known::FileTooLarge),
            (Errno::ISDIR, Known::IsFolder),
            (Errno::NOTDIR, Known::NotFolder),
            (Errno::IO, Known::InputOutput),
        ]
        .into_iter()
        .find(|(errno, _)| is(*errno))
        .map(|(_, known)| known)
    }
    #[cfg(windows)]
    {
        // The Win32 error codes (winerror.h).
        match raw {
            39 | 112 => Some(Known::DiskFull), // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
            19 => Some(Known::ReadOnly),       // ERROR_WRITE_PROTECT
            1295 => Some(Known::Quota),        // ERROR_DISK_QUOTA_EXCEEDED
            223 => Some(Known::FileTooLarge),  // ERROR_FILE_TOO_LARGE
            267 => Some(Known::NotFolder),     // ERROR_DIRECTORY
            1117 | 23 => Some(Known::InputOutput), // ERROR_IO_DEVICE, ERROR_CRC
            _ => None,
        }
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = raw;
        None
    }
}
