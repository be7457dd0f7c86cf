//! The local socket seats attach over: a Unix socket on Unix, where the kernel says who is at
//! the other end; a named pipe on Windows, through the `interprocess` crate.

#[cfg(unix)]
use std::io;
#[cfg(unix)]
use std::path::Path;

#[cfg(unix)]
pub use std::os::unix::net::{UnixListener as Listener, UnixStream as Stream};

/// Listens at `path`, a socket file only its owner may use (0600).
#[cfg(unix)]
pub fn bind(path: &Path) -> io::Result<Listener> {
    use std::os::unix::fs::PermissionsExt;
    let listener = Listener::bind(path)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    Ok(listener)
}

/// Connects to the listener at `path`.
#[cfg(unix)]
pub fn connect(path: &Path) -> io::Result<Stream> {
    Stream::connect(path)
}

/// Whether the other end of a connection runs as this same user (the kernel's word for it).
#[cfg(unix)]
pub fn same_user(stream: &Stream) -> bool {
    match rustix::net::sockopt::socket_peercred(stream) {
        Ok(cred) => cred.uid == rustix::process::getuid(),
        Err(_) => false,
    }
}

/// This user's number, for names of places only they use.
#[cfg(unix)]
pub fn user() -> u32 {
    rustix::process::getuid().as_raw()
}

#[cfg(windows)]
pub use windows::*;

/// On Windows, a named pipe (`\\.\pipe\gavel-…`, its name made from the socket's path, so found
/// again from the minutes alone) through the `interprocess` crate. The pipe's access list lets
/// this user alone open it (`platform::access`), and [`same_user`] asks whose the process at the
/// other end is, as the kernel's peer credentials do on Unix.
#[cfg(windows)]
mod windows {
    use std::io;
    use std::net::Shutdown;
    use std::path::Path;

    use interprocess::TryClone;
    use interprocess::local_socket::prelude::*;
    use interprocess::local_socket::traits::StreamCommon;
    use interprocess::local_socket::{GenericNamespaced, ListenerOptions};
    use interprocess::os::windows::local_socket::ListenerOptionsExt;
    use interprocess::os::windows::named_pipe::{DuplexPipeStream, pipe_mode};
    use interprocess::os::windows::security_descriptor::SecurityDescriptor;
    use sha2::{Digest, Sha256};
    use widestring::U16CString;

    use crate::platform::access;

    pub struct Listener(interprocess::local_socket::Listener);

    pub struct Stream(interprocess::local_socket::Stream);

    /// The pipe's name for the socket path `path`.
    fn name(path: &Path) -> String {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let digest = Sha256::digest(absolute.as_os_str().as_encoded_bytes());
        format!("gavel-{}", hex::encode(&digest[..16]))
    }

    pub fn bind(path: &Path) -> io::Result<Listener> {
        let name = name(path).to_ns_name::<GenericNamespaced>()?;
        let sddl = access::pipe_sddl(access::current_user()?);
        let sddl = U16CString::from_str(&sddl).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        let descriptor = SecurityDescriptor::deserialize(&sddl)?;
        ListenerOptions::new().name(name).security_descriptor(descriptor).create_sync().map(Listener)
    }

    /// Connects without waiting: a pipe whose every instance is taken (a runner between two
    /// seats, or one that has gone while a seat's instance lingers) is "not reachable" now, and
    /// the seat tries again a second later, as it does for any refusal. Waiting for the pipe
    /// would hold the seat for ever in the second case (wine does not even bound the wait).
    pub fn connect(path: &Path) -> io::Result<Stream> {
        // interprocess's local sockets always wait on Windows: its named pipes are asked directly.
        let pipe = DuplexPipeStream::<pipe_mode::Bytes>::connect_by_path_with_wait_mode(
            format!(r"\\.\pipe\{}", name(path)).as_str(),
            interprocess::ConnectWaitMode::Timeout(std::time::Duration::ZERO),
        )?;
        // Pipe names are the whole machine's: a pipe of this name made first by another account
        // is not the runner's. (On Unix the socket lies in a folder that is the user's alone.)
        let server = access::user_of_process(pipe.server_process_id()?)?;
        if server != access::current_user()? {
            let why = i18n_embed_fl::fl!(crate::i18n::current(), "share-pipe-foreign", account = server);
            return Err(io::Error::new(io::ErrorKind::PermissionDenied, why));
        }
        Ok(Stream(interprocess::local_socket::Stream::NamedPipe(pipe.into())))
    }

    /// Whether the other end runs as this same user: the user of the process the pipe says is
    /// there. Anything that cannot be asked is not the same user.
    pub fn same_user(stream: &Stream) -> bool {
        let pid = match stream.0.peer_creds().map(|creds| creds.pid()) {
            Ok(Some(pid)) => pid,
            _ => return false,
        };
        match (access::user_of_process(pid), access::current_user()) {
            (Ok(theirs), Ok(mine)) => theirs == mine,
            _ => false,
        }
    }

    pub fn user() -> u32 {
        0
    }

    impl Listener {
        pub fn incoming(&self) -> impl Iterator<Item = io::Result<Stream>> + '_ {
            self.0.incoming().map(|s| s.map(Stream))
        }
    }

    impl Stream {
        pub fn try_clone(&self) -> io::Result<Stream> {
            self.0.try_clone().map(Stream)
        }

        /// A pipe cannot be half closed: the other end's going ends a read.
        pub fn shutdown(&self, _: Shutdown) -> io::Result<()> {
            Ok(())
        }
    }

    impl io::Read for Stream {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.0.read(buf)
        }
    }

    impl io::Write for Stream {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.write(buf)
        }

        fn flush(&mut self) -> io::Result<()> {
            self.0.flush()
        }
    }

    impl io::Read for &Stream {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            (&self.0).read(buf)
        }
    }

    impl io::Write for &Stream {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            (&self.0).write(buf)
        }

        fn flush(&mut self) -> io::Result<()> {
            (&self.0).flush()
        }
    }
}
