/// Colour roles rather than colours: the terminal side decides how each looks.
public enum ColorRole: Int, CaseIterable, Sendable {
    case overdue = 1   // red
    case ok            // green
    case warning       // yellow
    case accent        // cyan
}

public struct Style: Hashable, Sendable {
    public var bold = false
    public var reverse = false
    public var dim = false
    public var underline = false
    public var color: ColorRole? = nil

    public init(bold: Bool = false, reverse: Bool = false, dim: Bool = false,
                underline: Bool = false, color: ColorRole? = nil) {
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
        self.color = color
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let dim = Style(dim: true)
    public static let underline = Style(underline: true)
    public static func color(_ role: ColorRole) -> Style { Style(color: role) }
}
