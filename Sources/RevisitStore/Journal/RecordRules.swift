/// What a record must satisfy to be written (and, for the header, to be read back).
enum RecordRules {
    static func isValidType<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard !bytes.isEmpty else { return false }
        for byte in bytes {
            let ok = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            if !ok { return false }
        }
        return true
    }

    /// Why `record` cannot be written, or nil if it can.
    static func problem(with record: PendingRecord) -> String? {
        if record.author.isEmpty { return "empty author" }
        if record.author.utf8.contains(where: { LineFormat.escapeLetter(for: $0) != nil }) {
            return "author \"\(record.author)\" contains a tab, newline, CR, NUL or backslash"
        }
        if !isValidType(record.type.utf8) { return "type \"\(record.type)\" is not [a-z0-9._-]+" }
        return nil
    }

    /// Accepts `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`.
    static func isValidTime(_ time: String) -> Bool {
        let bytes = Array(time.utf8)
        let pattern = Array("dddd-dd-ddTdd:dd:dd".utf8)
        guard bytes.count == 20 || bytes.count == 25 else { return false }
        for (byte, expected) in zip(bytes, pattern) {
            if expected == UInt8(ascii: "d") {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
            } else if byte != expected {
                return false
            }
        }
        let zone = bytes[19...]
        if zone.count == 1 { return zone.first == UInt8(ascii: "Z") }
        let sign = zone.first!
        let digits = zone.dropFirst()
        return (sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"))
            && digits[digits.startIndex + 2] == UInt8(ascii: ":")
            && digits.enumerated().allSatisfy { $0.offset == 2 || ($0.element >= 48 && $0.element <= 57) }
    }
}
