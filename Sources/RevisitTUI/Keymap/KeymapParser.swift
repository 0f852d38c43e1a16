public struct KeymapError: Error, Equatable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the whole file is at fault (cannot be read).
    public let line: Int
    public let message: String

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Reads the keymap language, one statement a line:
///
///     # a comment
///     bind CONTEXT KEY ACTION
///     unbind CONTEXT KEY
///
/// A `#` that starts a word after the statement's words starts a comment too
/// (`bind list # search` still binds the key `#`).
public enum KeymapParser {
    public static func apply(_ text: String, file: String, to keymap: inout Keymap,
                             knownActions: Set<Action> = ActionCatalog.known) throws {
        for (offset, rawLine) in text.replacingLineBreaks().split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            func fail(_ message: String) -> KeymapError { KeymapError(file: file, line: line, message: message) }
            var words = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let verb = words.first, !verb.hasPrefix("#") else { continue }
            let arity = verb == "bind" ? 4 : verb == "unbind" ? 3 : 0
            guard arity > 0 else { throw fail("unknown statement '\(verb)' (expected 'bind' or 'unbind')") }
            if words.count > arity {
                guard words[arity].hasPrefix("#") else {
                    throw fail("too many words: '\(verb)' takes \(arity - 1) (\(verb == "bind" ? "CONTEXT KEY ACTION" : "CONTEXT KEY"))")
                }
                words = Array(words.prefix(arity))
            }
            guard words.count == arity else {
                throw fail("'\(verb)' needs \(verb == "bind" ? "CONTEXT KEY ACTION" : "CONTEXT KEY")")
            }
            guard let context = KeyContext(rawValue: words[1]) else {
                let names = KeyContext.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown context '\(words[1])' (known: \(names))")
            }
            guard let key = Key(name: words[2]) else { throw fail("unknown key '\(words[2])'") }
            if verb == "unbind" {
                keymap.unbind(key, in: context)
                continue
            }
            let action = Action(words[3])
            guard knownActions.contains(action) else { throw fail("unknown action '\(words[3])'") }
            keymap.bind(key, to: action, in: context)
        }
    }
}
