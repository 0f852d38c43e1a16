import Foundation

/// One good record, read straight out of the mapped segment bytes without building an array
/// of Strings. Valid only inside the `scanNew` callback that received it: do not store it.
/// Fields beyond `fieldCount` read as empty, so records written with fewer fields stay readable.
public struct RecordView {
    public let seq: Int
    let line: UnsafeRawPointer
    let bounds: UnsafePointer<Int>
    let columnCount: Int

    init(seq: Int, line: UnsafeRawPointer, bounds: UnsafePointer<Int>, columnCount: Int) {
        self.seq = seq
        self.line = line
        self.bounds = bounds
        self.columnCount = columnCount
    }

    public var fieldCount: Int { columnCount - LineFormat.headerColumns }
    public var time: String { String(decoding: column(1), as: UTF8.self) }
    public var author: String { String(decoding: column(2), as: UTF8.self) }
    public var type: String { String(decoding: column(3), as: UTF8.self) }

    /// Compares the type without creating a String.
    public func hasType(_ name: String) -> Bool {
        let type = column(3)
        var name = name
        return name.withUTF8 { wanted in
            wanted.count == type.count && (wanted.isEmpty || memcmp(wanted.baseAddress!, type.baseAddress!, type.count) == 0)
        }
    }

    /// Field `i` (0-based) with escapes undone; "" when the record has no such field.
    public func string(_ i: Int) -> String {
        guard let bytes = field(i) else { return "" }
        guard let base = bytes.baseAddress, memchr(base, Int32(LineFormat.backslash), bytes.count) != nil else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return LineFormat.unescape(bytes) ?? ""  // escapes were validated while parsing
    }

    /// Field `i` as a decimal integer (optional leading `-`); nil if absent, empty or not a number.
    public func int(_ i: Int) -> Int? {
        guard let bytes = field(i), !bytes.isEmpty else { return nil }
        let negative = bytes[0] == UInt8(ascii: "-")
        let digits = negative ? UnsafeRawBufferPointer(rebasing: bytes[1...]) : bytes
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return negative ? -value : value
    }

    /// A standalone copy that may outlive the callback.
    public var record: JournalRecord {
        JournalRecord(seq: seq, time: time, author: author, type: type,
                      fields: (0 ..< fieldCount).map { string($0) })
    }

    private func field(_ i: Int) -> UnsafeRawBufferPointer? {
        guard i >= 0, i < fieldCount else { return nil }
        return column(LineFormat.headerColumns + i)
    }

    func column(_ k: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: line + bounds[k], count: bounds[k + 1] - 1 - bounds[k])
    }
}
