import RevisitCore

/// Hand-built reports for the layout and screen tests (their figures are given, not computed).
enum ReportSamples {
    static func time(_ s: String) -> CivilTime { CivilTime(s)! }

    static let departments = ["reception", "parts", "service-advisor", "workshop"]

    static func figures(made: Int, reached: Int, csi: (Int, Int), _ depts: [String: (Int, Int)]) -> CallFigures {
        CallFigures(made: made, reached: reached, csi: Tally(hits: csi.0, total: csi.1),
                    departments: depts.mapValues { Tally(hits: $0.0, total: $0.1) })
    }

    static let problem = ProblemCall(
        callID: "K000012", callAt: time("2026-11-17 10:15"), caller: "li.na", customerID: "C000001", customerName: "张伟",
        phone: "13800138000", departments: ["workshop"], lowRatings: [QuestionRating(question: "quality", rating: 1)],
        overall: 2, flagged: true, words: "车子异响，修了两次还是响", complaint: ComplaintState(id: "P000001", status: "in-progress", resolution: "换了减震器"))

    static let flaggedOnly = ProblemCall(
        callID: "K000013", callAt: time("2026-11-17 15:40"), caller: "wang.wu", customerID: "C000002", customerName: "María García",
        phone: "34612345678", departments: [], lowRatings: [], overall: 4, flagged: true, words: "=HYPERLINK(\"x\") wants a call back",
        complaint: nil)

    static var daily: Report {
        Report(period: ReportPeriod(.day, parsing: "2026-11-17")!, target: Percentage(tenths: 930), departments: departments,
               calls: figures(made: 7, reached: 3, csi: (2, 3), ["reception": (5, 5), "workshop": (1, 2), "parts": (37, 40)]),
               problems: [problem, flaggedOnly])
    }

    static var weekly: Report {
        let week = ReportPeriod(.week, parsing: "2026-W47")!
        let days = week.days.enumerated().map { i, d in
            DayFigures(date: d, calls: i == 1 ? figures(made: 7, reached: 3, csi: (2, 3), [:]) : CallFigures(), problems: i == 1 ? 2 : 0)
        }
        let trend = (0..<12).map { i in
            WeekCSI(week: week.shifted(by: i - 11), csi: i == 3 ? Tally() : Tally(hits: 78 + i * 2, total: 100))
        }
        return Report(period: week, target: Percentage(tenths: 930), departments: departments,
                      calls: figures(made: 7, reached: 3, csi: (2, 3), ["reception": (5, 5), "workshop": (1, 2)]),
                      problems: [problem], missedFollowups: [
                        MissedFollowup(taskID: "sat:RO-9", customerID: "C000003", customerName: "김민준", visitRO: "RO-9",
                                       reason: "unreachable", endedAt: time("2026-11-18 16:00"), attempts: 3)],
                      week: WeekDetail(days: days, reps: [
                        RepFigures(login: "li.na", name: "李娜", calls: CallFigures(made: 5, reached: 2)),
                        RepFigures(login: "wang.wu", name: "王五", calls: CallFigures(made: 2, reached: 1)),
                      ], csiTrend: trend))
    }

    static var monthly: Report {
        let complaint = ComplaintLine(
            id: "P000001", receivedAt: time("2026-11-05 10:00"), customerID: "C000001", customerName: "张伟", words: "异响",
            category: "repair-quality", crisis: "safety", owner: "li.na", responsible: "zhao.lei",
            deadline: CivilDate("2026-11-10"), status: "closed", resolvedAt: time("2026-11-09 16:00"), onTime: true,
            recallSatisfied: true, reaction: "挺满意的")
        return Report(period: ReportPeriod(.month, parsing: "2026-11")!, target: Percentage(tenths: 930), departments: departments,
                      calls: figures(made: 40, reached: 30, csi: (369, 400), ["reception": (19, 20), "workshop": (1, 3)]),
                      problems: [problem], missedFollowups: [],
                      month: MonthDetail(previous: figures(made: 10, reached: 8, csi: (19, 20), ["reception": (9, 10)]),
                                         complaints: [complaint], complaintsByCategory: [NamedCount(name: "repair-quality", count: 1)],
                                         churn: Churn(activeAtStart: 1500, lost: 30, lostCustomerIDs: []),
                                         causes: [NamedCount(name: "price", count: 3), NamedCount(name: "distance", count: 0)],
                                         winBackResults: [NamedCount(name: "reached", count: 10)],
                                         rework: Rework(reworked: 3, repairsAndWarranty: 200)))
    }
}
