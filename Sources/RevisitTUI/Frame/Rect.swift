public struct TerminalSize: Hashable, Sendable {
    public var rows: Int
    public var cols: Int
    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }
}

/// A region of a frame, in cells.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var col: Int
    public var rows: Int
    public var cols: Int

    public init(row: Int, col: Int, rows: Int, cols: Int) {
        self.row = row
        self.col = col
        self.rows = max(0, rows)
        self.cols = max(0, cols)
    }

    public var size: TerminalSize { TerminalSize(rows: rows, cols: cols) }

    /// The rows below the first `count` rows.
    public func droppingTop(_ count: Int) -> Rect {
        Rect(row: row + count, col: col, rows: rows - count, cols: cols)
    }
}

public enum Alignment: Sendable {
    case left, right, center
}
