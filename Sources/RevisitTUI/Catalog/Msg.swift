/// One user-visible string in every language the UI speaks. The initializer takes
/// all of them, so a message cannot be added in one language only.
///
/// Arguments: `%d`, `%@` (or `%s`) take the next argument in order; `%1$@`, `%2$d`
/// take one by position, so a translation may reorder them; `%%` is a percent sign.
public struct Msg: Hashable, Sendable {
    public let en: String
    public let zh: String
    public let ko: String
    public let es: String

    public init(en: String, zh: String, ko: String, es: String) {
        self.en = en
        self.zh = zh
        self.ko = ko
        self.es = es
    }

    public subscript(_ language: Language) -> String {
        switch language {
        case .english: return en
        case .chinese: return zh
        case .korean: return ko
        case .spanish: return es
        }
    }

    public func callAsFunction(_ language: Language) -> String { self[language] }

    public func format(_ language: Language, _ arguments: any CustomStringConvertible...) -> String {
        MessageFormat.apply(self[language], arguments.map { $0.description })
    }
}

enum MessageFormat {
    enum Token: Equatable {
        case literal(String)
        /// Argument by zero-based index; kind is "d" or "@" ("%s" counts as "@").
        case argument(index: Int, kind: Character)
    }

    static func apply(_ template: String, _ arguments: [String]) -> String {
        apply(tokens(template), arguments)
    }

    /// A template read once (`tokens`) filled in, for one used on every row of a long list.
    static func apply(_ tokens: [Token], _ arguments: [String]) -> String {
        tokens.map { token in
            switch token {
            case .literal(let text): return text
            case .argument(let index, _): return index < arguments.count ? arguments[index] : ""
            }
        }.joined()
    }

    /// The placeholders a template uses, by argument index; a translation must use the same.
    static func placeholders(_ template: String) -> [Int: Character] {
        var found: [Int: Character] = [:]
        for case .argument(let index, let kind) in tokens(template) { found[index] = kind }
        return found
    }

    static func tokens(_ template: String) -> [Token] {
        var out: [Token] = []
        var literal = ""
        var next = 0
        let chars = Array(template)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            i += 1
            guard c == "%", i < chars.count else { literal.append(c); continue }
            if chars[i] == "%" { literal.append("%"); i += 1; continue }
            var j = i
            var digits = ""
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { digits.append(chars[j]); j += 1 }
            var index = next
            if !digits.isEmpty, j < chars.count, chars[j] == "$", let n = Int(digits), n > 0 {
                index = n - 1
                j += 1
            } else {
                digits = ""
                j = i
            }
            guard j < chars.count, "d@s".contains(chars[j]) else { literal.append(c); continue }
            if !literal.isEmpty { out.append(.literal(literal)); literal = "" }
            out.append(.argument(index: index, kind: chars[j] == "d" ? "d" : "@"))
            if digits.isEmpty { next += 1 }
            i = j + 1
        }
        if !literal.isEmpty { out.append(.literal(literal)) }
        return out
    }
}
