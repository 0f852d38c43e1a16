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

    /// `parse`'s digits for the common spelling, read from bytes: ASCII digits with spaces, `-`
    /// and a leading `+`. Nil for anything else, which `parse` then refuses or reads itself.
    public static func digits(plainUTF8 bytes: UnsafeRawBufferPointer) -> String? {
        guard !bytes.isEmpty, bytes.count <= 64 else { return nil }
        var count = 0
        for (i, b) in bytes.enumerated() {
            if b &- UInt8(ascii: "0") <= 9 { count += 1 }
            else if !(b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || (b == UInt8(ascii: "+") && i == 0)) { return nil }
        }
        guard (7...15).contains(count) else { return nil }
        return String(unsafeUninitializedCapacity: count) { out in
            var n = 0
            for b in bytes where b &- UInt8(ascii: "0") <= 9 { out[n] = b; n += 1 }
            return n
        }
    }

    public init(digits: String) { self.digits = digits }
    public var description: String { digits }
}
