/// A complaint was received and recorded; the opening is its first history entry.
public struct ComplaintOpened: DomainEvent, Equatable {
    public static let type = "complaint.opened"
    public var id: String
    public var customerID: String
    public var plateKey: String?
    public var callID: String?
    public var owner: String
    public var receivedAt: CivilTime
    public var channel: ComplaintChannel
    public var words: String
    public var handling: ComplaintHandling
    public var note: String

    public init(id: String, customerID: String, plateKey: String?, callID: String?, owner: String,
                receivedAt: CivilTime, channel: ComplaintChannel, words: String, handling: ComplaintHandling, note: String) {
        self.id = id; self.customerID = customerID; self.plateKey = plateKey; self.callID = callID
        self.owner = owner; self.receivedAt = receivedAt; self.channel = channel; self.words = words
        self.handling = handling; self.note = note
    }

    public init(fields reader: any FieldReader) throws(EventDecodingError) {
        let f = try FieldDecoder(reader, type: Self.type, minimumCount: 14)
        self.init(id: f.string(0), customerID: f.string(1), plateKey: f.optionalString(2), callID: f.optionalString(3),
                  owner: f.string(4), receivedAt: try f.time(5), channel: try f.enumValue(6, ComplaintChannel.self),
                  words: f.string(7),
                  handling: ComplaintHandling(category: try f.enumValue(8, ComplaintCategory.self),
                                              crisis: try f.enumValue(9, ComplaintCrisis.self), department: f.string(10),
                                              responsible: f.string(11), deadline: try f.optionalDate(12)),
                  note: f.string(13))
    }

    public var fields: [String] {
        let h = handling
        return [id, customerID, plateKey ?? "", callID ?? "", owner, receivedAt.description, channel.rawValue, words,
                h.category.rawValue, h.crisis.rawValue, h.department, h.responsible, FieldEncoding.optional(h.deadline), note]
    }

    /// The complaint this event creates, with its opening entry recorded.
    public var complaint: Complaint {
        var c = Complaint(id: id, customerID: customerID, plateKey: plateKey, callID: callID, owner: owner,
                          receivedAt: receivedAt, channel: channel, words: words)
        c.record(ComplaintHistoryEntry(at: receivedAt, by: owner, changes: [.opened] + handling.changes, note: note))
        return c
    }

    public func apply(to state: inout StoreState) { state.complaints.open(complaint) }
}
