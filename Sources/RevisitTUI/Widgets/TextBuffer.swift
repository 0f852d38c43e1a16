/// Editable text as a list of characters (grapheme clusters) and a cursor between
/// them: the cursor moves by character, so it can never land inside a wide
/// character or split a letter from its accent. Shared by TextField and TextArea.
struct TextBuffer: Equatable {
    private(set) var characters: [Character]
    /// 0...characters.count
    private(set) var cursor: Int
    let allowsNewlines: Bool
    let maxLength: Int?

    init(text: String, allowsNewlines: Bool, maxLength: Int?) {
        self.allowsNewlines = allowsNewlines
        self.maxLength = maxLength
        let clean = allowsNewlines ? Sanitizer.lines(text).joined(separator: "\n") : Sanitizer.singleLine(text)
        characters = Array(clean)
        if let maxLength, characters.count > maxLength { characters = Array(characters.prefix(maxLength)) }
        cursor = characters.count
    }

    var text: String { String(characters) }
    var isFull: Bool { maxLength.map { characters.count >= $0 } ?? false }

    /// Inserts a typed character; false if refused (full, or a line break where none is allowed).
    mutating func insert(_ character: Character) -> Bool {
        if character == "\n" && !allowsNewlines { return false }
        guard !isFull else { return false }
        let safe: Character = character == "\n" ? "\n" : Character(Sanitizer.singleLine(String(character)))
        characters.insert(safe, at: cursor)
        cursor += 1
        return true
    }

    /// Applies an editing action; false if the action is not an edit this buffer knows.
    mutating func apply(_ action: Action) -> Bool {
        switch action {
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(characters.count, cursor + 1)
        case .lineStart: cursor = lineStart(of: cursor)
        case .lineEnd: cursor = lineEnd(of: cursor)
        case .deleteBackward:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .killToEnd:
            characters.removeSubrange(cursor..<lineEnd(of: cursor))
        case .killToStart:
            let start = lineStart(of: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    mutating func moveCursor(to index: Int) {
        cursor = min(max(0, index), characters.count)
    }

    func lineStart(of index: Int) -> Int {
        var i = index
        while i > 0 && characters[i - 1] != "\n" { i -= 1 }
        return i
    }

    func lineEnd(of index: Int) -> Int {
        var i = index
        while i < characters.count && characters[i] != "\n" { i += 1 }
        return i
    }

    /// Display width of characters[range].
    func width(_ range: Range<Int>) -> Int {
        characters[range].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// The cells the cursor occupies at `index`: the character's width, 1 at the end.
    func cursorWidth(at index: Int) -> Int {
        index < characters.count && characters[index] != "\n" ? max(1, DisplayWidth.of(characters[index])) : 1
    }
}
