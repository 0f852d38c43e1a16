/// A report's values, computed once from the state and then drawn as a screen, text, CSV or
/// JSON. The period's kind decides which report it is: a day gives the daily report, an ISO
/// week the weekly, a month the monthly. Names (customers, staff) are resolved when it is
/// built, so the renderers need nothing else.
public struct Report: Hashable, Sendable {
    public var period: ReportPeriod
    /// The CSI target from the config.
    public var target: Percentage
    /// The departments that have survey questions, in the config's order.
    public var departments: [String]
    public var calls: CallFigures
    /// Reached calls in the period flagged as a problem or rated 2 or less, in call order.
    public var problems: [ProblemCall]
    /// Satisfaction tasks missed in the period (weekly and monthly; nil for a day).
    public var missedFollowups: [MissedFollowup]?
    public var week: WeekDetail?
    public var month: MonthDetail?

    public init(period: ReportPeriod, target: Percentage, departments: [String], calls: CallFigures,
                problems: [ProblemCall], missedFollowups: [MissedFollowup]? = nil,
                week: WeekDetail? = nil, month: MonthDetail? = nil) {
        self.period = period; self.target = target; self.departments = departments; self.calls = calls
        self.problems = problems; self.missedFollowups = missedFollowups; self.week = week; self.month = month
    }

    /// The department's CSI in the period, nil when it has no ratings.
    public func csi(of department: String) -> Percentage? { calls.departments[department]?.percentage }
}

/// Counts over a set of calls: every attempt, those reached, and the satisfaction tallies.
public struct CallFigures: Hashable, Sendable {
    public var made = 0
    public var reached = 0
    /// Reached satisfaction calls with an overall rating; a hit is an overall rating of 4 or 5.
    public var csi = Tally()
    /// Per department, the ratings of its questions on reached satisfaction calls; a hit is 4 or 5.
    public var departments: [String: Tally] = [:]

    public init(made: Int = 0, reached: Int = 0, csi: Tally = Tally(), departments: [String: Tally] = [:]) {
        self.made = made; self.reached = reached; self.csi = csi; self.departments = departments
    }

    public var reachRate: Percentage? { Percentage(reached, of: made) }
}

/// One day of the weekly report.
public struct DayFigures: Hashable, Sendable {
    public var date: CivilDate
    public var calls: CallFigures
    public var problems: Int

    public init(date: CivilDate, calls: CallFigures, problems: Int) {
        self.date = date; self.calls = calls; self.problems = problems
    }
}

/// One rep's calls in the period.
public struct RepFigures: Hashable, Sendable {
    public var login: String
    /// The staff member's name, or the login when the staff list no longer has them.
    public var name: String
    public var calls: CallFigures

    public init(login: String, name: String, calls: CallFigures) { self.login = login; self.name = name; self.calls = calls }
}

/// The CSI of one ISO week, for the weekly chart.
public struct WeekCSI: Hashable, Sendable {
    public var week: ReportPeriod
    public var csi: Tally

    public init(week: ReportPeriod, csi: Tally) { self.week = week; self.csi = csi }
}

public struct WeekDetail: Hashable, Sendable {
    /// Monday to Sunday.
    public var days: [DayFigures]
    /// By login.
    public var reps: [RepFigures]
    /// The 12 weeks ending with the report's week, oldest first.
    public var csiTrend: [WeekCSI]

    public init(days: [DayFigures], reps: [RepFigures], csiTrend: [WeekCSI]) {
        self.days = days; self.reps = reps; self.csiTrend = csiTrend
    }
}

public struct MonthDetail: Hashable, Sendable {
    /// The previous month's calls, for the CSI comparison.
    public var previous: CallFigures
    /// Received in the month or still open at its end, in the order received.
    public var complaints: [ComplaintLine]
    /// Those complaints counted by category, in the categories' own order; only categories that occur.
    public var complaintsByCategory: [NamedCount]
    public var churn: Churn
    /// Causes recorded on win-back calls made in the month, in the causes' own order.
    public var causes: [NamedCount]
    /// Win-back calls made in the month by outcome.
    public var winBackResults: [NamedCount]
    public var rework: Rework

    public init(previous: CallFigures, complaints: [ComplaintLine], complaintsByCategory: [NamedCount], churn: Churn,
                causes: [NamedCount], winBackResults: [NamedCount], rework: Rework) {
        self.previous = previous; self.complaints = complaints; self.complaintsByCategory = complaintsByCategory
        self.churn = churn; self.causes = causes
        self.winBackResults = winBackResults; self.rework = rework
    }
}

/// A spelling (a category, a cause, an outcome) and how often it occurs.
public struct NamedCount: Hashable, Sendable {
    public var name: String
    public var count: Int
    public init(name: String, count: Int) { self.name = name; self.count = count }
}
