/// Every visit in the order it was first saved. The visits a state image held stay encoded and
/// are decoded when read (see `KeptList`), as `CallList` keeps calls: a store holds some
/// 400,000, a queue reads a few thousand, and the timeline and the reports read only what
/// `VisitSummary` holds. Visits saved since (new, or an image's visit saved again) are kept as
/// they are.
public struct VisitList: RandomAccessCollection, Equatable, Sendable {
    private var kept = KeptList<Visit>()

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { kept.count }
    public var indices: Range<Int> { 0 ..< kept.count }

    public subscript(i: Int) -> Visit { kept[i] }

    public static func == (a: VisitList, b: VisitList) -> Bool { a.elementsEqual(b) }

    /// Of every visit, encoded or saved.
    var summaries: [VisitSummary] { kept.summaries }

    public func deliveredAt(_ i: Int) -> CivilTime { kept.summaries[i].deliveredAt }

    public func type(of i: Int) -> VisitType { kept.summaries[i].type }

    func nextServiceDate(of i: Int) -> CivilDate? { kept.summaries[i].nextServiceDate }

    public func customerID(of i: Int) -> String { kept.leadingString(.customerID, of: i) { $0.customerID } }

    public func plateKey(of i: Int) -> String { kept.leadingString(.plateKey, of: i) { $0.plateKey } }

    func roNumber(of i: Int) -> String { kept.leadingString(.roNumber, of: i) { $0.roNumber } }

    /// Whether visit `i`'s order number is `ro`, byte for byte for an encoded one.
    func roNumber(of i: Int, is ro: String) -> Bool { kept.leadingString(.roNumber, of: i, is: ro) { $0.roNumber } }

    mutating func append(_ visit: consuming Visit) { kept.append(visit) }

    mutating func replace(_ i: Int, with visit: consuming Visit) { kept.replace(i, with: visit) }

    /// A state image's piece of `records` visits, read before any visit is saved.
    mutating func appendEncoded(_ bytes: UnsafeRawBufferPointer, records: Int,
                                keptAliveBy keeper: (AnyObject & Sendable)?) throws(ImageError) {
        try kept.appendEncoded(bytes, records: records, keptAliveBy: keeper)
    }

    mutating func reserveCapacity(saved n: Int) { kept.reserveCapacity(saved: n) }

    mutating func reserveCapacity(encoded n: Int) { kept.reserveCapacity(encoded: n) }

    /// Visit `i` as a state image holds it.
    func write(_ i: Int, to w: inout ImageWriter) { kept.write(i, to: &w) }
}
