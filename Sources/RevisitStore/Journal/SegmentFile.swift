import Foundation

/// Low-level access to one segment file: map it for reading, read or cut its tail, append.
enum SegmentFile {
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Maps the file from `offset` to its current end and hands `body` those bytes and the size.
    /// The mapping is private and read-only (`ChunkedDecoder` relies on that to drop read pages).
    static func withBytes<T>(_ path: String, from offset: Int,
                             _ body: (UnsafeRawBufferPointer, Int) throws -> T) throws -> T {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError("open", path: path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystemError("fstat", path: path) }
        let size = Int(info.st_size)
        guard size > offset else { return try body(UnsafeRawBufferPointer(start: nil, count: 0), size) }
        let mapStart = offset & ~(pageSize - 1)
        let length = size - mapStart
        guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, off_t(mapStart)),
              mapped != MAP_FAILED else {
            throw FileSystemError("mmap", path: path)
        }
        defer { munmap(mapped, length) }
        madvise(mapped, length, MADV_SEQUENTIAL)
        return try body(UnsafeRawBufferPointer(start: mapped + (offset - mapStart), count: size - offset), size)
    }

    static func readTail(_ path: String, from offset: Int, size: Int) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError("open", path: path) }
        defer { close(fd) }
        var data = Data(count: size - offset)
        let count = data.count
        let n = data.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
        guard n == count else { throw FileSystemError("read", path: path, code: n < 0 ? errno : EIO) }
        return data
    }

    /// Cuts the file back to `size` and makes that durable. Only ever called under the exclusive lock.
    static func truncate(_ path: String, to size: Int) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError("open", path: path) }
        defer { close(fd) }
        guard ftruncate(fd, off_t(size)) == 0 else { throw FileSystemError("ftruncate", path: path) }
        guard fsync(fd) == 0 else { throw FileSystemError("fsync", path: path) }
    }

    /// Appends `bytes` with one write (looping only on short writes) and fsyncs; on failure the
    /// file is cut back to where it was, so a failed save leaves nothing behind.
    /// Returns the file size before the write.
    static func appendDurably(_ bytes: [UInt8], to url: URL) throws -> Int {
        let path = url.path
        let (fd, created) = try FileModes.openForWriting(path, flags: O_WRONLY | O_APPEND)
        defer { close(fd) }
        if created { try FileModes.syncDirectory(url.deletingLastPathComponent()) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystemError("fstat", path: path) }
        let sizeBefore = Int(info.st_size)
        do {
            try bytes.withUnsafeBytes { try FileModes.writeAll(fd, $0, path: path) }
            guard fsync(fd) == 0 else { throw FileSystemError("fsync", path: path) }
        } catch {
            _ = ftruncate(fd, off_t(sizeBefore))
            _ = fsync(fd)
            throw error
        }
        return sizeBefore
    }
}
