import Foundation

/// An advisory `flock` lock on a lock file. `flock` locks belong to the open file description,
/// so (unlike `fcntl` locks) closing some other descriptor of the file does not drop them.
/// Two `FileLock`s on the same path exclude each other even inside one process.
/// Not thread-safe: use one per thread or guard it.
public final class FileLock {
    public let path: String
    private let fd: Int32
    public private(set) var isLocked = false

    /// Opens (creating with mode 0640 if needed) the lock file at `url`.
    public init(url: URL) throws {
        path = url.path
        fd = try FileModes.openForWriting(path, flags: O_RDONLY).fd
    }

    /// Opens an existing lock file without ever creating it (for read-only tools).
    public init(existing url: URL) throws {
        path = url.path
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError("open", path: path) }
    }

    deinit { close(fd) }

    public func lockExclusive() throws { try lock(LOCK_EX) }
    public func lockShared() throws { try lock(LOCK_SH) }

    /// Takes the exclusive lock only if nobody holds the lock now.
    public func tryLockExclusive() throws -> Bool {
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { isLocked = true; return true }
        if errno == EWOULDBLOCK { return false }
        throw FileSystemError("flock", path: path)
    }

    public func unlock() {
        flock(fd, LOCK_UN)
        isLocked = false
    }

    /// Runs `body` holding the lock (exclusive unless `shared`), releasing it however body ends.
    public func withLock<T>(shared: Bool = false, _ body: () throws -> T) throws -> T {
        try lock(shared ? LOCK_SH : LOCK_EX)
        defer { unlock() }
        return try body()
    }

    private func lock(_ operation: Int32) throws {
        while flock(fd, operation) != 0 {
            if errno == EINTR { continue }
            throw FileSystemError("flock", path: path)
        }
        isLocked = true
    }
}
