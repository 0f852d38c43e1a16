/// What is wrong with a date or time someone wrote, for messages. A text written the right way
/// that names no real day says which part is impossible ("2026-02 has no day 30"): "not a date
/// as YYYY-MM-DD" reads as nonsense to someone who wrote exactly that.
public enum BadDateText {
    /// "is not a date: 2026-02 has no day 30", or "is not a date as YYYY-MM-DD".
    public static func date(_ text: some StringProtocol) -> String {
        if let why = impossibleDate(Array(text.utf8)) { return "is not a date: \(why)" }
        return "is not a date as YYYY-MM-DD"
    }

    /// The same for a time; `noun` and `shape` say what the caller asked for.
    public static func time(_ text: some StringProtocol, noun: String = "time",
                            shape: String = "YYYY-MM-DD HH:MM") -> String {
        let bytes = Array(text.utf8)
        let why = bytes.count == 10 ? impossibleDate(bytes) : impossibleClock(bytes)
        if let why { return "is not a \(noun): \(why)" }
        return "is not a \(noun) as \(shape)"
    }

    private static func impossibleDate(_ b: [UInt8]) -> String? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let year = number(b, 0 ..< 4), let month = number(b, 5 ..< 7), let day = number(b, 8 ..< 10)
        else { return nil }
        guard (1900 ... 9999).contains(year) else { return "years run from 1900 to 9999" }
        guard (1 ... 12).contains(month) else { return "there is no month \(month)" }
        guard (1 ... CivilDate.daysIn(month: month, year: year)).contains(day) else {
            return "\(String(decoding: b[0 ..< 7], as: UTF8.self)) has no day \(day)"
        }
        return nil
    }

    private static func impossibleClock(_ b: [UInt8]) -> String? {
        guard b.count == 16, b[10] == UInt8(ascii: " ") || b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"),
              let hour = number(b, 11 ..< 13), let minute = number(b, 14 ..< 16) else { return nil }
        let day = Array(b[0 ..< 10])
        if let why = impossibleDate(day) { return why }
        guard day.withUnsafeBytes({ CivilDate(utf8: $0) }) != nil else { return nil }
        if hour > 23 { return "hours run from 00 to 23" }
        if minute > 59 { return "minutes run from 00 to 59" }
        return nil
    }

    private static func number(_ b: [UInt8], _ range: Range<Int>) -> Int? {
        b.withUnsafeBytes { Digits.value($0, range.lowerBound, range.count) }
    }
}
