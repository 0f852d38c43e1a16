/// The shop's calling hours as the rules use them: where a due time lands and where a day's
/// calling ends. With no windows configured the whole day is calling time.
public struct CallingSchedule: Sendable {
    /// Sorted by start; never empty.
    let windows: [TimeWindow]

    public init(_ windows: [TimeWindow]) {
        let sorted = windows.sorted { $0.start < $1.start }
        self.windows = sorted.isEmpty ? [TimeWindow(start: 0, end: 1440)] : sorted
    }

    /// `time` itself when inside a window, else the start of the next window (possibly the next day).
    public func nextCallingTime(atOrAfter time: CivilTime) -> CivilTime {
        let minute = time.minuteOfDay
        for w in windows {
            if minute < w.start { return CivilTime(date: time.date, minute: w.start) }
            if minute < w.end { return time }
        }
        return firstCall(on: time.date.adding(days: 1))
    }

    /// The start of the day's first window.
    public func firstCall(on date: CivilDate) -> CivilTime { CivilTime(date: date, minute: windows[0].start) }

    /// The end of the day's last window: calling is over for that day.
    public func lastCallEnds(on date: CivilDate) -> CivilTime { CivilTime(date: date, minute: windows[windows.count - 1].end) }
}

extension CivilTime {
    init(date: CivilDate, minute: Int) { self.init(minutes: date.days * 1440 + minute) }

    /// Midnight at the start of `date`.
    static func startOfDay(_ date: CivilDate) -> CivilTime { CivilTime(date: date) }
}
