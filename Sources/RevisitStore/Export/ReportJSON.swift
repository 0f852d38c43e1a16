import RevisitCore

/// A report as JSON, with the top-level keys issue 5 names (`period`, `calls_made`, `reached`,
/// `reach_rate`, `csi`, `csi_by_department`, `problem_customers`; for the month also
/// `complaints`, `complaints_by_category`, `churn`, `rework_rate`, `missed_followups`) and a
/// few more that carry the rest of the report. Rates are percentages with one decimal, null
/// when empty; times are shop-local `YYYY-MM-DD HH:MM`; counts by name list only names that occur.
public enum ReportJSON {
    public static func value(_ report: Report) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("period", .string(report.period.description)),
            ("report", .string(kindName(report.period.kind))),
        ]
        members += callFigures(report.calls)
        members += [
            ("csi", .figure(report.calls.csi.percentage)),
            ("csi_target", .figure(report.target)),
            ("csi_by_department", departments(report.departments, report.calls)),
            ("problem_customers", .array(report.problems.map(problem))),
        ]
        if let week = report.week {
            members += [
                ("days", .array(week.days.map { day in
                    .object([("date", .string(day.date.description))] + callFigures(day.calls) +
                            [("csi", .figure(day.calls.csi.percentage)), ("problem_customers", .int(day.problems))])
                })),
                ("reps", .array(week.reps.map { rep in
                    .object([("login", .string(rep.login)), ("name", .string(rep.name))] + callFigures(rep.calls))
                })),
                ("csi_weeks", .array(week.csiTrend.map { w in
                    .object([("week", .string(w.week.description)), ("rated", .int(w.csi.total)),
                             ("csi", .figure(w.csi.percentage))])
                })),
            ]
        }
        if let month = report.month { members += monthly(month, report) }
        if let missed = report.missedFollowups {
            members += [("missed_followups", .int(missed.count)),
                        ("missed_followup_tasks", .array(missed.map(missedTask)))]
        }
        return .object(members)
    }

    public static func text(_ report: Report) -> String { String(decoding: data(report), as: UTF8.self) }

    /// The JSON as UTF-8 bytes, ending in a newline.
    public static func data(_ report: Report) -> [UInt8] { value(report).bytes() + [UInt8(ascii: "\n")] }

    public static func kindName(_ kind: ReportPeriod.Kind) -> String {
        switch kind {
        case .day: "daily"
        case .week: "weekly"
        case .month: "monthly"
        }
    }

    static func callFigures(_ f: CallFigures) -> [(String, JSONValue)] {
        [("calls_made", .int(f.made)), ("reached", .int(f.reached)), ("reach_rate", .figure(f.reachRate))]
    }

    static func departments(_ names: [String], _ f: CallFigures) -> JSONValue {
        .object(names.map { ($0, .figure(f.departments[$0]?.percentage)) })
    }

    static func counts(_ list: [NamedCount]) -> JSONValue {
        .object(list.filter { $0.count > 0 }.map { ($0.name, .int($0.count)) })
    }

    static func monthly(_ month: MonthDetail, _ report: Report) -> [(String, JSONValue)] {
        let now = report.calls.csi.percentage, before = month.previous.csi.percentage
        let change = now.flatMap { n in before.map { n.change(from: $0) } }
        return [
            ("csi_previous", .figure(before)),
            ("csi_change", .figure(change)),
            ("csi_by_department_previous", departments(report.departments, month.previous)),
            ("complaints", .array(month.complaints.map(complaint))),
            ("complaints_by_category", counts(month.complaintsByCategory)),
            ("churn", .object([
                ("active_at_start", .int(month.churn.activeAtStart)),
                ("lost", .int(month.churn.lost)),
                ("rate", .figure(month.churn.rate)),
                ("causes", counts(month.causes)),
                ("win_back_results", counts(month.winBackResults)),
            ])),
            ("rework_rate", .figure(month.rework.rate)),
            ("rework", .object([("reworked", .int(month.rework.reworked)),
                                ("repairs_and_warranty", .int(month.rework.repairsAndWarranty))])),
        ]
    }

    static func problem(_ p: ProblemCall) -> JSONValue {
        .object([
            ("call_id", .string(p.callID)),
            ("called_at", .string(p.callAt.description)),
            ("caller", .string(p.caller)),
            ("customer_id", .string(p.customerID)),
            ("customer_name", .string(p.customerName)),
            ("phone", .string(p.phone)),
            ("departments", .array(p.departments.map(JSONValue.string))),
            ("low_ratings", .object(p.lowRatings.map { ($0.question, .int($0.rating)) })),
            ("overall", .figure(p.overall)),
            ("flagged", .bool(p.flagged)),
            ("words", .string(p.words)),
            ("complaint", p.complaint.map { c in
                .object([("id", .string(c.id)), ("status", .string(c.status)), ("resolution", .string(c.resolution))])
            } ?? .null),
        ])
    }

    static func complaint(_ c: ComplaintLine) -> JSONValue {
        .object([
            ("id", .string(c.id)),
            ("received_at", .string(c.receivedAt.description)),
            ("customer_id", .string(c.customerID)),
            ("customer_name", .string(c.customerName)),
            ("words", .string(c.words)),
            ("category", .string(c.category)),
            ("crisis", .string(c.crisis)),
            ("owner", .string(c.owner)),
            ("responsible", .string(c.responsible)),
            ("deadline", .optional(c.deadline?.description)),
            ("status", .string(c.status)),
            ("resolved_at", .optional(c.resolvedAt?.description)),
            ("on_time", c.onTime.map(JSONValue.bool) ?? .null),
            ("recall_result", .optional(c.recallSatisfied.map { $0 ? "satisfied" : "not-satisfied" })),
            ("reaction", .string(c.reaction)),
        ])
    }

    static func missedTask(_ m: MissedFollowup) -> JSONValue {
        .object([
            ("task_id", .string(m.taskID)),
            ("customer_id", .string(m.customerID)),
            ("customer_name", .string(m.customerName)),
            ("visit_ro", .string(m.visitRO)),
            ("reason", .string(m.reason)),
            ("ended_at", .string(m.endedAt.description)),
            ("attempts", .int(m.attempts)),
        ])
    }
}
