import RevisitCore

/// Dates and times in a narrow column, read against the moment a screen shows (now, or a
/// report's period): the year is left out only where the reader can take it for granted.
enum ShortDate {
    /// "11-05 10:00" in the year of `now`; "2025-11-05" in any other, where the day matters
    /// more than the minute (an overdue recall from last year, a last call before New Year).
    /// Both fit 11 cells.
    static func time(_ time: CivilTime, now: CivilTime) -> String {
        time.date.ymd.year == now.date.ymd.year ? String(time.description.dropFirst(5)) : time.date.description
    }

    /// "08-23" in the year of `now` or within half a year of it, where a reader takes the
    /// nearest such day (on 12-28, "01-05" is next week); else the year alone, "2025": a
    /// deadline that long past or ahead matters by its year, and 5 cells hold no more.
    static func date(_ date: CivilDate, now: CivilDate) -> String {
        let near = date.ymd.year == now.ymd.year || abs(date.days - now.days) <= 182
        return near ? String(date.description.dropFirst(5)) : String(date.ymd.year)
    }
}
