/// What the timeline, the rules and the reports read of every visit, kept beside the visits
/// so reading it never decodes one.
struct VisitSummary: Sendable {
    let deliveredMinutes: Int
    /// `CivilDate.days`, or `Int.min` for none.
    let nextServiceDays: Int
    let type: VisitType

    init(deliveredMinutes: Int, nextServiceDays: Int, type: VisitType) {
        self.deliveredMinutes = deliveredMinutes; self.nextServiceDays = nextServiceDays; self.type = type
    }

    init(_ visit: borrowing Visit) {
        self.init(deliveredMinutes: visit.deliveredAt.minutes, nextServiceDays: visit.nextServiceDate?.days ?? Int.min, type: visit.type)
    }

    var deliveredAt: CivilTime { CivilTime(minutes: deliveredMinutes) }
    var nextServiceDate: CivilDate? { nextServiceDays == Int.min ? nil : CivilDate(days: nextServiceDays) }
}

extension Visit {
    /// The strings a visit's fields start with, in order (see `write(to:)`).
    enum LeadingString: Int { case roNumber, customerID, plateKey }

    /// A visit as the image's visits section holds it: a header with what the indexes read
    /// (`VisitSummary`) and the length of the visit's fields, then the fields. Opening a store
    /// reads the headers only (see `EncodedVisits`).
    func writeRecord(to w: inout ImageWriter) {
        var fields = ImageWriter()
        write(to: &fields)
        w.int(deliveredAt.minutes)
        w.optional(nextServiceDate) { $0.int($1.days) }
        w.code(type)
        w.data(fields.bytes)
    }

    /// Reads a record's header: the visit's summary and its fields' bytes, which `r` is left after.
    static func recordHeader(_ r: inout ImageReader) throws(ImageError) -> (VisitSummary, fields: UnsafeRawBufferPointer) {
        let delivered = try r.int()
        let next = try r.optional { r throws(ImageError) in try r.int() }
        let summary = VisitSummary(deliveredMinutes: delivered, nextServiceDays: next ?? Int.min, type: try r.code(VisitType.self))
        return (summary, try r.stringBytes())
    }
}
