import Foundation
import RevisitCore

/// A complaint as the CLI prints it: a list line, a CSV row, a card, a JSON object.
struct ComplaintOutput {
    let standing: ComplaintStanding
    let state: StoreState

    var complaint: Complaint { standing.complaint }

    static let csvHeader = ["id", "received_at", "customer", "category", "crisis", "status", "owner", "responsible",
                            "deadline", "escalated", "overdue", "first_contact_breached", "reopened"]

    var csvRow: [String] {
        let c = complaint, f = standing.flags
        return [c.id, c.receivedAt.description, c.customerID, c.category.rawValue, c.crisis.rawValue, c.status.rawValue,
                c.owner, c.responsible, c.deadline?.description ?? "", CSVOutput.flag(f.escalated),
                CSVOutput.flag(f.overdue), CSVOutput.flag(f.firstContactBreached), String(c.reopened)]
    }

    /// Short marks for the flags: CRISIS, ESCALATED, OVERDUE, NO-CONTACT.
    var flagWords: [String] {
        let f = standing.flags
        var words: [String] = []
        if f.crisis { words.append("CRISIS") }
        if f.escalated { words.append("ESCALATED") }
        if f.overdue { words.append("OVERDUE") }
        if f.firstContactBreached { words.append("NO-CONTACT") }
        return words
    }

    var customerName: String { state.customers[complaint.customerID]?.name ?? "" }

    var listLine: String {
        let c = complaint
        return [c.id, c.receivedAt.description, c.customerID, customerName, c.category.rawValue, c.status.rawValue,
                "owner \(c.owner)", "responsible \(c.responsible.isEmpty ? "-" : c.responsible)",
                "deadline \(c.deadline?.description ?? "-")", flagWords.joined(separator: " ")]
            .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }

    var card: String {
        let c = complaint
        var out = "\(c.id)  \(c.status.rawValue)\(flagWords.isEmpty ? "" : "  " + flagWords.joined(separator: " "))\n"
        out += "customer: \(c.customerID) \(customerName)\n"
        if let plate = c.plateKey { out += "vehicle: \(state.vehicles[plate]?.plate ?? plate)\n" }
        if let call = c.callID { out += "call: \(call)\n" }
        out += "received: \(c.receivedAt) by \(c.history.first?.by ?? c.owner) (\(c.channel.rawValue)); owner: \(c.owner)\n"
        out += "category: \(c.category.rawValue); crisis: \(c.crisis.rawValue)\n"
        out += "responsible: \(c.responsible.isEmpty ? "-" : c.responsible) (\(c.department.isEmpty ? "-" : c.department))\n"
        out += "deadline: " + (c.deadline.map { "\($0), signed by \(c.deadlineSignedBy)" } ?? "-") + "\n"
        out += "first contact: \(standing.contactedAt?.description ?? "-"); reopened: \(c.reopened)\n"
        out += "words:\n\(c.words)\n"
        if !c.resolution.isEmpty { out += "resolution:\n\(c.resolution)\n" }
        if !c.improvementSummary.isEmpty { out += "summary for improvement:\n\(c.improvementSummary)\n" }
        out += "history:\n"
        for e in c.history {
            out += "  \(e.at)  \(e.by)  \(e.what)\(e.note.isEmpty ? "" : "  note: \(e.note)")\n"
        }
        return out
    }

    var json: [String: Any] {
        let c = complaint, f = standing.flags
        return [
            "id": c.id, "customer": c.customerID, "customer_name": customerName,
            "plate_key": JSONOutput.value(c.plateKey), "call": JSONOutput.value(c.callID),
            "owner": c.owner, "received_at": c.receivedAt.description, "channel": c.channel.rawValue,
            "words": c.words, "category": c.category.rawValue, "crisis": c.crisis.rawValue,
            "department": c.department, "responsible": c.responsible,
            "deadline": JSONOutput.value(c.deadline), "deadline_signed_by": c.deadlineSignedBy,
            "resolution": c.resolution, "improvement_summary": c.improvementSummary,
            "status": c.status.rawValue, "reopened": c.reopened, "first_contact_at": JSONOutput.value(standing.contactedAt),
            "escalated": f.escalated, "overdue": f.overdue, "first_contact_breached": f.firstContactBreached,
            "history": c.history.map { e in
                ["at": e.at.description, "by": e.by, "what": e.what, "note": e.note] as [String: Any]
            },
        ]
    }
}

extension Session {
    var complaintClocks: ComplaintClocks { ComplaintClocks(store.config.businessHours) }

    /// `--as-of`, else now; but never before the latest recorded change, so that changes
    /// recorded with a later `--at` are not hidden from a plain `list` or `show`.
    func complaintAsOf(_ text: String?) throws -> CivilTime {
        let asOf = try time(text, option: "--as-of")
        guard text == nil, let latest = store.state.complaints.latestChange else { return asOf }
        return max(asOf, latest)
    }

    /// The complaint as it stood at `asOf`, with its flags; nil if received later.
    func output(_ complaint: Complaint, asOf: CivilTime) -> ComplaintOutput? {
        store.state.complaintStanding(complaint, asOf: asOf, clocks: complaintClocks)
            .map { ComplaintOutput(standing: $0, state: store.state) }
    }

    /// The complaint with that id as it stood at `asOf`.
    func complaint(_ id: String, asOf: CivilTime) throws -> ComplaintOutput {
        guard let found = store.state.complaints.find(id) else { throw CommandError.notFound("no complaint \(id)") }
        guard let output = output(found, asOf: asOf) else {
            throw Refusal("complaint \(found.id) was received at \(found.receivedAt), after \(asOf)")
        }
        return output
    }

    /// A customer's complaints as they stood at `asOf`, oldest first.
    func complaints(of customerID: String, asOf: CivilTime) -> [ComplaintOutput] {
        store.state.complaints.complaints(of: customerID).compactMap { output($0, asOf: asOf) }
    }
}
