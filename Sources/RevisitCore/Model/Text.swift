extension StringProtocol {
    /// Trims ASCII and ideographic spaces only; unlike Foundation it never touches other bytes.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        // Most text has no space at either end: then it is returned whole without walking it.
        if let first, let last, !isSpace(first), !isSpace(last) { return String(self) }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}

extension String {
    public var trimmed: String { trimmingSpaces }
}

enum SpaceTrimming {
    /// The bytes of UTF-8 text without the spaces `trimmingSpaces` cuts, when the bytes alone
    /// tell: nil when a space to cut sits next to a non-ASCII byte, which might join it into one
    /// character with its neighbour (then only the String's own trimming is right).
    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        var start = 0, end = bytes.count
        while start < end, let n = spaceLength(bytes, startingAt: start) { start += n }
        while end > start, let n = spaceLength(bytes, endingAt: end) { end -= n }
        if start > 0, start < bytes.count, bytes[start] >= 0x80 { return nil }
        if end < bytes.count, end > start, bytes[end - 1] >= 0x80 { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[start ..< end])
    }

    /// The byte length of the space, tab or ideographic space (E3 80 80) starting at `i`.
    @inline(__always)
    private static func spaceLength(_ bytes: UnsafeRawBufferPointer, startingAt i: Int) -> Int? {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 { return 1 }
        if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
        return nil
    }

    /// The byte length of the space, tab or ideographic space ending just before `end`.
    @inline(__always)
    private static func spaceLength(_ bytes: UnsafeRawBufferPointer, endingAt end: Int) -> Int? {
        let b = bytes[end - 1]
        if b == 0x20 || b == 0x09 { return 1 }
        if b == 0x80, end >= 3, bytes[end - 2] == 0x80, bytes[end - 3] == 0xE3 { return 3 }
        return nil
    }
}

enum ASCIIBytes {
    /// Whether the bytes spell `lowercaseWord` (lower-case ASCII) in any ASCII case.
    @inline(__always)
    static func equalIgnoringCase(_ bytes: UnsafeRawBufferPointer, _ lowercaseWord: String) -> Bool {
        let word = lowercaseWord.utf8
        guard bytes.count == word.count else { return false }
        return zip(bytes, word).allSatisfy { b, w in (b &- UInt8(ascii: "A") < 26 ? b | 0x20 : b) == w }
    }

    /// Whether the bytes are exactly `word`'s UTF-8; the lengths, compared first, settle most.
    @inline(__always)
    static func equal(_ bytes: UnsafeRawBufferPointer, _ word: String) -> Bool {
        let utf8 = word.utf8
        return bytes.count == utf8.count && bytes.elementsEqual(utf8)
    }
}
