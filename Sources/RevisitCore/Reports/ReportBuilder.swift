/// What a report is computed from: the state, the settings, the staff (for names) and the
/// moment the report is made. Complaints and follow-ups are shown as they stand at `asOf`.
public struct ReportInput: Sendable {
    public var state: StoreState
    public var config: ShopConfig
    public var staff: StaffDirectory
    public var asOf: CivilTime

    public init(state: StoreState, config: ShopConfig, staff: StaffDirectory, asOf: CivilTime) {
        self.state = state; self.config = config; self.staff = staff; self.asOf = asOf
    }
}

/// Builds the report of a period from the state, by the definitions of issue 5, in one pass
/// over the calls (`CallScan`); a call belongs to the day it was made (`callAt`), not the
/// day it was entered.
///
/// Where issue 5 leaves a choice, these are the readings taken:
/// - Periods are whole shop-local days: `[first day 00:00, day after 00:00)`; weeks are ISO.
/// - CSI counts reached `satisfaction` calls with an overall rating (4 or 5 is a hit). A
///   department's CSI counts every rating of its survey questions (config.survey) on reached
///   satisfaction calls, whether or not the call also has an overall rating; questions no
///   longer in the survey are left out. Departments listed: those with a survey question.
/// - Problem customers: reached calls of any task kind, flagged or with a question's or the
///   overall rating at 2 or less. Their departments are those of the questions rated 2 or
///   less, else the department of the complaint opened from the call, else none.
/// - Complaints, the problem calls' complaints and follow-ups are shown as they stand at
///   `asOf` (when the report is made); "still open at the month's end" means open, in
///   progress or waiting after its last minute (see `ComplaintLines`).
/// - Active customer and churn: see `CustomerActivity` and `Churn`; rework: see `Rework`.
/// - Missed follow-ups: the queue's `MissedFollowUps.satisfaction` over the period, cut at
///   `asOf` for a period still running.
/// - Per rep: calls made and reached by the caller's login, named from the staff list.
/// - The weekly chart: the 12 ISO weeks ending with the report's week.
public struct ReportBuilder: Sendable {
    let input: ReportInput
    let counting: CallCounting
    /// Call id -> the complaint opened from that call.
    let complaintByCall: [String: String]

    public init(_ input: ReportInput) {
        self.input = input
        counting = CallCounting(survey: input.config.survey)
        var byCall: [String: String] = [:]
        for complaint in input.state.complaints.all {
            if let call = complaint.callID, byCall[call] == nil { byCall[call] = complaint.id }
        }
        complaintByCall = byCall
    }

    public static func build(_ period: ReportPeriod, _ input: ReportInput) -> Report {
        ReportBuilder(input).report(period)
    }

    var ledger: CallLedger { input.state.calls }

    public func report(_ period: ReportPeriod) -> Report {
        let trend = period.kind == .week ? (0..<12).map { period.shifted(by: $0 - 11) } : []
        let others = period.kind == .month ? [period.previous] : trend
        // What comes from the visits (the missed follow-ups: the queue's rules over every visit
        // near the period; churn: every customer's visits) takes about as long as what comes
        // from the calls, so the two are worked out at the same time.
        let ((missedFollowups, churn), (scan, problems, complaints)) = AtOnce.both({
            (period.kind == .day ? nil : missed(period), period.kind == .month ? Churn(month: period, state: input.state) : nil)
        }, {
            let scan = CallScan(period, others: others, calls: ledger.calls, counting: counting)
            let complaints = period.kind != .month ? [] : ComplaintLines.lines(month: period, state: input.state, asOf: input.asOf,
                                                                               recallWords: { ledger.call(id: $0)?.words })
            return (scan, scan.problemIndexes.map { problem(ledger.calls[$0]) }, complaints)
        })
        var report = Report(period: period, target: Percentage(setting: input.config.csiTarget),
                            departments: CallCounting.departments(input.config), calls: scan.total,
                            problems: problems, missedFollowups: missedFollowups)
        switch period.kind {
        case .day:
            break
        case .week:
            let problemDays = scan.problemIndexes.map { ledger.calls.callAt($0).date.days - period.firstDay.days }
            report.week = WeekDetail(
                days: period.days.enumerated().map { i, day in
                    DayFigures(date: day, calls: scan.days[i], problems: problemDays.count { $0 == i })
                },
                reps: scan.reps.keys.sorted().map { RepFigures(login: $0, name: input.staff[$0]?.name ?? $0, calls: scan.reps[$0]!) },
                csiTrend: zip(trend, scan.others).map { WeekCSI(week: $0, csi: $1.csi) })
        case .month:
            report.month = MonthDetail(
                previous: scan.others[0], complaints: complaints,
                complaintsByCategory: ComplaintLines.byCategory(complaints),
                churn: churn ?? Churn(),
                causes: WinBackCause.allCases.compactMap { c in scan.causes[c].map { NamedCount(name: c.rawValue, count: $0) } },
                winBackResults: CallOutcome.allCases.compactMap { o in scan.winBack[o].map { NamedCount(name: o.rawValue, count: $0) } },
                rework: Rework(period: period, state: input.state))
        }
        return report
    }

    func problem(_ call: Call) -> ProblemCall {
        let survey = input.config.survey
        let low = survey.compactMap { q in call.ratings[q.id].flatMap { $0 <= 2 ? QuestionRating(question: q.id, rating: $0) : nil } }
        let complaint = complaintByCall[call.id].flatMap { input.state.complaints[$0]?.asOf(input.asOf) }
        var departments: [String] = []
        for r in low {
            if let d = counting.departmentOf[r.question], !departments.contains(d) { departments.append(d) }
        }
        if departments.isEmpty, let d = complaint?.department, !d.isEmpty { departments = [d] }
        let customer = input.state.customers[call.customerID]
        return ProblemCall(
            callID: call.id, callAt: call.callAt, caller: call.caller, customerID: call.customerID,
            customerName: customer?.name ?? "", phone: call.phone.isEmpty ? customer?.primaryPhone ?? "" : call.phone,
            departments: departments, lowRatings: low, overall: call.overall, flagged: call.problem, words: call.words,
            complaint: complaint.map { ComplaintState(id: $0.id, status: $0.status.rawValue, resolution: $0.resolution) })
    }

    /// Satisfaction tasks that expired or ended unreachable in the period, up to `asOf`
    /// (a period still running counts only what has happened).
    func missed(_ period: ReportPeriod) -> [MissedFollowup] {
        let end = min(period.endTime, input.asOf)
        guard period.startTime < end else { return [] }
        let query = TaskQuery(state: input.state, config: input.config, asOf: end)
        return MissedFollowUps.satisfaction(query, from: period.startTime, to: end).map { task in
            MissedFollowup(taskID: task.id, customerID: task.customerID,
                           customerName: input.state.customers[task.customerID]?.name ?? "", visitRO: task.visitRO ?? "",
                           reason: task.status.spelled, endedAt: task.endedAt ?? end,
                           attempts: task.attempts)
        }
    }
}

extension CallFigures {
    mutating func add(_ other: CallFigures) {
        made += other.made
        reached += other.reached
        csi = csi + other.csi
        for (d, t) in other.departments { departments[d] = (departments[d] ?? Tally()) + t }
    }
}
