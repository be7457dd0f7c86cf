//! The local socket seats attach over: a Unix socket on Unix, where the kernel says who is at
//! the other end. On Windows seats are not there yet (named pipes, through the `interprocess`
//! crate, are issue 19's next step): binding and connecting say so, and the meeting runs on its
//! one screen.

#[cfg(unix)]
use std::io;
#[cfg(unix)]
use std::path::Path;

#[cfg(unix)]
pub use std::os::unix::net::{UnixListener as Listener, UnixStream as Stream};

/// Listens at `path`.
#[cfg(unix)]
pub fn bind(path: &Path) -> io::Result<Listener> {
    Listener::bind(path)
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

#[cfg(not(unix))]
pub use elsewhere::*;

#[cfg(not(unix))]
mod elsewhere {
    use std::io;
    use std::net::Shutdown;
    use std::path::Path;

    /// No value of it can be made: nothing listens or connects here yet.
    enum Never {}

    pub struct Listener(Never);

    pub struct Stream(Never);

    fn unsupported() -> io::Error {
        io::Error::new(
            io::ErrorKind::Unsupported,
            i18n_embed_fl::fl!(crate::i18n::current(), "platform-no-seats"),
        )
    }

    pub fn bind(_: &Path) -> io::Result<Listener> {
        Err(unsupported())
    }

    pub fn connect(_: &Path) -> io::Result<Stream> {
        Err(unsupported())
    }

    pub fn same_user(stream: &Stream) -> bool {
        match stream.0 {}
    }

    pub fn user() -> u32 {
        0
    }

    impl Listener {
        pub fn incoming(&self) -> std::iter::Empty<io::Result<Stream>> {
            match self.0 {}
        }
    }

    impl Stream {
        pub fn try_clone(&self) -> io::Result<Stream> {
            match self.0 {}
        }

        pub fn shutdown(&self, _: Shutdown) -> io::Result<()> {
            match self.0 {}
        }
    }

    impl io::Read for Stream {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            match self.0 {}
        }
    }

    impl io::Write for Stream {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            match self.0 {}
        }

        fn flush(&mut self) -> io::Result<()> {
            match self.0 {}
        }
    }

    impl io::Write for &Stream {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            match self.0 {}
        }

        fn flush(&mut self) -> io::Result<()> {
            match self.0 {}
        }
    }
}
