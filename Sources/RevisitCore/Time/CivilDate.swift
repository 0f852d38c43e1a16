/// A calendar date in the shop's local calendar, counted as days since 1970-01-01.
/// Pure arithmetic (Howard Hinnant's civil-from-days), so rules can run on any fixed date.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var days: Int

    public init(days: Int) { self.days = days }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year),
              (1900...9999).contains(year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        days = era * 146097 + doe - 719468
    }

    /// Parses `YYYY-MM-DD`; nil for anything else, including impossible dates.
    public init?(_ text: some StringProtocol) {
        guard let d = Digits.withUTF8(text, CivilDate.init(utf8:)) else { return nil }
        self = d
    }

    /// Parses `YYYY-MM-DD` straight from UTF-8 bytes (a journal field), allocating nothing.
    public init?(utf8 bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Digits.value(bytes, 0, 4), let m = Digits.value(bytes, 5, 2),
              let d = Digits.value(bytes, 8, 2) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var ymd: (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    public var weekday: Int { ((days % 7 + 7 + 3) % 7) + 1 }

    public func adding(days n: Int) -> CivilDate { CivilDate(days: days + n) }

    /// Same day of month n months later, clamped to the month's last day.
    public func adding(months n: Int) -> CivilDate {
        let (y, m, d) = ymd
        let total = y * 12 + (m - 1) + n
        let ny = total / 12, nm = total % 12 + 1
        return CivilDate(year: ny, month: nm, day: min(d, CivilDate.daysIn(month: nm, year: ny)))!
    }

    public var firstOfMonth: CivilDate { let (y, m, _) = ymd; return CivilDate(year: y, month: m, day: 1)! }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`, built from bytes: every stored date and time goes through here.
    public var description: String {
        guard hasFourDigitYear else {
            let (y, m, d) = ymd
            return "\(Digits.pad(y, 4))-\(Digits.pad(m, 2))-\(Digits.pad(d, 2))"
        }
        return Digits.text(count: 10) { write(into: $0) }
    }

    /// Years 0 to 9999, the ones `write(into:)` spells.
    var hasFourDigitYear: Bool { (-719_528 ... 2_932_896).contains(days) }

    func write(into out: UnsafeMutableBufferPointer<UInt8>) {
        let (y, m, d) = ymd
        Digits.write(y, width: 4, into: out, at: 0)
        out[4] = UInt8(ascii: "-")
        Digits.write(m, width: 2, into: out, at: 5)
        out[7] = UInt8(ascii: "-")
        Digits.write(d, width: 2, into: out, at: 8)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.days < b.days }
}

enum Digits {
    /// The decimal value of `count` ASCII digits starting at `start`; nil if any byte is not a digit.
    @inline(__always)
    static func value(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
        var v = 0
        for i in start ..< start + count {
            let digit = bytes[i] &- 48
            guard digit <= 9 else { return nil }
            v = v * 10 + Int(digit)
        }
        return count > 0 ? v : nil
    }

    static func value(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBytes { value($0, 0, $0.count) }
    }

    /// Runs `parse` on the text's UTF-8 bytes, without copying them when the text is contiguous.
    static func withUTF8<T>(_ text: some StringProtocol, _ parse: (UnsafeRawBufferPointer) -> T?) -> T? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ parse(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(text.utf8).withUnsafeBytes(parse)
    }

    /// A String of `count` ASCII bytes written by `fill`, made without intermediate Strings.
    static func text(count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            fill(buffer)
            return count
        }
    }

    /// `n` (0 or more) as exactly `width` decimal digits, zero-padded (higher digits dropped).
    static func write(_ n: Int, width: Int, into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = n
        for i in stride(from: start + width - 1, through: start, by: -1) {
            out[i] = UInt8(48 + rest % 10)
            rest /= 10
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
