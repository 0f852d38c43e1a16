import RevisitCore

/// One line of a customer card.
public struct CardLine: Equatable {
    public var text: String
    public var style: Style
    public init(_ text: String, style: Style = .plain) { self.text = text; self.style = style }
}

/// A part of the customer card (who, vehicles, visits, calls, tasks, complaints). A new part
/// is one type here plus one line in `CustomerCardSections.all`.
public protocol CustomerCardSection {
    static func lines(for customer: Customer, session: StoreSession, language: Language, width: Int) -> [CardLine]
}

public enum CustomerCardSections {
    public static let all: [any CustomerCardSection.Type] = [
        CustomerSummarySection.self, VehiclesSection.self, VisitsSection.self, OpenTasksCardSection.self,
        CallsCardSection.self, ComplaintsCardSection.self,
    ]

    public static func lines(for customer: Customer, session: StoreSession, language: Language, width: Int) -> [CardLine] {
        var lines: [CardLine] = []
        for section in all {
            let part = section.lines(for: customer, session: session, language: language, width: width)
            if part.isEmpty { continue }
            if !lines.isEmpty { lines.append(CardLine("")) }
            lines += part
        }
        return lines
    }

    /// A section heading with its count.
    public static func heading(_ title: String, count: Int) -> CardLine {
        CardLine("\(title) (\(count))", style: Style(bold: true, underline: true))
    }
}

/// Who the customer is, how to reach them, and whether they still come back.
struct CustomerSummarySection: CustomerCardSection {
    static func lines(for c: Customer, session: StoreSession, language: Language, width: Int) -> [CardLine] {
        let m = MessageCatalog.customers, labelled = MessageCatalog.app.labelled
        let separator = MessageCatalog.app.listSeparator[language]
        let state = session.state
        var lines = [CardLine("\(c.id)  \(c.name)", style: .bold)]
        let phones = c.phones.map { c.wrongPhones.contains($0) ? "\($0) (\(m.wrongPhone[language]))" : $0 }
        lines.append(CardLine(labelled.format(language, m.phone[language], phones.joined(separator: separator))))
        if !c.address.isEmpty { lines.append(CardLine(labelled.format(language, m.address[language], c.address))) }
        var marks = c.classes.sorted { $0.rawValue < $1.rawValue }.map { MessageCatalog.domain.name(of: $0)[language] }
        if c.clubMember { marks.append(m.clubMember[language]) }
        if c.keyCustomer { marks.append(m.keyCustomer[language]) }
        if !marks.isEmpty { lines.append(CardLine(labelled.format(language, m.classes[language], marks.joined(separator: separator)))) }
        if let reason = c.doNotCall {
            lines.append(CardLine(m.doNotCall.format(language, reason), style: Style(bold: true, color: .warning)))
        }
        if let paying = state.lastPayingVisit(of: c.id) {
            let day = paying.deliveredAt.date
            let stillComes = day >= session.now.date.adding(months: -12)
            lines.append(stillComes ? CardLine(m.comesBack.format(language, day), style: .color(.ok))
                                    : CardLine(m.lost.format(language, day), style: .color(.overdue)))
        }
        return lines
    }
}

struct VehiclesSection: CustomerCardSection {
    static func lines(for c: Customer, session: StoreSession, language: Language, width: Int) -> [CardLine] {
        let m = MessageCatalog.customers, now = session.now
        let vehicles = session.state.vehicles(of: c.id)
        var lines = [CustomerCardSections.heading(m.vehicles[language], count: vehicles.count)]
        // When maintenance falls due comes before the VIN, which a narrow terminal cuts first.
        let service = vehicles.map { v in
            session.state.nextServiceDate(ofPlate: v.plateKey, at: now, rules: session.config.rules)
                .map { (($0 < now.date ? m.serviceOverdue : m.serviceDue).format(language, $0)) } ?? ""
        }
        let serviceWidth = DisplayWidth.widest(service)
        for (v, due) in zip(vehicles, service) {
            var columns = [(v.plate, 12), (v.model, 10), (v.kind, 6)]
            if serviceWidth > 0 { columns.append((due, serviceWidth)) }
            if !v.vin.isEmpty { columns.append((v.vin, 17)) }   // an empty one would only pad the line past the edge
            lines.append(CardLine(ColumnText.line(columns)))
        }
        return lines
    }
}

struct VisitsSection: CustomerCardSection {
    static func lines(for c: Customer, session: StoreSession, language: Language, width: Int) -> [CardLine] {
        let visits = session.state.visits(of: c.id)
        let plates = Dictionary(session.state.vehicles(of: c.id).map { ($0.plateKey, $0.plate) }) { a, _ in a }
        var lines = [CustomerCardSections.heading(MessageCatalog.customers.visits[language], count: visits.count)]
        // Every type whole ("maintenance"); the items take what is left.
        let typeWidth = DisplayWidth.widest(VisitType.allCases.map { MessageCatalog.domain.name(of: $0)[language] })
        for v in visits {
            let type = MessageCatalog.domain.name(of: v.type)[language]
            let amount = v.amountCents.map(Money.format) ?? ""
            let fixed = 10 + 12 + typeWidth + 9 + 4 + 2   // columns, the spaces between them, the margins
            lines.append(CardLine(ColumnText.line([
                (v.deliveredAt.date.description, 10), (plates[v.plateKey] ?? v.plateKey, 12), (type, typeWidth),
                (amount, 9), (v.items, max(10, width - fixed)),
            ]), style: v.rework ? .color(.warning) : .plain))
        }
        return lines
    }
}
