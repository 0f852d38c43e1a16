/// Counts the shop's business time: minutes inside the daily window on an open weekday that
/// is not a holiday. Every complaint clock (first contact, escalation, deadline) runs on it.
///
/// A *business day* is one daily window's length (default 08:30-18:00 = 570 minutes), so
/// "2 business days" is 1,140 business minutes wherever they fall: received on a Monday at
/// 10:00, two business days have passed on Wednesday at 10:00.
///
/// Internally every time maps to a count of business minutes since a fixed Monday, in O(log
/// holidays); differences and sums are then plain arithmetic, so a complaint open for a year
/// costs no more than one open for an hour.
public struct BusinessClock: Sendable {
    public let hours: BusinessHours
    /// Minutes in one business day (the daily window's length).
    public let dayLength: Int
    /// `openDaysInWeek[i]`: days after Monday of the i-th open weekday (ascending).
    let openDaysInWeek: [Int]
    /// Holidays that fall on an open weekday (the others close nothing), sorted.
    let closingHolidays: [Int]

    /// 1969-12-29, a Monday: the origin of the business-minute count.
    static let originDay = -3

    public init(_ hours: BusinessHours) {
        self.hours = hours
        let open = hours.weekdays.filter { (1...7).contains($0) }
        // A window of zero length or a week with no open day would make business time stand
        // still and every "add N minutes" search endless; such a config counts every minute.
        if open.isEmpty || hours.window.end <= hours.window.start {
            dayLength = 1440
            openDaysInWeek = Array(0..<7)
            closingHolidays = []
        } else {
            dayLength = hours.window.end - hours.window.start
            openDaysInWeek = open.sorted().map { $0 - 1 }
            closingHolidays = hours.holidays.filter { open.contains($0.weekday) }.map(\.days).sorted()
        }
    }

    var windowStart: Int { dayLength == 1440 ? 0 : hours.window.start }

    public func isBusinessDay(_ date: CivilDate) -> Bool {
        openDaysInWeek.contains(Self.weekOffset(date.days)) && !isClosingHoliday(date.days)
    }

    /// Business minutes in `[from, to)`; zero when `to` is not after `from`.
    public func businessMinutes(from: CivilTime, to: CivilTime) -> Int {
        to > from ? ordinal(to) - ordinal(from) : 0
    }

    /// The earliest time at which `n` business minutes have passed since `time`.
    /// Adding 0 returns `time` itself; adding 60 to Friday 17:30 gives Saturday 09:00
    /// with the default hours, and to Saturday 17:30 gives Monday 09:00.
    public func adding(businessMinutes n: Int, to time: CivilTime) -> CivilTime {
        guard n > 0 else { return time }
        let target = ordinal(time) + n
        let dayIndex = Self.floorDiv(target - 1, dayLength)
        let minuteInDay = target - dayIndex * dayLength
        return CivilTime(date: businessDay(index: dayIndex), hour: 0, minute: windowStart + minuteInDay)
    }

    /// `n` business days (each `dayLength` business minutes) after `time`.
    public func adding(businessDays n: Int, to time: CivilTime) -> CivilTime {
        adding(businessMinutes: n * dayLength, to: time)
    }

    // MARK: the business-minute ordinal

    /// Business minutes between the origin and `time`.
    func ordinal(_ time: CivilTime) -> Int {
        let date = time.date
        var minutes = businessDaysBefore(date.days) * dayLength
        if isBusinessDay(date) {
            minutes += min(max(time.minuteOfDay - windowStart, 0), dayLength)
        }
        return minutes
    }

    func businessDaysBefore(_ day: Int) -> Int {
        openWeekdaysBefore(day) - closingHolidays(before: day)
    }

    /// Open weekdays in `[origin, day)`.
    func openWeekdaysBefore(_ day: Int) -> Int {
        let offset = day - Self.originDay
        let weeks = Self.floorDiv(offset, 7)
        let rest = offset - weeks * 7
        return weeks * openDaysInWeek.count + openDaysInWeek.count { $0 < rest }
    }

    /// The day of the open weekday with the given index (counted from the origin).
    func openWeekday(index: Int) -> Int {
        let weeks = Self.floorDiv(index, openDaysInWeek.count)
        return Self.originDay + weeks * 7 + openDaysInWeek[index - weeks * openDaysInWeek.count]
    }

    /// The business day with the given index: the open weekday whose index `j` satisfies
    /// `j = index + (closing holidays up to that day)`. Iterating from `j = index` climbs to
    /// the smallest such `j`, which is never a holiday, in one step per run of holidays.
    func businessDay(index: Int) -> CivilDate {
        var j = index
        while true {
            let day = openWeekday(index: j)
            let next = index + closingHolidays(before: day + 1)
            if next == j { return CivilDate(days: day) }
            j = next
        }
    }

    /// Closing holidays strictly before `day` (binary search).
    func closingHolidays(before day: Int) -> Int {
        var low = 0, high = closingHolidays.count
        while low < high {
            let mid = (low + high) / 2
            if closingHolidays[mid] < day { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func isClosingHoliday(_ day: Int) -> Bool {
        let i = closingHolidays(before: day)
        return i < closingHolidays.count && closingHolidays[i] == day
    }

    static func weekOffset(_ day: Int) -> Int { day - originDay - floorDiv(day - originDay, 7) * 7 }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
