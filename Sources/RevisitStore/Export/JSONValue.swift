/// A JSON document with keys in the order given and numbers written exactly as the report
/// computed them (`92.0`, not `92`; never a binary fraction such as `33.299999`).
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number's JSON text, e.g. `12` or `-1.4`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text() == b.text() }

    public static func int(_ n: Int) -> JSONValue { .number(String(n)) }

    /// A number, or null when the figure is empty.
    public static func figure(_ value: (any CustomStringConvertible)?) -> JSONValue {
        value.map { .number($0.description) } ?? .null
    }

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two-space indents; non-ASCII text written as is (UTF-8).
    public func text() -> String { String(decoding: bytes(), as: UTF8.self) }

    /// The same text as UTF-8 bytes, built without intermediate strings (a monthly report
    /// may list tens of thousands of rows).
    public func bytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: 0)
        return out
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let n): out += n.utf8
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                Self.spaces(indent + 2, into: &out)
                item.write(into: &out, indent: indent + 2)
                out += (i == items.count - 1 ? "\n" : ",\n").utf8
            }
            Self.spaces(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out += "{}".utf8; return }
            out += "{\n".utf8
            for (i, (key, value)) in members.enumerated() {
                Self.spaces(indent + 2, into: &out)
                JSONValue.quote(key, into: &out)
                out += ": ".utf8
                value.write(into: &out, indent: indent + 2)
                out += (i == members.count - 1 ? "\n" : ",\n").utf8
            }
            Self.spaces(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func spaces(_ n: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n))
    }

    /// A JSON string: quote, backslash and control characters escaped, and U+2028/U+2029
    /// too (some JavaScript readers choke on them); everything else as its UTF-8 bytes.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // 0xE2 starts U+2028 and U+2029; a string without it or a byte to escape goes straight in.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
            out += s.utf8
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\"".utf8
                case "\\": out += "\\\\".utf8
                case "\n": out += "\\n".utf8
                case "\r": out += "\\r".utf8
                case "\t": out += "\\t".utf8
                case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value):
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                default: out += String(scalar).utf8
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
