/// A one-line text input. The cursor moves by character; when the text is wider
/// than the field it scrolls horizontally so the cursor stays visible; a wide
/// character at the edge is never split (a space shows in its place).
public struct TextField: Equatable {
    private var buffer: TextBuffer
    /// Index of the first visible character.
    private var scroll = 0

    public init(text: String = "", maxLength: Int? = nil) {
        buffer = TextBuffer(text: text, allowsNewlines: false, maxLength: maxLength)
    }

    public var text: String { buffer.text }
    /// The cursor as a character index, 0...text.count.
    public var cursor: Int { buffer.cursor }
    public var isEmpty: Bool { buffer.characters.isEmpty }
    public var isFull: Bool { buffer.isFull }

    /// Types a character or applies an editing action (`text` context actions),
    /// for a field `width` cells wide. False if the input is not for the field
    /// (for example `newline`, which the screen may take as "confirm").
    public mutating func handle(_ input: ScreenInput, width: Int) -> Bool {
        let used: Bool
        switch input {
        case .character("\n"): used = true; _ = buffer.insert(" ")   // a pasted line break
        case .character(let c): used = true; _ = buffer.insert(c)   // a full field swallows it
        case .action(let action): used = buffer.apply(action)
        default: used = false
        }
        scroll = firstVisible(width: width)
        return used
    }

    /// The first visible character for `width` cells: the remembered scroll, moved just
    /// enough to show the cursor, and pulled back left when there is room to show more.
    func firstVisible(width: Int) -> Int {
        let count = buffer.characters.count
        let cursor = buffer.cursor
        var start = min(scroll, cursor)
        while start < cursor && buffer.width(start..<cursor) + buffer.cursorWidth(at: cursor) > width { start += 1 }
        while start > 0 && buffer.width((start - 1)..<count) + (cursor == count ? 1 : 0) <= width { start -= 1 }
        return start
    }

    /// Draws the visible part at (row, col), `width` cells, and places the frame's
    /// cursor when `focused`.
    public func render(into frame: inout Frame, row: Int, col: Int, width: Int, focused: Bool, style: Style = .underline) {
        let start = firstVisible(width: width)
        let visible = String(buffer.characters[start...])
        frame.put(visible, row: row, col: col, width: width, style: style, ellipsis: false)
        if focused { frame.cursor = Frame.Position(row: row, col: col + buffer.width(start..<buffer.cursor)) }
    }
}
