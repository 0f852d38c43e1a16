/// Where a card (a customer's, a complaint's) is scrolled to: the movement keys move it, and
/// the key row says how much lies out of sight, since a card's newest lines (the latest history,
/// the last visits) are at its end and easy to miss when cut off at the bottom of the terminal.
struct CardScroll {
    private(set) var top = 0

    /// Keeps the top in the card after it was loaded again, perhaps shorter.
    mutating func keepIn(lineCount: Int) { top = min(top, max(0, lineCount - 1)) }

    /// Scrolls for a movement action, with `page` lines in sight; false for any other action.
    mutating func move(_ action: Action, lineCount: Int, page: Int) -> Bool {
        let lastTop = max(0, lineCount - page)
        switch action {
        case .moveUp: top = max(0, top - 1)
        case .moveDown: top = min(lastTop, top + 1)
        case .pageUp: top = max(0, top - page)
        case .pageDown: top = min(lastTop, top + page)
        case .first: top = 0
        case .last: top = lastTop
        default: return false
        }
        return true
    }

    /// Draws the lines in sight in the `rows` rows from the top of `region`.
    func render(_ lines: [CardLine], rows: Int, into f: inout Frame, region: Rect) {
        for (offset, line) in lines.dropFirst(top).prefix(max(0, rows)).enumerated() {
            f.put(line.text, row: region.row + offset, col: region.col + 1, width: region.cols - 2, style: line.style)
        }
    }

    /// The key row: `keys` on the left, and on the right how many lines lie below the `rows` in
    /// sight (or above, once at the end), when the card does not fit. On a narrow terminal the
    /// keys give way to that mark: help lists them, and nothing else says the card goes on.
    func renderKeyRow(_ keys: String, lineCount: Int, rows: Int, into f: inout Frame, region: Rect, context c: ScreenContext) {
        let row = region.row + region.rows - 1, below = lineCount - top - max(0, rows)
        let mark = below > 0 ? c.format(MessageCatalog.app.linesBelow, below) : top > 0 ? c.format(MessageCatalog.app.linesAbove, top) : ""
        let markWidth = DisplayWidth.of(mark)
        let room = region.cols - 2
        guard !mark.isEmpty, markWidth <= room else {
            f.put(keys, row: row, col: region.col + 1, width: room, style: .dim)
            return
        }
        f.put(keys, row: row, col: region.col + 1, width: max(0, room - markWidth - 2), style: .dim)
        f.put(mark, row: row, col: region.col + 1 + room - markWidth, style: .bold)
    }
}
