extension StringProtocol {
    /// Trims ASCII and ideographic spaces only; unlike Foundation it never touches other bytes.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        // Most text has no space at either end: then it is returned whole without walking it.
        if let first, let last, !isSpace(first), !isSpace(last) { return String(self) }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}

extension String {
    public var trimmed: String { trimmingSpaces }
}
