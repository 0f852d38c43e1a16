/// Reads what an `ImageWriter` wrote, from bytes it does not own. Every read checks its
/// bounds: a damaged image throws `ImageError`, it never reads past the end.
public struct ImageReader {
    private let bytes: UnsafeRawBufferPointer
    public private(set) var offset = 0

    public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    public var isAtEnd: Bool { offset >= bytes.count }

    @inline(__always)
    public mutating func int() throws(ImageError) -> Int {
        // Most numbers an image holds (lengths, flags' neighbours, small codes) take one byte.
        if offset < bytes.count, case let b = bytes[offset], b < 0x80 {
            offset += 1
            return Int(b >> 1) ^ -Int(b & 1)
        }
        return try longInt()
    }

    /// A number of more than one byte (a time in minutes takes four). Opening a large store reads
    /// millions, so with eight bytes left they are read as one word and its end found by bit
    /// arithmetic instead of byte by byte.
    private mutating func longInt() throws(ImageError) -> Int {
        if bytes.count - offset >= 8 {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let ends = ~word & 0x8080_8080_8080_8080
            if ends != 0 {
                let length = ends.trailingZeroBitCount / 8 + 1
                var v: UInt64 = 0
                for k in 0 ..< length { v |= (word >> (8 * k) & 0x7f) << (7 * k) }
                offset += length
                return Self.unzigzag(v)
            }
        }
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw .damaged("a number runs past byte \(offset)") }
            let b = bytes[offset]
            offset += 1
            v |= UInt64(b & 0x7f) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Self.unzigzag(v)
    }

    /// Zigzag's inverse (see `ImageWriter.int`), shifting the unsigned bits: an arithmetic shift
    /// read the numbers of 2^62 and more in size wrongly.
    private static func unzigzag(_ v: UInt64) -> Int { Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)) }

    public mutating func bool() throws(ImageError) -> Bool {
        guard offset < bytes.count else { throw .damaged("a flag runs past the end") }
        defer { offset += 1 }
        return bytes[offset] != 0
    }

    public mutating func string() throws(ImageError) -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw .damaged("a text of \(count) bytes runs past byte \(offset)") }
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset ..< offset + count]), as: UTF8.self)
    }

    /// The next string's bytes (or what `ImageWriter.data` wrote), without making a String.
    public mutating func stringBytes() throws(ImageError) -> UnsafeRawBufferPointer {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw .damaged("a text of \(count) bytes runs past byte \(offset)") }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset ..< offset + count])
    }

    /// The string after the next `skipped` ones, which are passed over undecoded.
    public mutating func string(after skipped: Int) throws(ImageError) -> String {
        for _ in 0 ..< skipped { _ = try stringBytes() }
        return try string()
    }

    /// The bytes of the string after the next `skipped` ones.
    public mutating func stringBytes(after skipped: Int) throws(ImageError) -> UnsafeRawBufferPointer {
        for _ in 0 ..< skipped { _ = try stringBytes() }
        return try stringBytes()
    }

    public mutating func strings() throws(ImageError) -> [String] {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw .damaged("a list of \(count) texts at byte \(offset)") }
        var list: [String] = []
        list.reserveCapacity(count)
        for _ in 0 ..< count { list.append(try string()) }
        return list
    }

    /// What `ImageWriter.indexes` wrote.
    public mutating func indexes() throws(ImageError) -> [Int] {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw .damaged("a list of \(count) indexes at byte \(offset)") }
        var list: [Int] = []
        list.reserveCapacity(count)
        var previous = 0
        for _ in 0 ..< count {
            previous &+= try int()
            list.append(previous)
        }
        return list
    }

    public mutating func optional<T>(_ read: (inout ImageReader) throws(ImageError) -> T) throws(ImageError) -> T? {
        try bool() ? try read(&self) : nil
    }

    public mutating func code<E: CaseIterable>(_: E.Type) throws(ImageError) -> E {
        let i = try int()
        guard i >= 0, i < E.allCases.count else { throw .damaged("no \(E.self) numbered \(i)") }
        return E.allCases[E.allCases.index(E.allCases.startIndex, offsetBy: i)]
    }
}

/// A state image that cannot be read back: the caller rebuilds the state from the journal.
public enum ImageError: Error, Equatable, CustomStringConvertible {
    case damaged(String)

    public var description: String {
        switch self { case .damaged(let what): "damaged state image: \(what)" }
    }
}
