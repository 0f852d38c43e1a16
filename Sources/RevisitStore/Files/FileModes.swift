import Foundation

/// Personal data: owner and group only. Modes are set explicitly, never left to the umask.
public enum FileModes {
    public static let file: mode_t = 0o640
    public static let directory: mode_t = 0o750

    /// Creates `url` and any missing parents with `mode`; existing directories are left alone.
    public static func makeDirectory(_ url: URL, mode: mode_t = directory) throws {
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
        if mkdir(path, mode) != 0 {
            if errno == EEXIST { return }
            throw FileSystemError("mkdir", path: path)
        }
        guard chmod(path, mode) == 0 else { throw FileSystemError("chmod", path: path) }
        try syncDirectory(parent)
    }

    /// Opens `path` for writing, creating it with `mode` if it does not exist.
    /// Returns the descriptor and whether this call created the file.
    static func openForWriting(_ path: String, flags: Int32, mode: mode_t = file) throws -> (fd: Int32, created: Bool) {
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
