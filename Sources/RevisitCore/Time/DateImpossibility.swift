/// Why a text written as `YYYY-MM-DD` (or `YYYY-MM-DD HH:MM`) names no real moment, so a
/// message can say which part is wrong instead of asking for the form it already has.
public enum DateImpossibility: Equatable, Sendable {
    case yearOutOfRange
    case noSuchMonth(Int)
    /// `month` as written, `2026-02`.
    case noSuchDay(month: String, day: Int)
    case noSuchHour
    case noSuchMinute

    /// For a text shaped as `YYYY-MM-DD`; nil when it is a date or not shaped so.
    public static func of(date text: some StringProtocol) -> DateImpossibility? { of(date: Array(text.utf8)) }

    /// For a text shaped as `YYYY-MM-DD HH:MM` (or `T` between) or as a date alone.
    public static func of(time text: some StringProtocol) -> DateImpossibility? {
        let b = Array(text.utf8)
        if b.count == 10 { return of(date: b) }
        guard b.count == 16, b[10] == UInt8(ascii: " ") || b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"),
              let hour = number(b, 11 ..< 13), let minute = number(b, 14 ..< 16) else { return nil }
        let day = Array(b[0 ..< 10])
        if let why = of(date: day) { return why }
        guard day.withUnsafeBytes({ CivilDate(utf8: $0) }) != nil else { return nil }
        if hour > 23 { return .noSuchHour }
        if minute > 59 { return .noSuchMinute }
        return nil
    }

    public var english: String {
        switch self {
        case .yearOutOfRange: "years run from 1900 to 9999"
        case .noSuchMonth(let month): "there is no month \(month)"
        case .noSuchDay(let month, let day): "\(month) has no day \(day)"
        case .noSuchHour: "hours run from 00 to 23"
        case .noSuchMinute: "minutes run from 00 to 59"
        }
    }

    private static func of(date b: [UInt8]) -> DateImpossibility? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let year = number(b, 0 ..< 4), let month = number(b, 5 ..< 7), let day = number(b, 8 ..< 10)
        else { return nil }
        guard (1900 ... 9999).contains(year) else { return .yearOutOfRange }
        guard (1 ... 12).contains(month) else { return .noSuchMonth(month) }
        guard (1 ... CivilDate.daysIn(month: month, year: year)).contains(day) else {
            return .noSuchDay(month: String(decoding: b[0 ..< 7], as: UTF8.self), day: day)
        }
        return nil
    }

    private static func number(_ b: [UInt8], _ range: Range<Int>) -> Int? {
        b.withUnsafeBytes { Digits.value($0, range.lowerBound, range.count) }
    }
}
