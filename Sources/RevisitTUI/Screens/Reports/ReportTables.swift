import RevisitCore
import RevisitStore

/// A report as tables for files (CSV for Excel): the summary first, then one table per part
/// of the report, headers in the user's language. Figures stay numbers; rates are
/// percentages with one decimal; an empty figure is an empty cell.
public struct ReportTables {
    public let report: Report
    public let language: Language
    let m = MessageCatalog.reports

    public init(_ report: Report, language: Language) { self.report = report; self.language = language }

    func t(_ msg: Msg) -> String { msg[language] }

    public var tables: [ReportTable] {
        var out = [summary, departments, problems]
        if let week = report.week { out += [days(week), reps(week), trend(week)] }
        if let month = report.month {
            out += [complaints(month), counts("categories", t(m.category), month.complaintsByCategory),
                    counts("causes", t(m.reason), month.causes), counts("win_back", t(m.winBack), month.winBackResults)]
        }
        if let missed = report.missedFollowups { out.append(missedTable(missed)) }
        return out
    }

    typealias Cell = ReportTable.Cell

    var summary: ReportTable {
        let c = report.calls
        var rows: [[Cell]] = [
            [.text(t(m.period)), .text(report.period.description)],
            [.text(t(m.callsMade)), .count(c.made)],
            [.text(t(m.reached)), .count(c.reached)],
            [.text(t(m.reachRate)), .figure(c.reachRate)],
            [.text(t(m.csi)), .figure(c.csi.percentage)],
            [.text(t(m.csiTarget)), .figure(report.target)],
        ]
        if let month = report.month {
            let before = month.previous.csi.percentage
            rows += [
                [.text(t(m.csiPrevious)), .figure(before)],
                [.text(t(m.csiChange)), .figure(c.csi.percentage.flatMap { n in before.map { n.change(from: $0) } })],
                [.text(t(m.activeAtStart)), .count(month.churn.activeAtStart)],
                [.text(t(m.lost)), .count(month.churn.lost)],
                [.text(t(m.churnRate)), .figure(month.churn.rate)],
                [.text(t(m.rework)), .figure(month.rework.rate)],
            ]
        }
        if let missed = report.missedFollowups { rows.append([.text(t(m.missedCount)), .count(missed.count)]) }
        return ReportTable(name: "summary", columns: [t(m.figure), t(m.value)], rows: rows)
    }

    var departments: ReportTable {
        var columns = [t(m.department), t(m.rated), t(m.csi)]
        if report.month != nil { columns += [t(m.previousShort), t(m.change)] }
        let rows = report.departments.map { name -> [Cell] in
            let tally = report.calls.departments[name] ?? Tally()
            var row: [Cell] = [.text(name), .count(tally.total), .figure(tally.percentage)]
            if let month = report.month {
                let before = month.previous.departments[name]?.percentage
                row += [.figure(before), .figure(tally.percentage.flatMap { n in before.map { n.change(from: $0) } })]
            }
            return row
        }
        return ReportTable(name: "departments", columns: columns, rows: rows)
    }

    var problems: ReportTable {
        ReportTable(name: "problems", columns: [
            "ID", t(m.time), t(m.rep), t(m.customer), t(m.name), t(m.phone), t(m.department), t(m.ratings),
            t(m.overall), t(m.words), t(m.complaint), t(m.status), t(m.done),
        ], rows: report.problems.map { p in [
            .text(p.callID), .text(p.callAt.description), .text(p.caller), .text(p.customerID), .text(p.customerName),
            .text(p.phone), .text(p.departments.joined(separator: ", ")),
            .text(p.lowRatings.map { "\($0.question) \($0.rating)" }.joined(separator: ", ")),
            .figure(p.overall), .text(p.words), .text(p.complaint?.id ?? ""), .text(p.complaint?.status ?? ""),
            .text(p.complaint?.resolution ?? ""),
        ] })
    }

    func callColumns(_ f: CallFigures) -> [Cell] { [.count(f.made), .count(f.reached), .figure(f.reachRate)] }

    func days(_ week: WeekDetail) -> ReportTable {
        ReportTable(name: "days", columns: [t(m.day), t(m.callsMade), t(m.reached), t(m.reachRate), t(m.csi), t(m.problemCount)],
                    rows: week.days.map { d in
                        [.text(d.date.description)] + callColumns(d.calls) + [.figure(d.calls.csi.percentage), .count(d.problems)]
                    })
    }

    func reps(_ week: WeekDetail) -> ReportTable {
        ReportTable(name: "reps", columns: [t(m.login), t(m.name), t(m.callsMade), t(m.reached), t(m.reachRate)],
                    rows: week.reps.map { r in [.text(r.login), .text(r.name)] + callColumns(r.calls) })
    }

    func trend(_ week: WeekDetail) -> ReportTable {
        ReportTable(name: "csi_weeks", columns: [t(m.week), t(m.rated), t(m.csi)],
                    rows: week.csiTrend.map { w in [.text(w.week.description), .count(w.csi.total), .figure(w.csi.percentage)] })
    }

    func complaints(_ month: MonthDetail) -> ReportTable {
        ReportTable(name: "complaints", columns: [
            "ID", t(m.received), t(m.customer), t(m.name), t(m.words), t(m.category), t(m.crisis), t(m.owner),
            t(m.responsible), t(m.deadline), t(m.status), t(m.resolvedAt), t(m.onTime), t(m.recall), t(m.reaction),
        ], rows: month.complaints.map { c in [
            .text(c.id), .text(c.receivedAt.description), .text(c.customerID), .text(c.customerName), .text(c.words),
            .text(c.category), .text(c.crisis), .text(c.owner), .text(c.responsible), .text(c.deadline?.description ?? ""),
            .text(c.status), .text(c.resolvedAt?.description ?? ""),
            .text(c.onTime.map { t($0 ? m.inTime : m.late) } ?? ""),
            .text(c.recallSatisfied.map { t($0 ? m.satisfied : m.notSatisfied) } ?? ""), .text(c.reaction),
        ] })
    }

    func counts(_ name: String, _ header: String, _ list: [NamedCount]) -> ReportTable {
        ReportTable(name: name, columns: [header, t(m.count)],
                    rows: list.filter { $0.count > 0 }.map { [.text($0.name), .count($0.count)] })
    }

    func missedTable(_ missed: [MissedFollowup]) -> ReportTable {
        ReportTable(name: "missed", columns: ["ID", t(m.customer), t(m.name), t(m.visit), t(m.reason), t(m.ended), t(m.attempts)],
                    rows: missed.map { x in [
                        .text(x.taskID), .text(x.customerID), .text(x.customerName), .text(x.visitRO), .text(x.reason),
                        .text(x.endedAt.description), .count(x.attempts),
                    ] })
    }
}
