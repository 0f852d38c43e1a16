import Foundation

/// Personal data: owner and group only. Modes are set explicitly, never left to the umask.
///
/// A store several reps' logins work in is shared with a group: its folder belongs to the
/// group and has the set-group-ID bit (`revisit init --group`). Inside such a folder every
/// file is made group-writable and every folder passes the group and the bit on, so a rep's
/// save can append to a segment another rep's login created. Elsewhere the group only reads.
public enum FileModes {
    public static let file: mode_t = 0o640
    public static let directory: mode_t = 0o750
    public static let sharedFile: mode_t = 0o660
    public static let sharedDirectory: mode_t = 0o2770

    /// Whether `directory` is shared with its group (its set-group-ID bit is set).
    public static func isShared(_ directory: String) -> Bool {
        var info = stat()
        return stat(directory, &info) == 0 && info.st_mode & S_ISGID != 0
    }

    /// The mode of a new file in `directory`, or of a new folder in it.
    public static func fileMode(in directory: String) -> mode_t { isShared(directory) ? sharedFile : file }
    public static func directoryMode(in directory: String) -> mode_t { isShared(directory) ? sharedDirectory : self.directory }

    /// Creates `url` and any missing parents, each with `mode` or, without one, the mode its
    /// parent calls for (see `directoryMode`); existing directories are left alone.
    public static func makeDirectory(_ url: URL, mode: mode_t? = nil) throws {
        let path = url.path
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw FileSystemError("mkdir", path: path, code: ENOTDIR)
            }
            return
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != path { try makeDirectory(parent, mode: mode) }
        let mode = mode ?? directoryMode(in: parent.path)
        if mkdir(path, mode & 0o777) != 0 {
            if errno == EEXIST { return }
            throw FileSystemError("mkdir", path: path)
        }
        guard chmod(path, mode) == 0 else { throw FileSystemError("chmod", path: path) }
        try syncDirectory(parent)
    }

    /// Creates the folder `url` for a store shared with `group` (see above): the group's, with
    /// the set-group-ID bit, so everything made in it later is the group's and group-writable.
    public static func makeSharedDirectory(_ url: URL, group: gid_t) throws {
        try makeDirectory(url.deletingLastPathComponent())
        try makeDirectory(url, mode: directory)
        try give(url.path, to: group, isFolder: true)
    }

    /// Gives the file or folder at `path` to `group`, with the shared mode for its kind.
    static func give(_ path: String, to group: gid_t, isFolder: Bool) throws {
        guard chown(path, uid_t.max, group) == 0 else { throw FileSystemError("chgrp", path: path) }
        guard chmod(path, isFolder ? sharedDirectory : sharedFile) == 0 else { throw FileSystemError("chmod", path: path) }
    }

    /// Opens `path` for writing, creating it with `mode` (else the mode its folder calls for,
    /// see `fileMode`) if it does not exist. Returns the descriptor and whether this call created the file.
    static func openForWriting(_ path: String, flags: Int32, mode: mode_t? = nil) throws -> (fd: Int32, created: Bool) {
        let mode = mode ?? fileMode(in: (path as NSString).deletingLastPathComponent)
        let fd = open(path, flags | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd >= 0 {
            guard fchmod(fd, mode) == 0 else {
                let error = FileSystemError("fchmod", path: path)
                close(fd)
                throw error
            }
            return (fd, true)
        }
        guard errno == EEXIST else { throw FileSystemError("create", path: path) }
        let existing = open(path, flags | O_CLOEXEC)
        guard existing >= 0 else { throw FileSystemError("open", path: path) }
        return (existing, false)
    }

    /// Makes a new directory entry durable.
    public static func syncDirectory(_ url: URL) throws {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError("open directory", path: url.path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw FileSystemError("fsync directory", path: url.path) }
    }

    /// Writes all of `bytes` to `fd`, looping only on short writes and EINTR.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError("write", path: path)
            }
            done += n
        }
    }
}
