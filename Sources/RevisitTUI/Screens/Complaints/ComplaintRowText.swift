import RevisitCore

/// How a complaint reads in a list: its age, its flags, its row in the supervisor's queue.
enum ComplaintRowText {
    /// Calendar time since receipt, short: `45m`, `3h`, `2d`.
    static func age(since received: CivilTime, now: CivilTime, _ language: Language) -> String {
        let m = MessageCatalog.complaints
        let minutes = max(0, now.minutes - received.minutes)
        if minutes < 60 { return m.minutesShort.format(language, minutes) }
        if minutes < 1440 { return m.hoursShort.format(language, minutes / 60) }
        return m.daysShort.format(language, minutes / 1440)
    }

    /// The flags, short; a crisis is escalated by definition, so it shows as the crisis alone.
    /// Within `width`, a crisis with every other flag shows as escalated ("CRISIS OVD 1H" is
    /// wider than the column in English): its row is marked `!` and red, and its other flags
    /// are what a cut would lose.
    static func flags(_ f: ComplaintFlags, _ language: Language, width: Int = .max) -> String {
        let all = flags(f, language, naming: f.crisis)
        guard f.crisis, DisplayWidth.of(all) > width else { return all }
        return flags(f, language, naming: false)
    }

    private static func flags(_ f: ComplaintFlags, _ language: Language, naming crisis: Bool) -> String {
        let m = MessageCatalog.complaints
        var marks: [String] = []
        if crisis { marks.append(m.flagCrisis[language]) } else if f.escalated || f.crisis { marks.append(m.flagEscalated[language]) }
        if f.overdue { marks.append(m.flagOverdue[language]) }
        if f.firstContactBreached { marks.append(m.flagNoContact[language]) }
        return marks.joined(separator: " ")
    }

    /// Crisis rows stand out most; any other flag is a warning.
    static func style(_ f: ComplaintFlags) -> Style {
        if f.crisis { return Style(bold: true, color: .overdue) }
        if f.escalated || f.overdue || f.firstContactBreached { return .color(.warning) }
        return .plain
    }

    /// Widths from what the columns hold in `language`: Chinese ages (`468天`) and flags
    /// (`升级 超期 未联`) are wider than English ones, its categories and statuses narrower, so
    /// each language gets its own and the customer keeps at least 8 cells at 80 columns. The
    /// flags are sized for all three with escalation (see `flags` for a crisis). On a narrow
    /// terminal the owner, the assignee, the age and the category give way, in that order,
    /// so the status and the flags stay in sight.
    static func queueColumns(_ language: Language) -> [TableColumn] {
        let m = MessageCatalog.complaints, names = MessageCatalog.complaintNames
        let age = DisplayWidth.widest([m.columnAge[language], m.daysShort.format(language, 999)])
        let category = DisplayWidth.widest([m.columnCategory[language]] + ComplaintCategory.allCases.map { names.shortName(of: $0)[language] })
        let status = DisplayWidth.widest([m.columnStatus[language]] + ComplaintStatus.allCases.map { names.shortName(of: $0)[language] })
        return [
            TableColumn(" " + m.columnID[language], width: .fixed(8)),
            TableColumn(m.columnAge[language], width: .fixed(age), alignment: .right, givesWay: 3),
            TableColumn(m.columnCategory[language], width: .fixed(category), givesWay: 4),
            TableColumn(m.columnCustomer[language], width: .flexible(min: 8, max: TableColumn.longestName)),
            TableColumn(m.columnOwner[language], width: .fixed(9), givesWay: 1),
            TableColumn(m.columnResponsible[language], width: .fixed(9), givesWay: 2),
            TableColumn(m.columnDeadline[language], width: .fixed(5)),
            TableColumn(m.columnStatus[language], width: .fixed(status)),
            TableColumn(m.columnFlags[language], width: .fixed(flagsWidth(language))),
        ]
    }

    /// The flags column: as wide as every flag of an escalated complaint, or its heading.
    /// Worked out once per language, not for each of a queue's thousands of rows.
    static func flagsWidth(_ language: Language) -> Int { flagsWidths[language]! }   // every language is in it

    private static let flagsWidths = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
        let all = flags(ComplaintFlags(escalated: true, overdue: true, firstContactBreached: true), language)
        return (language, DisplayWidth.widest([MessageCatalog.complaints.columnFlags[language], all]))
    })

    static func queueRow(_ s: ComplaintStanding, state: StoreState, now: CivilTime, _ language: Language) -> TableRow {
        let c = s.complaint
        let names = MessageCatalog.complaintNames
        let deadline = c.deadline.map { ShortDate.date($0, now: now.date) } ?? ""
        return TableRow([
            (s.flags.crisis ? "!" : " ") + c.id, age(since: c.receivedAt, now: now, language),
            names.shortName(of: c.category)[language], state.customers[c.customerID]?.name ?? c.customerID,
            c.owner, c.responsible, deadline, names.shortName(of: c.status)[language],
            flags(s.flags, language, width: flagsWidth(language)),
        ], style: style(s.flags))
    }
}
