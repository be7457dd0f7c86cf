//! Files and folders readable by their owner only: on Unix by their mode (0600 for a file, 0700
//! for a folder gavel makes). Elsewhere a file gets what its folder gives (on Windows, the
//! user's profile folder, which others cannot read).

use std::fs::OpenOptions;

/// `options` make a new file readable and writable by its owner only.
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

/// Makes `dir` and the folders above it that are missing, each its owner's only (0700 on Unix).
pub fn create_dir_all(dir: &std::path::Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir)
    }
}

/// Makes a file just written readable by its owner only (0600 on Unix).
pub fn restrict(file: &std::fs::File) -> std::io::Result<()> {
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

/// Makes the one folder `dir`, its owner's only (its parent must be there).
pub fn create_dir(dir: &std::path::Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().mode(0o700).create(dir)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir(dir)
    }
}

/// Makes the file at `path` readable by its owner only (0600 on Unix).
pub fn restrict_path(path: &std::path::Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// Why a folder is not its user's alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotOwners {
    /// Someone else owns it (their user number).
    Owner(u32),
    /// Others may use it (its mode).
    Mode(u32),
}

/// Whether a folder is not this user's alone: another's, or open to others (Unix). Elsewhere the
/// folder's access is what the system gave it.
pub fn not_owners_only(meta: &std::fs::Metadata) -> Option<NotOwners> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.uid() != crate::platform::local::user() {
            Some(NotOwners::Owner(meta.uid()))
        } else if meta.mode() & 0o077 != 0 {
            Some(NotOwners::Mode(meta.mode() & 0o777))
        } else {
            None
        }
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}
