import Foundation
import RevisitCore

/// A repair-order export read and validated as a whole, before anything is stored.
public struct RepairOrderFile: Sendable {
    public var orders: [RepairOrder] = []
    /// Every refused row's problems, in file order.
    public var problems: [RowProblem] = []
    /// Refused rows as they were, for the rejected file.
    public var rejectedRows: [(cells: [String], reasons: String)] = []
    public var header: [String] = []
    public var warnings: [String] = []

    public init(contentsOf url: URL) throws(StoreError) {
        // Mapped, not read: the CSV reader copies what it keeps, so the file is never copied whole.
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch { throw .badInput("cannot read \(url.path): \(UnreadableFile.reason(url.path))") }
        try self.init(data: data, name: url.path)
    }

    public init(data: Data, name: String) throws(StoreError) {
        try self.init(data: data, name: name, rowsPerTable: 4096)
    }

    init(data: Data, name: String, rowsPerTable: Int) throws(StoreError) {
        // Each table of rows is validated on another core as soon as it is read, while the next
        // one is, and taken into the orders (in file order, on whichever thread validated it);
        // a file that cannot be read, or lacks a usable header, says so as it did.
        let validating = OrderedJobs<Void>()
        let taking = InTurn(TakenRows(expectedRows: data.count / 128))
        var tablesHandedOver = 0
        var first: (header: [String], line: Int, parsed: Result<RepairOrderHeader, RepairOrderHeader.Problem>)?
        let read = Result { () throws(CSVReader.Failure) in
            try CSVReader.tables(data, rowsPerTable: rowsPerTable) { table in
                let holdsHeader = first == nil && table.rowCount > 0
                if holdsHeader {
                    let header = table.cells(ofRow: 0)
                    first = (header, table.lines[0], Result { () throws(RepairOrderHeader.Problem) in try RepairOrderHeader(header) })
                }
                guard case .success(let parsedHeader)? = first?.parsed else { return }
                let validator = RepairOrderValidator(header: parsedHeader)
                let rows = (holdsHeader ? 1 : 0) ..< table.rowCount
                let turn = tablesHandedOver
                tablesHandedOver += 1
                validating.add {
                    let results = rows.map { validator.validate(table, row: $0) }
                    taking.change(turn: turn) { taken in
                        for (row, result) in zip(rows, results) { taken.take(result, row: row, of: table) }
                    }
                }
            }
        }
        _ = validating.finish()
        if case .failure(let error) = read { throw .badInput("\(name):\(error.line): \(error.reason)") }
        guard let first else { throw .badInput("\(name): the file is empty; it needs a header row") }
        header = first.header
        let parsedHeader: RepairOrderHeader
        switch first.parsed {
        case .success(let h): parsedHeader = h
        case .failure(let error): throw .badInput("\(name):\(first.line): \(error)")
        }
        if !parsedHeader.unknownColumns.isEmpty {
            warnings.append("\(name):\(first.line): ignoring unknown column(s): " + parsedHeader.unknownColumns.joined(separator: ", "))
        }
        let taken = taking.value
        (orders, problems, rejectedRows) = (taken.orders, taken.problems, taken.rejectedRows)
    }

    /// The refused rows with a `reason` column, for `--skip-invalid`.
    public func rejectedCSV() -> Data {
        var text = "\u{FEFF}" + CSVWriter.line(header + ["reason"])
        for row in rejectedRows { text += CSVWriter.line(row.cells + [row.reasons]) }
        return Data(text.utf8)
    }
}
