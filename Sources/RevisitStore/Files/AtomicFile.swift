import Foundation

/// Replaces a whole file so that readers see either the old or the new content, never a mix:
/// a temporary file in the same directory, fsync, rename over the target, fsync the directory.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL, mode: mode_t? = nil) throws {
        try write(to: url, mode: mode) { fd, path in try data.withUnsafeBytes { try FileModes.writeAll(fd, $0, path: path) } }
    }

    /// The same for content too large to hold at once: `body` writes it to the temporary file
    /// (descriptor and path), piece by piece. Nothing replaces the target if `body` throws.
    public static func write(to url: URL, mode: mode_t? = nil, _ body: (Int32, String) throws -> Void) throws {
        let directory = url.deletingLastPathComponent()
        let tempPath = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp").path
        let (fd, _) = try FileModes.openForWriting(tempPath, flags: O_WRONLY, mode: mode)
        var renamed = false
        defer { if !renamed { unlink(tempPath) } }
        do {
            defer { close(fd) }
            try body(fd, tempPath)
            guard fsync(fd) == 0 else { throw FileSystemError("fsync", path: tempPath) }
        }
        guard rename(tempPath, url.path) == 0 else { throw FileSystemError("rename", path: url.path) }
        renamed = true
        try FileModes.syncDirectory(directory)
    }
}
