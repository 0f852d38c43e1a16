import RevisitCore

/// One line of a report as text, with how the screen should style it.
public struct ReportLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case title, heading, plain, below }
    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind = .plain) { self.text = text; self.kind = kind }
}

/// A report laid out as lines no wider than `width` (80 for the terminal): the same lines
/// on the screen and in `revisit report --format text`.
public struct ReportLayout {
    public let report: Report
    public let language: Language
    public let width: Int
    let m = MessageCatalog.reports
    let names: ReportValueNames
    /// "Label: value", read once: it is filled in on every problem call and complaint.
    let labelledTemplate: [MessageFormat.Token]

    public init(_ report: Report, language: Language, width: Int = 80) {
        self.report = report; self.language = language; self.width = width
        names = ReportValueNames(language: language)
        labelledTemplate = MessageFormat.tokens(MessageCatalog.app.labelled[language])
    }

    public var lines: [ReportLine] {
        var out = [ReportLine(title, .title), ReportLine("")]
        out += summary
        out += departments
        switch report.period.kind {
        case .day:
            out += problemsByDepartment
        case .week:
            if let week = report.week { out += days(week) + reps(week) + trend(week) }
            out += problems
            out += missed
        case .month:
            out += problems
            if let month = report.month { out += complaints(month) + churn(month) }
            out += missed
        }
        return out
    }

    /// Plain text, one line each, ending in a newline.
    public var text: String {
        let lines = self.lines
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        for line in lines {
            out += line.text
            out += "\n"
        }
        return out
    }

    func t(_ msg: Msg) -> String { msg[language] }
    func f(_ msg: Msg, _ args: any CustomStringConvertible...) -> String {
        MessageFormat.apply(msg[language], args.map(\.description))
    }

    var title: String {
        let p = report.period
        switch p.kind {
        case .day: return f(m.dailyTitle, p)
        case .week: return f(m.weeklyTitle, p, p.firstDay, p.lastDay)
        case .month: return f(m.monthlyTitle, p)
        }
    }

    func departmentName(_ id: String) -> String { MessageCatalog.domain.department(id, language) }

    func labelled(_ label: String, _ value: String) -> String { MessageFormat.apply(labelledTemplate, [label, value]) }

    func heading(_ text: String) -> [ReportLine] { [ReportLine(""), ReportLine(text, .heading)] }

    /// "Calls made 42 · Reached 30 · Reach rate 71.4% · CSI 92.5 (target 93.0, below target)"
    var summary: [ReportLine] {
        let c = report.calls
        let csi = c.csi.percentage
        var verdict = "\(t(m.target)) \(report.target)"
        if let csi { verdict += t(MessageCatalog.app.listSeparator) + t(csi < report.target ? m.belowTarget : m.onTarget) }
        var lines = [ReportLine("\(t(m.callsMade)) \(c.made) · \(t(m.reached)) \(c.reached) · " +
                                "\(t(m.reachRate)) \(ReportText.figure(c.reachRate, suffix: "%"))")]
        lines.append(ReportLine(f(m.parenthesized, "\(t(m.csi)) \(ReportText.figure(csi))", verdict),
                                csi.map { $0 < report.target } == true ? .below : .plain))
        if let month = report.month {
            let before = month.previous.csi.percentage
            let change = csi.flatMap { n in before.map { n.change(from: $0).signedDescription } }
            lines.append(ReportLine("\(t(m.previousMonth)) \(ReportText.figure(before)) · \(t(m.change)) \(change ?? "-")"))
        }
        return lines
    }

    static let barCells = 40
    /// The department names' column at most: on a wide terminal the bars stay beside the names.
    static let longestDepartment = 31
    /// What a name keeps at least on a narrow terminal, the bars growing shorter first
    /// (down to `shortestBar`), so a bar is never left without its department.
    static let shortestName = 12, shortestBar = 10

    var departments: [ReportLine] {
        var lines = heading(t(m.byDepartment))
        let month = report.month
        let figures = month == nil ? 9 : 23
        // A name longer than the room left of the bars takes from the bars first ("asesor de servicio").
        let widestName = DisplayWidth.widest(report.departments.map(departmentName))
        let barCells = max(Self.shortestBar, min(Self.barCells, width - figures - max(Self.shortestName, widestName)))
        let nameWidth = max(1, min(Self.longestDepartment, width - barCells - figures))
        if month != nil {
            let header = ReportText.pad(t(m.department), to: nameWidth) + String(repeating: " ", count: barCells + 2) +
                ReportText.pad(t(m.csi), to: 6, .right) + " " + ReportText.pad(t(m.previousShort), to: 6, .right) +
                " " + ReportText.pad(t(m.change), to: 6, .right)
            lines.append(ReportLine(ReportText.trimmedEnd(header)))
        }
        for name in report.departments {
            let csi = report.csi(of: name)
            var line = ReportText.pad(departmentName(name), to: nameWidth) + " " + ReportCharts.bar(csi, target: report.target, cells: barCells) +
                " " + ReportText.pad(ReportText.figure(csi), to: 6, .right)
            if let month {
                let before = month.previous.departments[name]?.percentage
                let change = csi.flatMap { n in before.map { n.change(from: $0).signedDescription } }
                line += " " + ReportText.pad(ReportText.figure(before), to: 6, .right) + " " + ReportText.pad(change ?? "-", to: 6, .right)
            }
            lines.append(ReportLine(ReportText.trimmedEnd(line), csi.map { $0 < report.target } == true ? .below : .plain))
        }
        lines.append(ReportLine(f(m.barLegend, report.target)))
        return lines
    }

    // MARK: problem customers

    func problemTable(_ problems: [ProblemCall]) -> TextTable {
        let daily = report.period.kind == .day
        var table = TextTable([.left(t(m.time), daily ? 5 : 11), .left(t(m.customer)), .left(t(m.phone), 11),
                               .left(t(m.complaint), 19)])
        for p in problems {
            let time = daily ? String(p.callAt.description.suffix(5)) : String(p.callAt.description.dropFirst(5))
            var details = [ratings(p) + (p.words.isEmpty ? "" : " “" + p.words + "”")]
            if let c = p.complaint, !c.resolution.isEmpty { details.append("→ " + c.resolution) }
            table.add([time, "\(p.customerName) \(p.customerID)", p.phone,
                       p.complaint.map { "\($0.id) \(names.status($0.status))" } ?? t(m.noComplaint)], details: details)
        }
        return table
    }

    func ratings(_ p: ProblemCall) -> String {
        var parts = p.lowRatings.map { "\(MessageCatalog.domain.question($0.question, language)) \($0.rating)" }
        if let o = p.overall, o <= 2 { parts.append("\(t(m.overall)) \(o)") }
        if parts.isEmpty && p.flagged { parts.append(t(m.flagged)) }
        return labelled(t(m.ratings), parts.joined(separator: t(MessageCatalog.app.listSeparator)))
    }

    var problems: [ReportLine] {
        var lines = heading(f(m.problems, report.problems.count))
        if !report.problems.isEmpty { lines += problemTable(report.problems).lines(width: width).map { ReportLine($0) } }
        return lines
    }

    /// Daily: the problem calls under each department they concern (a call may appear twice).
    var problemsByDepartment: [ReportLine] {
        var lines = heading(f(m.problemsByDepartment, report.problems.count))
        let named = report.departments + Set(report.problems.flatMap(\.departments)).subtracting(report.departments).sorted()
        var groups = named.map { name in (departmentName(name), report.problems.filter { $0.departments.contains(name) }) }
        groups.append((t(m.noDepartment), report.problems.filter { $0.departments.isEmpty }))
        for (name, calls) in groups where !calls.isEmpty {
            lines.append(ReportLine("\(name) (\(calls.count))", .heading))
            lines += problemTable(calls).lines(width: width).map { ReportLine($0) }
        }
        return lines
    }

    // MARK: weekly

    func days(_ week: WeekDetail) -> [ReportLine] {
        var table = TextTable([.left(t(m.day), 10), .right(t(m.callsMade), 10), .right(t(m.reached), 8),
                               .right(t(m.reachRate), 10), .right(t(m.csi), 6), .right(t(m.problemCount), 9)])
        for d in week.days {
            table.add([String(d.date.description.dropFirst(5)) + " " + weekdayName(d.date), String(d.calls.made),
                       String(d.calls.reached), ReportText.figure(d.calls.reachRate, suffix: "%"),
                       ReportText.figure(d.calls.csi.percentage), String(d.problems)])
        }
        return heading(t(m.days)) + table.lines(width: width).map { ReportLine($0) }
    }

    func weekdayName(_ date: CivilDate) -> String {
        let names = switch language {
        case .english: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        case .chinese: ["一", "二", "三", "四", "五", "六", "日"]
        case .korean: ["월", "화", "수", "목", "금", "토", "일"]
        case .spanish: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        }
        return names[date.weekday - 1]
    }

    func reps(_ week: WeekDetail) -> [ReportLine] {
        var table = TextTable([.left(t(m.rep)), .right(t(m.callsMade), 10), .right(t(m.reached), 8), .right(t(m.reachRate), 10)])
        for r in week.reps {
            table.add([r.name == r.login ? r.login : "\(r.name) (\(r.login))", String(r.calls.made), String(r.calls.reached),
                       ReportText.figure(r.calls.reachRate, suffix: "%")])
        }
        return heading(t(m.reps)) + table.lines(width: width).map { ReportLine($0) }
    }

    /// The latest weeks that fit the width, twelve from 78 cells on: a narrow terminal drops
    /// the oldest, never the week just reported.
    func trend(_ week: WeekDetail) -> [ReportLine] {
        let weeks = Array(week.csiTrend.suffix(max(1, (width - ReportCharts.labelCells) / ReportCharts.slot)))
        return heading(f(m.trend, weeks.count, report.target)) + ReportCharts.weekChart(weeks, target: report.target).map { ReportLine($0) }
    }

    var missed: [ReportLine] {
        guard let missed = report.missedFollowups else { return [] }
        var lines = heading(f(m.missed, missed.count))
        guard !missed.isEmpty else { return lines }
        var table = TextTable([.left(t(m.ended), 11), .left(t(m.customer)), .left(t(m.visit), 16),
                               .left(t(m.reason), 11), .right(t(m.attempts), 5)])
        for x in missed {
            table.add([String(x.endedAt.description.dropFirst(5)), "\(x.customerName) \(x.customerID)", x.visitRO,
                       names.missedReason(x.reason), String(x.attempts)])
        }
        lines += table.lines(width: width).map { ReportLine($0) }
        return lines
    }

    // MARK: monthly

    func complaints(_ month: MonthDetail) -> [ReportLine] {
        var lines = heading(f(m.complaints, month.complaints.count))
        if !month.complaintsByCategory.isEmpty {
            lines += paragraph(labelled(t(m.byCategory), counts(month.complaintsByCategory, names.category)))
        }
        guard !month.complaints.isEmpty else { return lines }
        let categoryWidth = 17
        var table = TextTable([.left("ID", 7), .left(t(m.received), 11), .left(t(m.customer)), .left(t(m.category), categoryWidth),
                               .left(t(m.crisis), 9), .left(t(m.status), 11)])
        // Complaints still open may be from any year before this month's: those show their year.
        for c in month.complaints {
            var details = [ReportText.keptTogether([
                "\(t(m.owner)) \(c.owner) → \(t(m.responsible)) \(c.responsible.isEmpty ? "-" : c.responsible)",
                "\(t(m.deadline)) \(ReportText.figure(c.deadline))", "\(t(m.resolvedAt)) \(ReportText.figure(c.resolvedAt))",
                onTime(c.onTime)])]
            if let satisfied = c.recallSatisfied {
                details.append(labelled(t(m.recall), t(satisfied ? m.satisfied : m.notSatisfied) + (c.reaction.isEmpty ? "" : " “\(c.reaction)”")))
            }
            table.add([c.id, ShortDate.time(c.receivedAt, now: CivilTime(date: report.period.lastDay)), "\(c.customerName) \(c.customerID)",
                       names.category(c.category, fitting: categoryWidth),
                       c.crisis == "none" ? "-" : names.crisis(c.crisis), names.status(c.status)], details: details)
        }
        return lines + table.lines(width: width).map { ReportLine($0) }
    }

    func onTime(_ value: Bool?) -> String {
        guard let value else { return "\(t(m.onTime)) -" }
        return t(value ? m.inTime : m.late)
    }

    func churn(_ month: MonthDetail) -> [ReportLine] {
        let c = month.churn
        var lines = heading(t(m.churn))
        lines.append(ReportLine("\(t(m.activeAtStart)) \(c.activeAtStart) · \(t(m.lost)) \(c.lost) · " +
                                "\(t(m.churnRate)) \(ReportText.figure(c.rate, suffix: "%"))"))
        lines += paragraph(labelled(t(m.causes), counts(month.causes, names.cause)))
        lines += paragraph(labelled(t(m.winBack), counts(month.winBackResults, names.outcome)))
        lines += heading(t(m.rework))
        lines.append(ReportLine(f(m.parenthesized, ReportText.figure(month.rework.rate, suffix: "%"),
                                  f(m.reworkDetail, month.rework.reworked, month.rework.repairsAndWarranty))))
        return lines
    }

    /// "repair quality 3 · parts quality 1", each name and count kept on one line.
    func counts(_ list: [NamedCount], _ name: (String) -> String) -> String {
        let nonzero = list.filter { $0.count > 0 }
        return nonzero.isEmpty ? t(m.none) : ReportText.keptTogether(nonzero.map { "\(name($0.name)) \($0.count)" })
    }

    /// A line of the report wrapped to its width, as many lines as it takes.
    func paragraph(_ text: String) -> [ReportLine] { TextWrap.lines(text, width: width).map { ReportLine($0) } }
}
