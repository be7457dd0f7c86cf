//! Windows' access control, which the owner-only files and the seats' pipe stand on there: who
//! a process runs as (its user's SID), an access list that lets that user alone in (protected,
//! so nothing is inherited from the folder above), and what a folder's list lets in.
//!
//! Written against `windows-sys` directly: each call is one Win32 function, and the access lists
//! are spelt in SDDL (`D:P(A;OICI;FA;;;S-1-5-21-…)`), the system's own notation for them.
//! The one module where gavel allows `unsafe`, reviewed: each block says why it is sound.
#![allow(unsafe_code, reason = "Windows' access control is reached only through its C API")]

use std::ffi::c_void;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::os::windows::fs::OpenOptionsExt;
use std::os::windows::io::AsRawHandle;
use std::path::Path;
use std::ptr::null_mut;
use std::sync::OnceLock;

use windows_sys::Win32::Foundation::{
    CloseHandle, ERROR_INVALID_FUNCTION, ERROR_NOT_SUPPORTED, ERROR_SUCCESS, GENERIC_READ, HANDLE, LocalFree,
};
use windows_sys::Win32::Security::Authorization::{
    ConvertSidToStringSidW, ConvertStringSecurityDescriptorToSecurityDescriptorW, GetNamedSecurityInfoW,
    SDDL_REVISION_1, SE_FILE_OBJECT,
};
use windows_sys::Win32::Security::{
    ACCESS_ALLOWED_ACE, ACE_HEADER, ACL, ACL_SIZE_INFORMATION, AclSizeInformation, DACL_SECURITY_INFORMATION,
    GetAce, GetAclInformation, GetTokenInformation, OWNER_SECURITY_INFORMATION,
    PROTECTED_DACL_SECURITY_INFORMATION, PSID, SetKernelObjectSecurity, TOKEN_QUERY, TOKEN_USER, TokenUser,
};
use windows_sys::Win32::Storage::FileSystem::{
    FILE_FLAG_BACKUP_SEMANTICS, FILE_SHARE_DELETE, FILE_SHARE_READ, FILE_SHARE_WRITE, READ_CONTROL, WRITE_DAC,
};
use windows_sys::Win32::System::SystemServices::ACCESS_ALLOWED_ACE_TYPE;
use windows_sys::Win32::System::Threading::{
    GetCurrentProcess, OpenProcess, OpenProcessToken, PROCESS_QUERY_LIMITED_INFORMATION,
};

/// The local system account (`S-1-5-18`) and the administrators (`S-1-5-32-544`): they can take
/// any file on the machine, so their being let in says nothing about other users.
const MACHINE: [&str; 2] = ["S-1-5-18", "S-1-5-32-544"];

/// "Whoever owns this" (`S-1-3-0`), which an inheritable entry names for the owner of what is
/// made in a folder.
const CREATOR_OWNER: &str = "S-1-3-0";

/// A handle closed when dropped.
struct Handle(HANDLE);

impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: the handle was opened by this module and is closed once.
        unsafe { CloseHandle(self.0) };
    }
}

/// Memory the system allocated for us, freed when dropped.
struct Local(*mut c_void);

impl Drop for Local {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: the pointer came from a call that says to free it with LocalFree.
            unsafe { LocalFree(self.0) };
        }
    }
}

fn check(ok: i32) -> io::Result<()> {
    if ok == 0 { Err(io::Error::last_os_error()) } else { Ok(()) }
}

fn check_code(code: u32) -> io::Result<()> {
    if code == ERROR_SUCCESS { Ok(()) } else { Err(io::Error::from_raw_os_error(code as i32)) }
}

fn wide(text: &std::ffi::OsStr) -> Vec<u16> {
    text.encode_wide().chain(std::iter::once(0)).collect()
}

/// The text form of a SID (`S-1-5-21-…`).
///
/// # Safety
/// `sid` points at a valid SID.
unsafe fn sid_text(sid: PSID) -> io::Result<String> {
    let mut text = null_mut();
    // SAFETY: `sid` is valid (the caller's word); `text` receives memory freed by `Local`.
    check(unsafe { ConvertSidToStringSidW(sid, &mut text) })?;
    let _free = Local(text.cast());
    // SAFETY: the system wrote a nul-terminated string at `text`.
    let len = (0..).take_while(|&i| unsafe { *text.add(i) } != 0).count();
    // SAFETY: `len` units were just read.
    let units = unsafe { std::slice::from_raw_parts(text, len) };
    String::from_utf16(units).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// The user a process runs as.
fn user_of(process: HANDLE) -> io::Result<String> {
    let mut token = null_mut();
    // SAFETY: `process` is a process handle with query access; `token` receives a handle.
    check(unsafe { OpenProcessToken(process, TOKEN_QUERY, &mut token) })?;
    let token = Handle(token);
    let mut len = 0u32;
    // SAFETY: asks only for the size needed (it fails, saying the size).
    unsafe { GetTokenInformation(token.0, TokenUser, null_mut(), 0, &mut len) };
    // Aligned for TOKEN_USER, which holds pointers.
    let mut buffer = vec![0u64; (len as usize).div_ceil(8)];
    // SAFETY: the buffer is `len` bytes at least, aligned for TOKEN_USER.
    check(unsafe { GetTokenInformation(token.0, TokenUser, buffer.as_mut_ptr().cast(), len, &mut len) })?;
    // SAFETY: the system filled the buffer with a TOKEN_USER whose SID lies inside it.
    unsafe { sid_text((*buffer.as_ptr().cast::<TOKEN_USER>()).User.Sid) }
}

/// The user this process runs as (its SID's text), asked once.
pub fn current_user() -> io::Result<&'static str> {
    static USER: OnceLock<Result<String, i32>> = OnceLock::new();
    // SAFETY: the pseudo-handle of this process needs no closing.
    let user = USER
        .get_or_init(|| user_of(unsafe { GetCurrentProcess() }).map_err(|e| e.raw_os_error().unwrap_or(0)));
    match user {
        Ok(user) => Ok(user),
        Err(code) => Err(io::Error::from_raw_os_error(*code)),
    }
}

/// The user the process numbered `pid` runs as.
pub fn user_of_process(pid: u32) -> io::Result<String> {
    // SAFETY: opening a process by number for query only; the handle is closed by `Handle`.
    let process = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
    if process.is_null() {
        return Err(io::Error::last_os_error());
    }
    let process = Handle(process);
    user_of(process.0)
}

/// The access list, in SDDL, that lets this user alone in: full control, protected from what
/// the folder above would pass down; for a folder, passed down to what is made in it.
pub fn owner_only_sddl(user: &str, folder: bool) -> String {
    format!("D:P(A;{};FA;;;{user})", if folder { "OICI" } else { "" })
}

/// The access list, in SDDL, that lets this user alone use a named pipe.
pub fn pipe_sddl(user: &str) -> String {
    format!("D:P(A;;GA;;;{user})")
}

/// Gives the file or folder at `path` the access list that lets this user alone in. A file
/// system that keeps no access lists (FAT on a USB stick) is left as it is, as on Unix.
///
/// Set through a handle opened for reading as well as for the list (wine keeps a list only on
/// a file it has open for its data; Windows takes it either way).
pub fn restrict(path: &Path, folder: bool) -> io::Result<()> {
    let sddl = wide(owner_only_sddl(current_user()?, folder).as_ref());
    let mut descriptor = null_mut();
    // SAFETY: `sddl` is nul-terminated; the descriptor is freed by `Local`.
    check(unsafe {
        ConvertStringSecurityDescriptorToSecurityDescriptorW(
            sddl.as_ptr(),
            SDDL_REVISION_1,
            &mut descriptor,
            null_mut(),
        )
    })?;
    let descriptor = Local(descriptor);
    let file = std::fs::OpenOptions::new()
        .access_mode(GENERIC_READ | READ_CONTROL | WRITE_DAC)
        .share_mode(FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE)
        // A folder is opened as such only with this flag.
        .custom_flags(FILE_FLAG_BACKUP_SEMANTICS)
        .open(path)?;
    // SAFETY: the handle is open for WRITE_DAC; the descriptor was just made.
    let set = unsafe {
        SetKernelObjectSecurity(
            file.as_raw_handle(),
            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
            descriptor.0,
        )
    };
    match check(set) {
        // A file system that keeps no access lists.
        Err(e)
            if e.raw_os_error().is_some_and(|code| {
                [ERROR_NOT_SUPPORTED, ERROR_INVALID_FUNCTION].contains(&(code as u32))
            }) =>
        {
            Ok(())
        }
        result => result,
    }
}

/// Who owns a file or folder, and whom its access list lets in (the SIDs of its allowing
/// entries, in order; `None` for no list at all, which lets everyone in).
pub struct Access {
    pub owner: String,
    pub allowed: Option<Vec<String>>,
}

/// The owner and access list of the file or folder at `path`.
pub fn of_path(path: &Path) -> io::Result<Access> {
    let name = wide(path.as_os_str());
    let (mut owner, mut dacl, mut descriptor) = (null_mut(), null_mut::<ACL>(), null_mut());
    // SAFETY: `name` is nul-terminated; `owner` and `dacl` point into `descriptor`, freed last.
    check_code(unsafe {
        GetNamedSecurityInfoW(
            name.as_ptr(),
            SE_FILE_OBJECT,
            OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
            &mut owner,
            null_mut(),
            &mut dacl,
            null_mut(),
            &mut descriptor,
        )
    })?;
    let _free = Local(descriptor);
    // SAFETY: the owner SID lies in the descriptor.
    let owner = unsafe { sid_text(owner) }?;
    if dacl.is_null() {
        return Ok(Access { owner, allowed: None });
    }
    let mut size = ACL_SIZE_INFORMATION { AceCount: 0, AclBytesInUse: 0, AclBytesFree: 0 };
    // SAFETY: `dacl` is the descriptor's list; `size` is the structure asked for.
    check(unsafe {
        GetAclInformation(
            dacl,
            (&mut size as *mut ACL_SIZE_INFORMATION).cast(),
            size_of::<ACL_SIZE_INFORMATION>() as u32,
            AclSizeInformation,
        )
    })?;
    let mut allowed = Vec::new();
    for index in 0..size.AceCount {
        let mut ace = null_mut();
        // SAFETY: `index` is below the list's count; `ace` points into the list.
        check(unsafe { GetAce(dacl, index, &mut ace) })?;
        // SAFETY: every entry starts with its header.
        let header = unsafe { &*ace.cast::<ACE_HEADER>() };
        if u32::from(header.AceType) == ACCESS_ALLOWED_ACE_TYPE {
            let entry = ace.cast::<ACCESS_ALLOWED_ACE>();
            // SAFETY: an allowing entry's SID starts at its `SidStart`.
            let sid = unsafe { std::ptr::addr_of_mut!((*entry).SidStart) };
            // SAFETY: as above.
            allowed.push(unsafe { sid_text(sid.cast()) }?);
        }
    }
    Ok(Access { owner, allowed: Some(allowed) })
}

impl Access {
    /// Whether someone other than `user` (or the machine's own accounts) owns it.
    pub fn foreign_owner(&self, user: &str) -> Option<&str> {
        (self.owner != user && !MACHINE.contains(&self.owner.as_str())).then_some(self.owner.as_str())
    }

    /// The first one besides `user` (and the machine's own accounts) it lets in; `Everyone`'s
    /// SID (`S-1-1-0`) for no list at all.
    pub fn others(&self, user: &str) -> Option<&str> {
        match &self.allowed {
            None => Some("S-1-1-0"),
            Some(allowed) => allowed
                .iter()
                .map(String::as_str)
                .find(|sid| *sid != user && *sid != CREATOR_OWNER && !MACHINE.contains(sid)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Outcome = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn this_process_runs_as_an_account_with_a_sid() -> Outcome {
        let me = current_user()?;
        assert!(me.starts_with("S-1-5-"), "{me}");
        assert_eq!(user_of_process(std::process::id())?, me);
        Ok(())
    }

    // Read back as the system keeps it: Windows keeps the list as set; wine keeps it as a
    // Unix mode (0770 here) and reads back the system account beside the user.
    #[test]
    fn a_restricted_file_or_folder_lets_its_user_alone_in() -> Outcome {
        let dir = tempfile::tempdir()?;
        let me = current_user()?;
        for (path, folder) in [(dir.path().join("minutes.gavel"), false), (dir.path().join("minutes"), true)]
        {
            if folder {
                std::fs::create_dir(&path)?;
            } else {
                std::fs::write(&path, b"")?;
            }
            restrict(&path, folder)?;
            let access = of_path(&path)?;
            assert!(access.allowed.as_ref().is_some_and(|allowed| allowed.iter().any(|sid| sid == me)));
            assert_eq!((access.others(me), access.foreign_owner(me)), (None, None), "{path:?}");
        }
        Ok(())
    }

    #[test]
    fn a_list_letting_others_in_names_them() -> Outcome {
        let me = current_user()?;
        let open = Access { owner: me.to_owned(), allowed: Some(vec![me.to_owned(), "S-1-5-32-545".into()]) };
        assert_eq!(open.others(me), Some("S-1-5-32-545"));
        let none = Access { owner: me.to_owned(), allowed: None };
        assert_eq!(none.others(me), Some("S-1-1-0"));
        let machine = Access {
            owner: "S-1-5-32-544".into(),
            allowed: Some(vec!["S-1-5-18".into(), CREATOR_OWNER.into()]),
        };
        assert_eq!((machine.foreign_owner(me), machine.others(me)), (None, None));
        let theirs = Access { owner: "S-1-5-21-1-2-3-1001".into(), allowed: Some(vec![]) };
        assert_eq!(theirs.foreign_owner(me), Some("S-1-5-21-1-2-3-1001"));
        Ok(())
    }
}
