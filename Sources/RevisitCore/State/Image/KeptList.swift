/// The records a state image held, kept encoded (see `EncodedEntities`), and those saved since,
/// behind one index: the image's first, then the saved ones, with each one's summary beside
/// it. An image's record saved again (a visit imported anew) is kept beside the image's.
/// `CallList` and `VisitList` are built on it.
struct KeptList<Entity: EncodedEntity & Sendable>: Sendable where Entity.Summary: Sendable {
    private var encoded = EncodedEntities<Entity>()
    /// Records after the image's.
    private var saved: [Entity] = []
    /// Image records saved again since, by index.
    private var replaced: [Int: Entity] = [:]
    /// Of every record, encoded or saved.
    private(set) var summaries: [Entity.Summary] = []

    var count: Int { summaries.count }

    subscript(i: Int) -> Entity {
        if i >= encoded.count { return saved[i - encoded.count] }
        if !replaced.isEmpty, let entity = replaced[i] { return entity }
        return encoded[i]
    }

    /// One of the strings record `i` starts with: `read` of it when it is saved (reading one
    /// field in place, as copying a whole record retains and releases each of its texts),
    /// else decoded from the image without the rest.
    func leadingString(_ field: Entity.LeadingString, of i: Int, _ read: (borrowing Entity) -> String) -> String {
        if i >= encoded.count { return read(saved[i - encoded.count]) }
        if !replaced.isEmpty, let entity = replaced[i] { return read(entity) }
        return encoded.leadingString(field, of: i)
    }

    /// Whether that string is `text`; an image's is compared byte for byte, without making a String.
    func leadingString(_ field: Entity.LeadingString, of i: Int, is text: String, _ read: (borrowing Entity) -> String) -> Bool {
        if i >= encoded.count { return read(saved[i - encoded.count]) == text }
        if !replaced.isEmpty, let entity = replaced[i] { return read(entity) == text }
        return encoded.leadingString(field, of: i, is: text)
    }

    mutating func append(_ entity: consuming Entity) {
        summaries.append(entity.summary)
        saved.append(entity)
    }

    mutating func replace(_ i: Int, with entity: consuming Entity) {
        summaries[i] = entity.summary
        if i >= encoded.count { saved[i - encoded.count] = entity } else { replaced[i] = entity }
    }

    /// A state image's piece of `records` records, read before any is saved; `fields` sees each
    /// one's fields in turn.
    mutating func appendEncoded(_ bytes: UnsafeRawBufferPointer, records: Int, keptAliveBy keeper: (AnyObject & Sendable)?,
                                fields: (UnsafeRawBufferPointer) throws(ImageError) -> Void = { _ in }) throws(ImageError) {
        precondition(saved.isEmpty && replaced.isEmpty, "an image's records come before any saved one")
        try encoded.append(bytes, records: records, keptAliveBy: keeper) { summary, bytes throws(ImageError) in
            summaries.append(summary)
            try fields(bytes)
        }
    }

    mutating func reserveCapacity(saved n: Int) {
        summaries.reserveCapacity(count + n)
        saved.reserveCapacity(saved.count + n)
    }

    mutating func reserveCapacity(encoded n: Int) {
        summaries.reserveCapacity(count + n)
        encoded.reserveCapacity(encoded.count + n)
    }

    /// Record `i` as a state image holds it.
    func write(_ i: Int, to w: inout ImageWriter) {
        if i >= encoded.count {
            saved[i - encoded.count].writeRecord(to: &w)
        } else if !replaced.isEmpty, let entity = replaced[i] {
            entity.writeRecord(to: &w)
        } else {
            encoded.withRecord(i) { w.encoded($0) }
        }
    }
}
