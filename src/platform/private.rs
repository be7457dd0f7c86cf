//! Files and folders readable by their owner only. On Unix by their mode (0600 for a file, 0700
//! for a folder gavel makes). On Windows by an access list that lets this user alone in,
//! protected from what the folder above passes down (`platform::access`); a file system that
//! keeps no access lists (FAT on a USB stick) is used as it is, on both.

use std::fs::OpenOptions;
use std::io;
use std::path::Path;

/// `options` make a new file readable and writable by its owner only where the system lets a
/// file be made so (Unix); elsewhere [`made`] restricts it once it is there.
pub fn owner_only(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600)
    }
    #[cfg(not(unix))]
    {
        options
    }
}

/// A new file gavel just made at `path` (with [`owner_only`] options, or written whole and
/// renamed into place, which keeps the list of the folder it was written in): on Windows it gets
/// its owner-only access list now (on Unix its mode was given as it was made, or by [`restrict`]).
pub fn made(path: &Path) -> io::Result<()> {
    #[cfg(windows)]
    {
        crate::platform::access::restrict(path, false)
    }
    #[cfg(not(windows))]
    {
        let _ = path;
        Ok(())
    }
}

/// Makes `dir` and the folders above it that are missing, each its owner's only (0700 on Unix).
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
    }
    #[cfg(windows)]
    {
        let missing: Vec<&Path> = dir.ancestors().take_while(|folder| !folder.exists()).collect();
        std::fs::create_dir_all(dir)?;
        missing.iter().rev().try_for_each(|folder| crate::platform::access::restrict(folder, true))
    }
}

/// Makes the one folder `dir`, its owner's only (its parent must be there).
pub fn create_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().mode(0o700).create(dir)
    }
    #[cfg(windows)]
    {
        std::fs::create_dir(dir)?;
        crate::platform::access::restrict(dir, true)
    }
}

/// Makes an open file readable by its owner only, before anything is written to it (0600 on
/// Unix; on Windows an open file's access list is set by its name: [`made`]).
pub fn restrict(file: &std::fs::File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        Ok(())
    }
}

/// Why a folder is not its user's alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotOwners {
    /// Someone else owns it (their user number, on Unix).
    Owner(u32),
    /// Someone else owns it (their account's SID, on Windows).
    Account(String),
    /// Others may use it (its mode on Unix).
    Mode(u32),
    /// Others may use it (on Windows, the first one else its access list lets in).
    Access(String),
}

/// Whether the folder at `path` (whose own metadata is `meta`) is not this user's alone:
/// another's, or open to others.
pub fn not_owners_only(path: &Path, meta: &std::fs::Metadata) -> io::Result<Option<NotOwners>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        Ok(if meta.uid() != crate::platform::local::user() {
            Some(NotOwners::Owner(meta.uid()))
        } else if meta.mode() & 0o077 != 0 {
            Some(NotOwners::Mode(meta.mode() & 0o777))
        } else {
            None
        })
    }
    #[cfg(windows)]
    {
        let _ = meta;
        let user = crate::platform::access::current_user()?;
        let access = crate::platform::access::of_path(path)?;
        Ok(if let Some(owner) = access.foreign_owner(user) {
            Some(NotOwners::Account(owner.to_owned()))
        } else {
            access.others(user).map(|other| NotOwners::Access(other.to_owned()))
        })
    }
}
