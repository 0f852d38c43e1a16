extension StringProtocol {
    /// Trims ASCII and ideographic spaces only; unlike Foundation it never touches other bytes.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}

extension String {
    public var trimmed: String { trimmingSpaces }
}
