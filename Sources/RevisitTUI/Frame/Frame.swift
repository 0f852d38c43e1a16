/// A grid of cells that knows display widths: what a screen renders and a
/// terminal presents. Every string put into it goes through `Sanitizer`.
public struct Frame: Equatable, Sendable {
    public let rows: Int
    public let cols: Int
    public private(set) var cells: [Cell]
    /// Where the terminal shows its cursor (a focused text field), or nil to hide it.
    public var cursor: Position?

    public struct Position: Hashable, Sendable {
        public var row: Int
        public var col: Int
        public init(row: Int, col: Int) {
            self.row = row
            self.col = col
        }
    }

    public init(rows: Int, cols: Int) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        cells = Array(repeating: .blank, count: self.rows * self.cols)
    }

    public init(size: TerminalSize) { self.init(rows: size.rows, cols: size.cols) }

    public var size: TerminalSize { TerminalSize(rows: rows, cols: cols) }
    public var bounds: Rect { Rect(row: 0, col: 0, rows: rows, cols: cols) }

    public subscript(row: Int, col: Int) -> Cell { cells[row * cols + col] }

    /// Writes `text` at (row, col). With a `width`, the text owns exactly that many
    /// cells: it is clipped (ending in "…" when `ellipsis`) or padded with spaces in
    /// `style`, placed by `align`. Without one, it runs to the end of the row at most.
    /// A wide character that would not fit whole is never split: a space takes its place.
    /// Returns the number of cells written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, width: Int? = nil,
                             style: Style = .plain, align: Alignment = .left,
                             ellipsis: Bool = true) -> Int {
        guard row >= 0, row < rows, col >= 0, col < cols else { return 0 }
        let available = min(width ?? (cols - col), cols - col)
        guard available > 0 else { return 0 }
        let fitted = TextFit.fit(Sanitizer.singleLine(text), width: available, ellipsis: ellipsis)
        let owned = width == nil ? fitted.width : available
        let slack = owned - fitted.width
        let leading: Int
        switch align {
        case .left: leading = 0
        case .right: leading = slack
        case .center: leading = slack / 2
        }
        var c = col
        for _ in 0..<leading { setCell(row: row, col: c, character: " ", width: 1, style: style); c += 1 }
        for character in fitted.text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            setCell(row: row, col: c, character: character, width: w, style: style)
            c += w
        }
        while c < col + owned { setCell(row: row, col: c, character: " ", width: 1, style: style); c += 1 }
        return owned
    }

    /// Fills a region with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let lastRow = min(rows, rect.row + rect.rows)
        let lastCol = min(cols, rect.col + rect.cols)
        guard rect.row < lastRow, rect.col < lastCol else { return }
        for r in max(0, rect.row)..<lastRow {
            for c in max(0, rect.col)..<lastCol { setCell(row: r, col: c, character: " ", width: 1, style: style) }
        }
    }

    /// The frame as text, one string per row. A wide character appears once and its
    /// continuation cell adds nothing, so every line's display width is `cols`.
    public func lines() -> [String] {
        (0..<rows).map { line($0) }
    }

    public func line(_ row: Int) -> String {
        var out = ""
        for c in 0..<cols {
            if let character = self[row, c].character { out.append(character) }
        }
        return out
    }

    private mutating func setCell(row: Int, col: Int, character: Character, width: Int, style: Style) {
        guard col < cols else { return }
        if width == 2 && col + 1 >= cols {
            setCell(row: row, col: col, character: " ", width: 1, style: style)
            return
        }
        breakWideCharacter(row: row, col: col)
        if width == 2 { breakWideCharacter(row: row, col: col + 1) }
        cells[row * cols + col] = Cell(character: character, width: width, style: style)
        if width == 2 { cells[row * cols + col + 1] = .continuation(style) }
    }

    /// Before a cell is overwritten: a wide character it belongs to loses its other half,
    /// which becomes a space, so no half of a wide character is ever left behind.
    private mutating func breakWideCharacter(row: Int, col: Int) {
        let index = row * cols + col
        let cell = cells[index]
        if cell.isContinuation, col > 0 {
            cells[index - 1] = Cell(character: " ", width: 1, style: cells[index - 1].style)
            cells[index] = Cell(character: " ", width: 1, style: cell.style)
        } else if cell.width == 2, col + 1 < cols {
            cells[index + 1] = Cell(character: " ", width: 1, style: cell.style)
        }
    }
}
