import RevisitCore

/// The customer card's complaints: each with its id, when it came, what about, where it
/// stands and its flags now; crisis and flagged ones stand out.
struct ComplaintsCardSection: CustomerCardSection {
    static func lines(for customer: Customer, session: StoreSession, language: Language, width: Int) -> [CardLine] {
        let state = session.state
        let complaints = state.complaints.complaints(of: customer.id)
        guard !complaints.isEmpty else { return [] }
        let clocks = ComplaintClocks(session.config.businessHours)
        let names = MessageCatalog.complaintNames
        var lines = [CustomerCardSections.heading(MessageCatalog.complaints.customerSection[language], count: complaints.count)]
        for complaint in complaints.reversed() {
            guard let s = state.complaintStanding(complaint, asOf: max(session.now, complaint.lastChangedAt), clocks: clocks)
            else { continue }
            let c = s.complaint
            lines.append(CardLine(ColumnText.line([
                (c.id, 7), (c.receivedAt.date.description, 10), (names.shortName(of: c.category)[language], 9),
                (names.shortName(of: c.status)[language], 8), (ComplaintRowText.flags(s.flags, language, width: 10), 10),
                (c.words, max(8, width - 51)),   // the columns, the spaces between them, the margins
            ]), style: ComplaintRowText.style(s.flags)))
        }
        return lines
    }
}
