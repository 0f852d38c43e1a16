/// A key as the user pressed it. Screens never see keys: the keymap turns them
/// into actions (or into typed characters for a focused text field).
public enum Key: Hashable, Sendable {
    /// A printable character, including space and anything an input method delivers.
    case char(Character)
    /// Control plus a letter, stored lower-case: `C-x` is `.ctrl("x")`.
    case ctrl(Character)
    case enter, escape, tab, backTab
    case up, down, left, right
    case pageUp, pageDown, home, end
    case backspace, delete
    case function(Int)
}

extension Key {
    private static let named: [(String, Key)] = [
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("BackTab", .backTab),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PageUp", .pageUp), ("PageDown", .pageDown), ("Home", .home), ("End", .end),
        ("Backspace", .backspace), ("Delete", .delete), ("Space", .char(" ")),
    ]

    /// Parses a keymap key name: a single character, `C-x`, `Enter`, `Esc`, `Tab`,
    /// `BackTab`, arrows, `PageUp`/`PageDown`, `Home`/`End`, `Backspace`, `Delete`,
    /// `F1`...`F12`, `Space`. Names of more than one character ignore case.
    public init?(name: String) {
        if name.count == 1, let character = name.first {
            guard !character.isWhitespace, character.unicodeScalars.allSatisfy({ Sanitizer.placeholder(for: $0) == nil })
            else { return nil }
            self = .char(character)
            return
        }
        let lower = name.lowercased()
        if let match = Key.named.first(where: { $0.0.lowercased() == lower }) {
            self = match.1
            return
        }
        if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last {
            switch letter {
            case "i": self = .tab
            case "m", "j": self = .enter
            case "h": self = .backspace
            case "a"..."z": self = .ctrl(letter)
            default: return nil
            }
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }

    /// The name a keymap uses for this key, also shown in help.
    public var name: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "C-\(c)"
        case .function(let n): return "F\(n)"
        default: return Key.named.first(where: { $0.1 == self })?.0 ?? "?"
        }
    }
}
