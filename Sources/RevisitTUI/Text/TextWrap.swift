/// Text wrapped to a display width, for cards, reports and the status line: line breaks
/// kept, a wide character never split, a line broken after its last space that fits when
/// it has one (else between characters, as Chinese is written). Every string passes
/// `Sanitizer` before it is measured. A line may also break after `breakingAfter`, which
/// stays at its end: a list joined with "；" breaks between its parts.
/// With a `hangingIndent`, a paragraph's lines after its first start with that many spaces.
enum TextWrap {
    static func lines(_ text: String, width: Int, hangingIndent: Int = 0, breakingAfter mark: Unicode.Scalar? = nil) -> [String] {
        guard width > 0 else { return [] }
        let indent = String(repeating: " ", count: max(0, min(hangingIndent, width - 1)))
        var out: [String] = []
        for paragraph in Sanitizer.lines(text) {
            let first = out.count
            if SimpleScalars.width(of: paragraph) != nil {
                GreedyWrap.lines(paragraph.unicodeScalars, width: width, hangingIndent: indent.count, widthOf: { SimpleScalars.width($0) ?? 1 },
                                 isSpace: { $0 == " " }, breaksAfter: { $0 == mark }) { out.append(unglued(Substring($0))) }
            } else {
                GreedyWrap.lines(paragraph, width: width, hangingIndent: indent.count, widthOf: DisplayWidth.of, isSpace: { $0 == " " },
                                 breaksAfter: { mark != nil && $0.unicodeScalars.first == mark && $0.unicodeScalars.count == 1 }) {
                    out.append(unglued($0))
                }
            }
            if !indent.isEmpty { for k in out.indices.dropFirst(first + 1) { out[k] = indent + out[k] } }
        }
        return out
    }

    /// `part` with its spaces made no-break, so `lines` breaks around it, never inside
    /// ("责任人 wang.fang", "repair quality 3"); `lines` gives the spaces back.
    static func glued(_ part: String) -> String { part.replacingOccurrences(of: " ", with: noBreakSpace) }

    static let noBreakSpace = "\u{A0}"

    /// A wrapped line with its no-break spaces made plain again. The byte 0xA0 also ends
    /// many other characters; those lines are only looked at more closely.
    private static func unglued(_ line: Substring) -> String {
        line.utf8.contains(0xA0) ? line.replacingOccurrences(of: noBreakSpace, with: " ") : String(line)
    }
}
