import RevisitCore

/// What the validated rows of a repair-order file come to, taken in file order: the orders
/// accepted, and every refused row with its problems.
struct TakenRows {
    var orders: [RepairOrder] = []
    /// Every refused row's problems, in file order.
    var problems: [RowProblem] = []
    /// Refused rows as they were, for the rejected file.
    var rejectedRows: [(cells: [String], reasons: String)] = []
    /// Where each order number was last accepted: its line and its place in `orders`.
    private var seen: [String: (line: Int, index: Int)] = [:]

    /// Room for about `rows` rows (a guess: the pages not used are never touched).
    init(expectedRows rows: Int) {
        orders.reserveCapacity(rows)
        seen.reserveCapacity(rows)
    }

    mutating func take(_ result: Result<RepairOrder, RowProblems>, row: Int, of table: CellTable) {
        let line = table.lines[row]
        switch result {
        case .success(let order):
            // Filed at once, one hash for the usual new number; put back if the row is refused.
            if let earlier = seen.updateValue((line, orders.count), forKey: order.roNumber), orders[earlier.index] != order {
                seen[order.roNumber] = earlier
                reject(table, row, [RowProblem(line: line, column: "ro_number",
                    reason: "\(order.roNumber) appears again (first at line \(earlier.line)) with different data")])
                return
            }
            orders.append(order)
        case .failure(let refused):
            reject(table, row, refused.problems)
        }
    }

    private mutating func reject(_ table: CellTable, _ row: Int, _ why: [RowProblem]) {
        problems += why
        rejectedRows.append((table.cells(ofRow: row), why.map { "\($0.column): \($0.reason)" }.joined(separator: "; ")))
    }
}
