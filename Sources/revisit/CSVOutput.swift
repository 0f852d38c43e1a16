/// RFC 4180 output: fields with a comma, quote or line break are quoted, quotes doubled.
enum CSVOutput {
    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func flag(_ value: Bool) -> String { value ? "yes" : "no" }
}
