/// Text helpers for report lines: every data string passes `Sanitizer` before it is measured.
enum ReportText {
    /// `text` fitted into exactly `width` cells.
    static func pad(_ text: String, to width: Int, _ alignment: Alignment = .left) -> String {
        var out = ""
        appendPadded(text, to: width, alignment, into: &out)
        return out
    }

    /// Appends `text` fitted into exactly `width` cells to `line`.
    static func appendPadded(_ text: String, to width: Int, _ alignment: Alignment = .left, into line: inout String) {
        let fitted = TextFit.fit(Sanitizer.singleLine(text), width: width, ellipsis: true)
        let slack = max(0, width - fitted.width)
        if alignment == .right { appendSpaces(slack, to: &line) }
        line += fitted.text
        if alignment != .right { appendSpaces(slack, to: &line) }
    }

    static let spaces = String(repeating: " ", count: 256)

    /// Appends `count` spaces without making a string of them first.
    static func appendSpaces(_ count: Int, to line: inout String) {
        if count <= spaces.utf8.count {
            line += spaces[..<spaces.utf8.index(spaces.startIndex, offsetBy: count)]
        } else {
            line += String(repeating: " ", count: count)
        }
    }

    /// Splits `text` into lines of at most `width` cells, never splitting a wide character;
    /// breaks after the last space that fits when there is one (Chinese text breaks
    /// anywhere), and starts a new line at every line break in the text.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in Sanitizer.lines(text) {
            if SimpleScalars.width(of: paragraph) != nil {
                GreedyWrap.lines(paragraph.unicodeScalars, width: width, widthOf: { SimpleScalars.width($0) ?? 1 },
                                 isSpace: { $0 == " " }) { out.append(unglued(Substring($0))) }
            } else {
                GreedyWrap.lines(paragraph, width: width, widthOf: DisplayWidth.of, isSpace: { $0 == " " }) { out.append(unglued($0)) }
            }
        }
        return out
    }

    /// Short parts that read as one ("Resolved -", "repair quality 3") joined by " · ", for
    /// `wrap` to break only after a " · ": their own spaces, and the one before each dot, are
    /// no-break spaces until `wrap` gives the line back.
    static func keptTogether(_ parts: [String]) -> String {
        parts.map { $0.replacingOccurrences(of: " ", with: noBreakSpace) }.joined(separator: noBreakSpace + "· ")
    }

    private static let noBreakSpace = "\u{A0}"

    /// A wrapped line with its no-break spaces made plain again. The byte 0xA0 also ends
    /// many other characters; those lines are only looked at more closely.
    private static func unglued(_ line: Substring) -> String {
        line.utf8.contains(0xA0) ? line.replacingOccurrences(of: noBreakSpace, with: " ") : String(line)
    }

    static func trimmedEnd(_ s: String) -> String {
        var s = s
        trimEnd(&s)
        return s
    }

    static func trimEnd(_ s: inout String) {
        while s.last == " " { s.removeLast() }
    }

    /// A figure or "-" when empty.
    static func figure(_ value: (any CustomStringConvertible)?, suffix: String = "") -> String {
        value.map { $0.description + suffix } ?? "-"
    }
}
