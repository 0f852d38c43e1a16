/// A phone number reduced to its digits, the key customers are matched by.
public struct Phone: Hashable, Sendable, CustomStringConvertible {
    public let digits: String

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case empty, badCharacter(Character), length(Int)
        public var description: String {
            switch self {
            case .empty: "is empty"
            case .badCharacter(let c): "contains \(String(reflecting: String(c))); only digits, '+', spaces and '-' are allowed"
            case .length(let n): "has \(n) digits; a phone number has 7 to 15"
            }
        }
    }

    /// Accepts digits, optionally with `+`, spaces or `-`; 7 to 15 digits once those are stripped.
    public static func parse(_ text: String) -> Result<Phone, Problem> {
        let t = text.trimmingSpaces
        guard !t.isEmpty else { return .failure(.empty) }
        var digits = ""
        for (i, c) in t.enumerated() {
            if c.isASCII, c.isNumber { digits.append(c) }
            else if c == " " || c == "-" || (c == "+" && i == 0) { continue }
            else { return .failure(.badCharacter(c)) }
        }
        guard (7...15).contains(digits.count) else { return .failure(.length(digits.count)) }
        return .success(Phone(digits: digits))
    }

    public init(digits: String) { self.digits = digits }
    public var description: String { digits }
}
