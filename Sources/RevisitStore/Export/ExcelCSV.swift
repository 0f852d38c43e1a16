import Foundation

/// CSV as Excel in China wants it: UTF-8 with a byte-order mark (or Excel guesses GBK and
/// the Chinese turns to mojibake), CRLF line ends, RFC 4180 quoting, one table per file.
///
/// Formula injection: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
/// return would be run as a formula by Excel, so it gets a leading `'` and stays text
/// (`=SUM(A1)` is written `'=SUM(A1)`). Numbers the report computed (`.number` cells, such
/// as a CSI change of `-1.4`) are left numeric; a `.number` cell that is not a plain
/// decimal number is treated as text.
///
/// Files: a report's first table goes to FILE itself and every other table to a sibling
/// named after FILE without its extension, `FILE-stem.<table>.csv` (`oct.csv`,
/// `oct.complaints.csv`, ...). On standard output the tables follow each other after one
/// byte-order mark, separated by an empty line.
public enum ExcelCSV {
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The characters that make Excel read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell's text as written before quoting: a formula-looking text gets a leading `'`.
    public static func inert(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return text }
        return "'" + text
    }

    static func field(_ cell: ReportTable.Cell) -> String {
        switch cell {
        case .text(let s): return inert(s)
        case .number(let s): return isPlainNumber(s) ? s : inert(s)
        }
    }

    /// `12`, `-1.4`, `92.5`: an optional minus, digits, optionally a point and digits.
    static func isPlainNumber(_ s: String) -> Bool {
        var digits = s.utf8[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        let parts = digits.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (48...57).contains($0) } }
    }

    /// The table's header and rows, without the byte-order mark.
    static func body(_ table: ReportTable) -> String {
        var out = CSVWriter.line(table.columns.map(inert))
        for row in table.rows { out += CSVWriter.line(row.map(field)) }
        return out
    }

    /// One file's bytes: the mark, then the table.
    public static func data(_ table: ReportTable) -> Data {
        Data(byteOrderMark) + Data(body(table).utf8)
    }

    /// Every table after one mark, an empty line between tables: for standard output.
    public static func concatenated(_ tables: [ReportTable]) -> Data {
        Data(byteOrderMark) + Data(tables.map(body).joined(separator: "\r\n").utf8)
    }

    /// Where each table goes when the report is written to `url` (see the type's comment).
    public static func destinations(of tables: [ReportTable], at url: URL) -> [(table: ReportTable, url: URL)] {
        let stem = url.deletingPathExtension()
        return tables.enumerated().map { i, table in
            (table, i == 0 ? url : stem.deletingLastPathComponent()
                .appendingPathComponent("\(stem.lastPathComponent).\(table.name).csv"))
        }
    }

    /// Writes each table to its file, each atomically; returns the files written, in order.
    @discardableResult
    public static func write(_ tables: [ReportTable], to url: URL) throws -> [URL] {
        let targets = destinations(of: tables, at: url)
        for (table, target) in targets { try AtomicFile.write(data(table), to: target) }
        return targets.map(\.url)
    }
}
