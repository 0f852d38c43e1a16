/// An entity whose records in a state image start with a header (what the indexes read of
/// it) followed by its fields, so it can be kept encoded (see `EncodedEntities`).
protocol EncodedEntity {
    associatedtype Summary
    /// The strings the entity's fields start with, in order.
    associatedtype LeadingString: RawRepresentable<Int>
    /// Reads a record's header: the summary and the fields' bytes, which `r` is left after.
    static func recordHeader(_ r: inout ImageReader) throws(ImageError) -> (Summary, fields: UnsafeRawBufferPointer)
    /// Decodes the fields.
    init(from r: inout ImageReader) throws(ImageError)
    /// The record `recordHeader` reads: the header, then the fields.
    func writeRecord(to w: inout ImageWriter)
    /// What the header holds of it.
    var summary: Summary { get }
}

/// Calls or visits as a state image's pieces hold them, kept as those bytes (see
/// `KeptRecords`): opening a store reads each record's header, and an entity's fields are
/// decoded only when it is read (see `CallList`, `VisitList`).
struct EncodedEntities<Entity: EncodedEntity>: Sendable {
    private var records = KeptRecords()

    var count: Int { records.count }

    mutating func reserveCapacity(_ count: Int) { records.reserveCapacity(count) }

    /// Keeps a piece of `records` records, handing `keep` each one's summary and fields in turn.
    mutating func append(_ bytes: UnsafeRawBufferPointer, records count: Int, keptAliveBy keeper: (AnyObject & Sendable)?,
                         keeping keep: (Entity.Summary, UnsafeRawBufferPointer) throws(ImageError) -> Void) throws(ImageError) {
        try records.append(bytes, records: count, keptAliveBy: keeper, what: "\(Entity.self)s".lowercased()) { r throws(ImageError) in
            let (summary, fields) = try Entity.recordHeader(&r)
            try keep(summary, fields)
        }
    }

    /// Record `i`'s bytes, header and fields, for `body` to read while it runs.
    func withRecord<T>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T { records.withRecord(i, body) }

    /// Hands `read` a reader at the start of record `i`'s fields.
    private func readFields<T>(of i: Int, _ read: (inout ImageReader) throws(ImageError) -> T) -> T {
        records.read(i, what: "\(Entity.self)".lowercased()) { r throws(ImageError) in
            var fields = ImageReader(try Entity.recordHeader(&r).fields)
            return try read(&fields)
        }
    }

    subscript(i: Int) -> Entity { readFields(of: i) { r throws(ImageError) in try Entity(from: &r) } }

    /// One of the strings the fields start with, without decoding the rest.
    func leadingString(_ field: Entity.LeadingString, of i: Int) -> String {
        readFields(of: i) { r throws(ImageError) in try r.string(after: field.rawValue) }
    }

    /// Whether one of those strings is `text`, byte for byte, without making a String.
    func leadingString(_ field: Entity.LeadingString, of i: Int, is text: String) -> Bool {
        readFields(of: i) { r throws(ImageError) in try r.stringBytes(after: field.rawValue).elementsEqual(text.utf8) }
    }
}

extension Call: EncodedEntity {
    var summary: CallSummary { CallSummary(self) }
}

extension Visit: EncodedEntity {
    var summary: VisitSummary { VisitSummary(self) }
}
