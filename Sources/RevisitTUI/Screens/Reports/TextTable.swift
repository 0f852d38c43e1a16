/// A table laid out as lines of text for a given width: columns separated by one space,
/// aligned by display width (a Chinese character takes two cells), each cell sanitized and
/// clipped with "…" when too wide. The flexible column takes what the fixed ones leave.
struct TextTable {
    struct Column {
        var title: String
        /// nil: flexible.
        var width: Int?
        var alignment: Alignment

        static func left(_ title: String, _ width: Int? = nil) -> Column { Column(title: title, width: width, alignment: .left) }
        static func right(_ title: String, _ width: Int) -> Column { Column(title: title, width: width, alignment: .right) }
    }

    var columns: [Column]
    var rows: [[String]] = []
    /// Lines under a row, indented to the second column: the customer's words, a note.
    var details: [Int: [String]] = [:]

    init(_ columns: [Column]) { self.columns = columns }

    mutating func add(_ cells: [String], details lines: [String] = []) {
        if !lines.isEmpty { details[rows.count] = lines }
        rows.append(cells)
    }

    func widths(for total: Int) -> [Int] {
        let fixed = columns.compactMap(\.width).reduce(0, +) + max(0, columns.count - 1)
        let flexible = columns.filter { $0.width == nil }.count
        let share = flexible == 0 ? 0 : max(4, (total - fixed) / flexible)
        return columns.map { $0.width ?? share }
    }

    func lines(width total: Int) -> [String] {
        let widths = widths(for: total)
        var out = [line(columns.map(\.title), widths)]
        let indent = (widths.first ?? 0) + 1
        for (i, row) in rows.enumerated() {
            out.append(line(row, widths))
            for detail in details[i] ?? [] {
                out += ReportText.wrap(detail, width: total - indent).map { String(repeating: " ", count: indent) + $0 }
            }
        }
        return out
    }

    func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (i, column) in columns.enumerated() {
            parts.append(ReportText.pad(i < cells.count ? cells[i] : "", to: widths[i], column.alignment))
        }
        return ReportText.trimmedEnd(parts.joined(separator: " "))
    }
}

/// Text helpers for report lines: every data string passes `Sanitizer` before it is measured.
enum ReportText {
    /// `text` fitted into exactly `width` cells.
    static func pad(_ text: String, to width: Int, _ alignment: Alignment = .left) -> String {
        let fitted = TextFit.fit(Sanitizer.singleLine(text), width: width, ellipsis: true)
        let slack = String(repeating: " ", count: max(0, width - fitted.width))
        return alignment == .right ? slack + fitted.text : fitted.text + slack
    }

    /// Splits `text` into lines of at most `width` cells, never splitting a wide character;
    /// breaks after the last space that fits when there is one (Chinese text breaks
    /// anywhere), and starts a new line at every line break in the text.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in Sanitizer.lines(text) {
            var line: [Character] = [], used = 0
            for character in paragraph {
                let w = DisplayWidth.of(character)
                if used + w > width, !line.isEmpty {
                    let cut = line.lastIndex(of: " ").map { $0 + 1 } ?? line.count
                    let head = cut > 0 && cut < line.count || line.last == " " ? cut : line.count
                    out.append(trimmedEnd(String(line[..<head])))
                    line = Array(line[head...])
                    used = DisplayWidth.of(String(line))
                }
                line.append(character); used += w
            }
            out.append(trimmedEnd(String(line)))
        }
        return out
    }

    static func trimmedEnd(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    /// A figure or "-" when empty.
    static func figure(_ value: (any CustomStringConvertible)?, suffix: String = "") -> String {
        value.map { $0.description + suffix } ?? "-"
    }
}
