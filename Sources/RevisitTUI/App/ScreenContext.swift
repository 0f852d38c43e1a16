/// What a screen needs to know to handle input and render: the language, the
/// active keymap (for hints such as "Enter to open") and the body size.
public struct ScreenContext: Sendable {
    public let language: Language
    public let keymap: Keymap
    /// The size of the region the screen renders into.
    public let bodySize: TerminalSize

    public init(language: Language, keymap: Keymap, bodySize: TerminalSize) {
        self.language = language
        self.keymap = keymap
        self.bodySize = bodySize
    }

    public func text(_ msg: Msg) -> String { msg[language] }

    public func format(_ msg: Msg, _ arguments: any CustomStringConvertible...) -> String {
        MessageFormat.apply(msg[language], arguments.map { $0.description })
    }

    /// The names of the keys for `action` in `contexts`, for hints: "q, F10". Empty if unbound.
    public func keyNames(for action: Action, in contexts: [KeyContext]) -> String {
        keymap.keys(for: action, in: contexts).map(\.name).joined(separator: ", ")
    }
}
