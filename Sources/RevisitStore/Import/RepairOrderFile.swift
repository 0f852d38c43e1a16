import Foundation
import RevisitCore

/// A repair-order export read and validated as a whole, before anything is stored.
public struct RepairOrderFile {
    public var orders: [RepairOrder] = []
    /// Every refused row's problems, in file order.
    public var problems: [RowProblem] = []
    /// Refused rows as they were, for the rejected file.
    public var rejectedRows: [(cells: [String], reasons: String)] = []
    public var header: [String] = []
    public var warnings: [String] = []

    public init(contentsOf url: URL) throws(StoreError) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .badInput("cannot read \(url.path)")
        }
        try self.init(data: data, name: url.path)
    }

    public init(data: Data, name: String) throws(StoreError) {
        let rows: [CSVReader.Row]
        do { rows = try CSVReader.rows(data) } catch { throw .badInput("\(name):\(error.line): \(error.reason)") }
        guard let first = rows.first else { throw .badInput("\(name): the file is empty; it needs a header row") }
        header = first.cells
        let parsedHeader: RepairOrderHeader
        do { parsedHeader = try RepairOrderHeader(first.cells) } catch { throw .badInput("\(name):\(first.line): \(error)") }
        if !parsedHeader.unknownColumns.isEmpty {
            warnings.append("\(name):\(first.line): ignoring unknown column(s): " + parsedHeader.unknownColumns.joined(separator: ", "))
        }
        let validator = RepairOrderValidator(header: parsedHeader)
        var seen: [String: (line: Int, order: RepairOrder)] = [:]
        for row in rows.dropFirst() {
            switch validator.validate(row.cells, line: row.line) {
            case .success(let order):
                if let earlier = seen[order.roNumber], earlier.order != order {
                    reject(row, [RowProblem(line: row.line, column: "ro_number",
                        reason: "\(order.roNumber) appears again (first at line \(earlier.line)) with different data")])
                    continue
                }
                seen[order.roNumber] = (row.line, order)
                orders.append(order)
            case .failure(let refused):
                reject(row, refused.problems)
            }
        }
    }

    private mutating func reject(_ row: CSVReader.Row, _ why: [RowProblem]) {
        problems += why
        rejectedRows.append((row.cells, why.map { "\($0.column): \($0.reason)" }.joined(separator: "; ")))
    }

    /// The refused rows with a `reason` column, for `--skip-invalid`.
    public func rejectedCSV() -> Data {
        var text = "\u{FEFF}" + CSVWriter.line(header + ["reason"])
        for row in rejectedRows { text += CSVWriter.line(row.cells + [row.reasons]) }
        return Data(text.utf8)
    }
}
