import Foundation

/// An RFC 4180 reader over bytes: commas, quoted fields with `""`, line breaks inside quotes,
/// CRLF or LF, an optional UTF-8 byte-order mark. Each row remembers the line it starts on,
/// so a problem can be reported as FILE:LINE.
public struct CSVReader {
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var cells: [String]
    }

    public struct Failure: Error, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "\(line): \(reason)" }
    }

    /// Parses the whole text. Invalid UTF-8 or an unclosed quote is a failure naming the line.
    public static func rows(_ data: Data) throws(Failure) -> [Row] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw Failure(line: firstInvalidUTF8Line(bytes), reason: "is not valid UTF-8")
        }
        var parser = Parser(bytes: bytes)
        return try parser.parse()
    }

    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1, start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1; start = i + 1
        }
        return line
    }

    struct Parser {
        let bytes: [UInt8]
        var i = 0
        var line = 1

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func parse() throws(Failure) -> [Row] {
            var rows: [Row] = []
            while i < bytes.count {
                let start = line
                let cells = try row()
                if !(cells.count == 1 && cells[0].isEmpty) { rows.append(Row(line: start, cells: cells)) }
            }
            return rows
        }

        /// Reads one record and the line break after it.
        mutating func row() throws(Failure) -> [String] {
            var cells: [String] = []
            while true {
                cells.append(try field())
                guard i < bytes.count else { return cells }
                switch bytes[i] {
                case UInt8(ascii: ","): i += 1
                case UInt8(ascii: "\r"):
                    i += 1
                    if i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
                    line += 1
                    return cells
                default: // "\n"
                    i += 1; line += 1
                    return cells
                }
            }
        }

        mutating func field() throws(Failure) -> String {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return plainField() }
            let openedOn = line
            i += 1
            var out: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") { out.append(b); i += 2; continue }
                    i += 1
                    guard i >= bytes.count || [UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[i]) else {
                        throw Failure(line: line, reason: "unexpected text after a closing quote")
                    }
                    return String(decoding: out, as: UTF8.self)
                }
                if b == UInt8(ascii: "\n") { line += 1 }
                out.append(b); i += 1
            }
            throw Failure(line: openedOn, reason: "a quoted field is never closed")
        }

        mutating func plainField() -> String {
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: ","), bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") {
                i += 1
            }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
    }
}

/// Writes RFC 4180 rows: quotes a field when it holds a comma, quote or line break.
public enum CSVWriter {
    public static func line(_ cells: [String]) -> String {
        cells.map(quote).joined(separator: ",") + "\r\n"
    }

    public static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
