/// The complaints of a state read from an image, kept as the image held them (see
/// `ImageRecords`): decoded one by one when asked for, and all at once, kept from then on,
/// the first time something reads every one (the supervisor's queue, a report, the next
/// image). Decoding a complaint replays its history, so a queue that reads a few hundred of
/// twenty thousand should not decode them all. Shared by every copy of the state that read it.
final class ImageComplaints: Sendable {
    let records: ImageRecords<Complaint>
    private let decoded: BuiltOnce<[String: Complaint]>

    init(_ records: ImageRecords<Complaint>) {
        self.records = records
        decoded = BuiltOnce { records.dictionary }
    }

    subscript(id: String) -> Complaint? {
        if let all = decoded.ifBuilt { return all[id] }
        return records[id]
    }

    /// Every complaint, decoded once.
    var all: [String: Complaint] { decoded.value }
}

/// What the complaint book keeps beside each complaint, as a state image holds it, so reading
/// the image needs no complaint decoded (see `ComplaintBook.restore`).
struct ComplaintFacts: Sendable {
    var id: String
    var customerID: String
    var isResolved: Bool
    /// The latest time in its history.
    var latestChange: CivilTime?

    init(id: String, customerID: String, isResolved: Bool, latestChange: CivilTime?) {
        self.id = id; self.customerID = customerID; self.isResolved = isResolved; self.latestChange = latestChange
    }

    init(_ complaint: Complaint) {
        self.init(id: complaint.id, customerID: complaint.customerID, isResolved: complaint.status == .resolved,
                  latestChange: complaint.history.lazy.map(\.at).max())
    }

    func write(to w: inout ImageWriter) {
        w.string(id); w.string(customerID); w.bool(isResolved)
        w.optional(latestChange) { $0.int($1.minutes) }
    }

    init(from r: inout ImageReader) throws(ImageError) {
        self.init(id: try r.string(), customerID: try r.string(), isResolved: try r.bool(),
                  latestChange: try r.optional { r throws(ImageError) in CivilTime(minutes: try r.int()) })
    }
}
