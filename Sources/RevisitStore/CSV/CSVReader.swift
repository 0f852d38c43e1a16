import Foundation
import RevisitCore

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
        let table = try table(data)
        return (0 ..< table.rowCount).map { Row(line: table.lines[$0], cells: table.cells(ofRow: $0)) }
    }

    /// The same parse into one table of cell bytes, without a String per cell.
    public static func table(_ data: Data) throws(Failure) -> CellTable {
        var whole = CellTable()
        try tables(data, rowsPerTable: .max) { whole = $0 }
        return whole
    }

    /// The same parse handed over in tables of `rowsPerTable` rows (the last one shorter, or
    /// empty for a file without rows), each as soon as it is full: the caller can work on one
    /// while the next is read. On a failure the tables already handed over are all there is;
    /// bytes that are not UTF-8 are found only at the end, after their tables were handed over.
    public static func tables(_ data: Data, rowsPerTable: Int, _ each: (CellTable) -> Void) throws(Failure) {
        let parsed = data.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: UInt8.self) { all in
                Result { () throws(Failure) in
                    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
                    let bytes = all.starts(with: bom) ? UnsafeBufferPointer(rebasing: all[3...]) : all
                    // Checked on another core while the rows are read; bytes that are not UTF-8 fail
                    // as such whatever the reading made of them.
                    let checking = ValidUTF8.InBackground(bytes)
                    var parser = Parser(bytes: bytes, rowsPerTable: rowsPerTable)
                    let read = Result { () throws(Failure) in try parser.parse(each) }
                    guard checking.wait() else {
                        throw Failure(line: firstInvalidUTF8Line(bytes), reason: Self.notUTF8)
                    }
                    try read.get()
                }
            }
        }
        try parsed.get()
    }

    /// Excel in China saves "CSV" as GBK unless told otherwise, so that is the likely cause.
    static let notUTF8 = "is not valid UTF-8; from Excel, save it as \"CSV UTF-8\", not GBK"

    static func firstInvalidUTF8Line(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1, start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1; start = i + 1
        }
        return line
    }

    struct Parser {
        static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
        let bytes: UnsafeBufferPointer<UInt8>
        let rowsPerTable: Int
        var i = 0
        var line = 1
        var table = CellTable()

        init(bytes: UnsafeBufferPointer<UInt8>, rowsPerTable: Int) {
            self.bytes = bytes; self.rowsPerTable = rowsPerTable
        }

        mutating func parse(_ each: (CellTable) -> Void) throws(Failure) {
            reserveRoom()
            while i < bytes.count {
                let start = line
                try row()
                table.endRow(line: start)
                if table.isBlank(row: table.rowCount - 1) { table.removeLastRow() }
                if table.rowCount == rowsPerTable, i < bytes.count {
                    each(table)
                    table = CellTable()
                    reserveRoom()
                }
            }
            each(table)
        }

        /// Room for the rest of the text, or for a table's rows at up to 256 bytes each.
        mutating func reserveRoom() {
            let left = bytes.count - i
            table.reserveCapacity(bytes: rowsPerTable == .max ? left : min(left, rowsPerTable * 256))
        }

        /// Reads one record and the line break after it.
        mutating func row() throws(Failure) {
            while true {
                try field()
                table.endCell()
                guard i < bytes.count else { return }
                switch bytes[i] {
                case Self.comma: i += 1
                case Self.carriageReturn:
                    i += 1
                    if i < bytes.count, bytes[i] == Self.newline { i += 1 }
                    line += 1
                    return
                default: // "\n"
                    i += 1; line += 1
                    return
                }
            }
        }

        /// Copies one field's bytes into the table, the runs between doubled quotes whole.
        mutating func field() throws(Failure) {
            guard i < bytes.count, bytes[i] == Self.quote else { return plainField() }
            let openedOn = line
            i += 1
            var runStart = i
            while i < bytes.count {
                let b = bytes[i]
                if b == Self.quote {
                    table.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< i]))
                    if i + 1 < bytes.count, bytes[i + 1] == Self.quote {
                        table.append(b)
                        i += 2
                        runStart = i
                        continue
                    }
                    i += 1
                    guard i >= bytes.count || Self.endsField(bytes[i]) else {
                        throw Failure(line: line, reason: "unexpected text after a closing quote")
                    }
                    return
                }
                if b == Self.newline { line += 1 }
                i += 1
            }
            throw Failure(line: openedOn, reason: "a quoted field is never closed")
        }

        mutating func plainField() {
            let start = i
            while i < bytes.count, !Self.endsField(bytes[i]) { i += 1 }
            table.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start ..< i]))
        }

        @inline(__always)
        static func endsField(_ b: UInt8) -> Bool { b == comma || b == newline || b == carriageReturn }
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
