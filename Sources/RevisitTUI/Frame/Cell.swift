/// One terminal cell. A wide character occupies its cell (width 2) and the
/// next one, which is a continuation (width 0, no character).
public struct Cell: Equatable, Sendable {
    public var character: Character?
    public var width: Int
    public var style: Style

    public static let blank = Cell(character: " ", width: 1, style: .plain)
    public static func continuation(_ style: Style) -> Cell { Cell(character: nil, width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
