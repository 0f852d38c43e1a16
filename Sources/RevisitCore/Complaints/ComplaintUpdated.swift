/// One update to a complaint: one history entry (who, when, what, note).
public struct ComplaintUpdated: DomainEvent, Equatable {
    public static let type = "complaint.updated"
    public var id: String
    public var at: CivilTime
    public var by: String
    public var note: String
    public var update: ComplaintUpdate

    public init(id: String, at: CivilTime, by: String, note: String, update: ComplaintUpdate) {
        self.id = id; self.at = at; self.by = by; self.note = note; self.update = update
    }

    public init(fields reader: any FieldReader) throws(EventDecodingError) {
        let f = try FieldDecoder(reader, type: Self.type, minimumCount: 16)
        var u = ComplaintUpdate()
        if f.optionalString(4) != nil { u.status = try f.enumValue(4, ComplaintStatus.self) }
        u.contacted = f.bool(5)
        if f.optionalString(6) != nil { u.category = try f.enumValue(6, ComplaintCategory.self) }
        if f.optionalString(7) != nil { u.crisis = try f.enumValue(7, ComplaintCrisis.self) }
        u.department = f.optionalString(8)
        u.responsible = f.optionalString(9)
        u.owner = f.optionalString(10)
        u.deadline = try f.optionalDate(11)
        u.resolution = f.optionalString(12)
        switch f.string(13) {
        case "": break
        case "satisfied": u.recall = ComplaintRecall(satisfied: true, callID: f.string(14))
        case "not-satisfied": u.recall = ComplaintRecall(satisfied: false, callID: f.string(14))
        case let other: throw EventDecodingError(type: Self.type, reason: "field 14 has unknown value \(other)")
        }
        u.summary = f.optionalString(15)
        self.init(id: f.string(0), at: try f.time(1), by: f.string(2), note: f.string(3), update: u)
    }

    public var fields: [String] {
        let u = update
        let recall = u.recall.map { $0.satisfied ? "satisfied" : "not-satisfied" } ?? ""
        return [id, at.description, by, note, u.status?.rawValue ?? "", FieldEncoding.bool(u.contacted),
                u.category?.rawValue ?? "", u.crisis?.rawValue ?? "", u.department ?? "", u.responsible ?? "",
                u.owner ?? "", FieldEncoding.optional(u.deadline), u.resolution ?? "", recall,
                u.recall?.callID ?? "", u.summary ?? ""]
    }

    public func apply(to state: inout StoreState) {
        state.complaints.update(id) { complaint in
            complaint.record(ComplaintHistoryEntry(at: at, by: by, changes: update.changes(to: complaint), note: note))
        }
    }
}
