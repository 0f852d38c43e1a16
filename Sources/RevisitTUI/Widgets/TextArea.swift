/// A text input of several lines, soft-wrapped to the width: after a row's last space, as
/// words are typed, else between characters (Chinese, or a word longer than the row), never
/// inside a wide character. The cursor moves by character; Up and Down keep the display column
/// as well as the other line allows; `newline` inserts a line break; the text is
/// limited to `maxLength` characters (line breaks count).
public struct TextArea: Equatable {
    private var buffer: TextBuffer
    /// First visible visual row.
    private var top = 0
    /// The column Up/Down aim for, kept across a run of vertical moves.
    private var goalColumn: Int?

    public init(text: String = "", maxLength: Int? = nil) {
        buffer = TextBuffer(text: text, allowsNewlines: true, maxLength: maxLength)
    }

    public var text: String { buffer.text }
    public var cursor: Int { buffer.cursor }
    public var isEmpty: Bool { buffer.characters.isEmpty }
    public var isFull: Bool { buffer.isFull }

    /// A wrapped row: characters[start..<end]; `endsLine` when a line break (or the end
    /// of the text) follows, so the cursor may sit at `end`.
    struct VisualRow: Equatable {
        let start: Int
        let end: Int
        let endsLine: Bool
    }

    /// Types a character or applies an editing action, for an area of `size`.
    /// False if the input is not for the area (Up on the first row, Down on the last,
    /// actions it does not know), so the screen can move focus instead.
    public mutating func handle(_ input: ScreenInput, size: TerminalSize) -> Bool {
        let rows = visualRows(width: size.cols)
        let here = position(of: buffer.cursor, in: rows)
        var used = true
        switch input {
        case .character(let c):
            _ = buffer.insert(c)
            goalColumn = nil
        case .action(.newline):
            _ = buffer.insert("\n")
            goalColumn = nil
        case .action(.cursorUp), .action(.cursorDown):
            let up = { if case .action(.cursorUp) = input { return true } else { return false } }()
            let target = here.row + (up ? -1 : 1)
            guard rows.indices.contains(target) else { used = false; break }
            let goal = goalColumn ?? here.col
            buffer.moveCursor(to: index(in: rows[target], atColumn: goal))
            goalColumn = goal
        case .action(let action):
            used = buffer.apply(action)
            if used { goalColumn = nil }
        default:
            used = false
        }
        top = firstVisibleRow(size: size)
        return used
    }

    func visualRows(width: Int) -> [VisualRow] {
        let wrap = max(2, width - 1)   // one column spare for the cursor at a line's end
        let chars = buffer.characters
        var rows: [VisualRow] = []
        var lineStart = 0
        while true {
            let lineEnd = buffer.lineEnd(of: lineStart)
            var start = lineStart
            var used = 0
            var afterSpace: Int?   // where the row may break: after its last space
            for i in lineStart..<lineEnd {
                let w = DisplayWidth.of(chars[i])
                if used + w > wrap && i > start {
                    var end = afterSpace ?? i
                    if buffer.width(end..<i) + w > wrap { end = i }   // a word longer than the row
                    rows.append(VisualRow(start: start, end: end, endsLine: false))
                    used = buffer.width(end..<i)
                    start = end
                    afterSpace = nil
                }
                used += w
                if chars[i] == " " { afterSpace = i + 1 }
            }
            rows.append(VisualRow(start: start, end: lineEnd, endsLine: true))
            guard lineEnd < chars.count else { return rows }
            lineStart = lineEnd + 1
        }
    }

    func position(of index: Int, in rows: [VisualRow]) -> (row: Int, col: Int) {
        for (r, row) in rows.enumerated() where index >= row.start && (index < row.end || (index == row.end && row.endsLine)) {
            return (r, buffer.width(row.start..<index))
        }
        return (max(0, rows.count - 1), 0)
    }

    /// The character index in `row` whose start column is the last one not past `column`.
    func index(in row: VisualRow, atColumn column: Int) -> Int {
        let limit = row.endsLine ? row.end : row.end - 1
        var i = row.start
        var col = 0
        while i < limit {
            let w = DisplayWidth.of(buffer.characters[i])
            if col + w > column { break }
            col += w
            i += 1
        }
        return i
    }

    func firstVisibleRow(size: TerminalSize) -> Int {
        let rows = visualRows(width: size.cols)
        let cursorRow = position(of: buffer.cursor, in: rows).row
        let height = max(1, size.rows)
        var first = min(top, max(0, rows.count - height))
        if cursorRow < first { first = cursorRow }
        if cursorRow >= first + height { first = cursorRow - height + 1 }
        return first
    }

    public func render(into frame: inout Frame, region: Rect, focused: Bool, style: Style = .plain) {
        let rows = visualRows(width: region.cols)
        let first = firstVisibleRow(size: region.size)
        frame.fill(region, style: style)
        for (offset, row) in rows.dropFirst(first).prefix(region.rows).enumerated() {
            frame.put(String(buffer.characters[row.start..<row.end]), row: region.row + offset, col: region.col,
                      width: region.cols, style: style, ellipsis: false)
        }
        if focused {
            let here = position(of: buffer.cursor, in: rows)
            frame.cursor = Frame.Position(row: region.row + here.row - first, col: region.col + here.col)
        }
    }
}
