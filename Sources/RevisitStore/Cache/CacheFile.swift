import Foundation

/// The layout of `cache/state` (see `StateCache`): a magic line, the image's pieces, then a
/// trailer saying what the pieces are and how far into the journal they reach, then a footer
/// locating the trailer. Each piece is `bytes u32, records u32, hash u64` and its bytes;
/// integers little-endian.
enum CacheFile {
    static let magic = Array("RVSTATE1".utf8)
    static let pieceHeader = 16
    static let footer = 32

    /// Where each section's pieces lie, and how many records they hold.
    struct Section {
        var start = 0, end = 0, records = 0
    }

    static func pieceHeader(bytes: Int, records: Int, hash: UInt64) -> [UInt8] {
        withUnsafeBytes(of: UInt32(bytes).littleEndian) { Array($0) } + withUnsafeBytes(of: UInt32(records).littleEndian) { Array($0) }
            + withUnsafeBytes(of: hash.littleEndian) { Array($0) }
    }

    static func footer(trailerAt offset: Int, length: Int, hash: UInt64) -> [UInt8] {
        [UInt64(offset), UInt64(length), hash].flatMap { withUnsafeBytes(of: $0.littleEndian) { Array($0) } } + magic
    }

    static func word<T: FixedWidthInteger>(_ bytes: [UInt8], at offset: Int, as: T.Type) -> T {
        bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }
}

/// Reads a cache file's bytes by position, from a mapping of the whole file, checking every
/// read lies within it.
struct CacheReader: Sendable {
    let file: MappedFile
    let path: String

    var size: Int { file.bytes.count }

    func read(_ count: Int, at offset: Int) throws -> [UInt8] { Array(try bytes(count, at: offset)) }

    private func bytes(_ count: Int, at offset: Int) throws -> UnsafeRawBufferPointer {
        guard offset >= 0, count >= 0, count <= size - offset else {
            throw StateCacheError.damaged("\(path): cannot read \(count) bytes at \(offset)")
        }
        return UnsafeRawBufferPointer(rebasing: file.bytes[offset ..< offset + count])
    }

    /// Hands `body` each piece of `section` in turn, checked against its hash. The bytes are the
    /// mapping's, valid for as long as `file` lives.
    func eachPiece(of section: CacheFile.Section,
                   _ body: (_ records: Int, _ bytes: UnsafeRawBufferPointer) throws -> Void) throws {
        var at = section.start
        while at < section.end {
            let header = try read(CacheFile.pieceHeader, at: at)
            let count = Int(CacheFile.word(header, at: 0, as: UInt32.self))
            let records = Int(CacheFile.word(header, at: 4, as: UInt32.self))
            let hash = CacheFile.word(header, at: 8, as: UInt64.self)
            at += CacheFile.pieceHeader
            guard count <= section.end - at else { throw StateCacheError.damaged("\(path): a piece at \(at) runs past its section") }
            let piece = try bytes(count, at: at)
            guard ImageHash.of(piece) == hash else { throw StateCacheError.damaged("\(path): the piece at \(at) is damaged") }
            try body(records, piece)
            at += count
        }
    }
}

/// A file mapped read-only, unmapped when the last holder lets go. The state cache is only ever
/// replaced by renaming a new file over it, never changed in place, so the mapped bytes stay
/// the ones checked (a removed or replaced file stays mapped until then).
final class MappedFile: @unchecked Sendable {
    // Immutable after init.
    let bytes: UnsafeRawBufferPointer

    init(fd: Int32, size: Int, path: String) throws {
        guard size > 0 else { throw StateCacheError.damaged("\(path) is empty") }
        guard let start = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), start != MAP_FAILED else {
            throw StateCacheError.damaged("cannot map \(path): \(String(cString: strerror(errno)))")
        }
        bytes = UnsafeRawBufferPointer(start: start, count: size)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}

/// Why a state cache was not used; the store is then read from its journal.
enum StateCacheError: Error, CustomStringConvertible {
    case absent
    case damaged(String)
    /// Made by another version, or for a journal that has since changed under it.
    case stale(String)

    var description: String {
        switch self {
        case .absent: "no state cache"
        case .damaged(let why): "damaged state cache: \(why)"
        case .stale(let why): "stale state cache: \(why)"
        }
    }
}
