/// Parses one line (without its newline) straight from mapped bytes into `FieldBounds`.
enum LineParser {
    enum Outcome {
        case record(seq: Int, columnCount: Int)
        case damaged(JournalDamage.Kind)
    }

    static func parse(_ line: UnsafeRawPointer, length: Int, into bounds: FieldBounds) -> Outcome {
        guard length > 9, line.load(fromByteOffset: 8, as: UInt8.self) == LineFormat.tab else {
            return .damaged(.malformed(reason: "line does not start with an 8-digit checksum and a tab"))
        }
        guard let stored = parseHex(line) else {
            return .damaged(.malformed(reason: "checksum is not 8 lowercase hex digits"))
        }
        let computed = CRC32.checksum(UnsafeRawBufferPointer(start: line + 9, count: length - 9))
        guard computed == stored else {
            return .damaged(.badChecksum(stored: LineFormat.hex(stored), computed: LineFormat.hex(computed)))
        }
        switch splitColumns(line, length: length, into: bounds) {
        case .failure(let reason): return .damaged(.malformed(reason: reason.text))
        case .success(let columnCount): return checkHeader(line, columnCount: columnCount, bounds: bounds)
        }
    }

    private static func parseHex(_ line: UnsafeRawPointer) -> UInt32? {
        var value: UInt32 = 0
        for i in 0 ..< 8 {
            let c = line.load(fromByteOffset: i, as: UInt8.self)
            var digit = c &- UInt8(ascii: "0")
            if digit > 9 {
                digit = c &- (UInt8(ascii: "a") - 10)
                guard digit >= 10, digit <= 15 else { return nil }
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// True if any byte of `word` equals `byte` (the classic SWAR zero-byte test).
    @inline(__always)
    private static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    struct Reason: Error { let text: String }

    /// Records where each column starts and validates every escape on the way.
    private static func splitColumns(_ line: UnsafeRawPointer, length: Int, into bounds: FieldBounds) -> Result<Int, Reason> {
        let bytes = line.assumingMemoryBound(to: UInt8.self)
        var column = 0
        bounds.set(0, 9)
        var i = 9
        while i < length {
            // Skip eight bytes at a time while they hold neither a tab nor a backslash.
            if i + 8 <= length {
                let word = UInt64(littleEndian: (line + i).loadUnaligned(as: UInt64.self))
                if !contains(word, LineFormat.tab) && !contains(word, LineFormat.backslash) {
                    i += 8
                    continue
                }
            }
            let byte = bytes[i]
            if byte == LineFormat.tab {
                column += 1
                bounds.set(column, i + 1)
            } else if byte == LineFormat.backslash {
                guard column >= LineFormat.headerColumns else {
                    return .failure(Reason(text: "backslash in header column \(column + 1)"))
                }
                guard i + 1 < length, LineFormat.unescapedByte(for: bytes[i + 1]) != nil else {
                    return .failure(Reason(text: "unknown escape in field \(column - LineFormat.headerColumns + 1)"))
                }
                i += 1
            }
            i += 1
        }
        bounds.set(column + 1, length + 1)
        return .success(column + 1)
    }

    private static func checkHeader(_ line: UnsafeRawPointer, columnCount: Int, bounds: FieldBounds) -> Outcome {
        guard columnCount >= LineFormat.headerColumns else {
            return .damaged(.malformed(reason: "header has \(columnCount) of 4 columns (seq, time, author, type)"))
        }
        let view = RecordView(seq: 0, line: line, bounds: bounds.pointer, columnCount: columnCount)
        guard let seq = parseSeq(view.column(0)) else {
            return .damaged(.malformed(reason: "seq is not a positive number"))
        }
        if view.column(1).isEmpty { return .damaged(.malformed(reason: "empty time")) }
        if view.column(2).isEmpty { return .damaged(.malformed(reason: "empty author")) }
        if !RecordRules.isValidType(view.column(3)) {
            return .damaged(.malformed(reason: "type is not [a-z0-9._-]+"))
        }
        return .record(seq: seq, columnCount: columnCount)
    }

    /// Digits, optionally followed by the batch's "more follows" mark (see `BatchTail`).
    private static func parseSeq(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let digits = bytes.last == LineFormat.moreFollows ? UnsafeRawBufferPointer(rebasing: bytes.dropLast()) : bytes
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value > 0 ? value : nil
    }
}
