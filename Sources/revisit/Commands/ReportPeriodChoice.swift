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
            let named = "\(option) \(String(reflecting: text)) is not a \(wanted.rawValue)"
            if let why = Self.impossibility(text, wanted) { throw Refusal("\(named): \(why.english)") }
            throw Refusal("\(named) as \(wanted.pattern)" +
                          " (a real \(wanted.rawValue) in the years \(ReportPeriod.years.lowerBound)-\(ReportPeriod.years.upperBound))")
        }
        return ReportPeriod(kind, containing: parsed.firstDay)
    }

    /// What is impossible in a day or month written the right way ("2026-11-31", "2026-13"); a
    /// year out of range is left to the general message, which gives the reports' own range.
    static func impossibility(_ text: String, _ kind: ReportPeriod.Kind) -> DateImpossibility? {
        let why: DateImpossibility? = switch kind {
        case .day: DateImpossibility.of(date: text)
        case .month: text.utf8.count == 7 ? DateImpossibility.of(date: text + "-01") : nil
        case .week: nil
        }
        return why == .yearOutOfRange ? nil : why
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
