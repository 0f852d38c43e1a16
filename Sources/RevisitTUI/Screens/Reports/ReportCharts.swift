import RevisitCore

/// The pictures in a report, as text: a horizontal bar per department against the target,
/// and the CSI of the last 12 weeks as a small column chart. Both use the scale 50 to 100
/// (CSI rarely leaves it, and on a 0-100 scale a miss of two points would not show); a
/// value below 50 draws no bar, and the figure is always printed next to it.
enum ReportCharts {
    static let scaleFloor = 500 // tenths
    static let scaleSpan = 500
    static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    static let rising: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// How many eighths of a cell `value` fills on a scale `cells` wide, rounded half up.
    static func filledEighths(_ value: Percentage, cells: Int) -> Int {
        let above = value.tenths - scaleFloor
        guard above > 0 else { return 0 }
        return min(cells * 8, (2 * above * cells * 8 + scaleSpan) / (2 * scaleSpan))
    }

    /// The cell the target falls in.
    static func targetCell(_ target: Percentage, cells: Int) -> Int {
        min(cells - 1, max(0, (target.tenths - scaleFloor) * cells / scaleSpan))
    }

    /// A bar `cells` wide with `│` at the target.
    static func bar(_ value: Percentage?, target: Percentage, cells: Int) -> String {
        let filled = value.map { filledEighths($0, cells: cells) } ?? 0
        var out = (0..<cells).map { i -> Character in eighths[min(8, max(0, filled - i * 8))] }
        out[targetCell(target, cells: cells)] = "│"
        return String(out)
    }

    static let chartRows = 5
    static let slot = 6
    /// The scale's labels on the left ("  90 ┤").
    static let labelCells = 6

    /// The column chart: `chartRows` rows of 10 points each, a week label row and a value row.
    static func weekChart(_ weeks: [WeekCSI], target: Percentage) -> [String] {
        let levels = weeks.map { $0.csi.percentage.map { filledEighths($0, cells: chartRows) } ?? 0 }
        let targetRow = targetCell(target, cells: chartRows)
        var lines: [String] = []
        for row in (0..<chartRows).reversed() {
            let label = String(60 + row * 10)
            var line = String(repeating: " ", count: 4 - label.count) + label + " ┤"
            let gap: Character = row == targetRow ? "┈" : " "
            for level in levels {
                let fill = min(8, max(0, level - row * 8))
                let cell = fill == 0 ? gap : rising[fill]
                line += String(gap) + String(repeating: cell, count: slot - 2) + String(gap)
            }
            lines.append(ReportText.trimmedEnd(line))
        }
        let indent = String(repeating: " ", count: labelCells)
        lines.append(ReportText.trimmedEnd(indent + weeks.map { ReportText.pad(" W" + weekNumber($0.week), to: slot) }.joined()))
        lines.append(ReportText.trimmedEnd(indent + weeks.map { ReportText.pad(" " + ReportText.figure($0.csi.percentage), to: slot) }.joined()))
        return lines
    }

    /// "47" from "2026-W47".
    static func weekNumber(_ week: ReportPeriod) -> String { String(week.description.suffix(2)) }
}
