import RevisitCore

/// Which period `revisit report` covers: the one its option names, else the one whose report
/// is due today (see `ReportPeriod.due`).
struct ReportPeriodChoice {
    let kind: ReportPeriod.Kind
    let date: String?
    let week: String?
    let month: String?

    func period(today: CivilDate) throws -> ReportPeriod {
        let given = [("--date", date), ("--week", week), ("--month", month)].compactMap { name, value in value.map { (name, $0) } }
        guard given.count <= 1 else {
            throw Refusal("give only one of --date, --week or --month (got " + given.map(\.0).joined(separator: " and ") + ")")
        }
        guard let (option, text) = given.first else { return .due(kind, on: today) }
        let wanted: ReportPeriod.Kind = option == "--date" ? .day : option == "--week" ? .week : .month
        guard wanted == kind || option == "--date" else {
            throw Refusal("\(option) does not fit the \(Self.name(kind)) report; use \(Self.option(kind)) \(kind.pattern)")
        }
        guard let parsed = ReportPeriod(wanted, parsing: text) else {
            throw Refusal("\(option) \(String(reflecting: text)) is not a \(wanted.rawValue) as \(wanted.pattern)" +
                          " (a real \(wanted.rawValue) in the years \(ReportPeriod.years.lowerBound)-\(ReportPeriod.years.upperBound))")
        }
        return ReportPeriod(kind, containing: parsed.firstDay)
    }

    static func name(_ kind: ReportPeriod.Kind) -> String {
        switch kind {
        case .day: "daily"
        case .week: "weekly"
        case .month: "monthly"
        }
    }

    static func option(_ kind: ReportPeriod.Kind) -> String {
        switch kind {
        case .day: "--date"
        case .week: "--week"
        case .month: "--month"
        }
    }
}
