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
