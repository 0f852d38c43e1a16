/// A status-line message that fades after a number of ticks; an error stays until the next key.
public struct Toast: Equatable, Sendable {
    public var text: String
    public var kind: StatusKind
    public var ticksLeft: Int

    /// About four seconds at the loop's 250 ms tick.
    public static let defaultTicks = 16

    public init(_ text: String, kind: StatusKind, ticks: Int = Toast.defaultTicks) {
        self.text = text
        self.kind = kind
        ticksLeft = ticks
    }

    var style: Style {
        switch kind {
        case .info: return .plain
        case .success: return .color(.ok)
        case .error: return Style(bold: true, color: .overdue)
        }
    }
}

/// The bottom line: the toast if there is one, else a hint with the help and quit keys.
enum StatusLine {
    /// A message wider than the line takes up to this many lines, over the screen's last ones,
    /// rather than being cut where the reason for a refusal usually stands.
    static let mostToastLines = 3

    static func render(into frame: inout Frame, row: Int, toast: Toast?, hint: String) {
        if let toast {
            let lines = TextWrap.lines(toast.text, width: frame.cols).prefix(min(mostToastLines, row + 1))
            for (k, line) in lines.enumerated() {
                frame.put(line, row: row - lines.count + 1 + k, col: 0, width: frame.cols, style: toast.style)
            }
        } else {
            frame.put(hint, row: row, col: 0, width: frame.cols, style: .dim)
        }
    }
}
