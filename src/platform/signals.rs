//! Being told to stop from outside: on Unix SIGTERM (asked to stop) and SIGHUP (the terminal
//! went); on Windows the console's close, log-off and shut-down events (the window went) and
//! Ctrl-Break (asked to stop). Ctrl-C reaches gavel as a key on every system, in raw mode.
//!
//! Windows ends a process soon after its console handler returns from a close: the handler
//! waits, up to four seconds, until the loop says it has done what it must before the end
//! ([`done`]: saved, or the rescue copy written).

#[cfg(unix)]
use std::io;

/// Why gavel is to stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The terminal or its window went.
    HangUp,
    /// Asked to stop.
    Terminate,
}

/// Calls `tell` (on a thread of its own) each time gavel is told to stop; `tell` returns false
/// once no one listens any more.
#[cfg(unix)]
pub fn listen(tell: impl Fn(Ending) -> bool + Send + Sync + 'static) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::Builder::new().name("gavel-signals".into()).spawn(move || {
        for signal in signals.forever() {
            if !tell(if signal == SIGHUP { Ending::HangUp } else { Ending::Terminate }) {
                return;
            }
        }
    })?;
    Ok(())
}

/// The loop has done what it must before the end; a closing window may take the process now.
#[cfg(unix)]
pub fn done() {}

#[cfg(windows)]
pub use windows::{done, listen};

#[cfg(windows)]
mod windows {
    use std::io;
    use std::sync::{Condvar, Mutex, OnceLock};
    use std::time::Duration;

    use windows_sys::Win32::Foundation::{FALSE, TRUE};
    use windows_sys::Win32::System::Console::{
        CTRL_BREAK_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT, SetConsoleCtrlHandler,
    };

    use super::Ending;

    type Tell = Box<dyn Fn(Ending) -> bool + Send + Sync>;

    static TELL: OnceLock<Tell> = OnceLock::new();
    static DONE: (Mutex<bool>, Condvar) = (Mutex::new(false), Condvar::new());

    pub fn listen(tell: impl Fn(Ending) -> bool + Send + Sync + 'static) -> io::Result<()> {
        if TELL.set(Box::new(tell)).is_err() {
            return Ok(());
        }
        // SAFETY: `handler` is a plain function of the signature the console calls, touching
        // only statics that live as long as the process.
        #[allow(unsafe_code, reason = "the console's handler is set through its C API")]
        let set = unsafe { SetConsoleCtrlHandler(Some(handler), TRUE) };
        if set == FALSE { Err(io::Error::last_os_error()) } else { Ok(()) }
    }

    pub fn done() {
        let (lock, ready) = &DONE;
        if let Ok(mut done) = lock.lock() {
            *done = true;
            ready.notify_all();
        }
    }

    #[allow(unsafe_code, reason = "called by the console through its C API")]
    unsafe extern "system" fn handler(kind: u32) -> i32 {
        let ending = match kind {
            CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => Ending::HangUp,
            CTRL_BREAK_EVENT => Ending::Terminate,
            // Ctrl-C: a key, read by the loop.
            _ => return FALSE,
        };
        if let Some(tell) = TELL.get() {
            tell(ending);
        }
        if ending == Ending::HangUp {
            // Windows ends the process when this returns: wait for the loop, within the five
            // seconds Windows gives.
            let (lock, ready) = &DONE;
            if let Ok(done) = lock.lock() {
                let _ = ready.wait_timeout_while(done, Duration::from_secs(4), |done| !*done);
            }
        }
        TRUE
    }

    // The console calls the handler on a thread of its own when the window closes; wine's
    // console never does (tools/windows/console-close), so the test calls it as the console
    // would, with the loop on another thread.
    #[cfg(test)]
    mod tests {
        use std::sync::mpsc;

        use windows_sys::Win32::System::Console::CTRL_C_EVENT;

        use super::*;

        #[test]
        fn a_closing_window_is_a_hang_up_and_waits_for_the_loop_ctrl_c_is_a_key() -> io::Result<()> {
            let (tell, told) = mpsc::channel();
            listen(move |ending| tell.send(ending).is_ok())?;
            #[allow(unsafe_code, reason = "calling the handler as the console does")]
            // SAFETY: the handler is a plain function touching only statics.
            let ctrl_c = unsafe { handler(CTRL_C_EVENT) };
            assert_eq!(ctrl_c, FALSE, "Ctrl-C is left to the loop, as a key");
            let (wrote, written) = mpsc::channel();
            let the_loop = std::thread::spawn(move || {
                let ending = told.recv().ok();
                // What the loop does before the end (the rescue copy), then says so.
                let said = wrote.send("rescue copy written").is_ok();
                done();
                (ending, said)
            });
            #[allow(unsafe_code, reason = "calling the handler as the console does")]
            // SAFETY: as above.
            let close = unsafe { handler(CTRL_CLOSE_EVENT) };
            assert_eq!(close, TRUE);
            assert_eq!(written.try_recv(), Ok("rescue copy written"), "returned before the loop was done");
            assert!(matches!(the_loop.join(), Ok((Some(Ending::HangUp), true))));
            Ok(())
        }
    }
}
