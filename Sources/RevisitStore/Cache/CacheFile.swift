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

/// A cache file's bytes, mapped (see `SegmentFile.withBytes`): pieces are read where they lie,
/// without copying 170 MB out of the page cache, and given back once read. The file is only
/// ever replaced whole (`AtomicFile`), never cut short in place, so the mapping stays whole.
struct CacheReader: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    let path: String

    var size: Int { bytes.count }

    func read(_ count: Int, at offset: Int) throws -> [UInt8] {
        guard offset >= 0, count >= 0, count <= size - offset else {
            throw StateCacheError.damaged("\(path): cannot read \(count) bytes at \(offset)")
        }
        return Array(bytes[offset ..< offset + count])
    }

    /// Hands `body` each piece of `section` in turn, checked against its hash.
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
            let piece = UnsafeRawBufferPointer(rebasing: bytes[at ..< at + count])
            guard ImageHash.of(piece) == hash else { throw StateCacheError.damaged("\(path): the piece at \(at) is damaged") }
            try body(records, piece)
            SegmentFile.dropPages(inside: piece)
            at += count
        }
    }
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
