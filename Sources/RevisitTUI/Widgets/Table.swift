public struct TableColumn: Equatable, Sendable {
    public enum Width: Equatable, Sendable {
        case fixed(Int)
        /// Shares what the fixed columns leave, at least `min` cells and at most `max`; what a
        /// capped column does not take goes to the other flexible ones, or is left blank at
        /// the right.
        case flexible(min: Int, max: Int = .max)
    }

    /// Room for a person's name in a list on a wide terminal ("María Fernanda García", 21
    /// cells); a name column any wider only pushes the columns after it away from it.
    public static let longestName = 24

    public var title: String
    public var width: Width
    public var alignment: Alignment
    /// When the columns do not fit, the ones with a rank give way, lowest rank first, so the
    /// columns that matter most stay whole on a narrow terminal; nil: never.
    public var givesWay: Int?

    public init(_ title: String, width: Width, alignment: Alignment = .left, givesWay: Int? = nil) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.givesWay = givesWay
    }

    /// Its width when the table is as narrow as it gets: a flexible column's minimum.
    var narrowest: Int {
        switch width {
        case .fixed(let w): w
        case .flexible(let minimum, _): minimum
        }
    }
}

public struct TableRow: Equatable, Sendable {
    public var cells: [String]
    public var style: Style

    public init(_ cells: [String], style: Style = .plain) {
        self.cells = cells
        self.style = style
    }
}

/// Rows under a header, columns aligned by display width (a Chinese name takes two
/// cells a character), the selected row in reverse video, scrolled so the
/// selection stays visible. `height` below is the whole region's, header included.
public struct Table: Equatable {
    public var columns: [TableColumn]
    public private(set) var rows: [TableRow]
    /// nil only when there are no rows.
    public private(set) var selectedIndex: Int?
    private var top = 0

    public init(columns: [TableColumn], rows: [TableRow] = []) {
        self.columns = columns
        self.rows = rows
        selectedIndex = rows.isEmpty ? nil : 0
    }

    public var selectedRow: TableRow? { selectedIndex.map { rows[$0] } }

    /// Replaces the rows (after a reload), keeping the selected index where possible.
    public mutating func setRows(_ newRows: [TableRow]) {
        rows = newRows
        selectedIndex = rows.isEmpty ? nil : min(selectedIndex ?? 0, rows.count - 1)
    }

    public mutating func select(_ index: Int, height: Int) {
        guard !rows.isEmpty else { return }
        selectedIndex = min(max(0, index), rows.count - 1)
        top = firstVisible(height: height)
    }

    /// Moves the selection for move-up/down, page-up/down, first, last; false otherwise.
    public mutating func handle(_ action: Action, height: Int) -> Bool {
        let page = max(1, Table.dataRows(height) - 1)
        let current = selectedIndex ?? 0
        switch action {
        case .moveUp: select(current - 1, height: height)
        case .moveDown: select(current + 1, height: height)
        case .pageUp: select(current - page, height: height)
        case .pageDown: select(current + page, height: height)
        case .first: select(0, height: height)
        case .last: select(rows.count - 1, height: height)
        default: return false
        }
        return true
    }

    static func dataRows(_ height: Int) -> Int { max(1, height - 1) }

    func firstVisible(height: Int) -> Int {
        let visible = Table.dataRows(height)
        guard let selected = selectedIndex else { return 0 }
        var first = min(top, max(0, rows.count - visible))
        if selected < first { first = selected }
        if selected >= first + visible { first = selected - visible + 1 }
        return first
    }

    /// Column widths for `total` cells, one space between columns; 0 for a column that gave
    /// way (see `TableColumn.givesWay`).
    func columnWidths(total: Int) -> [Int] {
        let shown = shownColumns(total: total)
        let gaps = max(0, shown.count - 1)
        let fixed = shown.reduce(0) { if case .fixed(let w) = columns[$1].width { $0 + w } else { $0 } }
        var left = max(0, total - gaps - fixed)
        // The flexible columns with their caps.
        var open: [(index: Int, cap: Int)] = shown.compactMap { i in
            if case .flexible(_, let cap) = columns[i].width { (i, cap) } else { nil }
        }
        var capped: [Int: Int] = [:]
        // Columns whose cap is below an even share take their cap; the rest share what is left.
        while let k = open.firstIndex(where: { $0.cap < left / open.count }) {
            capped[open[k].index] = open[k].cap
            left -= open[k].cap
            open.remove(at: k)
        }
        let share = open.isEmpty ? 0 : left / open.count
        return columns.indices.map { i in
            guard shown.contains(i) else { return 0 }
            switch columns[i].width {
            case .fixed(let w): return w
            case .flexible(let minimum, _): return max(minimum, capped[i] ?? share)
            }
        }
    }

    /// The columns drawn in `total` cells: all of them, but for those that give way while the
    /// rest at their narrowest do not fit.
    private func shownColumns(total: Int) -> [Int] {
        var shown = Array(columns.indices)
        let needed = { shown.reduce(-1) { $0 + self.columns[$1].narrowest + 1 } }
        let yielding = columns.indices.filter { columns[$0].givesWay != nil }.sorted { columns[$0].givesWay! < columns[$1].givesWay! }
        for i in yielding where needed() > total { shown.removeAll { $0 == i } }
        return shown
    }

    public func render(into frame: inout Frame, region: Rect, focused: Bool = true) {
        guard region.rows > 0, region.cols > 0 else { return }
        let widths = columnWidths(total: region.cols)
        let header = columns.map(\.title)
        drawRow(header, into: &frame, row: region.row, region: region, widths: widths, style: Style(bold: true, underline: true))
        let first = firstVisible(height: region.rows)
        for (offset, index) in (first..<rows.count).prefix(Table.dataRows(region.rows)).enumerated() {
            var style = rows[index].style
            if index == selectedIndex { if focused { style.reverse = true } else { style.bold = true } }
            drawRow(rows[index].cells, into: &frame, row: region.row + 1 + offset, region: region, widths: widths, style: style)
        }
    }

    private func drawRow(_ cells: [String], into frame: inout Frame, row: Int, region: Rect, widths: [Int], style: Style) {
        frame.fill(Rect(row: row, col: region.col, rows: 1, cols: region.cols), style: style)
        var col = region.col
        for (index, column) in columns.enumerated() where widths[index] > 0 {
            let end = region.col + region.cols
            guard col < end else { break }
            let text = index < cells.count ? cells[index] : ""
            frame.put(text, row: row, col: col, width: min(widths[index], end - col), style: style, align: column.alignment)
            col += widths[index] + 1
        }
    }
}
