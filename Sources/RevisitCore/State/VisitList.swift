/// Every visit in the order it was first saved. The visits a state image held stay encoded and
/// are decoded when read, as `CallList` keeps calls: a store holds some 400,000, a queue reads
/// a few thousand, and the timeline and the reports read only what `VisitSummary` holds.
/// Visits saved since (new, or an image's visit saved again) are kept as they are.
public struct VisitList: RandomAccessCollection, Equatable, Sendable {
    private var encoded = EncodedEntities<Visit>()
    /// Image visits saved again since, by index.
    private var replaced: [Int: Visit] = [:]
    /// Visits after the image's.
    private var saved: [Visit] = []
    /// Of every visit, encoded or saved.
    private(set) var summaries: [VisitSummary] = []

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { summaries.count }
    public var indices: Range<Int> { 0 ..< summaries.count }

    public subscript(i: Int) -> Visit { stored(i) ?? encoded[i] }

    public static func == (a: VisitList, b: VisitList) -> Bool { a.elementsEqual(b) }

    /// The visit at `i` when it is not (or no longer) the image's.
    private func stored(_ i: Int) -> Visit? {
        if i >= encoded.count { return saved[i - encoded.count] }
        return replaced.isEmpty ? nil : replaced[i]
    }

    public func deliveredAt(_ i: Int) -> CivilTime { summaries[i].deliveredAt }

    public func type(of i: Int) -> VisitType { summaries[i].type }

    func nextServiceDate(of i: Int) -> CivilDate? { summaries[i].nextServiceDate }

    public func customerID(of i: Int) -> String { leading(.customerID, of: i) { $0.customerID } }

    public func plateKey(of i: Int) -> String { leading(.plateKey, of: i) { $0.plateKey } }

    func roNumber(of i: Int) -> String { leading(.roNumber, of: i) { $0.roNumber } }

    /// Whether visit `i`'s order number is `ro`, byte for byte for an encoded one.
    func roNumber(of i: Int, is ro: String) -> Bool {
        if i >= encoded.count { return saved[i - encoded.count].roNumber == ro }
        if !replaced.isEmpty, let visit = replaced[i] { return visit.roNumber == ro }
        return encoded.leadingString(.roNumber, of: i, is: ro)
    }

    /// One of the strings a visit starts with, read from the visit in place when it is not
    /// the image's: copying a whole visit to read one field retains and releases each of its texts.
    private func leading(_ field: Visit.LeadingString, of i: Int, _ read: (borrowing Visit) -> String) -> String {
        if i >= encoded.count { return read(saved[i - encoded.count]) }
        if !replaced.isEmpty, let visit = replaced[i] { return read(visit) }
        return encoded.leadingString(field, of: i)
    }

    mutating func append(_ visit: consuming Visit) {
        summaries.append(VisitSummary(visit))
        saved.append(visit)
    }

    mutating func replace(_ i: Int, with visit: consuming Visit) {
        summaries[i] = VisitSummary(visit)
        if i >= encoded.count { saved[i - encoded.count] = visit } else { replaced[i] = visit }
    }

    /// A state image's piece of `records` visits, read before any visit is saved.
    mutating func appendEncoded(_ bytes: UnsafeRawBufferPointer, records: Int,
                                keptAliveBy keeper: (AnyObject & Sendable)?) throws(ImageError) {
        precondition(saved.isEmpty && replaced.isEmpty, "an image's visits come before any saved visit")
        try encoded.append(bytes, records: records, keptAliveBy: keeper) { summary, _ in summaries.append(summary) }
    }

    mutating func reserveCapacity(saved n: Int) {
        summaries.reserveCapacity(count + n)
        saved.reserveCapacity(saved.count + n)
    }

    mutating func reserveCapacity(encoded n: Int) {
        summaries.reserveCapacity(count + n)
        encoded.reserveCapacity(encoded.count + n)
    }

    /// Visit `i` as a state image holds it.
    func write(_ i: Int, to w: inout ImageWriter) {
        if let visit = stored(i) { visit.writeRecord(to: &w) } else { encoded.withRecord(i) { w.encoded($0) } }
    }
}
