/// One record per line: `CRC\tSEQ\tTIME\tAUTHOR\tTYPE\tF1\tF2...\n`.
/// CRC is 8 lowercase hex digits of CRC-32 over the bytes after the first tab up to the newline.
/// One append (a batch) is a run of lines in one segment: every line but the last has its SEQ
/// written as `123+` ("more follows"), so a one-record batch has a plain SEQ. A batch counts only
/// once its closing line (no `+`) is complete; see `BatchTail`.
/// Fields escape only backslash, tab, newline, CR and NUL; every other byte is written raw so
/// the journal stays greppable (`grep 张伟`).
enum LineFormat {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let backslash = UInt8(ascii: "\\")
    static let moreFollows = UInt8(ascii: "+")
    /// Columns before the first field: seq, time, author, type.
    static let headerColumns = 4

    /// The byte that follows a backslash for each escaped byte, and back.
    static func escapeLetter(for byte: UInt8) -> UInt8? {
        switch byte {
        case backslash: backslash
        case tab: UInt8(ascii: "t")
        case newline: UInt8(ascii: "n")
        case UInt8(ascii: "\r"): UInt8(ascii: "r")
        case 0: UInt8(ascii: "0")
        default: nil
        }
    }

    static func unescapedByte(for letter: UInt8) -> UInt8? {
        switch letter {
        case backslash: backslash
        case UInt8(ascii: "t"): tab
        case UInt8(ascii: "n"): newline
        case UInt8(ascii: "r"): UInt8(ascii: "\r")
        case UInt8(ascii: "0"): 0
        default: nil
        }
    }

    static func appendLine(seq: Int, moreFollows: Bool, time: String, record: PendingRecord, to out: inout [UInt8]) {
        let start = out.count
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 8))
        out.append(tab)
        let bodyStart = out.count
        out.append(contentsOf: String(seq).utf8)
        if moreFollows { out.append(Self.moreFollows) }
        for column in [time, record.author, record.type] {
            out.append(tab)
            out.append(contentsOf: column.utf8)
        }
        for field in record.fields {
            out.append(tab)
            appendEscaped(field, to: &out)
        }
        let crc = out.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[bodyStart...])) }
        writeHex(crc, into: &out, at: start)
        out.append(newline)
    }

    /// Copies the runs between escaped bytes in one piece each (most fields have no escapes).
    static func appendEscaped(_ field: String, to out: inout [UInt8]) {
        var field = field
        field.withUTF8 { bytes in
            var runStart = 0
            for i in bytes.indices {
                guard let letter = escapeLetter(for: bytes[i]) else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< i]))
                out.append(backslash)
                out.append(letter)
                runStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Restores the original bytes of an escaped field; nil if it holds an unknown escape.
    static func unescape(_ bytes: UnsafeRawBufferPointer) -> String? {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == backslash {
                guard i + 1 < bytes.count, let original = unescapedByte(for: bytes[i + 1]) else { return nil }
                out.append(original)
                i += 2
            } else {
                out.append(byte)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hex(_ value: UInt32) -> String {
        var out = [UInt8](repeating: 0, count: 8)
        writeHex(value, into: &out, at: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private static func writeHex(_ value: UInt32, into out: inout [UInt8], at start: Int) {
        let digits = Array("0123456789abcdef".utf8)
        for i in 0 ..< 8 {
            out[start + i] = digits[Int((value >> UInt32(28 - 4 * i)) & 0xF)]
        }
    }
}
