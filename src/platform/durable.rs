//! Making a folder's entries durable: on Unix by syncing the folder itself (after a file is
//! made, renamed or removed in it), as POSIX asks. Windows has no such call for a folder (NTFS
//! journals its own metadata, and a folder handle takes no flush): there it is nothing.

use std::io;
use std::path::Path;

pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}
