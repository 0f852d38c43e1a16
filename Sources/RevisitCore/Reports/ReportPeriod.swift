/// The span a report covers: one day, one ISO week (Monday to Sunday) or one calendar month,
/// always whole days of the shop's local calendar. Spelled `2026-11-23`, `2026-W47`, `2026-10`.
public struct ReportPeriod: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, CaseIterable, Sendable {
        case day, week, month

        /// How the period is written, for messages: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`.
        public var pattern: String {
            switch self {
            case .day: "YYYY-MM-DD"
            case .week: "YYYY-Www"
            case .month: "YYYY-MM"
            }
        }
    }

    public let kind: Kind
    public let firstDay: CivilDate
    /// The first day after the period: its exclusive end.
    public let dayAfter: CivilDate

    /// The period of `kind` that holds `date`.
    public init(_ kind: Kind, containing date: CivilDate) {
        self.kind = kind
        switch kind {
        case .day:
            firstDay = date
            dayAfter = date.adding(days: 1)
        case .week:
            firstDay = date.adding(days: 1 - date.weekday)
            dayAfter = firstDay.adding(days: 7)
        case .month:
            firstDay = date.firstOfMonth
            dayAfter = firstDay.adding(months: 1)
        }
    }

    /// The period of `kind` whose report the desk reads on `today`, and so the one a report
    /// shows unless told otherwise: today's daily report (read at the end of the day), the last
    /// whole week's and month's (read on Monday and on the 3rd). The week or month holding
    /// today is still going, and empty on its first day.
    public static func due(_ kind: Kind, on today: CivilDate) -> ReportPeriod {
        let holdingToday = ReportPeriod(kind, containing: today)
        return kind == .day ? holdingToday : holdingToday.previous
    }

    public var lastDay: CivilDate { dayAfter.adding(days: -1) }
    public var days: [CivilDate] { (firstDay.days..<dayAfter.days).map(CivilDate.init(days:)) }
    public var dayCount: Int { dayAfter.days - firstDay.days }

    /// The first minute of the period and the first minute after it.
    public var startTime: CivilTime { CivilTime(date: firstDay) }
    public var endTime: CivilTime { CivilTime(date: dayAfter) }

    public func contains(_ time: CivilTime) -> Bool { startTime <= time && time < endTime }
    public func contains(_ date: CivilDate) -> Bool { firstDay <= date && date < dayAfter }

    /// The years a period may lie in, so that its neighbours and the previous month a
    /// monthly report compares with stay within the calendar `CivilDate` handles.
    public static let years = 1901...9998

    /// The period before; the same period at the first year `years` allows.
    public var previous: ReportPeriod {
        let day = firstDay.adding(days: -1)
        return Self.years.contains(day.ymd.year) ? ReportPeriod(kind, containing: day) : self
    }

    /// The period after; the same period at the last year `years` allows.
    public var next: ReportPeriod {
        Self.years.contains(dayAfter.ymd.year) ? ReportPeriod(kind, containing: dayAfter) : self
    }

    /// The period `n` periods later (earlier when negative).
    public func shifted(by n: Int) -> ReportPeriod {
        var p = self
        for _ in 0..<abs(n) { p = n < 0 ? p.previous : p.next }
        return p
    }

    public var description: String {
        switch kind {
        case .day: return firstDay.description
        case .week:
            let w = ISOWeek(firstDay)
            return "\(Digits.pad(w.year, 4))-W\(Digits.pad(w.week, 2))"
        case .month:
            let (y, m, _) = firstDay.ymd
            return "\(Digits.pad(y, 4))-\(Digits.pad(m, 2))"
        }
    }

    /// Parses a period written as `kind` wants it; nil for anything else, including a week
    /// number the ISO year does not have (`2027-W53`), an impossible date or a year
    /// outside `years`.
    public init?(_ kind: Kind, parsing text: some StringProtocol) {
        let b = Array(text.utf8)
        guard b.count >= 4, let year = Digits.value(b[0..<4]), Self.years.contains(year) else { return nil }
        switch kind {
        case .day:
            guard let d = CivilDate(text) else { return nil }
            self.init(.day, containing: d)
        case .week:
            guard b.count == 8, b[4] == UInt8(ascii: "-"), b[5] == UInt8(ascii: "W"),
                  let y = Digits.value(b[0..<4]), let w = Digits.value(b[6..<8]),
                  let monday = ISOWeek.monday(year: y, week: w) else { return nil }
            self.init(.week, containing: monday)
        case .month:
            guard b.count == 7, b[4] == UInt8(ascii: "-"), let y = Digits.value(b[0..<4]),
                  let m = Digits.value(b[5..<7]), let first = CivilDate(year: y, month: m, day: 1) else { return nil }
            self.init(.month, containing: first)
        }
    }
}

/// ISO 8601 week numbering: weeks run Monday to Sunday, and week 1 of a year is the week
/// holding its first Thursday, so the days around New Year may belong to the other year.
public struct ISOWeek: Hashable, Sendable {
    public let year: Int
    public let week: Int

    public init(_ date: CivilDate) {
        let thursday = date.adding(days: 4 - date.weekday)
        year = thursday.ymd.year
        week = (thursday.days - CivilDate(year: year, month: 1, day: 1)!.days) / 7 + 1
    }

    /// The Monday of `week` in ISO year `year`, or nil when that year has no such week.
    public static func monday(year: Int, week: Int) -> CivilDate? {
        guard let jan4 = CivilDate(year: year, month: 1, day: 4), week >= 1, week <= weeks(in: year) else { return nil }
        return jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
    }

    /// 52 or 53: the week number of December 28, which always falls in the year's last week.
    public static func weeks(in year: Int) -> Int {
        guard let dec28 = CivilDate(year: year, month: 12, day: 28) else { return 0 }
        return ISOWeek(dec28).week
    }
}
