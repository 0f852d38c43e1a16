/// A wall-clock time in the shop's local time, counted in minutes since 1970-01-01 00:00.
/// Domain times (visits, calls, complaints, `--as-of`) are all of this kind; the clock
/// never enters RevisitCore, callers pass the time in.
public struct CivilTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public init(date: CivilDate, hour: Int = 0, minute: Int = 0) {
        minutes = date.days * 1440 + hour * 60 + minute
    }

    /// Parses `YYYY-MM-DD HH:MM` or `YYYY-MM-DD` (midnight). Also accepts `T` as separator.
    public init?(_ text: some StringProtocol) {
        guard let t = Digits.withUTF8(text, CivilTime.init(utf8:)) else { return nil }
        self = t
    }

    /// The same forms parsed straight from UTF-8 bytes (a journal field), allocating nothing.
    public init?(utf8 bytes: UnsafeRawBufferPointer) {
        if bytes.count == 10 {
            guard let d = CivilDate(utf8: bytes) else { return nil }
            self.init(date: d)
            return
        }
        guard bytes.count == 16, bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"),
              let d = CivilDate(utf8: UnsafeRawBufferPointer(rebasing: bytes[0 ..< 10])),
              let h = Digits.value(bytes, 11, 2), let m = Digits.value(bytes, 14, 2),
              h < 24, m < 60 else { return nil }
        self.init(date: d, hour: h, minute: m)
    }

    public var date: CivilDate { CivilDate(days: minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440) }
    public var minuteOfDay: Int { minutes - date.days * 1440 }

    public func adding(minutes n: Int) -> CivilTime { CivilTime(minutes: minutes + n) }
    public func adding(days n: Int) -> CivilTime { CivilTime(minutes: minutes + n * 1440) }

    /// `YYYY-MM-DD HH:MM`, built from bytes.
    public var description: String {
        let m = minuteOfDay
        guard date.hasFourDigitYear else { return "\(date) \(Digits.pad(m / 60, 2)):\(Digits.pad(m % 60, 2))" }
        return Digits.text(count: 16) { out in
            date.write(into: out)
            out[10] = UInt8(ascii: " ")
            Digits.write(m / 60, width: 2, into: out, at: 11)
            out[13] = UInt8(ascii: ":")
            Digits.write(m % 60, width: 2, into: out, at: 14)
        }
    }

    public static func < (a: CivilTime, b: CivilTime) -> Bool { a.minutes < b.minutes }
}
