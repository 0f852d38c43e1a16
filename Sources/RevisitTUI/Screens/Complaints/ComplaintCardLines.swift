import RevisitCore

/// The complaint card's lines: every field, the customer's words as they said them, and
/// the full history, in the UI's language.
enum ComplaintCardLines {
    static func lines(_ s: ComplaintStanding, state: StoreState, language: Language, width: Int) -> [CardLine] {
        let m = MessageCatalog.complaints
        let names = MessageCatalog.complaintNames
        let c = s.complaint
        let flags = ComplaintRowText.flags(s.flags, language)
        var lines = [CardLine("\(c.id)  \(names.name(of: c.status)[language])  \(flags)", style: .bold.with(ComplaintRowText.style(s.flags)))]
        let field = { (label: Msg, value: String) in CardLine(ColumnText.line([(label[language], 14), (value, max(10, width - 17))])) }
        let customer = state.customers[c.customerID]
        lines.append(field(m.labelCustomer, [c.customerID, customer?.name ?? "", customer?.primaryPhone ?? ""].joined(separator: "  ")))
        if let plate = c.plateKey {
            let v = state.vehicles[plate]
            lines.append(field(m.labelVehicle, [v?.plate ?? plate, v?.model ?? ""].joined(separator: "  ")))
        }
        if let call = c.callID { lines.append(field(m.labelCall, call)) }
        lines.append(field(m.labelReceived, "\(c.receivedAt)  \(c.history.first?.by ?? c.owner)  \(names.name(of: c.channel)[language])"))
        lines.append(field(m.labelOwner, c.owner))
        lines.append(field(m.labelCategory, names.name(of: c.category)[language]))
        lines.append(field(m.labelCrisis, names.name(of: c.crisis)[language]))
        let responsible = c.responsible.isEmpty ? m.nobody[language] : c.responsible
        let department = MessageCatalog.domain.department(c.department, language)
        lines.append(field(m.labelResponsible, c.department.isEmpty ? responsible : "\(responsible)  (\(department))"))
        lines.append(field(m.labelDeadline, c.deadline.map { m.labelSignedBy.format(language, $0, c.deadlineSignedBy) } ?? m.noneYet[language]))
        lines.append(field(m.labelFirstContact, s.contactedAt?.description ?? m.noneYet[language]))
        lines.append(field(m.labelReopened, String(c.reopened)))
        lines.append(CardLine(""))
        lines.append(CardLine(m.labelWords[language], style: .bold))
        lines += TextWrap.lines(c.words, width: width - 4).map { CardLine("  " + $0) }
        if !c.resolution.isEmpty {
            lines.append(CardLine(m.labelResolution[language], style: .bold))
            lines += TextWrap.lines(c.resolution, width: width - 4).map { CardLine("  " + $0) }
        }
        if !c.improvementSummary.isEmpty {
            lines.append(CardLine(m.labelSummary[language], style: .bold))
            lines += TextWrap.lines(c.improvementSummary, width: width - 4).map { CardLine("  " + $0) }
        }
        lines.append(CardLine(""))
        lines.append(CardLine("\(m.labelHistory[language]) (\(c.history.count))", style: Style(bold: true, underline: true)))
        for entry in c.history {
            // A change reads as one ("responsible zhao.lei", "责任人 zhao.lei"): the line breaks
            // between changes, after "; " or "；", or inside the free text of a resolution or a summary.
            let separator = m.changesSeparator[language]
            let what = entry.changes.map { change in
                let said = text(change, by: entry.by, language)
                return isFreeText(change) ? said : TextWrap.glued(said)
            }.joined(separator: separator)
            let mark = separator.contains(" ") ? nil : separator.unicodeScalars.last
            lines += TextWrap.lines("\(entry.at)  \(entry.by)  \(what)", width: width, hangingIndent: 4, breakingAfter: mark)
                .map { CardLine($0) }
            if !entry.note.isEmpty {
                lines += TextWrap.lines(m.noteLine.format(language, entry.note), width: width - 6).map { CardLine("    " + $0, style: .dim) }
            }
        }
        return lines
    }

    private static func isFreeText(_ change: ComplaintChange) -> Bool {
        switch change {
        case .resolution, .summary: true
        default: false
        }
    }

    static func text(_ change: ComplaintChange, by: String, _ language: Language) -> String {
        let m = MessageCatalog.complaints
        let names = MessageCatalog.complaintNames
        switch change {
        case .opened: return m.changeOpened[language]
        case .status(let from, let to):
            return m.changeStatus.format(language, names.name(of: from)[language], names.name(of: to)[language])
        case .contacted: return m.changeContacted[language]
        case .category(let x): return m.changeCategory.format(language, names.name(of: x)[language])
        case .crisis(let x): return m.changeCrisis.format(language, names.name(of: x)[language])
        case .department(let x): return m.changeDepartment.format(language, MessageCatalog.domain.department(x, language))
        case .responsible(let x): return m.changeResponsible.format(language, x)
        case .owner(let x): return m.changeOwner.format(language, x)
        case .deadline(let d): return m.changeDeadline.format(language, d, by)
        case .resolution(let r): return m.changeResolution.format(language, r)
        case .recall(let satisfied, let call):
            return (satisfied ? m.changeRecallSatisfied : m.changeRecallNotSatisfied).format(language, call)
        case .summary(let s): return m.changeSummary.format(language, s)
        }
    }
}

extension Style {
    /// This style with `other`'s colour (and boldness) added.
    func with(_ other: Style) -> Style {
        var s = self
        if let color = other.color { s.color = color }
        s.bold = s.bold || other.bold
        return s
    }
}
