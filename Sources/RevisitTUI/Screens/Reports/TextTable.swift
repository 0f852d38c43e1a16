import RevisitCore

/// A table laid out as lines of text for a given width: columns separated by one space,
/// aligned by display width (a Chinese character takes two cells), each cell sanitized and
/// clipped with "…" when too wide. The flexible column takes what the fixed ones leave, up to
/// its widest cell: on a wide terminal the columns after it stay beside it.
struct TextTable {
    struct Column {
        var title: String
        /// nil: flexible.
        var width: Int?
        var alignment: Alignment

        static func left(_ title: String, _ width: Int? = nil) -> Column { Column(title: title, width: width, alignment: .left) }
        static func right(_ title: String, _ width: Int) -> Column { Column(title: title, width: width, alignment: .right) }
    }

    var columns: [Column]
    var rows: [[String]] = []
    /// Lines under a row, indented to the second column: the customer's words, a note.
    var details: [Int: [String]] = [:]

    init(_ columns: [Column]) { self.columns = columns }

    mutating func add(_ cells: [String], details lines: [String] = []) {
        if !lines.isEmpty { details[rows.count] = lines }
        rows.append(cells)
    }

    func widths(for total: Int) -> [Int] {
        let fixed = columns.compactMap(\.width).reduce(0, +) + max(0, columns.count - 1)
        let flexible = columns.filter { $0.width == nil }.count
        let share = flexible == 0 ? 0 : max(4, (total - fixed) / flexible)
        return columns.indices.map { i in columns[i].width ?? min(share, max(4, widest(i))) }
    }

    /// The widest cell of column `i`, its title included, as `line` draws it.
    private func widest(_ i: Int) -> Int {
        rows.reduce(DisplayWidth.of(Sanitizer.singleLine(columns[i].title))) { widest, row in
            i < row.count ? max(widest, DisplayWidth.of(Sanitizer.singleLine(row[i]))) : widest
        }
    }

    /// Rows from which a table is laid out in two halves at once (a month's problem calls
    /// run to thousands).
    static let rowsForTwoHalves = 1024

    func lines(width total: Int) -> [String] {
        let widths = widths(for: total)
        let header = line(columns.map(\.title), widths)
        guard rows.count >= Self.rowsForTwoHalves else { return [header] + lines(of: rows.indices, widths, width: total) }
        let middle = rows.count / 2
        let (first, second) = AtOnce.both({ lines(of: 0 ..< middle, widths, width: total) },
                                          { lines(of: middle ..< rows.count, widths, width: total) })
        return [header] + first + second
    }

    /// The lines of the rows at `indexes`, each followed by its details.
    func lines(of indexes: Range<Int>, _ widths: [Int], width total: Int) -> [String] {
        let indent = (widths.first ?? 0) + 1
        let indentation = String(repeating: " ", count: indent)
        var out: [String] = []
        for i in indexes {
            out.append(line(rows[i], widths))
            for detail in details[i] ?? [] {
                for piece in TextWrap.lines(detail, width: total - indent) { out.append(indentation + piece) }
            }
        }
        return out
    }

    func line(_ cells: [String], _ widths: [Int]) -> String {
        var out = ""
        out.reserveCapacity(widths.reduce(columns.count, +))
        for (i, column) in columns.enumerated() {
            if i > 0 { out += " " }
            ReportText.appendPadded(i < cells.count ? cells[i] : "", to: widths[i], column.alignment, into: &out)
        }
        ReportText.trimEnd(&out)
        return out
    }
}
