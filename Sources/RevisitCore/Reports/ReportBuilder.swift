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

/// Builds the report of a period from the state, by the definitions of issue 5. Calls are
/// read through the ledger's by-day index, so only the calls of the days concerned are
/// touched; a call belongs to the day it was made (`callAt`), not the day it was entered.
public struct ReportBuilder {
    let input: ReportInput
    let counting: CallCounting
    /// Call id -> the complaint opened from that call.
    let complaintByCall: [String: String]

    public init(_ input: ReportInput) {
        self.input = input
        counting = CallCounting(survey: input.config.survey)
        var byCall: [String: String] = [:]
        for id in input.state.complaints.ids {
            if let call = input.state.complaints[id]?.callID, byCall[call] == nil { byCall[call] = id }
        }
        complaintByCall = byCall
    }

    public static func build(_ period: ReportPeriod, _ input: ReportInput) -> Report {
        ReportBuilder(input).report(period)
    }

    var ledger: CallLedger { input.state.calls }

    public func report(_ period: ReportPeriod) -> Report {
        var total = CallFigures()
        var days: [DayFigures] = []
        var reps: [String: CallFigures] = [:]
        var problems: [ProblemCall] = []
        var causes: [WinBackCause: Int] = [:]
        var winBack: [CallOutcome: Int] = [:]
        for day in period.days {
            var figures = CallFigures()
            let before = problems.count
            for call in ledger.calls(madeOn: day) {
                counting.count(call, into: &figures)
                counting.count(call, into: &reps[call.caller, default: CallFigures()])
                if CallCounting.isProblem(call) { problems.append(problem(call)) }
                if call.taskKind == .winBack {
                    winBack[call.outcome, default: 0] += 1
                    if let cause = call.winBackCause { causes[cause, default: 0] += 1 }
                }
            }
            total.add(figures)
            days.append(DayFigures(date: day, calls: figures, problems: problems.count - before))
        }
        var report = Report(period: period, target: Percentage(setting: input.config.csiTarget),
                            departments: CallCounting.departments(input.config), calls: total, problems: problems)
        switch period.kind {
        case .day:
            break
        case .week:
            report.missedFollowups = missed(period)
            report.week = WeekDetail(
                days: days,
                reps: reps.keys.sorted().map { RepFigures(login: $0, name: input.staff[$0]?.name ?? $0, calls: reps[$0]!) },
                csiTrend: (0..<12).map { i in
                    let week = period.shifted(by: i - 11)
                    return WeekCSI(week: week, csi: satisfaction(week).csi)
                })
        case .month:
            report.missedFollowups = missed(period)
            let complaints = ComplaintLines.lines(month: period, state: input.state, asOf: input.asOf,
                                                  recallWords: { ledger.call(id: $0)?.words })
            report.month = MonthDetail(
                previous: satisfaction(period.previous), complaints: complaints,
                complaintsByCategory: ComplaintLines.byCategory(complaints),
                churn: Churn(month: period, state: input.state),
                causes: WinBackCause.allCases.compactMap { c in causes[c].map { NamedCount(name: c.rawValue, count: $0) } },
                winBackResults: CallOutcome.allCases.compactMap { o in winBack[o].map { NamedCount(name: o.rawValue, count: $0) } },
                rework: Rework(period: period, state: input.state))
        }
        return report
    }

    /// The satisfaction tallies of a period (CSI overall and by department), from the
    /// reached satisfaction calls alone; the call counts are left at zero.
    func satisfaction(_ period: ReportPeriod) -> CallFigures {
        var f = CallFigures()
        for day in period.days {
            for call in ledger.reachedSatisfactionCalls(madeOn: day) { counting.countSatisfaction(call, into: &f) }
        }
        return f
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
                           reason: task.status == .expired ? "expired" : "unreachable", endedAt: task.endedAt ?? end,
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
