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

/// Reads a cache file's bytes by position, checking every read is whole.
struct CacheReader: @unchecked Sendable {
    let fd: Int32
    let path: String

    func read(_ count: Int, at offset: Int, into buffer: inout [UInt8]) throws {
        if buffer.count < count { buffer = [UInt8](repeating: 0, count: count) }
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
        guard n == count else { throw StateCacheError.damaged("\(path): cannot read \(count) bytes at \(offset)") }
    }

    func read(_ count: Int, at offset: Int) throws -> [UInt8] {
        var buffer: [UInt8] = []
        try read(count, at: offset, into: &buffer)
        return buffer
    }

    /// Hands `body` each piece of `section` in turn, checked against its hash.
    func eachPiece(of section: CacheFile.Section,
                   _ body: (_ records: Int, _ bytes: UnsafeRawBufferPointer) throws -> Void) throws {
        var buffer: [UInt8] = []
        var at = section.start
        while at < section.end {
            try read(CacheFile.pieceHeader, at: at, into: &buffer)
            let count = Int(CacheFile.word(buffer, at: 0, as: UInt32.self))
            let records = Int(CacheFile.word(buffer, at: 4, as: UInt32.self))
            let hash = CacheFile.word(buffer, at: 8, as: UInt64.self)
            at += CacheFile.pieceHeader
            guard count <= section.end - at else { throw StateCacheError.damaged("\(path): a piece at \(at) runs past its section") }
            try read(count, at: at, into: &buffer)
            try buffer.withUnsafeBytes { all in
                let bytes = UnsafeRawBufferPointer(rebasing: all[..<count])
                guard ImageHash.of(bytes) == hash else { throw StateCacheError.damaged("\(path): the piece at \(at) is damaged") }
                try body(records, bytes)
            }
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
