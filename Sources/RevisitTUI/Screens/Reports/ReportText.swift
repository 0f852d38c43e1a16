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

    /// Short parts that read as one ("Resolved -", "repair quality 3") joined by " · ", for
    /// `TextWrap` to break only after a " · ".
    static func keptTogether(_ parts: [String]) -> String {
        parts.map(TextWrap.glued).joined(separator: TextWrap.noBreakSpace + "· ")
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
